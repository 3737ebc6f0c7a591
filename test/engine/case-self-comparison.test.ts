/**
 * case-self-comparison: a case part that lists the writer's own gaps after 对照 (“常委会对照查摆：一是
 * 政治警觉性不够…；二是对权力集中部门监督偏软”) compares the case with oneself, whoever writes (班子 or
 * 个人) and however the gaps are listed; a retelling of the case with no 对照 turned on the writer
 * is still told.
 */
import { analyze } from '../../src/engine';
import { comparesWithSelf } from '../../src/engine/rules/case-self-comparison';
import { completeLines, textDoc } from '../support/docs';

const CASE = '结合市纪委通报的某县原副县长严重违纪违法案，深刻剖析其理想信念动摇、权力观扭曲、纪律意识淡薄的根源。';

test.each([
  ['常委会对照查摆：一是政治警觉性不够，对身边干部“八小时以外”情况了解不深；二是对权力集中部门监督偏软。'],
  ['支部对照检视，在党员日常教育管理上要求不严，对苗头性问题提醒不及时。'],
  ['对照这一案例，班子在重大项目审批监管上还存在薄弱环节，比如2批次设备采购未经集体研究。'],
  ['我们对照案件深刻反思：一是廉洁风险防控不到位；二是“一把手”监督偏弱。'],
])('the writer\'s own gaps after 对照: %s', (gaps) => {
  expect(comparesWithSelf(CASE + gaps)).toBe(true);
  const lines = [...completeLines().slice(0, 12), '二、反面典型案例剖析', CASE, gaps, '三、原因分析', '（一）理想信念有所松懈。', '四、整改措施', '（一）强化理论武装。每月学习2次。'];
  lines[0] = '某县委常委班子2025年度民主生活会对照检查材料';
  expect(analyze(textDoc(lines)).findings.filter((f) => f.rule === 'case-self-comparison')).toEqual([]);
});

test.each([
  [CASE + '某某长期放松学习改造，把组织的信任当成谋取私利的资本，教训十分深刻，我们要引以为戒。'],
  [CASE + '对照党纪国法，其行为性质恶劣、影响极坏，最终受到严肃处理。'],
  ['某某违纪违法案件情节严重，根源在于理想信念动摇、纪律意识淡薄，对党不忠诚不老实，教训深刻，警钟长鸣。'],
])('a retelling with no comparison with oneself: %s', (text) => {
  expect(comparesWithSelf(text)).toBe(false);
});
