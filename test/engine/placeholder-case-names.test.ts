/**
 * A 反面典型案例剖析 part names its case by the official, the name withheld: 对照刘××案, 对照×××案件,
 * 学习王××的案例, 周××等人. A trial (t24) saw 「对照刘××案，局党组在许可审批权力的制约上…」 flagged as
 * an unfilled placeholder (有 1 处占位内容尚未填写（“××”）) and offered to 选中占位内容: the surname
 * after 对照 (not a function word) was not read as a name's start. A draft's blanks stay blanks:
 * ××项, ××年××月, ××万元, a lone ××, ××案 with no surname, and a surname character ending a word
 * (提高××的比例).
 */
import { analyze } from '../../src/engine';
import { isAnonymisedName, placeholderSpansIn } from '../../src/engine/placeholder-spans';
import { nextPlaceholder } from '../../src/word/placeholders';
import { textDoc, wordDoc } from '../support/docs';

/** A finished 2024 班子 material; `caseLines` make its 反面典型案例剖析 part, `problem` replaces aspect 2's item. */
function material(caseLines: string[], problem = '一是作风建设有短板。比如，窗口投诉5件仅作批评教育处理。'): string[] {
  return [
    '中共某县市场监督管理局党组领导班子2024年度民主生活会对照检查材料',
    '一、存在的主要问题',
    '（一）带头严守政治纪律和政治规矩，维护党的团结统一方面',
    '一是请示报告制度执行不够规范。比如，2笔应急资金调度事后才补报。',
    '（二）带头增强党性、严守纪律、砥砺作风方面',
    problem,
    '（三）带头在遵规守纪前提下勇于担责、敢于创新方面',
    '一是担当精神不够强。比如，化解拖欠账款推进不力，仍有120万元未清偿。',
    '（四）带头履行全面从严治党政治责任方面',
    '一是以案促改不够深入。比如，对通报的典型案例多停留在会议传达。',
    '二、反面典型案例剖析',
    ...caseLines,
    '三、原因分析',
    '（一）理论武装不够深入，把学习当任务完成。',
    '（二）纪律规矩意识不够牢，对财经纪律缺乏敬畏。',
    '四、整改措施',
    '（一）严格请示报告。重大资金调度一律事前请示，每季度自查一次。',
    '（二）狠抓作风建设。窗口投诉实行限时核查，2025年6月底前完成。',
    '（三）化解拖欠账款。2025年底前清偿全部120万元。',
    '（四）深化以案促改。每半年结合典型案例查找制度漏洞，年底前完成。',
  ];
}
const placeholders = (lines: string[]) => analyze(textDoc(lines)).findings.filter((f) => f.rule === 'placeholder');

describe('a case named by its official, the name withheld, is no placeholder', () => {
  test.each([
    ['对照 + surname + ×× + 案 (t24 m05)', ['对照刘××案，局党组在许可审批权力的制约上存在漏洞，比如3项许可事项由1名副局长一人审批。']],
    ['对照 + surname + ×× + 案件', ['对照王××案件，本人在工程项目监管上存在“重进度、轻监督”的问题，2个项目变更未经集体研究。']],
    ['对照 + ××× + 案件 (a full name withheld)', ['对照×××案件，本人在工程项目监管上存在“重进度、轻监督”的问题，2个项目变更未经集体研究。']],
    ['a post, a surname and 的案例', ['原副局长刘××的案例警示我们，审批权力必须受到制约。对照反思，局党组对3个审批科室的监督偏软。']],
    ['学习 + surname + 的', ['学习吴××的案例后，常委会反思在民主集中制执行上的差距，比如2次议题会前酝酿不充分。']],
    ['以 + surname + 等人', ['以周××等人为反面镜子，局党组查找在项目审批中的廉政风险点12个。']],
    ['从 + surname + 案 + 中', ['从周××案中汲取教训，本人在招投标监管上还有差距，比如1个项目围标线索核查不及时。']],
    ['a surname + ×× + 同志 opening the paragraph', ['刘××同志的教训深刻。对照反思，本人在审批监督上存在差距，比如3项审批未留痕。']],
    ['XX written with Latin letters', ['对照王XX案，局党组在许可审批权力的制约上存在漏洞，比如3项许可事项由1人审批。']],
    ['two sub-parts, each naming the case', ['（一）案例原因剖析', '邻县原副县长周××违规插手工程项目，根源在于理想信念动摇。', '（二）对照案例查摆自身差距', '对照周××案，县政府党组在政府投资项目监管上存在漏洞，比如2个项目未批先建。']],
  ])('%s', (_name, caseLines) => expect(placeholders(material(caseLines))).toEqual([]));
});

describe("a draft's blanks are still flagged, in the case part and elsewhere", () => {
  const CASE = '对照刘××案，局党组在许可审批权力的制约上存在漏洞，比如3项许可事项由1名副局长一人审批。';
  test.each([
    ['a count of items', [CASE], '一是作风建设有短板。比如，完成××项整改。'],
    ['a date', [CASE], '一是作风建设有短板。比如，××年××月以来投诉未办结。'],
    ['a sum', [CASE], '一是作风建设有短板。比如，挪用资金××万元。'],
    ['a lone mark', [CASE, '××'], undefined],
    ['a case named by ×× alone (the case still to name)', ['对照××案，局党组在许可审批权力的制约上存在漏洞，比如3项许可事项由1人审批。'], undefined],
    ['a surname character ending a word (提高)', [CASE], '一是作风建设有短板。比如，没有提高××的比例。'],
    ['a surname character ending a word (规范)', [CASE], '一是作风建设有短板。比如，没有规范××等工作。'],
  ])('%s', (_name, caseLines, problem) => {
    const found = placeholders(material(caseLines, problem));
    expect(found).toHaveLength(1);
    // Places, not lines: ××年××月 is two places to fill (t26 #3).
    expect(found[0].message).toMatch(problem?.includes('××年××月') ? /^共 2 处/ : /^有 1 处/);
  });

  test('a blank beside the case name: only the blank is counted and selected', () => {
    const line = '对照刘××案，局党组在许可审批权力的制约上存在漏洞，比如××项许可事项由1人审批。';
    const lines = material([line]);
    const [f] = placeholders(lines);
    expect(f.message).toMatch(/^有 1 处/);
    expect(f.fix?.select).toEqual({ paragraph: lines.indexOf(line), start: line.indexOf('××项'), length: 2 });
  });
});

test('a Word document: the case part is no placeholder, and 选中占位内容 steps over it', () => {
  const lines = material(['对照刘××案，局党组在许可审批权力的制约上存在漏洞，比如3项许可事项由1人审批。', '对照×××案件，本人深受警醒，查找廉政风险点12个。']);
  const doc = wordDoc(lines.map((text) => ({ text })));
  expect(analyze(doc).findings.filter((f) => f.rule === 'placeholder')).toEqual([]);
  // The pane's walk over the live document's texts: nothing to select, then only the blank.
  expect(nextPlaceholder(lines, { paragraph: 0, offset: 0 })).toBeUndefined();
  const withBlank = [...lines, '完成××项整改。'];
  expect(nextPlaceholder(withBlank, { paragraph: 0, offset: 0 })).toEqual({ paragraph: lines.length, start: 2, length: 2 });
});

test.each([
  ['对照刘××案', 3, true],
  ['对照王××案件', 3, true],
  ['对照×××案件', 2, true],
  ['对照XXX案', 2, true],
  ['学习刘××的案例', 3, true],
  ['以刘××等人为戒', 2, true],
  ['通过剖析王××案件', 5, true],
  ['对照高××案', 3, true],
  ['对照××案', 2, false],
  ['对照××案件', 2, false],
  ['提高××的比例', 2, false],
  ['资金××的使用', 2, false],
  ['规范××等工作', 2, false],
  ['对照刘××项', 3, false],
  ['刘××万元', 1, false],
])('isAnonymisedName(%p at %p) = %p', (text, start, expected) => {
  const len = text.slice(start).match(/^[×Xx]+/)![0].length;
  expect(isAnonymisedName(text, start, len)).toBe(expected);
});

test('the spans of a paragraph naming a case and holding blanks', () => {
  expect(placeholderSpansIn('对照刘××案，××年××月以来')).toEqual([
    { start: 7, length: 2 },
    { start: 10, length: 2 },
  ]);
});

/**
 * A person named with the name withheld in any sentence of a case part or a problem, not only after
 * 对照/学习 or before 案/同志/等/的: the trial t25 saw 「暴露出张××理想信念动摇」 flagged while
 * 「原党委书记张××严重违纪」 (after a post) was not. A surname character that ends a word stays a blank's
 * neighbour: 提高××, 资金××, 规范××, 每周××.
 */
describe('a surname starting a word, then the mark, is a name in any sentence', () => {
  test.each([
    ['after a verb (暴露出)', '原党委书记张××严重违纪，暴露出张××理想信念动摇、纪法意识淡薄。'],
    ['after 发现', '巡察发现李××违规收受管理服务对象礼金，教训深刻。'],
    ['after 约谈了', '县纪委约谈了王××，其分管领域审批不规范问题突出。'],
    ['after 批评', '会上批评孙××作风漂浮，对照反思，局党组管理偏软。'],
    ['before a clause break', '对此案例，本人在审批监督上有差距，比如对陈××，未及时提醒谈话。'],
  ])('%s', (_name, line) => {
    expect(placeholderSpansIn(line)).toEqual([]);
    expect(placeholders(material([line]))).toEqual([]);
  });

  test.each([
    ['提高 + ××', '一是作风建设有短板。比如，没有提高××的比例。', '提高'],
    ['资金 + ××', '一是作风建设有短板。比如，挪用专项资金××用于接待。', '资金'],
    ['规范 + ××', '一是作风建设有短板。比如，没有规范××报销流程。', '规范'],
    ['每周 + ××', '一是作风建设有短板。比如，每周××组织学习流于形式。', '每周'],
  ])('a blank after a word ending in a surname character: %s', (_name, problem, word) => {
    const spans = placeholderSpansIn(problem);
    expect(spans).toHaveLength(1);
    expect(problem.slice(spans[0].start - word.length, spans[0].start)).toBe(word);
  });
});
