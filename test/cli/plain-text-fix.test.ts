/** plainTextFix: what a fix is in plain text, where there are no heading styles. */
import { plainTextFix } from '../../src/cli/fixPreview';
import type { Fix } from '../../src/engine/types';

const fix = (edits: Fix['edits']): Fix => ({ label: 'x', edits });

test.each([
  ['a style-only edit (unstyled-heading)', fix([{ paragraph: 1, start: 0, length: 4, text: '原因分析', expect: '原因分析', style: 1 }]), undefined, true],
  ['several style-only edits (全部应用)', fix([{ paragraph: 1, start: 0, length: 2, text: 'ab', expect: 'ab', style: 1 }, { paragraph: 3, start: 0, length: 1, text: 'c', expect: 'c', style: 2 }]), undefined, true],
  ['new heading + body paragraphs', fix([{ paragraph: 2, start: 0, length: 0, text: '（二）x方面', newParagraphAfter: true, level: 2, expect: 'a' }, { paragraph: 2, start: 0, length: 0, text: '一是……', newParagraphAfter: true, level: 0, expect: 'a' }]), [0, 0], true],
  ['a text edit that also sets a style', fix([{ paragraph: 1, start: 0, length: 2, text: '二、', expect: '三、', style: 1 }]), [undefined], true],
  ['a text edit only (numbering)', fix([{ paragraph: 1, start: 0, length: 2, text: '三是', expect: '四是' }]), [undefined], false],
  ['body paragraphs only (a measure stub)', fix([{ paragraph: 5, start: 0, length: 0, text: '（三）针对…', newParagraphAfter: true, level: 0, expect: 'a' }]), [0], false],
])('%s', (_name, given, levels, styled) => {
  const r = plainTextFix(given);
  expect(r.styled).toBe(styled);
  if (levels === undefined) return expect(r.fix).toBeUndefined();
  expect(r.fix!.edits.map((e) => e.level)).toEqual(levels);
  expect(r.fix!.edits.every((e) => e.style === undefined)).toBe(true);
  // The text of every edit is kept.
  expect(r.fix!.edits.map((e) => e.text)).toEqual(given.edits.map((e) => e.text));
});
