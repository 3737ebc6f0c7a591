/**
 * Names anonymised in a finished material (××县委, 张××, ×××同志, ××局) are no placeholders;
 * a draft's blanks (××项, ××年××月, a paragraph that is only ××) are.
 */
import { analyze } from '../../src/engine';
import { isAnonymisedName, placeholderSpansIn } from '../../src/engine/placeholder-spans';
import { textDoc } from '../support/docs';

/** A finished five-aspect material; `problem` replaces aspect 3's item, `measure` the last measure. */
function material(problem: string, measure = '（三）密切联系群众。每名常委每季度到联系点调研1次，年底前完成。'): string[] {
  return [
    '2021年度党史学习教育专题民主生活会对照检查材料',
    '一、存在的主要问题',
    '（一）带头深刻感悟“两个确立”的决定性意义方面',
    '一是理论学习不深入。比如，全年集中学习仅8次。',
    '（二）带头牢记我们党是什么、要干什么这个根本问题方面',
    '一是落实决策部署打折扣。比如，审批项目进度滞后。',
    '（三）带头践行以人民为中心的发展思想方面',
    problem,
    '（四）带头学习运用党在不同历史时期成功应对风险挑战的丰富经验方面',
    '一是斗争精神不足。比如，信访积案化解不力。',
    '（五）带头深刻汲取党史中正反两方面经验方面',
    '一是落实一岗双责不到位。比如，对班子成员提醒不及时。',
    '二、原因分析',
    '理想信念有所松懈，宗旨意识淡化。',
    '三、整改措施',
    '（一）强化理论武装。每月集中学习2次，年底前完成。',
    '（二）狠抓落实。审批项目6月底前全部办结。',
    measure,
    '（四）发扬斗争精神。年底前化解信访积案10件。',
    '（五）落实一岗双责。每半年约谈班子成员1次。',
  ];
}
const placeholders = (lines: string[]) => analyze(textDoc(lines)).findings.filter((f) => f.rule === 'placeholder');

describe('names anonymised inside a written sentence are not flagged', () => {
  test.each([
    '一是联系群众不够。比如，×××同志全年只到××村调研2次。',
    '一是联系群众不够。比如，对××县委交办的信访件跟踪不够。',
    '一是联系群众不够。比如，张××、李××两位同志下基层少。',
    '一是联系群众不够。比如，××局、××街道办事处推诿群众诉求。',
    '一是联系群众不够。比如，对××乡党委书记王××反映的困难回应不及时。',
    '一是联系群众不够。比如，XX市XX区的安置小区问题拖了半年。',
    '一是联系群众不够。比如，县委书记×××带队调研时走马观花。',
    '一是联系群众不够。比如，XX经济开发区、XX现代农业产业园的企业诉求办理拖沓。',
    '一是联系群众不够。比如，XX分公司承建的XX安置小区延期交房。',
    '一是联系群众不够。比如，打造“XX”党建品牌时只重宣传。',
    '一是联系群众不够。比如，原负责人×××违规接受宴请后警示不够。',
  ])('%s', (line) => expect(placeholders(material(line))).toEqual([]));
  test('a name in a measure and in the title', () => {
    const lines = material('一是联系群众不够。比如，调研走访少。', '（三）密切联系群众。由××局牵头，年底前走访××镇困难群众30户。');
    lines[0] = '中共××县委常委会2021年度党史学习教育专题民主生活会对照检查材料';
    expect(placeholders(lines)).toEqual([]);
  });
  test('a line in brackets naming the writer (（××街道党支部 党员×××）)', () => {
    const lines = material('一是联系群众不够。比如，调研走访少。');
    lines.splice(1, 0, '（某街道党支部 党员××）');
    expect(placeholders(lines)).toEqual([]);
  });
});

describe("a draft's blanks are flagged", () => {
  test.each([
    ['a count', '一是联系群众不够。比如，全年只调研××次。'],
    ['a date', '一是联系群众不够。比如，××年××月以来未到联系点。'],
    ['a count of items', '一是联系群众不够。比如，群众反映的××项问题未办结。'],
    ['only the mark', '××'],
    ['the mark standing alone in a sentence', '一是联系群众不够。比如，××。'],
    ['a percentage', '一是联系群众不够。比如，群众满意度仅为××%。'],
    ['content to write', '一是联系群众不够。比如，对××进行约谈后未跟踪。'],
    ['a problem left to name', '一是联系群众不够。比如，存在××问题。'],
  ])('%s: %s', (_name, line) => expect(placeholders(material(line))).toHaveLength(1));
  test('a blank beside a name: only the blank is counted and selected', () => {
    const line = '一是联系群众不够。比如，×××同志全年只到××村调研××次。';
    const [f] = placeholders(material(line));
    expect(f.message).toMatch(/^有 1 处/);
    expect(f.fix?.select).toEqual({ paragraph: 7, start: line.lastIndexOf('××'), length: 2 });
  });
});

test.each([
  ['××县委', 0, true],
  ['张××同志', 1, true],
  ['局长××', 2, true],
  ['××项目', 0, true],
  ['××项', 0, false],
  ['××年××月', 0, false],
  ['××年××月', 3, false],
  ['××2025年度', 0, false],
  ['××', 0, false],
  ['征求意见××条', 4, false],
  ['x人', 0, false],
  ['副局长××2023年度', 3, true],
  ['××分公司', 0, true],
  ['推进××工作落实到村', 2, false],
  ['××部署', 0, false],
])('isAnonymisedName(%p at %p) = %p', (text, start, expected) => {
  const len = text.slice(start).match(/^[×Xx]+/)![0].length;
  expect(isAnonymisedName(text, start, len)).toBe(expected);
});

test('the selection steps over names and onto blanks', () => {
  expect(placeholderSpansIn('×××同志到××村调研××次')).toEqual([{ start: 11, length: 2 }]);
});
