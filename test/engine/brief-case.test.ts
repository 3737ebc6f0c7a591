/**
 * A 反面典型案例剖析 part of a sentence or two (rules/brief-case.ts): the case named, not dissected, and
 * no gap of one's own — a trial's "对照某县财政局原局长违纪违法案件，本人深受警醒。" passed silently (its
 * 对照 satisfied case-self-comparison). Whole skeletons, inserted and not yet filled, are left to the
 * placeholder rule (a trial saw a fresh skeleton flagged for its brief 上年度 part).
 */
import { analyze, getTemplate } from '../../src/engine';
import { buildSkeleton } from '../../src/engine/skeleton';
import { allTemplates } from '../../src/engine/template';
import { MIN_CASE_CHARS } from '../../src/engine/rules/brief-case';
import { lettersAndDigits } from '../../src/engine/sentences';
import { completeLines, textDoc } from '../support/docs';

const TITLE = '某局党组书记2025年度民主生活会对照检查材料';
/** completeLines' parts renumbered around a case part put second. */
const problems = completeLines().slice(0, 12);
const after = ['三、原因分析', '（一）理想信念有所松懈。', '（二）宗旨意识淡化。', '四、整改措施', '（一）强化理论武装。每月学习2次。', '（二）践行为民宗旨。年底前走访20户。'];
const withCase = (...lines: string[]) => [TITLE, ...problems, ...lines, ...after];
const findings = (lines: string[], rule: string) => analyze(textDoc(lines)).findings.filter((f) => f.rule === rule);

const CAUSES = '某某案的根源在于理想信念动摇、纪律规矩意识淡薄、权力观扭曲。';
const GAP = '对照反思，本人在落实八项规定精神上还有差距，比如去年有2次公务接待超出标准。';

test.each([
  ['one sentence that names the case', ['二、反面典型案例剖析', '对照某县财政局原局长违纪违法案件，本人深受警醒。']],
  ['a run-in heading', ['二、反面典型案例剖析。对照张某案件，本人深受警醒，要引以为戒。']],
  ['the heading alone', ['二、反面典型案例剖析情况']],
  ['two sub-parts of one line each', ['二、反面典型案例剖析', '（一）案例原因剖析', '张某理想信念动摇。', '（二）对照案例查摆自身差距', '本人也要引以为戒。']],
  ['a long name and a warning, no causes or gap', ['二、反面典型案例剖析', '对照某县财政局原局长张某严重违纪违法案件，深刻剖析其理想信念动摇的根源，本人深受警醒，要引以为戒。']],
  // Names left out with ××/XX (anonymised, or still to be written) in a written sentence: still a sentence or two.
  ['the case named with ××', ['二、反面典型案例剖析', '对照××省商务厅原厅长违纪违法案件，党组深受警醒。']],
  ['the case and its official named with ×××', ['二、反面典型案例剖析', '对照××县原副县长×××严重违纪违法案件，本人深受警醒。']],
  ['the case named with XX', ['二、反面典型案例剖析', '对照XX市原市长XX违纪违法案，要引以为戒。']],
])('%s: flagged once, at the case heading', (_name, lines) => {
  const doc = withCase(...lines);
  const found = findings(doc, 'brief-case');
  expect(found).toHaveLength(1);
  expect(found[0].paragraph).toBe(1 + problems.length);
  expect(found[0].message).toMatch(/反面典型案例剖析只(有标题|写了 \d+ 个字)/);
  // One finding says it: the self-comparison rule does not add its own for the same few words.
  expect(findings(doc, 'case-self-comparison')).toEqual([]);
});

test.each([
  ['causes and a gap with its instance', ['二、反面典型案例剖析', CAUSES + GAP]],
  ['two sub-parts, dissected', ['二、反面典型案例剖析', '（一）案例原因剖析', CAUSES + '其教训在于放松了学习和改造。', '（二）对照案例查摆自身差距', GAP]],
  ['the skeleton as inserted (the placeholder rule says it)', ['二、反面典型案例剖析', '（一）案例原因剖析', '……', '（二）对照案例查摆自身差距', '……']],
  ['a draft with blanks to fill (the placeholder rule says it)', ['二、反面典型案例剖析', '对照＿＿＿＿案件，本人……']],
  ['only placeholder marks (the placeholder rule says it)', ['二、反面典型案例剖析', '×××']],
  ['causes and a gap, the case named with ××', ['二、反面典型案例剖析', CAUSES.replace('某某案', '××案') + GAP]],
  ['no case part', []],
])('%s: not flagged', (_name, lines) => {
  expect(findings(withCase(...lines), 'brief-case')).toEqual([]);
});

test('a long case that never turns to oneself is the self-comparison rule\'s, not this one\'s', () => {
  const doc = withCase('二、反面典型案例剖析', CAUSES + '该案警示我们，权力必须在阳光下运行，制度的笼子必须扎紧，纪律的红线不能触碰，这是一个深刻的教训。');
  expect(findings(doc, 'brief-case')).toEqual([]);
  expect(findings(doc, 'case-self-comparison')).toHaveLength(1);
});

test('the threshold lies between the longest naming and the shortest dissection', () => {
  expect(MIN_CASE_CHARS).toBeGreaterThan(lettersAndDigits('对照某县财政局原局长张某严重违纪违法案件，深刻剖析其理想信念动摇的根源，本人深受警醒，要引以为戒。').length);
  expect(MIN_CASE_CHARS).toBeLessThanOrEqual(lettersAndDigits(CAUSES + GAP).length);
});

test.each(allTemplates().map((t) => t.id))('%s: the whole skeleton checked right after insertion has neither brief-case nor brief-previous', (id) => {
  const lines = buildSkeleton(getTemplate(id)!, { kind: 'all' }).map((p) => p.text);
  const rules = analyze(textDoc(lines), { templateId: id }).findings.map((f) => f.rule);
  expect(rules).not.toContain('brief-case');
  expect(rules).not.toContain('brief-previous');
});

describe('case-self-comparison: a retelling that ends in a set phrase is no comparison with oneself', () => {
  const RETOLD = '张某身为局长，利用职务便利为他人谋取利益，收受财物折合人民币300余万元，最终被开除党籍和公职、移送司法机关。其堕落的根源在于理想信念动摇、纪律规矩意识淡薄、权力观扭曲。';
  test.each([
    ['我们要引以为戒，警钟长鸣。'],
    ['全体党员干部要以案为鉴、举一反三。'],
    ['本人有所触动，要引以为戒。'],
    ['广大党员干部务必警钟长鸣。'],
  ])('retold, closing "%s": flagged', (close) => {
    expect(findings(withCase('二、反面典型案例剖析', RETOLD + close), 'case-self-comparison')).toHaveLength(1);
  });
  test.each([
    ['对照案例反观自己，在落实八项规定精神上还有差距。'],
    ['对照这一案件，查找自身差距：一是纪律意识有所松懈。'],
    ['本人在廉洁自律方面也存在放松要求的苗头，比如收受过土特产。'],
    ['对照张某的教训，我在权力观上同样存在不足。'],
    ['结合自身，在选人用人上把关不严。'],
    ['对照案例，我们感到：一是对下属单位监督检查少；二是警示教育针对性不强。'],
    ['对照这一案例，我感到自己在与企业交往中，有时存在模糊认识。'],
    ['对照此案，班子在资金监管上也有漏洞。'],
  ])('retold, then "%s": not flagged', (close) => {
    expect(findings(withCase('二、反面典型案例剖析', RETOLD + close), 'case-self-comparison')).toEqual([]);
  });
});
