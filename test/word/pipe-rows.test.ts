/**
 * A markdown 整改清单 (| 序号 | 问题 | 整改措施 | 责任人 | 完成时限 |, one row a paragraph) pasted into
 * Word or the preview is read as the text reader reads it from a .md file: one paragraph a cell
 * with its table, row and column, the |---| rule adding none (engine/readers/joined.ts pipeRowCells). A
 * trial writer's pasted table was read as lines of text: the measures were not read from its
 * 整改措施 column, its owner and deadline cells not taken. Navigation and fixes reach the row's
 * paragraph and the cell's words in it; nothing else of the row may be written.
 */
import * as fs from 'fs';
import * as path from 'path';
import { OfficeGateway } from '../../src/word/officeGateway';
import { MemoryDocument } from '../../src/preview/memoryDocument';
import { MemoryGateway } from '../../src/preview/memoryGateway';
import { readText } from '../../src/engine/readers/text';
import { analyze } from '../../src/engine';
import { runAnalysis } from '../../src/taskpane/analysisCore';
import { pipeRowCells, toWordFix, unwrapWordParagraphs } from '../../src/engine/readers/joined';
import type { DocumentInput, Fix, Paragraph } from '../../src/engine/types';
import { FakeWordDocument } from './fakeWord';

const FIXTURE = fs.readFileSync(path.join(__dirname, '../fixtures/unseen/u106_table_measures.txt'), 'utf8').replace(/\r\n/g, '\n').replace(/\n+$/, '');
const lines = FIXTURE.split('\n');
const at = lines.findIndex((l) => l.startsWith('| 序号'));

/** The fixture's table in several shapes a paste leaves. */
const SHAPES: Array<[string, string[]]> = [
  ['as written (header, rule, rows)', lines],
  ['no rule line', lines.filter((l) => !/^\|-/.test(l))],
  ['spaces around the rows and in the cells', lines.map((l, i) => (i > at && l.startsWith('|') ? `  ${l.replace(/ \| /g, '  |  ')}  ` : l))],
  ['no 序号 column', lines.map((l) => (l.startsWith('|') ? '|' + l.split('|').slice(2).join('|') : l))],
];

const hosts: Array<[string, (ls: string[]) => { read(): Promise<Paragraph[]> }]> = [
  ['the preview', (ls) => new MemoryGateway(new MemoryDocument(ls.join('\n')))],
  ['Word', (ls) => new OfficeGateway(new FakeWordDocument(ls).host())],
];

const summary = (input: DocumentInput) => {
  const r = runAnalysis(input);
  return { findings: analyze(input).findings.map((f) => `${f.rule}@${f.paragraph}`).sort(), checklist: r.checklist };
};

describe.each(hosts)('%s', (_host, open) => {
  test.each(SHAPES)('%s: read as the .md file is read — the same paragraphs, findings and 整改清单', async (_name, ls) => {
    const read = await open(ls).read();
    const want = readText(ls.join('\n'), 'markdown');
    expect(read.map((p) => [p.text, p.cell ?? null])).toEqual(want.map((p) => [p.text, p.cell ?? null]));
    const got = summary({ paragraphs: read, source: 'word' });
    expect(got).toEqual(summary({ paragraphs: want, source: 'word' }));
    // The table's owner and deadline cells are the checklist's.
    expect(got.checklist?.some((row) => row.includes('分管副局长'))).toBe(true);
  });
});

test('cells and where their words stand in the row; a row with an escaped pipe is kept whole (its cell is not its typed text)', () => {
  expect(pipeRowCells('| a \\| b | c |')).toBeUndefined();
  // A marked cell's words as read, at their place inside the marks.
  expect(pipeRowCells('| **加粗** | c |')).toEqual([
    { text: '加粗', from: 4 },
    { text: 'c', from: 11 },
  ]);
  expect(pipeRowCells('|  问题 | 措施  |')).toEqual([
    { text: '问题', from: 3 },
    { text: '措施', from: 8 },
  ]);
  expect(pipeRowCells('| 问题 |  |')).toEqual([
    { text: '问题', from: 2 },
    { text: '', from: 6 },
  ]);
});

describe('writing into a cell', () => {
  const ps: Paragraph[] = ['一、存在的问题', '| 问题 | 整改措施 | 责任人 |', '|---|---|---|', '| 学习不深 | 每月学习2次 | 本人 |'].map((text, index) => ({ index, text }));
  const { paragraphs, map } = unwrapWordParagraphs(ps);
  const cell = paragraphs.findIndex((p) => p.text === '每月学习2次');
  const edit = { paragraph: cell, start: 2, length: 2, text: '研讨', expect: '学习' };

  test('a text edit reaches exactly its words in the row', () => {
    const fix = toWordFix(map!, { label: 'x', edits: [edit] } as Fix)!;
    expect(fix.edits[0]).toMatchObject({ paragraph: 3, text: '研讨' });
    const row = ps[3].text;
    expect(row.slice(fix.edits[0].start, fix.edits[0].start + fix.edits[0].length)).toBe('学习');
  });

  test.each([
    ['deleting the cell paragraph', { ...edit, start: 0, length: 6, text: '', expect: '每月学习2次', deleteParagraph: true }],
    ['a new paragraph after the cell', { ...edit, start: 6, length: 0, text: '新措施', expect: '', newParagraphAfter: true }],
    ['restyling the cell', { ...edit, start: 0, length: 6, text: '每月学习2次', expect: '每月学习2次', style: 'Heading 2' }],
  ])('%s is refused (it would take the row\'s other cells with it)', (_name, e) => {
    expect(toWordFix(map!, { label: 'x', edits: [e] } as unknown as Fix)).toBeUndefined();
  });
});
