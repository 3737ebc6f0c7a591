/**
 * isPlaceholder reads the text in place instead of building it without its noise (issue 9:
 * allocation per analysis) and must answer as before (test/support/reference/scans-before.ts):
 * on random text of placeholder characters, noise (brackets, 针对“…”的问题, 比如, punctuation,
 * every kind of white space) and ordinary text, on every UTF-16 unit in each place, and on the
 * skeleton stubs and every paragraph of the repository's materials.
 */
import fc from 'fast-check';
import { projectTextLines } from '../support/docs';
import { isPlaceholder } from '../../src/engine/text';
import { isPlaceholderBefore } from '../support/reference/scans-before';

const PIECES = ['……', '…', '⋯', '××', '×', 'XX', 'xx', 'ｘｘ', 'Ｘ', '＿＿', '_', '*', '某', '（写明具体措施、完成时限和责任人）', '(', ')', '（', '）', '针对“理论学习不深”的问题', '针对“', '”的问题', '针对', '比如', '例如', '比', '例', '，', '。', '：', '；', '、', '“', '”', '"', "'", '!', '？', ' ', '\u3000', '\t', '\n', '\u00a0', '\ufeff', '一是', '（五）', '1.', '理论', '学习', 'XX县', 'Excel'];

describe('isPlaceholder answers as the copy without noise did', () => {
  test('random text of placeholders, noise and words', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 16 }), (xs) => {
        const t = xs.join('');
        expect(isPlaceholder(t)).toBe(isPlaceholderBefore(t));
      }),
      { numRuns: 30000 },
    );
  });

  test('every UTF-16 unit in a placeholder, after it, in a bracket and after a marker', () => {
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const x = String.fromCharCode(c);
      for (const t of [`……${x}`, `${x}××`, `（${x}）……`, `一是${x}……`, `针对“${x}”的问题，……`, `XX${x}XX`, `${x}`]) if (isPlaceholder(t) !== isPlaceholderBefore(t)) wrong.push(`${t}:${c.toString(16)}`);
    }
    expect(wrong).toEqual([]);
  });

  test('every paragraph of the samples and fixtures', () => {
    const lines = projectTextLines();
    expect(lines.filter((l) => isPlaceholderBefore(l)).length).toBeGreaterThan(2);
    for (const l of lines) expect([l, isPlaceholder(l)]).toEqual([l, isPlaceholderBefore(l)]);
  });
});
