/**
 * A repeated or skipped aspect number with an aspect missing before it: the numbering fix writes
 * the number the missing-aspect fix leaves there (the aspect's template place), so the two fixes
 * agree — （一）（二）（二）（五） with aspect 3 missing gives （一）（二）（三 inserted）（四）（五) — and
 * neither drops the writer's text.
 */
import { analyze } from '../../src/engine';
import type { Finding } from '../../src/engine/types';
import { textDoc } from '../support/docs';

const TITLES = [
  '带头深刻感悟“两个确立”的决定性意义方面',
  '带头牢记我们党是什么、要干什么这个根本问题方面',
  '带头践行以人民为中心的发展思想方面',
  '带头学习运用党在不同历史时期成功应对风险挑战的丰富经验方面',
  '带头深刻汲取党史中正反两方面经验方面',
];
const ITEMS = ['一是理论学习不深入。比如，全年集中学习仅8次。', '一是落实决策部署打折扣。比如，审批项目进度滞后。', '一是联系群众不够。比如，全年只到联系点调研2次。', '一是斗争精神不足。比如，信访积案化解不力。', '一是落实一岗双责不到位。比如，对班子成员提醒不及时。'];
const CN = '一二三四五';

/** A material with aspects `aspects` (template numbers 1–5), headed by the numbers `written`. */
function material(aspects: number[], written: number[]): string[] {
  return [
    '2021年度党史学习教育专题民主生活会对照检查材料',
    '一、存在的主要问题',
    ...aspects.flatMap((a, i) => [`（${CN[written[i] - 1]}）${TITLES[a - 1]}`, ITEMS[a - 1]]),
    '二、原因分析',
    '理想信念有所松懈，宗旨意识淡化，党性修养放松。',
    '三、整改措施',
    '（一）强化理论武装。每月集中学习2次，年底前完成。',
    '（二）狠抓落实。审批项目6月底前全部办结。',
    '（三）密切联系群众。每季度到联系点调研1次。',
    '（四）发扬斗争精神。年底前化解信访积案10件。',
    '（五）落实一岗双责。每半年约谈班子成员1次。',
  ];
}

/** The marker each fix writes on an existing paragraph, by paragraph. */
function written(f: Finding): Map<number, string> {
  return new Map((f.fix?.edits ?? []).filter((e) => !e.newParagraphAfter).map((e) => [e.paragraph, e.text]));
}

describe.each([
  ['（一）（二）（二）（五）, aspect 3 missing', [1, 2, 4, 5], [1, 2, 2, 5], '（四）'],
  ['（一）（二）（五）（五）, aspect 3 missing', [1, 2, 4, 5], [1, 2, 5, 5], '（四）'],
  ['（一）（三）（三）（五）, aspect 2 missing', [1, 3, 4, 5], [1, 3, 3, 5], '（四）'],
])('%s', (_name, aspects, numbers, fixed) => {
  const lines = material(aspects, numbers);
  const a = analyze(textDoc(lines));
  const numbering = a.findings.filter((f) => f.rule === 'numbering');
  const missing = a.findings.find((f) => f.rule === 'missing-aspect' && f.fix)!;
  const third = 2 + 2 * 2; // the third aspect heading's paragraph
  test('one numbering finding, at the wrong number, saying the template place', () => {
    expect(numbering.map((f) => f.paragraph)).toEqual([third]);
    expect(numbering[0].message).toContain(`此处应为“${fixed}”`);
  });
  test('its fix and the missing-aspect fix write the same number there, and nothing else differs', () => {
    const n = written(numbering[0]);
    const m = written(missing);
    expect(n.get(third)).toBe(fixed);
    for (const [p, text] of n) if (m.has(p)) expect(m.get(p)).toBe(text);
  });
  test('no fix drops the writer’s text: each edit replaces a number only', () => {
    for (const f of [...numbering, missing]) {
      for (const e of f.fix!.edits) {
        if (e.newParagraphAfter) continue;
        expect(lines[e.paragraph].slice(e.start, e.start + e.length)).toMatch(/^（[一二三四五]）$/);
      }
    }
  });
});

test('numbered in sequence over the gap ((一)(二)(三)(四), aspect 3 missing): no numbering finding, as before', () => {
  const a = analyze(textDoc(material([1, 2, 4, 5], [1, 2, 3, 4])));
  expect(a.findings.filter((f) => f.rule === 'numbering')).toEqual([]);
});
