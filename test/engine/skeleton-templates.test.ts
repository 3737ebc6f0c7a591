/**
 * The whole skeleton (整篇框架) of every template against what the year's notice asks for
 * (../shared/templates.md, domain.md): the meeting and its year in the title (年度 meetings), the
 * 上年度 part first where the meeting is a 年度 one, the 反面典型案例剖析 part with its two sub-parts
 * before the causes in 2024/2025, every aspect; and a skeleton checked right after insertion is read
 * as its own template with nothing missing. The expectations are written out here from the notices,
 * not read from the template files.
 */
import { analyze, getTemplate } from '../../src/engine';
import { buildSkeleton } from '../../src/engine/skeleton';
import { allTemplates } from '../../src/engine/template';
import { textDoc } from '../support/docs';

interface Expected {
  title: RegExp;
  parts: string[];
  cases: boolean;
  aspects: number;
}

const PREV = '上年度问题整改落实情况';
const EXPECTED: Record<string, Expected> = {
  'five-aspects-2021': { title: /^××党史学习教育专题民主生活会对照检查材料$/, parts: ['存在的主要问题', '原因分析', '整改措施'], cases: false, aspects: 5 },
  'six-aspects-2022': { title: /^××2022年度民主生活会对照检查材料$/, parts: [PREV, '存在的主要问题', '原因分析', '整改措施'], cases: false, aspects: 6 },
  'theme-education-2023': { title: /^××.*主题教育专题民主生活会对照检查材料$/, parts: ['存在的主要问题', '原因分析', '整改措施'], cases: false, aspects: 6 },
  // The same meeting as units that followed the Politburo's five 带头 wrote it.
  'five-aspects-2023': { title: /^××.*主题教育专题民主生活会对照检查材料$/, parts: ['存在的主要问题', '原因分析', '整改措施'], cases: false, aspects: 5 },
  'four-aspects-2024': { title: /^××2024年度民主生活会对照检查材料$/, parts: [PREV, '存在的主要问题', '反面典型案例剖析', '原因分析', '整改措施'], cases: true, aspects: 4 },
  'five-aspects-2025': { title: /^××2025年度民主生活会对照检查材料$/, parts: [PREV, '存在的主要问题', '反面典型案例剖析', '原因分析', '整改措施'], cases: true, aspects: 5 },
  'org-life-2024': { title: /^××2024年度组织生活会对照检查材料$/, parts: ['存在的主要问题', '原因分析', '整改措施'], cases: false, aspects: 6 },
};

const CN = '一二三四五六七八九';

test('every built-in template has its expectation here', () => {
  expect(allTemplates().map((t) => t.id).sort()).toEqual(Object.keys(EXPECTED).sort());
});

describe.each(Object.entries(EXPECTED))('%s', (id, want) => {
  const template = getTemplate(id)!;
  const all = buildSkeleton(template, { kind: 'all' });

  test('title names the meeting, with its year for a 年度 meeting', () => {
    expect(all[0].text).toMatch(want.title);
    const year = /(\d{4})年度/.exec(all[0].text)?.[1];
    if (year) expect(template.years).toContain(Number(year));
  });

  test('the parts the notice asks for, numbered 一、二、… in order; the case part with its two sub-parts', () => {
    const parts = all.filter((p) => p.level === 1).map((p) => p.text);
    expect(parts).toEqual(want.parts.map((label, i) => `${CN[i]}、${label}`));
    const k = all.findIndex((p) => p.level === 1 && p.text.endsWith('反面典型案例剖析'));
    if (!want.cases) return expect(k).toBe(-1);
    const next = all.findIndex((p, i) => i > k && p.level === 1);
    expect(all.slice(k + 1, next).filter((p) => p.level === 2).map((p) => p.text)).toEqual(['（一）案例原因剖析', '（二）对照案例查摆自身差距']);
    expect(all[next].text).toMatch(/原因分析$/);
  });

  test('every aspect under 存在的主要问题', () => {
    const k = all.findIndex((p) => p.level === 1 && p.text.endsWith('存在的主要问题'));
    const next = all.findIndex((p, i) => i > k && p.level === 1);
    expect(all.slice(k + 1, next).filter((p) => p.level === 2)).toHaveLength(want.aspects);
  });

  test('checked right after insertion: read as this template, no part or aspect missing, the 上年度 part found', () => {
    const a = analyze(textDoc(all.map((p) => p.text)));
    expect(a.template.id).toBe(id);
    expect(a.findings.filter((f) => f.rule === 'missing-part' || f.rule === 'missing-aspect')).toEqual([]);
    expect(a.outline.parts.some((p) => p.role === 'previous')).toBe(want.parts[0] === PREV);
    expect(a.outline.aspects.map((x) => x.aspect)).toEqual(template.aspects.map((x) => x.number));
  });
});
