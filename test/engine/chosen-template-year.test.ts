/**
 * A template chosen by hand (--template, the pane's picker) whose year is not the material's own:
 * the reason says so (a trial chose four-aspects-2024 for a 2025年度 material and was never told).
 */
import { analyze } from '../../src/engine';
import { getTemplate } from '../../src/engine/template';
import { completeLines, textDoc } from '../support/docs';

const material = (title: string | null) => textDoc([...(title ? [title] : []), ...completeLines()]);

test.each([
  ['a 2025年度 material, the 2024 template', '2025年度民主生活会个人对照检查材料', 'four-aspects-2024', '；但材料写的是2025年度，所选模板是2024年度的'],
  ['a 2022年度 material, the 2021 template', '2022年度民主生活会对照检查材料', 'five-aspects-2021', '；但材料写的是2022年度，所选模板是2021年度的'],
  ['a 2024年度 组织生活会 material, the 2025 template', '2024年度组织生活会个人对照检查材料', 'five-aspects-2025', '；但材料写的是2024年度，所选模板是2025年度的'],
])('%s: the reason names both years', (_name, title, id, note) => {
  const a = analyze(material(title), { templateId: id });
  expect(a.templateReason).toBe(`已指定模板“${getTemplate(id)!.name}”${note}`);
  expect(a.recognisedYear).not.toBeNull();
});

test.each([
  ['the year the template is for', '2024年度民主生活会个人对照检查材料', 'four-aspects-2024'],
  ['no year stated', null, 'four-aspects-2024'],
  ['a date that is no meeting year', '对照检查材料（2025年1月）', 'four-aspects-2024'],
])('%s: the reason is the choice alone', (_name, title, id) => {
  expect(analyze(material(title), { templateId: id }).templateReason).toBe(`已指定模板“${getTemplate(id)!.name}”`);
});
