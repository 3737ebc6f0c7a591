/**
 * Problems written as prose, with no 一是/1. before them.
 *
 * 1. An aspect heading run into its problem after a comma, with more text on the same line
 *    ("（三）在担当作为方面，担当精神不足。比如，…", "一是在理论学习方面，学习不够系统。对…"): the
 *    problem started after the heading sentence and its own sentence was lost (its name, its link
 *    and its instance check all read the rest alone).
 * 2. Further problems opened by a connective instead of a number ("…。另外，对意识形态工作抓得不实。",
 *    此外，同时，其次，): the whole prose was one problem, so a second problem no measure answers was
 *    never reported and counts of problems per aspect were low.
 * Shapes: 2021 template and a 2026年度 material (no template); （一）/1. aspect headings; run into
 * the heading or a paragraph of its own; 比如/例如. Not: 再如 (a further instance), a connective
 * inside a sentence, numbered items, the causes part.
 */
import { analyze } from '../../src/engine';
import type { Analysis } from '../../src/engine';
import { textDoc } from '../support/docs';

const TAIL = ['二、原因分析', '（一）理想信念有所松懈。同时，宗旨意识有所淡化。', '三、整改措施', '（一）强化理论武装。每月集中学习1次。', '（二）改进作风。年底前走访群众30户。'];

function material(title: string, problemLines: string[]): Analysis {
  return analyze(textDoc([title, '一、存在的主要问题', ...problemLines, ...TAIL]));
}

const TITLES = ['某县水利局党组党史学习教育专题民主生活会对照检查材料', '某区委常委班子2026年度民主生活会对照检查材料'];
const bodies = (a: Analysis) => a.outline.aspects.map((x) => x.problems.map((p) => p.body.replace(/\n/g, '')));
const heads = (a: Analysis) => a.outline.aspects.map((x) => x.problems.map((p) => p.heading));

describe('a heading run into its problem after 方面， with an instance on the same line', () => {
  const cases: [string, string, string][] = [
    ['（一）', '在理论学习方面，', '学懂弄通做实不够。比如，全年自学笔记只有8000字。'],
    ['（二）', '在担当作为方面，', '担当精神不足。比如，对拖欠工程款问题推进迟缓。'],
    ['（三）', '在联系群众方面，', '深入基层调研偏少。例如，全年到村调研只有5次。'],
  ];
  for (const title of TITLES) {
    test(`the problem starts at its own sentence (${title.slice(-16)})`, () => {
      const a = material(title, cases.map(([m, topic, text]) => m + topic + text));
      expect(bodies(a)).toEqual(cases.map(([, , text]) => [text]));
      expect(heads(a).map((h) => h[0])).toEqual(cases.map(([, , text]) => text.slice(0, text.indexOf('。') + 1)));
    });
  }
  test.each([
    ['inline in one paragraph', (xs: string[]) => [xs.join('')]],
    ['one a line', (xs: string[]) => xs],
  ])('aspects written as items with their problem run in, more sentences after it: %s', (_shape, lay) => {
    const a = material(TITLES[1], lay([
      '一是在理论学习方面，学习不够系统，全年集中学习只有5次。另外，到基层调研偏少。',
      '二是在担当作为方面，担当精神不足。对信访积案推进迟缓，3件拖了两年。',
    ]));
    expect(bodies(a)).toEqual([['学习不够系统，全年集中学习只有5次。', '另外，到基层调研偏少。'], ['担当精神不足。对信访积案推进迟缓，3件拖了两年。']]);
  });
  test('an instance on a paragraph of its own still joins the sentence (unchanged)', () => {
    const a = material(TITLES[1], ['（一）在担当作为方面，担当精神不足。', '比如，对拖欠工程款问题推进迟缓。']);
    expect(bodies(a)).toEqual([['担当精神不足。比如，对拖欠工程款问题推进迟缓。']]);
  });
  test('an intro after the topic is no problem (unchanged)', () => {
    const a = material(TITLES[1], ['（一）在担当作为方面，存在以下问题：', '担当精神不足。比如，对拖欠工程款问题推进迟缓。']);
    expect(bodies(a)).toEqual([['担当精神不足。比如，对拖欠工程款问题推进迟缓。']]);
  });
});

describe('a connective opening a further problem in unnumbered prose', () => {
  const first = '理论学习不够系统。比如，中心组学习有2次以传达文件代替研讨。';
  const further = [
    ['另外，', '对意识形态工作抓得不实，宣传阵地检查偏少。'],
    ['此外，', '运用理论指导实践不够，调研报告对策空泛。'],
    ['同时，', '政治敏锐性不强，对网上错误言论发声不及时。'],
    ['其次，', '学用结合不紧，学习成果转化不多。'],
  ];
  for (const title of TITLES) {
    for (const [conn, text] of further) {
      test(`run into the heading: “${conn}” (${title.slice(-16)})`, () => {
        const a = material(title, ['（一）在理论学习方面：' + first + conn + text]);
        expect(bodies(a)).toEqual([[first, conn + text]]);
      });
      test(`a paragraph of its own: “${conn}” (${title.slice(-16)})`, () => {
        const a = material(title, ['（一）在理论学习方面', first + conn + text]);
        expect(bodies(a)).toEqual([[first, conn + text]]);
        const [, second] = a.outline.aspects[0].problems;
        // The second problem sits where its text starts in the paragraph (UTF-16 offset).
        expect(second.offset).toBe(first.length);
        expect(second.inline).toBe(true);
      });
    }
  }
  test('three problems in one paragraph', () => {
    const a = material(TITLES[1], ['1.能力本领方面：对新政策学习不及时。此外，业务测试成绩排名靠后，全年失分较多。同时，化解群众矛盾的办法不多。']);
    expect(bodies(a)).toEqual([['对新政策学习不及时。', '此外，业务测试成绩排名靠后，全年失分较多。', '同时，化解群众矛盾的办法不多。']]);
  });
  test('a further problem opened by a connective is reported when no measure answers it', () => {
    const a = material(TITLES[1], ['（一）在理论学习方面：每月集中学习不够经常，比如全年只学了5次。另外，对信访积案化解不力，3件积案拖了两年。']);
    const uncovered = a.findings.filter((f) => f.rule === 'uncovered-problem').map((f) => f.message);
    expect(uncovered.some((m) => m.includes('信访积案'))).toBe(true);
  });
  test('not: 再如 (a further instance), a connective inside a sentence, numbered items, causes', () => {
    const a = material(TITLES[1], [
      '（一）在理论学习方面：理论学习不够系统。比如，中心组学习流于形式。再如，自学笔记只有8000字。',
      '（二）在联系群众方面：深入基层不够，同时，调研走访偏少。',
      '（三）在担当作为方面：一是担当精神不足。另外，推进积案化解迟缓。二是创新不够。',
    ]);
    expect(bodies(a)[0]).toHaveLength(1);
    expect(bodies(a)[1]).toHaveLength(1);
    expect(bodies(a)[2]).toEqual(['一是担当精神不足。另外，推进积案化解迟缓。', '二是创新不够。']);
    expect(a.outline.causes).toHaveLength(1);
  });
});
