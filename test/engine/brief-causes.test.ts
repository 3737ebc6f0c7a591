/**
 * A cause analysis that names causes without analysing them (rules/brief-causes.ts): bare labels
 * (（一）理想信念有所弱化。（二）…), or a line for all the problems. Found by a new-user trial (t23):
 * three bare labels, one line of four labels and one sentence for six problems drew no finding.
 */
import { analyze } from '../../src/engine';
import { MIN_CAUSE_CHARS, LABEL_CHARS } from '../../src/engine/rules/brief-causes';
import { textDoc, completeLines } from '../support/docs';

const lines = completeLines();
const PROBLEMS = lines.slice(0, lines.indexOf('二、原因分析'));
const MEASURES = lines.slice(lines.indexOf('三、整改措施'));
const doc = (...causes: string[]) => textDoc([...PROBLEMS, '二、原因分析', ...causes, ...MEASURES]);
const found = (...causes: string[]) => analyze(doc(...causes)).findings.filter((f) => f.rule === 'brief-causes');

test.each([
  ['three labels, one a line', ['（一）理想信念有所弱化。', '（二）宗旨意识有所淡化。', '（三）纪律规矩意识不强。'], /只列了 3 条标题/],
  ['four labels on one line', ['一是理论学习不够深入；二是党性修养有所放松；三是宗旨意识淡化；四是纪律意识不强。'], /只列了 4 条标题/],
  ['labels numbered 1. 2.', ['1.思想上有所松懈', '2.作风上不够扎实'], /只列了 2 条标题/],
  ['one sentence for all the problems', ['主要是自己学习不够、要求不严，放松了自我约束。'], /只写了 \d+ 个字/],
  ['two short sentences', ['学习不够深入。', '要求不够严格，标准不高。'], /只(写了 \d+ 个字|列了 2 条标题)/],
])('%s: flagged once, at the causes heading', (_name, causes, message) => {
  const f = found(...causes);
  expect(f).toHaveLength(1);
  expect(f[0].paragraph).toBe(PROBLEMS.length);
  expect(f[0].severity).toBe('warning');
  expect(f[0].message).toMatch(message);
  // One finding says it: cause-dimensions adds nothing for the same few words.
  expect(analyze(doc(...causes)).findings.filter((x) => x.rule === 'cause-dimensions')).toEqual([]);
});

test.each([
  ['labels each analysed', ['（一）理想信念有所弱化。对党的创新理论学得不深不透，满足于读文件、听报告，以致遇到问题不会用理论分析。', '（二）宗旨意识有所淡化。深入基层少，听取群众意见不够，对群众急难愁盼问题感受不深。']],
  ['one paragraph of analysis', ['产生这些问题，根本在于理想信念有所松懈，对党的创新理论学得不深；宗旨意识有所淡化，深入基层少；纪律规矩意识不强，对自己要求不严。']],
  ['one long label-like line per cause, past the label size', ['（一）理想信念有所松懈，理论学习停留在表面。', '（二）宗旨意识有所淡化，深入群众调研不够经常。', '（三）纪律规矩意识不强，对身边人管得不严。']],
  ['an unfilled skeleton', ['（一）……', '（二）……']],
])('%s: none', (_name, causes) => {
  expect(found(...causes)).toEqual([]);
});

test('no causes part: missing-part says it, not this rule', () => {
  const a = analyze(textDoc([...PROBLEMS, ...MEASURES.map((l) => l.replace(/^三、/, '二、'))]));
  expect(a.findings.filter((f) => f.rule === 'brief-causes')).toEqual([]);
  expect(a.findings.some((f) => f.rule === 'missing-part')).toBe(true);
});

test('the sizes agree with the shapes: a label fits LABEL_CHARS, three analysed causes pass MIN_CAUSE_CHARS', () => {
  expect('理想信念有所弱化'.length).toBeLessThanOrEqual(LABEL_CHARS);
  expect('理想信念有所松懈理论学习停留在表面'.length).toBeGreaterThan(LABEL_CHARS);
  expect(MIN_CAUSE_CHARS).toBeGreaterThanOrEqual(30);
});

test('the causes share of a combined 原因分析和整改措施 part is read the same way', () => {
  const a = analyze(textDoc([...PROBLEMS, '二、原因分析和整改措施', '究其原因：一是政治站位不高；二是宗旨意识淡化。', '今后努力方向：一是每月学习2次。二是年底前走访20户。']));
  expect(a.findings.filter((f) => f.rule === 'brief-causes').map((f) => f.message)).toEqual([expect.stringMatching(/只列了 2 条标题/)]);
});
