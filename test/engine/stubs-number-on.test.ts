/**
 * Fixes that insert numbered headings or stubs at one place number on from each other: two
 * unanswered problems' measure stubs read （四） and （五） (not （四） twice), two missing aspects due
 * after the same section （三） and （四）, two missing parts before the same part 二、 and 三、
 * (trial t24 m01, m10, m12). Each fix still inserts only its own paragraph(s).
 */
import { analyze } from '../../src/engine';
import { getTemplate } from '../../src/engine/template';
import { textDoc } from '../support/docs';

const firstText = (f: { fix?: { edits: { text: string; newParagraphAfter?: boolean }[] } }) => f.fix!.edits.find((e) => e.newParagraphAfter)!.text;

test('two unanswered problems: stubs （四） and （五）', () => {
  const doc = textDoc([
    '县交通运输局局长2024年度民主生活会个人对照检查材料',
    '一、存在的主要问题',
    '（一）带头严守政治纪律和政治规矩，维护党的团结统一方面',
    '一是请示报告制度执行不严，有1项重大事项会后才报告。二是农村公路养护资金拨付滞后，平均滞后40天。',
    '（二）带头增强党性、严守纪律、砥砺作风方面',
    '一是下基层调研少，全年到乡镇仅4次。二是超限超载治理有畏难情绪，全年查处超限车辆仅15辆。',
    '（三）带头在遵规守纪、清正廉洁前提下勇于担责、敢于创新方面',
    '交通项目谋划储备不足，入库项目仅3个。',
    '（四）带头履行全面从严治党政治责任方面',
    '对下属单位监督偏软，2个单位审计整改不到位。',
    '二、原因分析',
    '一是理想信念有所松懈。二是宗旨意识淡化。',
    '三、整改措施',
    '（一）重大事项一律事前请示报告，由办公室登记，立即执行。',
    '（二）每月到乡镇调研不少于2次，全年不少于24次。',
    '（三）2025年6月底前新增入库项目5个以上，由规划科负责。',
  ]);
  const stubs = analyze(doc).findings.filter((f) => f.rule === 'uncovered-problem' && f.fix);
  expect(stubs.length).toBeGreaterThanOrEqual(2);
  expect(stubs.map(firstText).map((t) => t.slice(0, 3))).toEqual(['（四）', '（五）', '（六）', '（七）'].slice(0, stubs.length));
});

test('measures numbered 1. 2.: stubs 3. and 4.', () => {
  const doc = textDoc([
    '县交通运输局局长2024年度民主生活会个人对照检查材料',
    '一、存在的主要问题',
    '（一）带头严守政治纪律和政治规矩，维护党的团结统一方面',
    '请示报告制度执行不严，有1项重大事项会后才报告。',
    '（二）带头增强党性、严守纪律、砥砺作风方面',
    '超限超载治理有畏难情绪，全年查处超限车辆仅15辆。',
    '（三）带头在遵规守纪、清正廉洁前提下勇于担责、敢于创新方面',
    '交通项目谋划储备不足，入库项目仅3个。',
    '（四）带头履行全面从严治党政治责任方面',
    '农村公路养护资金拨付滞后，平均滞后40天。',
    '二、原因分析',
    '一是理想信念有所松懈。二是宗旨意识淡化。',
    '三、整改措施',
    '1.重大事项一律事前请示报告，由办公室登记，立即执行。',
    '2.2025年6月底前新增入库项目5个以上，由规划科负责。',
  ]);
  const stubs = analyze(doc).findings.filter((f) => f.rule === 'uncovered-problem' && f.fix);
  expect(stubs.length).toBe(2);
  expect(stubs.map(firstText).map((t) => t.slice(0, 2))).toEqual(['3.', '4.']);
});

test('two missing aspects due after one section: （三） then （四）, the sections after moved past both', () => {
  const lines = [
    '县国资委党委2025年度民主生活会对照检查材料',
    '一、存在的主要问题',
    '（一）带头强化政治忠诚、提高政治能力方面',
    '落实第一议题制度不够扎实，有的学习停留在传达层面。',
    '（二）带头固本培元、增强党性方面',
    '党性锻炼抓得不紧，参加支部组织生活不够经常。',
    '（三）带头坚决扛起管党治党责任方面',
    '对监管企业监督偏软，2户企业违规发放补贴。',
    '二、反面典型案例剖析',
    '对照某国企原董事长违纪案，本人在重大投资监管上存在不足，1个项目未经可行性论证。',
    '三、原因分析',
    '一是理想信念有所松懈。二是宗旨意识淡化。',
    '四、整改措施',
    '（一）每月开展1次集中学习，由办公室负责。',
  ];
  const a = analyze(textDoc(lines), { template: getTemplate('five-aspects-2025')! });
  const inserts = a.findings.filter((f) => f.rule === 'missing-aspect' && f.fix);
  expect(inserts.map(firstText).map((t) => t.slice(0, 3))).toEqual(['（三）', '（四）']);
  // The （三） after them moves to （五） in the second fix (past both), to （四） in the first.
  const shifted = (k: number) => inserts[k].fix!.edits.filter((e) => !e.newParagraphAfter).map((e) => e.text);
  expect(shifted(0)).toEqual(['（四）']);
  expect(shifted(1)).toEqual(['（五）']);
});

test('two missing parts due before one part: 二、 then 三、', () => {
  const lines = [
    '县司法局局长2024年度民主生活会个人对照检查材料',
    '一、存在的主要问题',
    '（一）带头严守政治纪律和政治规矩，维护党的团结统一方面',
    '落实请示报告制度不够严格，有1项重大事项事后才报告。',
    '（二）带头增强党性、严守纪律、砥砺作风方面',
    '下基层调研少，全年到司法所仅4次。',
    '（三）带头在遵规守纪、清正廉洁前提下勇于担责、敢于创新方面',
    '推进公共法律服务创新不足，线上服务使用率仅12%。',
    '（四）带头履行全面从严治党政治责任方面',
    '对司法所监督偏软，2个所台账不规范。',
    '二、整改措施',
    '（一）重大事项一律事前请示报告，由办公室登记。',
  ];
  const a = analyze(textDoc(lines), { template: getTemplate('four-aspects-2024')! });
  const inserts = a.findings.filter((f) => f.rule === 'missing-part' && f.fix);
  expect(inserts.length).toBe(2);
  expect(inserts.map(firstText).map((t) => t.slice(0, 2))).toEqual(['二、', '三、']);
});
