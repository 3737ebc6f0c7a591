/**
 * A further problem in unnumbered prose opened with no connective: after a problem and its
 * instance (比如…), a new sentence stating a shortfall in a few words ("对意识形态工作抓得不实，…")
 * is what a reviewer reads as a second problem (另外/此外/同时 were split already; without them the
 * whole prose was one problem and a second one no measure answers was never reported). Not split:
 * a sentence going on about the problem (这反映出…, 导致…, 究其原因…), a cause, a further instance,
 * a shortfall with no instance before it (the problem's own explanation), numbered items.
 */
import { analyze } from '../../src/engine';
import type { Analysis } from '../../src/engine';
import { textDoc } from '../support/docs';

const TAIL = ['二、原因分析', '（一）理想信念有所松懈，宗旨意识有所淡化。', '三、整改措施', '（一）强化理论武装。每月集中学习1次。', '（二）改进作风。年底前走访群众30户。'];
const TITLES = ['某县水利局党组党史学习教育专题民主生活会对照检查材料', '某区委常委班子2026年度民主生活会对照检查材料'];

function material(title: string, problemLines: string[]): Analysis {
  return analyze(textDoc([title, '一、存在的主要问题', ...problemLines, ...TAIL]));
}
const bodies = (a: Analysis) => a.outline.aspects.map((x) => x.problems.map((p) => p.body.replace(/\n/g, '')));

describe('a new shortfall sentence after an instance is a problem of its own', () => {
  const first = '理论学习不够系统。比如，中心组全年只开展集中学习5次。';
  const seconds = [
    '对意识形态工作抓得不实，宣传阵地检查偏少。',
    '运用理论指导实践不够，调研报告对策空泛。',
    '政治敏锐性不强，对网上错误言论发声不及时。',
    '调查研究流于形式，解决实际问题不多。',
  ];
  for (const title of TITLES) {
    for (const second of seconds) {
      test(`a paragraph of its own: “${second.slice(0, 8)}…” (${title.slice(-16)})`, () => {
        const a = material(title, ['（一）在理论学习方面', first + second]);
        expect(bodies(a)).toEqual([[first, second]]);
        const [, p] = a.outline.aspects[0].problems;
        expect(p.offset).toBe(first.length);
        expect(p.inline).toBe(true);
      });
      test(`run into the heading: “${second.slice(0, 8)}…” (${title.slice(-16)})`, () => {
        const a = material(title, ['（一）在理论学习方面：' + first + second]);
        expect(bodies(a)).toEqual([[first, second]]);
      });
    }
  }
  test('the instance on a paragraph of its own, the new problem after it on that paragraph', () => {
    const a = material(TITLES[1], ['（一）在理论学习方面', '理论学习不够系统。', '比如，中心组全年只开展集中学习5次。对意识形态工作抓得不实，宣传阵地检查偏少。']);
    expect(bodies(a)).toEqual([['理论学习不够系统。比如，中心组全年只开展集中学习5次。', '对意识形态工作抓得不实，宣传阵地检查偏少。']]);
    const [first, second] = a.outline.aspects[0].problems;
    expect(second.paragraph).toBe(first.paragraph + 1);
    expect(second.offset).toBe('比如，中心组全年只开展集中学习5次。'.length);
  });
  test('an instance paragraph going on about its problem stays joined', () => {
    const a = material(TITLES[1], ['（一）在理论学习方面', '理论学习不够系统。', '比如，中心组全年只开展集中学习5次。这反映出学习的自觉性有所弱化。']);
    expect(bodies(a)[0]).toHaveLength(1);
  });
  test('three problems, each with its instance (例如, 比如 after a comma)', () => {
    const a = material(TITLES[1], ['1.能力本领方面：对新政策学习不及时，例如医保新规出台3个月才组织学习。化解矛盾能力不足。比如2件信访积案拖了两年。服务意识不强，窗口投诉12件。']);
    expect(bodies(a)).toEqual([['对新政策学习不及时，例如医保新规出台3个月才组织学习。', '化解矛盾能力不足。比如2件信访积案拖了两年。', '服务意识不强，窗口投诉12件。']]);
  });
  test('the second problem is reported when no measure answers it', () => {
    const a = material(TITLES[1], ['（一）在理论学习方面：每月集中学习不够经常，比如全年只学了5次。信访积案化解不力，3件积案拖了两年。']);
    const uncovered = a.findings.filter((f) => f.rule === 'uncovered-problem').map((f) => f.message);
    expect(uncovered.some((m) => m.includes('信访积案'))).toBe(true);
  });
});

describe('one problem and its explanation stay one', () => {
  test.each([
    ['a consequence after the instance', '联系群众不够紧密。比如去年到基层调研只有3次。这反映出宗旨意识有所淡化。'],
    ['a cause after the instance', '联系群众不够紧密。比如去年到基层调研只有3次。究其原因，是思想上重视不够。'],
    ['a way of thinking after the instance', '联系群众不够紧密。比如去年到基层调研只有3次。思想上对群众工作重视不够。'],
    ['a further instance', '联系群众不够紧密。比如去年到基层调研只有3次。再如，群众来信回复不及时。'],
    ['no instance before the second shortfall', '联系群众不够紧密。调研走访不够经常，听取意见不够充分。'],
    ['a figure in the sentence (more of the instance)', '联系群众不够紧密。比如去年到基层调研只有3次。全年走访不足20户，明显偏少。'],
    ['the instance going on (导致…)', '联系群众不够紧密。比如去年到基层调研只有3次。导致对基层实情掌握不够。'],
  ])('%s', (_shape, text) => {
    const a = material(TITLES[1], ['（一）在联系群众方面', text]);
    // One problem (a cause sentence in it is left out of its text, as before).
    expect(bodies(a)[0]).toHaveLength(1);
    expect(bodies(a)[0][0].startsWith('联系群众不够紧密。')).toBe(true);
  });
  test('numbered items are the writer’s: one item each', () => {
    const a = material(TITLES[1], ['（一）在联系群众方面', '一是联系群众不够紧密。比如去年到基层调研只有3次。服务意识不强，窗口投诉较多。', '二是调研不深。']);
    expect(bodies(a)[0]).toHaveLength(2);
  });
  test('the causes part is not cut', () => {
    const a = material(TITLES[1], ['（一）在联系群众方面', '联系群众不够紧密。比如去年到基层调研只有3次。']);
    expect(a.outline.causes).toHaveLength(1);
  });
});

test('a long paragraph of problems and instances is cut in time linear in its length', () => {
  const para = (n: number) => Array.from({ length: n }, (_, i) => `学习不够深入${i % 7}。比如全年只学了${i % 9}次。`).join('');
  const time = (n: number) => {
    const text = para(n);
    let best = Infinity;
    for (let k = 0; k < 3; k++) {
      const t = process.cpuUsage();
      material(TITLES[1], ['（一）在理论学习方面', text]);
      const d = process.cpuUsage(t);
      best = Math.min(best, d.user + d.system);
    }
    return Math.max(best, 1000);
  };
  time(500); // warm up
  let ok = false;
  for (let k = 0; k < 3 && !ok; k++) ok = time(2000) / time(500) < 4 * 2.5;
  expect(ok).toBe(true);
});
