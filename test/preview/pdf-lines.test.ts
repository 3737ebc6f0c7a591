/**
 * Lines pasted from a PDF into the preview (one line a paragraph) are joined back into paragraphs
 * as the Word gateway joins them (engine/readers/joined.ts), and navigation and fixes reach the stored
 * paragraph and characters the joined text came from. Before, the preview read each line as a
 * paragraph: phantom "二是" problems, cut items.
 */
import * as fs from 'fs';
import * as path from 'path';
import { MemoryDocument } from '../../src/preview/memoryDocument';
import { MemoryGateway } from '../../src/preview/memoryGateway';
import { analyze } from '../../src/engine';
import { applyFix } from '../../src/engine/fix';
import { readText } from '../../src/engine/readers/text';
import { ROLLBACK_MESSAGES } from '../../src/word/errors';
import type { Finding } from '../../src/engine/types';

const load = (name: string) => fs.readFileSync(path.join(__dirname, '../fixtures', name), 'utf8').replace(/\r\n/g, '\n').replace(/\n+$/, '');

/** Each line longer than `width` cut into lines of `width` characters, as a PDF lays them out. */
const wrap = (text: string, width: number) => text.split('\n').map((l) => (l.length > width ? l.match(new RegExp(`.{1,${width}}`, 'gu'))!.join('\n') : l)).join('\n');

/**
 * Materials as copied out of a PDF: one with the PDF's own line ends (its page-number lines left
 * out: the text reader drops them, the paragraph joining keeps them as text), and typed materials
 * cut at two widths.
 */
const FIXTURES: [string, string][] = [
  ['a PDF copy', load('years/y2024_four_geren_pdf_noyear.txt').replace(/^\s*— \d+ —\s*\n/gm, '')],
  ['a material cut at 30 characters', wrap(load('years/y2025_five_banzi_case_after_causes.txt'), 30)],
  ['a material cut at 38 characters', wrap(load('years/y2022_six_banzi_repeated_number.txt'), 38)],
];

/** A text pasted one line a paragraph (what the page's paste of several <p> gives the model). */
function pastedLines(text: string): MemoryDocument {
  const doc = new MemoryDocument('');
  doc.applyEdit(text.split('\n').map((t) => ({ text: t })));
  return doc;
}

const texts = (doc: MemoryDocument) => doc.paragraphs.map((p) => p.text);

describe.each(FIXTURES)('%s pasted one line a paragraph', (_name, text) => {
  test('read as the text reader reads the file: the same paragraphs and findings', async () => {
    const doc = pastedLines(text);
    const read = await new MemoryGateway(doc).read();
    const want = readText(text);
    expect(doc.paragraphs.length).toBeGreaterThan(want.length);
    expect(read.map((p) => p.text)).toEqual(want.map((p) => p.text));
    const sum = (fs_: Finding[]) => fs_.map((f) => `${f.rule}@${f.paragraph}`).sort();
    expect(sum(analyze({ paragraphs: read, source: 'word' }).findings)).toEqual(sum(analyze({ paragraphs: want, source: 'word' }).findings));
  });

  test('every finding with a span selects those very words in the stored line', async () => {
    const doc = pastedLines(text);
    const gateway = new MemoryGateway(doc);
    const read = await gateway.read();
    const findings = analyze({ paragraphs: read, source: 'word' }).findings.filter((f) => f.length && f.paragraph >= 0);
    let checked = 0;
    for (const f of findings) {
      const p = read[f.paragraph];
      const start = f.start ?? 0;
      const length = f.length ?? 0;
      const words = p.text.slice(start, start + length);
      if (words.length === 0) continue;
      const r = await gateway.select({ index: f.paragraph, text: p.text, id: p.id }, { start, length, text: words });
      expect(r.ok).toBe(true);
      // The whole span, on one line or across the lines it was joined from.
      const selected = doc.selectedText.replace(/\n/g, '');
      expect({ words: selected.replace(/ /g, '') }).toEqual({ words: words.replace(/ /g, '') });
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
  });

  test('words across line ends select the whole span, from its first line to its last; a joined paragraph all its lines', async () => {
    // A trial writer saw only the first line of such a span selected.
    const doc = pastedLines(text);
    const gateway = new MemoryGateway(doc);
    const read = await gateway.read();
    const longest = Math.max(...doc.paragraphs.map((p) => p.text.length));
    let crossing = 0;
    for (const p of read.filter((x) => x.text.length > longest)) {
      for (const [start, length] of [
        [5, p.text.length - 10],
        [Math.floor(p.text.length / 2) - 4, 8],
        [0, p.text.length],
      ]) {
        const words = p.text.slice(start, start + length);
        expect((await gateway.select({ index: p.index, text: p.text, id: p.id }, { start, length, text: words })).ok).toBe(true);
        expect(doc.selectedText.replace(/\n/g, '').replace(/ /g, '')).toBe(words.replace(/ /g, ''));
        if (doc.selection.start.paragraph !== doc.selection.end.paragraph) crossing++;
      }
      expect((await gateway.select({ index: p.index, text: p.text, id: p.id })).ok).toBe(true);
      expect(doc.selectedText.replace(/\n/g, '').replace(/ /g, '')).toBe(p.text.replace(/ /g, ''));
    }
    expect(crossing).toBeGreaterThan(0);
  });

  test('a replacement inside one line of a joined paragraph: exactly those words change, the other lines stay; its undo restores all', async () => {
    const doc = pastedLines(text);
    const gateway = new MemoryGateway(doc);
    const read = await gateway.read();
    const before = texts(doc);
    let done = 0;
    for (const p of read) {
      // Words in the middle of a joined paragraph's second line, found by where they are in the stored lines.
      const line = before.findIndex((t, i) => i > 0 && t.length > 12 && p.text.includes(t) && !p.text.startsWith(t));
      if (line < 0) continue;
      const at = p.text.indexOf(before[line]) + 4;
      const fix = { label: 'x', edits: [{ paragraph: p.index, start: at, length: 3, text: '【改】', expect: p.text.slice(at, at + 3) }] };
      const predicted = applyFix(read, fix);
      const r = await gateway.applyFix(fix);
      if (!r.ok || !predicted.ok) throw new Error(JSON.stringify(r));
      expect(texts(doc)).toEqual(before.map((t, i) => (i === line ? t.slice(0, 4) + '【改】' + t.slice(7) : t)));
      expect((await gateway.read()).map((x) => x.text)).toEqual(predicted.paragraphs.map((x) => x.text));
      const u = await gateway.applyFix(r.value.undo);
      expect(u.ok).toBe(true);
      expect(texts(doc)).toEqual(before);
      await gateway.read();
      if (++done === 3) break;
    }
    expect(done).toBe(3);
  });

  test('words across a line end are refused (nothing changes), and so is a fix after the text changed', async () => {
    const doc = pastedLines(text);
    const gateway = new MemoryGateway(doc);
    const read = await gateway.read();
    const before = texts(doc);
    const p = read.find((x) => before.some((t, i) => i > 0 && t.length > 4 && x.text.includes(t) && !x.text.startsWith(t)))!;
    const line = before.findIndex((t, i) => i > 0 && t.length > 4 && p.text.includes(t) && !p.text.startsWith(t));
    const at = p.text.indexOf(before[line]) - 2;
    const across = await gateway.applyFix({ label: 'x', edits: [{ paragraph: p.index, start: at, length: 4, text: '甲乙丙丁', expect: p.text.slice(at, at + 4) }] });
    expect(across).toMatchObject({ ok: false, message: ROLLBACK_MESSAGES.acrossLines });
    expect(texts(doc)).toEqual(before);
    doc.applyEdit(doc.paragraphs.map((x, i) => ({ id: x.id, text: i === line ? '改过' + x.text : x.text })));
    const changed = await gateway.applyFix({ label: 'x', edits: [{ paragraph: p.index, start: 0, length: 1, text: '甲', expect: p.text.slice(0, 1) }] });
    expect(changed).toMatchObject({ ok: false, problem: 'changed' });
    expect(texts(doc)[line]).toBe('改过' + before[line]);
  });
});

test('headings and table cells are never joined to the lines around them', async () => {
  const doc = new MemoryDocument('');
  const long = '本人认真学习了习近平新时代中国特色社会主义思想和党的二十大精神，对照检查了自身存在';
  doc.applyEdit([
    { text: long },
    { text: '一、存在的问题', level: 1 },
    { text: long },
    { text: '的问题，现报告如下。', cell: { table: 0, row: 0, column: 0 } },
  ]);
  const read = await new MemoryGateway(doc).read();
  expect(read).toHaveLength(4);
});
