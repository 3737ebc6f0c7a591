/**
 * 选中占位内容 steps through the placeholders: each use selects the next one after the current
 * selection (wrapping at the end), in Word (fake, sync counting) and in the preview's document.
 */
import { OfficeGateway } from '../../src/word/officeGateway';
import { nextPlaceholder, placeholderSpans } from '../../src/word/placeholders';
import { MemoryDocument } from '../../src/preview/memoryDocument';
import { MemoryGateway } from '../../src/preview/memoryGateway';
import { buildSkeleton } from '../../src/engine/skeleton';
import { getTemplate } from '../../src/engine/template';
import { FakeWordDocument } from './fakeWord';

/** Several shapes: runs of ellipses, ××, XX年, x人, underscores, two in one paragraph, none in some. */
const TEXTS = ['××年度对照检查材料', '按照……通知要求，会前征求意见××条。', '一、存在的主要问题', '一是理论学习不深入。', '二是……。比如，……。', '20XX年完成，共x人参加，签名＿＿。'];

/** Every placeholder in document order, as [paragraph, the words]. */
function expectedOrder(texts: string[]): [number, string][] {
  return texts.flatMap((t, i) => placeholderSpans(t).map((s) => [i, t.slice(s.start, s.start + s.length)] as [number, string]));
}

test('the spans: every shape, in order, none in plain text', () => {
  expect(expectedOrder(TEXTS)).toEqual([
    [0, '××'],
    [1, '……'],
    [1, '××'],
    [4, '……'],
    [4, '……'],
    [5, 'XX'],
    [5, 'x'],
    [5, '＿＿'],
  ]);
  expect(placeholderSpans('Excel 表格，**重点**，2024年')).toEqual([]);
});

test('nextPlaceholder: from a caret before, inside and after a placeholder; wraps; none at all', () => {
  const texts = ['甲……乙', '丙', '××丁'];
  expect(nextPlaceholder(texts, { paragraph: 0, offset: 0 })).toEqual({ paragraph: 0, start: 1, length: 2 });
  expect(nextPlaceholder(texts, { paragraph: 0, offset: 2 })).toEqual({ paragraph: 2, start: 0, length: 2 });
  expect(nextPlaceholder(texts, { paragraph: 2, offset: 2 })).toEqual({ paragraph: 0, start: 1, length: 2 });
  expect(nextPlaceholder(['无占位'], { paragraph: 0, offset: 0 })).toBeUndefined();
});

describe('Word (fake)', () => {
  test('repeated use walks every placeholder in order and wraps around, three syncs each', async () => {
    const doc = new FakeWordDocument(TEXTS);
    doc.cursor(doc.story()[0], 0);
    const g = new OfficeGateway(doc.host());
    const order = expectedOrder(TEXTS);
    const seen: [number, string][] = [];
    for (let k = 0; k < order.length + 2; k++) {
      const runs = doc.runs.length;
      const r = await g.selectNextPlaceholder();
      expect(r).toMatchObject({ ok: true, value: { found: true } });
      expect(doc.runs.slice(runs)).toEqual([3]);
      const s = doc.selectedSpan!;
      seen.push([doc.story().indexOf(s.paragraph), s.paragraph.text.slice(s.start, s.start + s.length)]);
    }
    expect(seen).toEqual([...order, order[0], order[1]]);
    expect(doc.texts()).toEqual(TEXTS);
  });

  test('from where the writer put the cursor: the next one after it', async () => {
    const doc = new FakeWordDocument(TEXTS);
    doc.cursor(doc.story()[3], 2);
    await new OfficeGateway(doc.host()).selectNextPlaceholder();
    expect(doc.selectedSpan).toMatchObject({ paragraph: doc.story()[4], start: 2, length: 2 });
    doc.cursor(doc.story()[4], 3);
    await new OfficeGateway(doc.host()).selectNextPlaceholder();
    expect(doc.selectedSpan).toMatchObject({ paragraph: doc.story()[4], start: 8, length: 2 });
  });

  test('no placeholder left: found false, the selection stays', async () => {
    const doc = new FakeWordDocument(['一是理论学习不深入。', '二是整改。']);
    doc.cursor(doc.story()[1], 1);
    const r = await new OfficeGateway(doc.host()).selectNextPlaceholder();
    expect(r).toEqual({ ok: true, value: { found: false } });
    expect(doc.selectedSpan).toBeUndefined();
  });

  test('a cursor in a header: from the start of the body', async () => {
    const doc = new FakeWordDocument(TEXTS);
    doc.addStory('h', 'Header', ['页眉']);
    doc.cursor(doc.story('h')[0]);
    const r = await new OfficeGateway(doc.host()).selectNextPlaceholder();
    expect(r).toMatchObject({ ok: true, value: { found: true, paragraph: 0 } });
    expect(doc.selectedSpan).toMatchObject({ paragraph: doc.story()[0], start: 0, length: 2 });
  });
});

describe('preview', () => {
  test('repeated use walks every placeholder of a fresh 整篇框架 in order, then wraps', async () => {
    const template = getTemplate(undefined)!;
    const skeleton = buildSkeleton(template, { kind: 'all' });
    const doc = new MemoryDocument('');
    doc.insertAtSelection(skeleton);
    doc.setUserSelection({ paragraph: 0, offset: 0 });
    const g = new MemoryGateway(doc);
    const texts = doc.paragraphs.map((p) => p.text);
    const order = expectedOrder(texts);
    expect(order.length).toBeGreaterThan(5);
    const seen: [number, string][] = [];
    for (let k = 0; k < order.length + 1; k++) {
      await g.selectNextPlaceholder();
      seen.push([doc.selection.start.paragraph, doc.selectedText]);
    }
    expect(seen).toEqual([...order, order[0]]);
  });

  test('after the writer moves the caret, from there', async () => {
    const doc = new MemoryDocument(TEXTS.join('\n'));
    doc.setUserSelection({ paragraph: 4, offset: 5 });
    const g = new MemoryGateway(doc);
    await g.selectNextPlaceholder();
    expect([doc.selection.start.paragraph, doc.selection.start.offset, doc.selectedText]).toEqual([4, 8, '……']);
  });
});
