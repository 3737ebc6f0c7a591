/**
 * 添加为批注 · 移除本助手的批注 · 插入整改清单 in the preview's document (they were missing there
 * with no word why): comments go on the paragraphs and words the check read, change no text, are
 * taken back whole by one undo; only this pane's comments are removed; the 整改清单 is a heading line
 * and a table after the cursor's paragraph, refused in a table as in Word.
 */
import * as fs from 'fs';
import * as path from 'path';
import { MemoryDocument } from '../../src/preview/memoryDocument';
import { MemoryGateway } from '../../src/preview/memoryGateway';
import { runAnalysis } from '../../src/taskpane/analysisCore';
import { paneDeliverableText as t } from '../../src/engine/deliverables/messages';
import type { PaneComment } from '../../src/word/deliverables';
import { completeLines } from '../support/docs';

const MATERIALS: [string, string][] = [
  ['a complete material', completeLines().join('\n')],
  ['a markdown paste', fs.readFileSync(path.join(__dirname, '../fixtures/unseen/u102_markdown_paste.txt'), 'utf8')],
  ['a material with a table', fs.readFileSync(path.join(__dirname, '../fixtures/years/y2024_four_banzi_table.txt'), 'utf8')],
];

async function checked(text: string) {
  const doc = new MemoryDocument(text);
  const gateway = new MemoryGateway(doc);
  const paragraphs = await gateway.read();
  const report = runAnalysis({ paragraphs, source: 'word' });
  const comments: PaneComment[] = (report.comments ?? []).map((c) => ({ ...c, text: paragraphs[c.paragraph].text }));
  return { doc, gateway, paragraphs, report, comments };
}
const texts = (doc: MemoryDocument) => JSON.stringify(doc.paragraphs.map((p) => [p.id, p.text, p.level, p.cell ?? null]));

describe.each(MATERIALS)('%s', (_name, text) => {
  test('the findings as comments: on their paragraphs and words, no text changed; one undo takes them all back', async () => {
    const { doc, gateway, paragraphs, comments } = await checked(text);
    expect(comments.length).toBeGreaterThan(0);
    const before = texts(doc);
    const r = await gateway.addComments(comments);
    expect(r).toEqual({ ok: true, value: { added: comments.length, missing: 0 } });
    expect(texts(doc)).toBe(before);
    expect(doc.comments).toHaveLength(comments.length);
    doc.comments.forEach((c, i) => {
      const want = comments[i];
      // A cell of a pasted pipe row is read from its row's paragraph (its first cell carries the row's id).
      const own = paragraphs[want.paragraph].id ?? doc.paragraphs.find((p) => p.text.includes(want.text))?.id;
      expect(c.paragraphId).toBe(own);
      expect(c.text).toBe(t.commentMark + want.lines.join('\n'));
      if (want.start !== undefined && want.length) expect(c.quote).toBe(want.text.slice(want.start, want.start + want.length));
    });
    expect(doc.undo()).toBe(true);
    expect(doc.comments).toHaveLength(0);
    expect(texts(doc)).toBe(before);
  });

  test('移除本助手的批注 removes only this pane\'s comments; the text stays', async () => {
    const { doc, gateway, comments } = await checked(text);
    doc.addComments([{ paragraph: 0, quote: '', text: '审阅人：请补充' }]);
    await gateway.addComments(comments);
    const before = texts(doc);
    expect(await gateway.removeComments()).toEqual({ ok: true, value: { removed: comments.length } });
    expect(doc.comments.map((c) => c.text)).toEqual(['审阅人：请补充']);
    expect(await gateway.removeComments()).toEqual({ ok: true, value: { removed: 0 } });
    expect(texts(doc)).toBe(before);
  });

  test('添加为批注 clicked twice doubles nothing (t20 m05): the second run keeps ours, adds none, one undo per run', async () => {
    const { doc, gateway, comments } = await checked(text);
    doc.addComments([{ paragraph: 0, quote: '', text: '审阅人：请补充' }]);
    await gateway.addComments(comments);
    const once = doc.comments.map((c) => [c.paragraphId, c.quote, c.text]);
    expect(await gateway.addComments(comments)).toEqual({ ok: true, value: { added: 0, missing: 0, kept: comments.length } });
    expect(doc.comments.map((c) => [c.paragraphId, c.quote, c.text])).toEqual(once);
    // Nothing changed: no undo entry for the second run; one undo takes the first back.
    expect(doc.undo()).toBe(true);
    expect(doc.comments.map((c) => c.text)).toEqual(['审阅人：请补充']);
  });

  test('添加为批注 after the findings changed: the ones still reported kept, the stale one removed, the new one added', async () => {
    const { doc, gateway, comments } = await checked(text);
    await gateway.addComments(comments);
    const mine = () => doc.comments.map((c) => c.text).sort();
    const changed = comments.slice(1).concat([{ ...comments[0], lines: ['新的提示'] }]);
    expect(await gateway.addComments(changed)).toEqual({ ok: true, value: { added: 1, missing: 0, kept: comments.length - 1, removed: 1 } });
    expect(mine()).toEqual(changed.map((c) => t.commentMark + c.lines.join('\n')).sort());
    // Fewer findings: only those stay.
    expect(await gateway.addComments(changed.slice(0, 1))).toEqual({ ok: true, value: { added: 0, missing: 0, kept: 1, removed: changed.length - 1 } });
    expect(mine()).toEqual([t.commentMark + changed[0].lines.join('\n')]);
  });

  test('插入整改清单: a heading line and a table after the cursor\'s paragraph, read back as cells; nothing else moves; one undo takes it back', async () => {
    const { doc, gateway, report } = await checked(text);
    const rows = report.checklist ?? [];
    expect(rows.length).toBeGreaterThan(1);
    const at = doc.paragraphs.findIndex((p, i) => i > 2 && p.text !== '' && !p.cell);
    doc.setUserSelection({ paragraph: at, offset: 1 });
    const before = doc.paragraphs.map((p) => p.text);
    expect(await gateway.insertChecklist(rows)).toEqual({ ok: true, value: { rows: rows.length - 1, where: 'cursor', heading: '整改清单' } });
    const columns = Math.max(...rows.map((r) => r.length));
    const now = doc.paragraphs.map((p) => p.text);
    expect(now[at + 1]).toBe('整改清单');
    expect([...now.slice(0, at + 1), ...now.slice(at + 2 + rows.length * columns)]).toEqual(before);
    const cells = doc.paragraphs.slice(at + 2, at + 2 + rows.length * columns);
    expect(cells.map((p) => p.text)).toEqual(rows.flatMap((r) => Array.from({ length: columns }, (_, k) => r[k] ?? '')));
    const read = await gateway.read();
    expect(read.filter((p) => p.inTable && p.index > at + 1 && p.index <= at + 1 + cells.length)).toHaveLength(cells.length);
    expect(read[at + 2].cell).toMatchObject({ row: 0, column: 0 });
    expect(doc.undo()).toBe(true);
    expect(doc.paragraphs.map((p) => p.text)).toEqual(before);
  });
});

test('comments on paragraphs joined from PDF lines go to the line holding their words; a changed paragraph is counted as missing', async () => {
  const pdf = fs.readFileSync(path.join(__dirname, '../fixtures/years/y2024_four_geren_pdf_noyear.txt'), 'utf8').replace(/^\s*— \d+ —\s*\n/gm, '');
  const doc = new MemoryDocument('');
  doc.applyEdit(pdf.split('\n').map((text) => ({ text })));
  const gateway = new MemoryGateway(doc);
  const read = await gateway.read();
  const stored = doc.paragraphs.map((p) => p.text);
  // A joined paragraph and words in its second line.
  const line = stored.findIndex((x, i) => i > 0 && x.length > 10 && read.some((p) => p.text.includes(x) && !p.text.startsWith(x)));
  const p = read.find((x) => x.text.includes(stored[line]) && !x.text.startsWith(stored[line]))!;
  const at = p.text.indexOf(stored[line]) + 3;
  const words = p.text.slice(at, at + 4);
  const first = stored.indexOf(p.text.slice(0, 10)) >= 0 ? stored.indexOf(p.text.slice(0, 10)) : stored.findIndex((x) => p.text.startsWith(x));
  const r = await gateway.addComments([
    { paragraph: p.index, text: p.text, start: at, length: 4, lines: ['词句'] },
    { paragraph: p.index, text: p.text, lines: ['整段'] },
    { paragraph: 0, text: '已改过', lines: ['不加'] },
  ]);
  expect(r).toEqual({ ok: true, value: { added: 2, missing: 1 } });
  expect(doc.comments.map((c) => [doc.indexOfId(c.paragraphId), c.quote])).toEqual([[line, words], [first, '']]);
});

test('插入整改清单 with the cursor in a table is refused with Word\'s words, nothing changed; read-only refuses all three', async () => {
  const doc = new MemoryDocument('');
  doc.applyEdit([{ text: '前文' }, { text: '问题', cell: { table: 0, row: 0, column: 0 } }, { text: '后文' }]);
  const gateway = new MemoryGateway(doc);
  await gateway.read();
  doc.setUserSelection({ paragraph: 1, offset: 1 });
  const before = texts(doc);
  expect(await gateway.insertChecklist([['序号', '问题'], ['1', '甲']])).toMatchObject({ ok: false, message: t.checklistInTable });
  expect(texts(doc)).toBe(before);
  doc.readOnly = true;
  doc.setUserSelection({ paragraph: 0, offset: 0 });
  expect(await gateway.insertChecklist([['序号'], ['1']])).toMatchObject({ ok: false, problem: 'read-only' });
  expect(await gateway.addComments([{ paragraph: 0, text: '前文', lines: ['x'] }])).toMatchObject({ ok: false, problem: 'read-only' });
  expect(await gateway.removeComments()).toMatchObject({ ok: false, problem: 'read-only' });
  expect(texts(doc)).toBe(before);
});

test('save and open keep the comments on their paragraphs; a deleted paragraph takes its comments with it', () => {
  const doc = new MemoryDocument('甲\n乙\n丙');
  doc.addComments([{ paragraph: 1, quote: '乙', text: 'x' }, { paragraph: 2, quote: '', text: 'y' }]);
  const again = MemoryDocument.open(doc.save());
  expect(again.comments.map((c) => [again.indexOfId(c.paragraphId), c.quote, c.text])).toEqual([[1, '乙', 'x'], [2, '', 'y']]);
  again.applyEdit(again.paragraphs.filter((p) => p.text !== '乙').map((p) => ({ id: p.id, text: p.text })));
  expect(again.comments.map((c) => c.text)).toEqual(['y']);
});
