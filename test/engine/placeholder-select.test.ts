/**
 * The placeholder rule's selecting fix (issue 11: 选中下一处占位内容): `select` is where the finding
 * points, `selections` every placeholder span in document order, and `nextSelection` walks them
 * from the current selection or the span selected last, wrapping round. On every template's
 * skeleton, on a half-filled draft, and on marks of every kind (……, ××, XX, x人, 20XX年).
 */
import { analyze, type Finding } from '../../src/engine';
import { describeFix, nextSelection } from '../../src/engine/fix';
import { buildSkeleton } from '../../src/engine/skeleton';
import { allTemplates } from '../../src/engine/template';
import type { Fix, FixSpan } from '../../src/engine/types';
import { isPlaceholder, PLACEHOLDER_MARK } from '../../src/engine/text';
import { textDoc } from '../support/docs';

const placeholderOf = (lines: string[]): Finding | undefined => analyze(textDoc(lines)).findings.find((f) => f.rule === 'placeholder');
const textOf = (lines: string[], s: FixSpan) => textDoc(lines).paragraphs[s.paragraph].text.slice(s.start, s.start + s.length);
const PLACEHOLDER = /^(?:[…⋯]+|[×Ｘ]{2,}|[＿_]{2,}|XX|xx|[xX]|\*)$/;

describe.each(allTemplates().map((t) => [t.id, t] as const))('skeleton of %s', (_id, template) => {
  const lines = buildSkeleton(template, { kind: 'all' }).map((p) => p.text);

  test('selections: every placeholder span, in document order, select among them', () => {
    const fix = placeholderOf(lines)!.fix!;
    const all = fix.selections!;
    expect(all.length).toBeGreaterThan(5);
    expect(all).toContainEqual(fix.select);
    for (let k = 1; k < all.length; k++) {
      const [a, b] = [all[k - 1], all[k]];
      expect(a.paragraph < b.paragraph || (a.paragraph === b.paragraph && a.start + a.length <= b.start)).toBe(true);
    }
    for (const s of all) expect(textOf(lines, s)).toMatch(PLACEHOLDER);
    // Every unfilled line (nothing but placeholders and hints) and every line with a mark has its spans listed.
    const unfilled = textDoc(lines).paragraphs.filter((p) => isPlaceholder(p.text) || PLACEHOLDER_MARK.test(p.text)).map((p) => p.index);
    expect(unfilled.length).toBeGreaterThan(5);
    expect(all.map((s) => s.paragraph)).toEqual(expect.arrayContaining(unfilled));
  });

  test('nextSelection walks them one after another and wraps round', () => {
    const fix = placeholderOf(lines)!.fix!;
    const all = fix.selections!;
    let at = nextSelection(fix)!;
    expect(at).toEqual(fix.select);
    const seen = [at];
    for (let k = 1; k < all.length; k++) {
      at = nextSelection(fix, { paragraph: at.paragraph, offset: at.start + at.length })!;
      seen.push(at);
    }
    expect(seen).toEqual(all.slice(all.indexOf(fix.select!)));
    expect(nextSelection(fix, { paragraph: at.paragraph, offset: at.start + at.length })).toEqual(all[0]);
  });

  test('filling the first placeholder: the next check points at the next one', () => {
    const fix = placeholderOf(lines)!.fix!;
    const first = fix.selections![0];
    const filled = [...textDoc(lines).paragraphs.map((p) => p.text)];
    const p = filled[first.paragraph];
    filled[first.paragraph] = p.slice(0, first.start) + '某局' + p.slice(first.start + first.length);
    const again = placeholderOf(filled)!.fix!;
    expect(again.selections![0]).toEqual({ ...fix.selections![1], start: fix.selections![1].start + (first.paragraph === fix.selections![1].paragraph ? 2 - first.length : 0) });
  });
});

describe('marks of every kind', () => {
  const LINES = ['一、存在的主要问题', '（一）带头深刻感悟“两个确立”的决定性意义方面', '一是理论学习不深。比如全年只学习x次，撰写体会XX篇。', '二是……。', '二、原因分析', '一是理想信念有所松懈。', '三、整改措施', '（一）强化理论武装。20XX年底前完成××项。'];
  test('each mark is a span, in order', () => {
    const fix = placeholderOf(LINES)!.fix!;
    expect(fix.selections!.map((s) => textOf(LINES, s))).toEqual(['x', 'XX', '……', 'XX', '××']);
    expect(fix.select).toEqual(fix.selections![0]);
  });
  test('one placeholder: select only, no list', () => {
    const one = ['一、存在的主要问题', '（一）带头深刻感悟“两个确立”的决定性意义方面', '一是理论学习不深。', '二是……。'];
    const fix = placeholderOf(one)!.fix!;
    expect(fix.selections).toBeUndefined();
    expect(nextSelection(fix, { paragraph: 3, offset: 10 })).toEqual(fix.select);
  });
});

describe('nextSelection', () => {
  const fix: Fix = {
    label: 'x',
    edits: [],
    select: { paragraph: 2, start: 4, length: 2 },
    selections: [
      { paragraph: 2, start: 4, length: 2 },
      { paragraph: 2, start: 9, length: 2 },
      { paragraph: 5, start: 0, length: 2 },
    ],
  };
  test('the first span starting at or after the position, else the first', () => {
    expect(nextSelection(fix)).toEqual(fix.select);
    expect(nextSelection(fix, { paragraph: 0, offset: 0 })).toEqual(fix.selections![0]);
    expect(nextSelection(fix, { paragraph: 2, offset: 6 })).toEqual(fix.selections![1]);
    expect(nextSelection(fix, { paragraph: 3, offset: 0 })).toEqual(fix.selections![2]);
    expect(nextSelection(fix, { paragraph: 5, offset: 2 })).toEqual(fix.selections![0]);
    expect(nextSelection({ label: 'x', edits: [] })).toBeUndefined();
  });
  test('the readable report says that applying it again goes on', () => {
    expect(describeFix(fix)).toContain('再次执行依次选中下一处');
    expect(describeFix({ ...fix, selections: undefined })).not.toContain('再次执行');
  });
  // t22: a reviewer reading the text report saw only the first of 12 places.
  test.each<[string, Array<[number, number]>, string]>([
    ['places in three paragraphs, two in one', [[0, 1], [2, 0], [2, 9], [5, 0]], '；各处在第1、3、6段）'],
    ['all in one paragraph: no list', [[4, 0], [4, 5], [4, 9]], '再次执行依次选中下一处）'],
    ['more paragraphs than are listed', Array.from({ length: 12 }, (_, i) => [i * 2, 0] as [number, number]), '；各处在第1、3、5、7、9、11、13、15段等）'],
    ['a second place in the eighth listed paragraph: nothing left out', [...Array.from({ length: 8 }, (_, i) => [i, 0] as [number, number]), [7, 4]], '；各处在第1、2、3、4、5、6、7、8段）'],
  ])('the readable report lists where the places are: %s', (_name, spans, ending) => {
    const selections = spans.map(([paragraph, start]) => ({ paragraph, start, length: 2 }));
    expect(describeFix({ label: '选中下一处占位内容', edits: [], select: selections[0], selections })).toContain(ending);
  });
});
