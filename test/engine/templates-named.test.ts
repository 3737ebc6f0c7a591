/** `--template` given as a year or a year and meeting (template.ts templatesNamed): a table of forms. */
import { allTemplates, templateIds, templatesNamed } from '../../src/engine/template';

describe('templatesNamed', () => {
  test.each([
    ['four-aspects-2024', ['four-aspects-2024'], []],
    ['2024', ['four-aspects-2024'], ['org-life-2024']],
    ['2024年', ['four-aspects-2024'], ['org-life-2024']],
    ['2024年度', ['four-aspects-2024'], ['org-life-2024']],
    ['２０２４年度', ['four-aspects-2024'], ['org-life-2024']],
    [' 2024 ', ['four-aspects-2024'], ['org-life-2024']],
    ['2024组织生活会', ['org-life-2024'], []],
    ['2024年度组织生活会', ['org-life-2024'], []],
    ['2024年度民主生活会', ['four-aspects-2024'], []],
    ['2021', ['five-aspects-2021'], []],
    ['2022年度', ['six-aspects-2022'], []],
    ['2025', ['five-aspects-2025'], []],
    ['2023', ['theme-education-2023', 'five-aspects-2023'], []],
    ['2026', [], []],
    ['2026年度民主生活会', [], []],
    ['2025年度组织生活会', [], []],
  ])('%s → %j (others %j)', (query, ids, others) => {
    const found = templatesNamed(query);
    expect(found?.ids).toEqual(ids);
    expect(found?.others).toEqual(others);
  });

  test.each(['x', '', '24', '20245', '2024年度会', 'five-aspects', '2024 2025', '四个带头'])('%j names nothing', (query) => {
    expect(templatesNamed(query)).toBeUndefined();
  });

  test('every bundled template is named by its own year (with its meeting) and chosen or offered', () => {
    for (const t of allTemplates()) {
      for (const year of t.years ?? []) {
        const found = templatesNamed(`${year}年度${t.meeting ?? '民主生活会'}`)!;
        expect(found.ids).toContain(t.id);
        const plain = templatesNamed(String(year))!;
        expect([...plain.ids, ...plain.others]).toContain(t.id);
      }
    }
    expect(templateIds().length).toBe(allTemplates().length);
  });
});
