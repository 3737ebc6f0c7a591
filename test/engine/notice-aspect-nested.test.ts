/**
 * An imported template's aspect (template from-notice) knows the domain's words for every concept
 * its title names, also one written inside a longer form of another concept: "带头严守廉洁纪律"
 * names 纪律规矩 (廉洁纪律) and 党风廉政 (廉洁), so a section headed 在廉洁自律方面 — run in as
 * 四是在廉洁自律方面，… or on a line of its own — is that aspect's, as the bundled templates map
 * the same shapes of headings to theirs (trial t24 m09).
 */
import { analyze } from '../../src/engine';
import { readNotice } from '../../src/engine/notice';
import { getTemplate } from '../../src/engine/template';
import { textDoc } from '../support/docs';

const NOTICE = '关于开好2026年度民主生活会的通知\n经研究，重点对照以下4个方面：一是带头坚定理想信念；二是带头狠抓工作落实；三是带头密切联系群众；四是带头严守廉洁纪律。\n中共××县委组织部';

/** A material whose aspect headings are `headings` (each run in with its problem when `runIn`). */
function material(headings: string[], runIn: boolean): string[] {
  const problems = [
    '学习党的创新理论浅尝辄止，全年读原著仅2本。',
    '推进重点项目不够有力，全年开工率仅60%。',
    '下基层调研少，全年到联系村仅3次。',
    '对工程项目的廉政风险防范不到位，1个项目违规变更未经集体研究。',
  ];
  const body = headings.flatMap((h, i) => (runIn ? [`${h}，${problems[i]}`] : [h, problems[i]]));
  return [
    '县住建局局长2026年度民主生活会个人对照检查材料',
    '一、存在的主要问题',
    ...body,
    '二、原因分析',
    '一是理想信念有所松懈。二是宗旨意识淡化。',
    '三、整改措施',
    '（一）每月精读原著1本，2027年6月底前完成。',
  ];
}

const aspectsOf = (lines: string[], template = readNotice(NOTICE).template) =>
  analyze(textDoc(lines), { template }).outline.aspects.map((a) => a.aspect);

test('the imported aspect holds the words of a concept its title writes inside a longer form', () => {
  const vocabulary = readNotice(NOTICE).template.aspects[3].vocabulary;
  expect(vocabulary).toContain('廉洁纪律');
  expect(vocabulary).toContain('廉洁自律');
  expect(vocabulary).toContain('清正廉洁');
});

test.each([
  ['run in, 一是…四是', ['一是在理想信念方面', '二是在工作落实方面', '三是在联系群众方面', '四是在廉洁自律方面'], true],
  ['on lines of their own, （一）…（四）', ['（一）在理想信念方面', '（二）在工作落实方面', '（三）在联系群众方面', '（四）在廉洁自律方面'], false],
  ['run in, with 存在的问题', ['一是理想信念方面存在的问题', '二是工作落实方面存在的问题', '三是联系群众方面存在的问题', '四是廉洁自律方面存在的问题'], true],
  ['run in, 清正廉洁', ['一是在理想信念方面', '二是在工作落实方面', '三是在联系群众方面', '四是在清正廉洁方面'], true],
])('an imported template maps a reworded integrity heading (%s)', (_shape, headings, runIn) => {
  expect(aspectsOf(material(headings, runIn))).toEqual([1, 2, 3, 4]);
});

test('bundled templates map run-in 在X方面 headings the same way', () => {
  const theme = getTemplate('theme-education-2023')!;
  const lines = [
    '县住建局局长主题教育专题民主生活会个人对照检查材料',
    '一、存在的主要问题',
    '一是在理论学习方面，学习党的创新理论浅尝辄止，全年读原著仅2本。',
    '二是在政治素质方面，政治敏锐性不强，对意识形态苗头性问题发现不及时。',
    '三是在能力本领方面，推进重点项目不够有力，全年开工率仅60%。',
    '四是在担当作为方面，面对矛盾绕道走，2个信访积案未化解。',
    '五是在工作作风方面，下基层调研少，全年到联系村仅3次。',
    '六是在廉洁自律方面，对工程项目的廉政风险防范不到位，1个项目违规变更未经集体研究。',
    '二、原因分析',
    '一是理想信念有所松懈。',
    '三、整改措施',
    '（一）每月精读原著1本。',
  ];
  expect(aspectsOf(lines, theme)).toEqual([1, 2, 3, 4, 5, 6]);
  const y2025 = getTemplate('five-aspects-2025')!;
  const five = material(['一是在政治忠诚方面', '二是在增强党性方面', '三是在敬畏人民方面', '四是在担当作为方面'], true);
  five.splice(6, 0, '五是在管党治党方面，对下属单位监督偏软，2个单位整改不到位。');
  expect(aspectsOf(five, y2025)).toEqual([1, 2, 3, 4, 5]);
});
