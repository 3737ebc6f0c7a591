/**
 * A .docx holding text pasted from a PDF (one PDF line a paragraph, list markers alone in a
 * paragraph before their text): the command line reads it as Word's read does (engine/readers/
 * joined.ts) and as the text reader reads the same lines, and the annotated copy's comments land
 * on the file's own paragraphs, on the words they name.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import { main } from '../../src/cli/main';
import { inFileParagraphs, oneStyleComment } from '../../src/cli/annotate';
import { analyze } from '../../src/engine';
import { findingComments } from '../../src/engine/deliverables/comments';
import { loadFile } from '../../src/cli/load';
import { readDocx } from '../../src/engine/readers/docx';
import { readText } from '../../src/engine/readers/text';
import { unwrapWordParagraphs } from '../../src/engine/readers/joined';
import { makeDocx } from '../support/docx-writer';
import { LONG_ITEMS, wrap } from '../support/pdf-paste';


const ITEM_1 = LONG_ITEMS[0];
const ITEM_2 = LONG_ITEMS[1];
const MEASURE = '强化理论武装，坚持每月集中学习不少于2次，结合分管工作撰写学习体会，年底前完成一篇调研报告，切实做到学思用贯通。';

/** The material as a PDF pastes it: markers alone, items wrapped at `width` characters. */
function pdfLines(width: number): string[] {
  return [
    '2025年度民主生活会',
    '对照检查材料',
    '一、',
    '存在的主要问题',
    '一是',
    ...wrap(ITEM_1, width),
    '二是',
    ...wrap(ITEM_2, width),
    '二、',
    '原因分析',
    ...wrap('理想信念有所松懈，对加强主观世界改造的重要性认识不足，放松了对自身的严格要求，党性修养有所弱化，宗旨意识有所淡化。', width),
    '三、',
    '整改措施',
    '（一）',
    ...wrap(MEASURE, width),
  ];
}

async function docxOf(dir: string, lines: string[]): Promise<string> {
  const file = path.join(dir, '材料.docx');
  fs.writeFileSync(file, await makeDocx({ body: lines.map((text) => ({ text })) }));
  return file;
}

describe('the command line joins a .docx of PDF lines as the pane and the text reader do', () => {
  test.each([26, 28, 30])('at %i characters a line: the same paragraphs as the same lines as text', async (width) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-pdf-docx-'));
    const lines = pdfLines(width);
    const input = await loadFile(await docxOf(dir, lines));
    const asText = readText(lines.join('\n')).map((p) => p.text);
    expect(input.paragraphs.map((p) => p.text)).toEqual(asText);
    expect(input.paragraphs.map((p) => p.text)).toEqual(expect.arrayContaining(['一、存在的主要问题', '一是' + ITEM_1, '二是' + ITEM_2, '（一）' + MEASURE]));
    expect(input.joined).toBeDefined();
    expect(input.paragraphs.map((p) => p.index)).toEqual(input.paragraphs.map((_, i) => i));
  });

  test('a .docx typed one paragraph a paragraph is read as it is (no map)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-pdf-docx-'));
    const lines = ['一、存在的主要问题', '一是' + ITEM_1, '二、原因分析', '思想上有所放松。', '三、整改措施', '（一）' + MEASURE];
    const input = await loadFile(await docxOf(dir, lines));
    expect(input.paragraphs.map((p) => p.text)).toEqual(lines);
    expect(input.joined).toBeUndefined();
  });

  test('the JSON report counts the joined problems and measure (not a line each)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-pdf-docx-'));
    const file = await docxOf(dir, pdfLines(28));
    const out: string[] = [];
    await main([file, '--json'], (s) => out.push(s), () => {});
    const json = JSON.parse(out.join('\n')) as { measures: unknown[]; aspects: Array<{ problems: unknown[] }> };
    expect(json.measures).toHaveLength(1);
  });
});

describe('the annotated copy of a .docx of PDF lines', () => {
  test("each comment anchors its words in the file's own paragraph; the copy reads back as the source", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-pdf-docx-'));
    const lines = pdfLines(28);
    const file = await docxOf(dir, lines);
    const out = path.join(dir, 'out');
    const err: string[] = [];
    await main([file, '--annotate', out], () => {}, (s) => err.push(s));
    expect(err.join('\n')).toContain('已写出带批注的副本');
    const bytes = fs.readFileSync(path.join(out, '材料.docx'));
    expect((await readDocx(bytes)).map((p) => p.text)).toEqual(lines);
    const zip = await JSZip.loadAsync(bytes);
    const doc = await zip.file('word/document.xml')!.async('string');
    const comments = (await zip.file('word/comments.xml')?.async('string')) ?? '';
    expect(comments.match(/<w:comment /g)?.length ?? 0).toBeGreaterThan(0);
    // Every range starts and ends inside one paragraph of the file, the paragraphs the findings
    // name once moved to the file's own (a joined index would point at another line).
    const input = await loadFile(file);
    const expected = inFileParagraphs(findingComments(oneStyleComment(analyze(input).findings, input), input.paragraphs, { surface: 'document' }), input.joined!);
    const commented: number[] = [];
    (doc.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []).forEach((p, i) => {
      const starts = [...p.matchAll(/commentRangeStart w:id="(\d+)"/g)].map((m) => m[1]);
      const ends = [...p.matchAll(/commentRangeEnd w:id="(\d+)"/g)].map((m) => m[1]);
      expect(ends.sort()).toEqual(starts.sort());
      if (starts.length) commented.push(i);
    });
    expect(commented).toEqual(expected.map((c) => c.paragraph));
    expect(new Set(commented).size).toBeGreaterThan(1);
  });

  test('inFileParagraphs: spans move to the line holding their start, whole-paragraph comments to the first line, two on one line become one', () => {
    const lines = [...pdfLines(28), '| 学习不深 | 每月学习 |'];
    const { paragraphs, map } = unwrapWordParagraphs(lines.map((text, index) => ({ index, text })));
    expect(map).toBeDefined();
    const item = paragraphs.findIndex((p) => p.text.startsWith('一是'));
    expect(paragraphs[item].text).toBe('一是' + ITEM_1);
    const at = paragraphs[item].text.indexOf('比如');
    const cells = paragraphs.map((_p, i) => i).filter((i) => paragraphs[i].inTable);
    expect(cells).toHaveLength(2);
    const moved = inFileParagraphs(
      [
        { paragraph: item, start: at, length: 2, lines: ['a'] },
        { paragraph: item, lines: ['b'] },
        { paragraph: cells[0], start: 0, length: 4, lines: ['c'] },
        { paragraph: cells[1], start: 0, length: 4, lines: ['d'] },
      ],
      map!,
    );
    const line = lines.findIndex((l) => l.includes('比如'));
    const startLine = moved.find((c) => c.lines.includes('a'))!;
    expect(startLine.paragraph).toBe(line);
    expect(lines[line].slice(startLine.start!, startLine.start! + 2)).toBe('比如');
    expect(moved.find((c) => c.lines.includes('b'))).toEqual({ paragraph: lines.indexOf('一是'), lines: ['b'] });
    const row = moved.filter((c) => c.paragraph === lines.length - 1);
    expect(row).toHaveLength(1);
    expect(row[0].lines).toEqual(['c', 'd']);
    expect(lines[lines.length - 1].slice(row[0].start!, row[0].start! + row[0].length!)).toBe('学习不深 | 每月学习');
  });
});
