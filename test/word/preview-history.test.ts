/**
 * The preview's document over the same gateway contract as Word: 撤销 of an insertion (exactly
 * what it added, only while unchanged) and its undo stack of pane writes (Ctrl+Z takes back the
 * last one whole, Ctrl+Y does it again; typing hands undo back to the browser).
 */
import { MemoryDocument } from '../../src/preview/memoryDocument';
import { MemoryGateway } from '../../src/preview/memoryGateway';
import type { SkeletonParagraph } from '../../src/engine/types';

const SKELETON: SkeletonParagraph[] = [
  { text: '一、存在的主要问题', level: 1 },
  { text: '（一）带头深刻感悟“两个确立”的决定性意义方面', level: 2 },
  { text: '一是……。比如，……。', level: 0 },
];

const state = (doc: MemoryDocument) => JSON.stringify(doc.paragraphs.map((p) => [p.id, p.text, p.level]));
const texts = (doc: MemoryDocument) => doc.paragraphs.map((p) => p.text);

/** Where the cursor is when inserting: a blank document, mid-paragraph, an empty body or heading paragraph, a selection. */
const places: [string, string, (d: MemoryDocument) => void][] = [
  ['a blank document', '', () => undefined],
  ['mid-paragraph', '标题\n正文一段\n末段', (d) => d.setUserSelection({ paragraph: 1, offset: 2 })],
  ['an empty paragraph', '标题\n\n末段', (d) => d.setUserSelection({ paragraph: 1, offset: 0 })],
  ['an empty heading paragraph', '标题\n\n末段', (d) => {
    d.applyEdit([{ id: d.paragraphs[0].id, text: '标题' }, { id: d.paragraphs[1].id, text: '', level: 3 }, { id: d.paragraphs[2].id, text: '末段' }]);
    d.setUserSelection({ paragraph: 1, offset: 0 });
  }],
  ['a selection over two paragraphs', '甲\n乙\n丙\n丁', (d) => d.setUserSelection({ paragraph: 1, offset: 0 }, { paragraph: 2, offset: 1 })],
];

describe.each(places)('insertion at %s', (_name, text, place) => {
  async function setup() {
    const doc = new MemoryDocument(text);
    place(doc);
    const g = new MemoryGateway(doc);
    const before = state(doc);
    const r = await g.insert(SKELETON);
    if (!r.ok || !r.value.added) throw new Error('not inserted');
    return { doc, g, before, block: r.value.added };
  }

  test('撤销 takes back exactly what it added: ids, texts and levels as before', async () => {
    const { doc, g, before, block } = await setup();
    expect(state(doc)).not.toBe(before);
    expect(await g.undoInsert(block)).toEqual({ ok: true, value: { removed: SKELETON.length } });
    expect(state(doc)).toBe(before);
  });

  test('any added paragraph edited (text or level): refused, nothing removed, the message says they are kept', async () => {
    for (let k = 0; k < SKELETON.length; k++) {
      for (const edit of ['text', 'level'] as const) {
        const { doc, g, block } = await setup();
        const items = doc.paragraphs.map((p) => ({ id: p.id, text: p.text, level: p.level }));
        const i = items.findIndex((p) => p.text === SKELETON[k].text);
        if (edit === 'text') items[i].text += '（改）';
        else items[i].level = items[i].level === 0 ? 3 : 0;
        doc.applyEdit(items);
        const edited = state(doc);
        const r = await g.undoInsert(block);
        expect(r).toMatchObject({ ok: false, problem: 'changed' });
        if (!r.ok) expect(r.message).toMatch(/保留/);
        expect(state(doc)).toBe(edited);
      }
    }
  });

  test('paragraphs typed before and after it since stay; only the inserted ones go', async () => {
    const { doc, g, block } = await setup();
    const items = doc.paragraphs.map((p) => ({ id: p.id, text: p.text, level: p.level }));
    const mine = new Set(block.paragraphs.map((p) => p.id));
    doc.applyEdit([{ text: '新的第一段' }, ...items, { text: '新的末段' }]);
    const expected = doc.paragraphs.filter((p) => !mine.has(p.id) || (block.filled && p.id === block.paragraphs[0].id)).map((p) => (mine.has(p.id) ? '' : p.text));
    expect((await g.undoInsert(block)).ok).toBe(true);
    expect(texts(doc)).toEqual(expected);
  });

  test('Ctrl+Z (the undo stack) takes the insertion back in one step; Ctrl+Y puts it back', async () => {
    const { doc, before } = await setup();
    const after = state(doc);
    expect(doc.canUndo()).toBe(true);
    expect(doc.undo()).toBe(true);
    expect(state(doc)).toBe(before);
    expect(doc.canUndo()).toBe(false);
    expect(doc.redo()).toBe(true);
    expect(state(doc)).toBe(after);
    expect(doc.canRedo()).toBe(false);
  });
});

test('several pane writes: one Ctrl+Z each, newest first; a new write drops what could be redone', async () => {
  const doc = new MemoryDocument('标题\n正文');
  doc.setUserSelection({ paragraph: 1, offset: 0 });
  const g = new MemoryGateway(doc);
  const s0 = state(doc);
  const first = await g.insert(SKELETON.slice(0, 1));
  const s1 = state(doc);
  await g.insert(SKELETON.slice(1));
  const s2 = state(doc);
  if (!first.ok || !first.value.added) throw new Error('not inserted');
  expect(doc.undo()).toBe(true);
  expect(state(doc)).toBe(s1);
  expect(doc.undo()).toBe(true);
  expect(state(doc)).toBe(s0);
  expect(doc.undo()).toBe(false);
  expect(doc.redo()).toBe(true);
  expect(state(doc)).toBe(s1);
  await g.insert(SKELETON.slice(2));
  expect(doc.canRedo()).toBe(false);
  expect(state(doc)).not.toBe(s2);
});

test('the pane’s 撤销 is a pane write too: Ctrl+Z after it brings the insertion back', async () => {
  const doc = new MemoryDocument('标题\n正文');
  doc.setUserSelection({ paragraph: 1, offset: 0 });
  const g = new MemoryGateway(doc);
  const r = await g.insert(SKELETON);
  if (!r.ok || !r.value.added) throw new Error('not inserted');
  const inserted = state(doc);
  await g.undoInsert(r.value.added);
  expect(doc.undo()).toBe(true);
  expect(state(doc)).toBe(inserted);
});

test('typing after a pane write hands undo to the browser: no entry left to take (nor to redo); opening another document clears both', async () => {
  const doc = new MemoryDocument('标题\n正文');
  doc.setUserSelection({ paragraph: 1, offset: 0 });
  const g = new MemoryGateway(doc);
  await g.insert(SKELETON);
  doc.undo();
  await g.insert(SKELETON);
  doc.applyEdit(doc.paragraphs.map((p, i) => ({ id: p.id, text: i === 0 ? `${p.text}改` : p.text, level: p.level })));
  expect(doc.canUndo()).toBe(false);
  expect(doc.canRedo()).toBe(false);
  await g.insert(SKELETON);
  doc.load('别的文档');
  expect(doc.canUndo()).toBe(false);
  expect(doc.undo()).toBe(false);
  expect(texts(doc)).toEqual(['别的文档']);
});

test('read-only preview: 撤销 of an insertion is refused with the read-only message', async () => {
  const doc = new MemoryDocument('标题\n正文');
  const g = new MemoryGateway(doc);
  const r = await g.insert(SKELETON);
  if (!r.ok || !r.value.added) throw new Error('not inserted');
  doc.readOnly = true;
  const s = state(doc);
  expect(await g.undoInsert(r.value.added)).toMatchObject({ ok: false, problem: 'read-only' });
  expect(state(doc)).toBe(s);
});
