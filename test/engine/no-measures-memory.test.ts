/**
 * A material with no measures (typed without a 整改措施 part, or stopping before it) has no phrase a
 * problem could share with a measure: the link step must not build its trigram table of the
 * problems' text for it (issue 13: a material typed without part headings, aspect headings over
 * inline 一是…二是… items with 比如 instances, peaked some 45 MB above the baseline at 0.94 MB, 17 MB
 * of it that table, kept between checks).
 *
 * The table is typed arrays, so it shows in process.memoryUsage().arrayBuffers, which grows by the
 * allocation at once (no collection needed to see it): each case reads the engine fresh
 * (jest.isolateModules), so an earlier case's table, kept between calls, cannot hide this one's,
 * and checks a small material first (what a first check allocates whatever its input).
 */
import type * as Engine from '../../src/engine';
import type * as Phrases from '../../src/engine/link/phrases';

const ASPECTS = ['在带头深刻感悟“两个确立”的决定性意义方面', '在带头践行以人民为中心的发展思想方面', '在带头增强党性、提高工作本领方面'];
const ITEMS = [
  '一是调研走访不够经常，满足于听取汇报、查阅台账。比如，全年到村社区走访6次，每次停留不足半天。',
  '二是推动落实不够有力，部署多、督促少。比如在道路养护考核中，有2个乡镇连续两个季度排名靠后。',
  '三是廉洁自律标准不够高，对身边人员要求不严。比如对驾驶员公车使用登记检查不及时。',
];

/** `n` aspect sections, each a heading and `per` paragraphs of inline items with instances. */
function aspectsWithItems(n: number, per: number, heading: (i: number) => string): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    out.push(heading(i));
    for (let j = 0; j < per; j++) out.push(ITEMS.map((x, k) => ITEMS[(k + i + j) % 3].slice(0, 2) + x.slice(2)).join(''));
  }
  return out.join('\n');
}

const CN = '一二三四五六七八九十';
const MATERIALS: { name: string; text: () => string }[] = [
  { name: 'aspect headings over inline items, no parts at all', text: () => aspectsWithItems(60, 12, (i) => `${CN[i % 10]}、${ASPECTS[i % 3]}`) },
  {
    name: 'aspect headings over （一） sub-items',
    text: () => aspectsWithItems(60, 12, (i) => `${CN[i % 10]}、${ASPECTS[i % 3]}`).replace(/^一是/gm, '（一）工作作风不够扎实。一是'),
  },
  {
    name: 'a problems part and a causes part, the measures part not yet written',
    text: () => `一、存在的主要问题\n${aspectsWithItems(60, 12, (i) => `（${CN[i % 10]}）${ASPECTS[i % 3]}`)}\n二、原因分析\n理想信念有所松懈，宗旨意识有所淡化。`,
  },
];

/** A small whole material (problems, causes, measures) checked before each case. */
const WARM_UP = `一、存在的主要问题\n${ITEMS[0]}\n二、原因分析\n理想信念有所松懈。\n三、整改措施\n每月到村社区走访不少于2次，由本人负责，年底前完成。`;

/** Growth of typed-array memory (bytes) while `fn` runs. */
function arrayBuffersGrowth(fn: () => void): number {
  const before = process.memoryUsage().arrayBuffers;
  fn();
  return process.memoryUsage().arrayBuffers - before;
}

describe('a material with no measures builds no phrase table', () => {
  for (const m of MATERIALS) {
    test(m.name, () => {
      const text = m.text();
      jest.isolateModules(() => {
        const { analyze, readText } = require('../../src/engine') as typeof Engine;
        // A small material first: what any first check allocates (the lexicons' tables) is not this one's.
        analyze({ paragraphs: readText(WARM_UP, 'markdown'), source: 'text' });
        const input = { paragraphs: readText(text, 'markdown'), source: 'text' as const };
        let problems = 0;
        const grown = arrayBuffersGrowth(() => {
          const a = analyze(input);
          problems = a.outline.aspects.reduce((n, x) => n + x.problems.length, 0);
          expect(a.outline.measures).toHaveLength(0);
        });
        // The material's problems are read (the link step has them to read)…
        expect(problems).toBeGreaterThan(100);
        // …and no table sized to their text is made: it was some 33× the text's UTF-16 bytes.
        expect(grown).toBeLessThan(text.length * 2);
      });
    });
  }

  test('sharedPhrases with no measures: one empty list a problem, and no table', () => {
    jest.isolateModules(() => {
      const { sharedPhrases } = require('../../src/engine/link/phrases') as typeof Phrases;
      const problems = Array.from({ length: 2000 }, (_, i) => ITEMS[i % 3] + i);
      let out: ReturnType<typeof sharedPhrases> = [];
      const grown = arrayBuffersGrowth(() => (out = sharedPhrases(problems, [], ['理想信念有所松懈。'])));
      expect(out).toEqual(problems.map(() => []));
      expect(grown).toBeLessThan(64 * 1024);
    });
  });

  test('with a measure the phrases are still found (the guard is for no measures only)', () => {
    jest.isolateModules(() => {
      const { sharedPhrases } = require('../../src/engine/link/phrases') as typeof Phrases;
      const out = sharedPhrases(['调研走访不够经常，满足于听取汇报'], ['每月调研走访不少于2次，不再满足于听取汇报'], []);
      expect(out[0].map((x) => x.measure)).toEqual([0]);
      expect(out[0][0].phrases.join('|')).toContain('满足于听取汇报');
    });
  });
});
