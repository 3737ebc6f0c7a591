/**
 * 组织生活会 materials and the sets they follow (../shared/templates.md: the 党员个人 set is common,
 * localities vary; the 2023 theme education's 组织生活会 used its six aspects). A trial's 支部班子
 * material (政治引领作用, 组织生活制度, 教育管理监督, 服务党员群众, 工作作风) got three missing-aspect
 * errors from the 党员个人 set; a 主题教育专题组织生活会 with the theme education's six headings was
 * held against the 党员个人 set too. Materials written for this test.
 */
import { analyze, UNKNOWN_TEMPLATE_ID } from '../../src/engine';
import { textDoc } from '../support/docs';

const parts = (aspects: string[]) => [
  '一、存在的问题',
  ...aspects.map((a, i) => `（${'一二三四五六'[i]}）${a}方面。${['学习抓得不紧，比如全年只集中学习4次。', '制度落实打折扣，比如主题党日流于形式。', '管理偏松，比如个别党员长期不参加活动。', '联系群众不够，比如走访不到10户。', '作风不实，比如台账重留痕轻实效。', '廉洁意识有所放松，比如接受过宴请。'][i]}`),
  '二、原因分析',
  '一是理论学习不够扎实。二是党性修养有所放松。三是纪律意识不强。',
  '三、整改措施',
  '（一）每月集中学习1次，责任人：支部书记。',
  '（二）每季度开展1次主题党日，2025年3月底前完成。',
];

const ZHIBU = ['发挥政治引领作用', '落实组织生活制度', '党员教育管理监督', '服务党员群众', '改进工作作风'];
const ZHIBU_FOUR = ['政治功能发挥', '组织生活质量', '党员队伍建设', '服务群众实效'];
const GEREN = ['政治信仰', '党员意识', '理论学习', '能力本领', '作用发挥', '纪律作风'];
const THEME = ['理论学习收获', '政治素质', '能力本领', '担当作为', '工作作风', '廉洁自律'];

test.each([
  ['a 支部班子 set beside a few of the 党员个人 words', '机关第二党支部委员会2024年度组织生活会班子对照检查材料', ZHIBU],
  ['another 支部 set of four', '第三党支部2024年度组织生活会对照检查材料', ZHIBU_FOUR],
  ['a 支部班子 set, no year', '机关第二党支部委员会组织生活会班子对照检查材料', ZHIBU],
])('%s: no set is imposed; the reason says the sets vary', (_name, title, aspects) => {
  const a = analyze(textDoc([title, ...parts(aspects)]));
  expect(a.templateId).toBe(UNKNOWN_TEMPLATE_ID);
  expect(a.findings.filter((f) => f.rule === 'missing-aspect')).toEqual([]);
  expect(a.templateReason).toMatch(/组织生活会的方面各地不同|都对不上/);
});

test.each([
  ['with the meeting year', '某某局机关党支部2024年度组织生活会个人对照检查材料'],
  ['with no year', '某某局机关党支部组织生活会个人对照检查材料'],
])('the 党员个人 set itself is still held %s (the control)', (_name, title) => {
  const a = analyze(textDoc([title, ...parts(GEREN)]));
  expect(a.templateId).toBe('org-life-2024');
});

test.each([
  ['titled with the year it was held', '机关第一党支部2024年主题教育专题组织生活会班子对照检查材料'],
  ['with no year', '机关第一党支部主题教育专题组织生活会班子对照检查材料'],
  ['with its 年度', '机关第一党支部2023年度主题教育专题组织生活会个人对照检查材料'],
])('a 主题教育专题组织生活会 %s with the theme education\'s six headings is read by them', (_name, title) => {
  const a = analyze(textDoc([title, ...parts(THEME)]));
  expect(a.templateId).toBe('theme-education-2023');
  expect(a.findings.filter((f) => f.rule === 'missing-aspect')).toEqual([]);
});

test('a 组织生活会 title that only names the meeting keeps the 党员个人 set when the headings are its own', () => {
  const a = analyze(textDoc(['某支部2024年度组织生活会对照检查材料', ...parts(GEREN.slice(0, 5))]));
  expect(a.templateId).toBe('org-life-2024');
});
