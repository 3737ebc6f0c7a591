/** Unfilled skeleton content: recognised as such, and not reported as unanswered problems. */
import { analyze, getTemplate } from '../../src/engine';
import { buildSkeleton } from '../../src/engine/skeleton';
import { isPlaceholder } from '../../src/engine/text';
import { textDoc } from '../support/docs';

test.each([
  ['一是……。比如，……。', true],
  ['（一）……。……（写明具体措施、完成时限和责任人）。', true],
  ['一是……（从理想信念、宗旨意识、党性修养等主观方面剖析）。', true],
  ['××', true],
  ['一是理论学习不深……', false],
  ['（一）强化理论武装。每月学习2次。', false],
  ['', false],
  ['比如，', false],
])('isPlaceholder(%p) = %p', (text, expected) => {
  expect(isPlaceholder(text)).toBe(expected);
});

test('a freshly inserted skeleton: one placeholder warning, no link-rule noise', () => {
  const template = getTemplate('five-aspects-2021')!;
  const lines = buildSkeleton(template, { kind: 'all' }).map((p) => p.text);
  const a = analyze(textDoc(lines));
  expect(a.outline.aspects.map((x) => x.aspect)).toEqual([1, 2, 3, 4, 5]);
  const rules = a.findings.map((f) => f.rule);
  expect(rules.filter((r) => r === 'placeholder')).toHaveLength(1);
  for (const r of ['uncovered-problem', 'weak-link', 'orphan-measure', 'vague-measure', 'no-example', 'cause-dimensions', 'missing-part', 'missing-aspect']) {
    expect(rules).not.toContain(r);
  }
  const f = a.findings.find((x) => x.rule === 'placeholder')!;
  expect(f.paragraph).toBe(0); // the ×× title comes first
  expect(f.message).toMatch(/还有 \d+ 处/);
});

test('a written material has no placeholder finding', () => {
  const a = analyze(textDoc(['一、存在的主要问题', '（一）带头深刻感悟“两个确立”的决定性意义方面', '一是学习不深……还要加强。']));
  expect(a.findings.map((f) => f.rule)).not.toContain('placeholder');
});
