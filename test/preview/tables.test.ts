/**
 * @jest-environment jsdom
 *
 * A table pasted into the preview's page is read as Word's reader reads one: each cell's
 * paragraphs carry `inTable` and `cell {table,row,column}`, so the engine reads a row of a
 * 整改清单 as one measure (it was read one cell at a time: vague-measure and orphan findings on
 * "序号", "1", "党组书记").
 */
import * as fs from 'fs';
import * as path from 'path';
import { MemoryDocument } from '../../src/preview/memoryDocument';
import { MemoryGateway } from '../../src/preview/memoryGateway';
import { paragraphElements, readDom, render } from '../../src/preview/DocumentView';
import { analyze } from '../../src/engine';
import { readText } from '../../src/engine/readers/text';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A material's text lines as HTML pasted from Word: its pipe rows as a <table>, the other lines as paragraphs. */
function asHtml(text: string, cell: (c: string) => string = (c) => `<p class=MsoNormal>${esc(c)}</p>`): string {
  let html = '';
  let rows: string[] = [];
  const flush = () => {
    if (rows.length) html += '<table border=1><tbody>' + rows.join('') + '</tbody></table>';
    rows = [];
  };
  for (const line of text.split('\n')) {
    if (line.startsWith('|')) {
      if (/^\|[-:| ]+\|$/.test(line)) continue;
      rows.push('<tr>' + line.split('|').slice(1, -1).map((c) => `<td>${cell(c.trim())}</td>`).join('') + '</tr>');
    } else {
      flush();
      html += `<p>${esc(line) || '<br>'}</p>`;
    }
  }
  flush();
  return html;
}

function pasted(html: string): { root: HTMLElement; doc: MemoryDocument } {
  const root = document.createElement('div');
  root.innerHTML = html;
  const doc = new MemoryDocument('');
  doc.applyEdit(readDom(root));
  return { root, doc };
}

const summary = (fs_: { rule: string; paragraph: number; message: string }[]) => fs_.map((f) => `${f.rule}@${f.paragraph} ${f.message}`).sort();

const FIXTURES = ['years/y2024_four_banzi_table.txt', 'unseen/u106_table_measures.txt', 'years-heldout/h2025_five_geren_table.txt'];
const CELLS: [string, (c: string) => string][] = [
  ['cells holding <p>', (c) => `<p class=MsoNormal>${esc(c)}</p>`],
  ['cells holding bare text', (c) => esc(c)],
  ['cells holding a <div> and a span', (c) => `<div><span>${esc(c)}</span></div>`],
];

describe.each(FIXTURES)('%s pasted as HTML', (name) => {
  const text = fs.readFileSync(path.join(__dirname, '../fixtures', name), 'utf8').replace(/\r\n/g, '\n').replace(/\n$/, '');
  test.each(CELLS)('%s: the findings are those of the same material read by the engine (rows read as entries)', async (_k, cell) => {
    const { doc } = pasted(asHtml(text, cell));
    const paragraphs = await new MemoryGateway(doc).read();
    const inTable = paragraphs.filter((p) => p.inTable);
    expect(inTable.length).toBeGreaterThan(5);
    for (const p of inTable) expect(p.cell).toEqual({ table: 0, row: expect.any(Number), column: expect.any(Number) });
    expect(inTable[0].text).toBe('序号');
    expect(inTable[0].cell).toEqual({ table: 0, row: 0, column: 0 });
    const got = analyze({ paragraphs, source: 'word' }).findings;
    const want = analyze({ paragraphs: readText(text), source: 'word' }).findings;
    expect(summary(got)).toEqual(summary(want));
    // No finding on a lone header, number or owner cell.
    for (const f of got) expect(['序号', '1', '2', '党组书记', '本人', '责任人']).not.toContain(paragraphs[f.paragraph]?.text);
  });
});

test('a table wrapped in a block, two tables, a cell of two paragraphs and a spanning cell', () => {
  const { doc } = pasted(
    '<p>前文</p><div><table><tr><td colspan=2>合并</td><td><p>甲</p><p>乙</p></td></tr><tr><td>a</td><td>b</td><td></td></tr></table></div>' +
      '<p>中间</p><table><tr><td>二表</td></tr></table>',
  );
  expect(doc.paragraphs.map((p) => [p.text, p.cell ? [p.cell.table, p.cell.row, p.cell.column] : null])).toEqual([
    ['前文', null],
    ['合并', [0, 0, 0]],
    ['甲', [0, 0, 2]],
    ['乙', [0, 0, 2]],
    ['a', [0, 1, 0]],
    ['b', [0, 1, 1]],
    ['', [0, 1, 2]],
    ['中间', null],
    ['二表', [1, 0, 0]],
  ]);
});

test('drawn again from the model, the page reads back the same paragraphs, ids and cells, one element a paragraph', () => {
  const { doc } = pasted(asHtml('标题\n| 问题 | 措施 |\n|---|---|\n| 学习不深 | 每月学习2次 |\n正文\n| 甲 |'));
  const root = document.createElement('div');
  render(root, doc);
  expect(paragraphElements(root).map((e) => e.dataset.id)).toEqual(doc.paragraphs.map((p) => p.id));
  expect(readDom(root)).toEqual(doc.paragraphs.map((p) => ({ id: p.id, text: p.text, level: p.level, ...(p.cell ? { cell: p.cell } : {}) })));
  expect(root.querySelectorAll('table')).toHaveLength(2);
});

describe('the memory document keeps cells', () => {
  const withTable = () => {
    const doc = new MemoryDocument('');
    doc.applyEdit([
      { text: '前文' },
      { text: '问题', cell: { table: 0, row: 0, column: 0 } },
      { text: '措施', cell: { table: 0, row: 0, column: 1 } },
      { text: '学习不深', cell: { table: 0, row: 1, column: 0 } },
      { text: '加强学习', cell: { table: 0, row: 1, column: 1 } },
      { text: '后文' },
    ]);
    return doc;
  };

  test('a fix in a cell keeps the cell; a new paragraph after a cell paragraph joins that cell (as in Word)', () => {
    const doc = withTable();
    expect(doc.applyFix({ label: 'x', edits: [{ paragraph: 4, start: 0, length: 2, text: '深化', expect: '加强' }, { paragraph: 4, start: 0, length: 0, text: '补充', newParagraphAfter: true, expect: '加强学习' }] })).toBe(true);
    expect(doc.paragraphs.map((p) => [p.text, p.cell?.column ?? null])).toEqual([['前文', null], ['问题', 0], ['措施', 1], ['学习不深', 0], ['深化学习', 1], ['补充', 1], ['后文', null]]);
    expect(doc.undo()).toBe(true);
    expect(doc.paragraphs[4]).toMatchObject({ text: '加强学习', cell: { table: 0, row: 1, column: 1 } });
  });

  test.each([
    ['collapsed in a cell', 3, 1, 1],
    ['in an empty-looking first cell', 1, 0, 0],
    ['a selection ending in the last cell', 4, 0, 4],
  ])('an insertion with the cursor %s goes after the table, outside it', async (_n, paragraph, a, b) => {
    const doc = withTable();
    doc.setUserSelection({ paragraph, offset: a }, { paragraph, offset: b });
    const r = await new MemoryGateway(doc).insert([{ text: '一、新标题', level: 1 }]);
    expect(r).toMatchObject({ ok: true, value: { at: 'after-table', inserted: 1 } });
    expect(doc.paragraphs.map((p) => p.text)).toEqual(['前文', '问题', '措施', '学习不深', '加强学习', '一、新标题', '后文']);
    expect(doc.paragraphs[5].cell).toBeUndefined();
  });

  test('save and open keep the cells', () => {
    const doc = MemoryDocument.open(withTable().save());
    expect(doc.paragraphs.map((p) => p.cell ?? null)).toEqual(withTable().paragraphs.map((p) => p.cell ?? null));
  });

  test('moving a paragraph into or out of a cell is an edit of it', () => {
    const doc = withTable();
    const seen: string[][] = [];
    doc.subscribe((e) => e.type === 'edit' && seen.push(e.changed));
    doc.applyEdit(doc.paragraphs.map((p, i) => ({ id: p.id, text: p.text, level: p.level, ...(i === 0 ? { cell: { table: 0, row: 0, column: 0 } } : p.cell ? { cell: p.cell } : {}) })));
    expect(seen).toEqual([[doc.paragraphs[0].id]]);
  });
});
