/**
 * other-year-aspects: a material whose headings are another year's aspects (last year's 四个带头
 * under a 2025年度 title) is told so, with the aspects its own year asks for; materials that follow
 * their own year's aspects, reword some, or are too short to tell, are not. Materials written for
 * this test from the templates' own aspect titles (../shared/templates.md).
 */
import { analyze } from '../../src/engine';
import { getTemplate } from '../../src/engine/template';
import { textDoc } from '../support/docs';

const CN = ['一', '二', '三', '四', '五', '六', '七'];
const ITEMS = ['一是学习不够深入。比如全年只读了两本原著。', '一是调研不够。比如今年到基层只有4次。', '一是担当不够。比如2个项目进度滞后。'];

/** A material titled for `year` whose aspect headings are `template`'s aspect titles (the first `count`). */
function material(year: string, templateId: string, count?: number, meeting = '民主生活会'): string[] {
  const t = getTemplate(templateId)!;
  const lines = [`某局党组${year}年度${meeting}对照检查材料`, '一、存在的主要问题'];
  t.aspects.slice(0, count ?? t.aspects.length).forEach((a, i) => lines.push(`（${CN[i]}）在${a.title.replace(/^带头/, '')}方面`, ITEMS[i % ITEMS.length]));
  lines.push('二、原因分析', '理想信念有所松懈，党性修养有所放松。', '三、整改措施', '（一）每月集中学习不少于2次，年底前完成。');
  return lines;
}

const found = (lines: string[]) => analyze(textDoc(lines)).findings.filter((f) => f.rule === 'other-year-aspects');

test.each([
  ['2025年度 titled, 2024 四个带头 headings', '2025', 'four-aspects-2024', '2024年度民主生活会（四个带头）', '沿用了往年'],
  ['2022年度 titled, 2021 五个带头 headings', '2022', 'five-aspects-2021', '2021年度党史学习教育专题民主生活会（五个带头）', '沿用了往年'],
  ['2024年度 titled, 2025 headings (a later year)', '2024', 'five-aspects-2025', '2025年度民主生活会（五个带头）', '套用了其他年度'],
])('%s: told, once, at the first aspect heading, with the year\'s own aspects', (_name, year, other, otherName, wording) => {
  const lines = material(year, other);
  const f = found(lines);
  expect(f).toHaveLength(1);
  expect(f[0].paragraph).toBe(2);
  expect(f[0].message).toContain(otherName);
  expect(f[0].message).toContain(wording);
  const own = analyze(textDoc(lines)).template;
  expect(own.years).toContain(Number(year));
  expect(f[0].message).toContain(own.aspects[0].title.slice(0, 6));
});

test.each([
  ['a 2025 material on its own aspects', material('2025', 'five-aspects-2025')],
  ['a 2024 material on its own aspects', material('2024', 'four-aspects-2024')],
  ['a 2022 material on its own aspects', material('2022', 'six-aspects-2022')],
  ['two headings of last year: too few to tell', material('2025', 'four-aspects-2024', 2)],
  ['a 组织生活会 material (no 民主生活会 template compared)', material('2024', 'org-life-2024', undefined, '组织生活会')],
])('%s: not told', (_name, lines) => {
  expect(found(lines)).toEqual([]);
});

// A year with no template yet (2026年度): its notice decides the aspects, so a material whose headings
// are every one of an earlier year's is asked whether it reused them (a trial's December 2026 materials
// written on 2025's five aspects passed with no word, the same material under a 2025 title was told).
describe('in a year with no template', () => {
  test.each([
    ['2025 五个带头', 'five-aspects-2025', '2025年度民主生活会（五个带头）'],
    ['2024 四个带头', 'four-aspects-2024', '2024年度民主生活会（四个带头）'],
    ['2022 六个带头', 'six-aspects-2022', '2022年度民主生活会（六个带头）'],
  ])('2026年度 titled, %s headings: asked, with the year\'s notice named', (_name, other, otherName) => {
    const f = found(material('2026', other));
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain(otherName);
    expect(f[0].message).toContain('沿用了往年');
    expect(f[0].message).toContain('2026年度通知');
  });

  test.each([
    ['headings of its own (a new notice\'s words)', ['某局党组2026年度民主生活会对照检查材料', '一、存在的主要问题', '（一）在学习贯彻党的二十届四中全会精神、推动“十五五”开局方面', ITEMS[0], '（二）在统筹发展和安全方面', ITEMS[1], '（三）在为基层减负方面', ITEMS[2], '二、原因分析', '理想信念有所松懈。', '三、整改措施', '（一）每月集中学习2次。']],
    ['two of 2025\'s headings: too few to tell', material('2026', 'five-aspects-2025', 2)],
  ])('%s: not told', (_name, lines) => {
    expect(found(lines)).toEqual([]);
  });
});
