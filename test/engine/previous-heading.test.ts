/**
 * repeated-problem by the heading sentence (previous.ts sameHeading). A trial (t26 #11) wrote this
 * year's "二是对干部日常监督不严。" under last year's very heading with only the example changed:
 * under 60% of the text repeats, and nothing was said. A reviewer sends it back: the same problem
 * heading of meaningful length (8 characters or more) is a repeat whatever the example, and the
 * message says the heading is the same. Short generic headings (学习不够) are everyone's wording and
 * no repeat. Materials written for this test.
 */
import { analyze, type Analysis } from '../../src/engine';
import type { DocumentInput } from '../../src/engine/types';
import { sameHeading } from '../../src/engine/previous';
import { previousLines } from '../../src/cli/previous';
import { textDoc } from '../support/docs';

/** A 2024 org-life-like material of one aspect whose problems are `problems` (one line each). */
function material(year: number, problems: string[], previous: string[] = []): string[] {
  return [
    `${year}年度组织生活会党员个人对照检查材料`,
    ...(previous.length ? ['一、上年度问题整改落实情况', ...previous] : []),
    '二、存在的主要问题',
    '（一）纪律作风方面',
    ...problems,
    '三、原因分析',
    '（一）党性修养有所放松。',
    '四、整改措施',
    '（一）每月开展一次谈心谈话，年底前完成。',
  ];
}

function run(current: string[], last: string[]): { findings: Analysis['findings']; analysis: Analysis } {
  const lastInput: DocumentInput = textDoc(last);
  const a = analyze(textDoc(current), { previous: { analysis: analyze(lastInput), input: lastInput } });
  return { findings: a.findings.filter((f) => f.rule === 'repeated-problem'), analysis: a };
}

const PREV = ['（一）各项问题已整改完毕，建立了长效机制。'];

describe('the same heading over a new example is a repeat, and the message says so', () => {
  test.each([
    ['the same heading, a new example', '二是对干部日常监督不严。对个别干部工作日午间饮酒问题发现不及时。', '二是对干部日常监督不严。对个别干部违规收受土特产问题发现不及时。', '完全'],
    ['the same heading, a new 比如 clause in the same sentence line', '一是执行请销假制度不够严格。比如全年有3次外出未按规定报备。', '一是执行请销假制度不够严格。比如下乡调研时有2次未提前请假。', '完全'],
    ['a heading with this year\'s figure', '一是全年到联系村调研仅4次。对村集体经济发展的难题了解不深。', '一是全年到联系村调研仅6次。对高标准农田建设中群众反映的问题跟进不够。', '完全'],
    ['a heading a character apart (的 added)', '三是对身边工作人员日常管理不严。对驾驶员公车私用问题失察。', '三是对身边工作人员的日常管理不严。对办公室人员上班时间网购问题提醒不及时。', '几乎'],
    ['a short heading of 8 characters with nothing under it last year', '二是谈心谈话不够经常。', '二是谈心谈话不够经常。对分管股室的年轻干部了解不多。', '完全'],
  ])('%s', (_name, lastProblem, problem, word) => {
    const last = material(2023, ['一是学习不够。全年只读了一本书。', lastProblem]);
    const cur = material(2024, ['一是理论学习笔记记得少。全年学习笔记不足5000字。', problem], PREV);
    const { findings } = run(cur, last);
    const at = cur.indexOf(problem);
    const f = findings.filter((x) => x.paragraph === at);
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain(`标题与上年度材料第${last.indexOf(lastProblem) + 1}行的问题`);
    expect(f[0].message).toContain(`${word}相同`);
    expect(f[0].severity).toBe('warning');
  });

  test('the --previous section says the heading is the same, with the text\'s share', () => {
    const last = material(2023, ['一是学习不够。全年只读了一本书。', '二是对干部日常监督不严。对个别干部工作日午间饮酒问题发现不及时。']);
    const cur = material(2024, ['一是理论学习笔记记得少。全年学习笔记不足5000字。', '二是对干部日常监督不严。对个别干部违规收受土特产问题发现不及时。'], PREV);
    const { analysis } = run(cur, last);
    const lines = previousLines(analysis.previous!, '上年度.txt').join('\n');
    expect(lines).toMatch(/“对干部日常监督不严” ≈ 上年度第\d+段（标题相同，全文约\d+%相同）/);
  });

  test('a copy of the whole problem keeps the text-share message', () => {
    const p = '二是对干部日常监督不严，对个别干部工作日午间饮酒问题发现不及时，谈心谈话开展得少。';
    const { findings } = run(material(2024, ['一是理论学习笔记记得少。全年学习笔记不足5000字。', p], PREV), material(2023, [p]));
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toMatch(/几乎相同（约\d+%的文字相同）/);
  });
});

describe('short or different headings are no repeat', () => {
  test.each([
    ['a short generic heading (4 characters)', '一是学习不够。全年只读了一本书。', '一是学习不够。对新修订的条例没有逐条研读。'],
    ['a short generic heading (7 characters)', '一是作风不够扎实深。下乡调研少。', '一是作风不够扎实深。接待群众来访时态度生硬。'],
    ['two characters apart in a short heading', '二是对干部日常监督不严。对个别干部饮酒问题发现不及时。', '二是对干部日常管理不力。对个别干部迟到问题提醒不够。'],
    ['the same theme in other words', '二是对干部日常监督不严。对个别干部饮酒问题发现不及时。', '二是日常监督干部偏软。对个别干部迟到问题提醒不够。'],
  ])('%s', (_name, lastProblem, problem) => {
    const cur = material(2024, ['一是理论学习笔记记得少。全年学习笔记不足5000字。', problem], PREV);
    const { findings } = run(cur, material(2023, ['三是联系群众不紧密。', lastProblem]));
    expect(findings.filter((x) => x.paragraph === cur.indexOf(problem))).toEqual([]);
  });
});

test('sameHeading: the threshold on both sides', () => {
  expect(sameHeading('理论学习不够深入', '理论学习不够深入')).toBe('same');
  expect(sameHeading('理论学习不深入', '理论学习不深入')).toBeUndefined();
  expect(sameHeading('对干部日常监督不严', '对干部的日常监督不严')).toBe('near');
  expect(sameHeading('对干部日常监督不严', '对干部日常管理不力')).toBeUndefined();
  // Two characters apart from 16 on.
  expect(sameHeading('对分管领域重点项目推进中的风险研判不够及时', '对分管领域重点工程推进中的风险研判不够及时')).toBe('near');
  expect(sameHeading('对分管领域重点项目推进中的风险研判不够及时', '对分管领域重点工程推进中的风险评估不够及时')).toBeUndefined();
});
