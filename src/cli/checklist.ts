/**
 * `check FILE --checklist out.docx|out.xlsx`: the 整改清单 of a material (src/engine/checklist.ts)
 * as a new Word document (built with the `docx` package: kept up, typed, no native parts) or a
 * workbook. With several materials, one file each: “out-材料名.docx”.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Paragraph as DocxParagraph } from 'docx';
import { checklistTable, type ChecklistRow } from '../engine/checklist';
import { deliverableText as t } from '../engine/messages';
import { InputError } from './load';
import { writeWorkbook } from './xlsx';
import { replaceableDocx } from './outputs';

/** GB/T 9704-2012 fonts: title 小标宋 二号 (22 pt), body 仿宋_GB2312, table text 四号 (14 pt), header 黑体. */
const FONTS = { title: '方正小标宋简体', body: '仿宋_GB2312', header: '黑体', latin: 'Times New Roman' };


/** The docx package, loaded on first use (it is only needed for --checklist *.docx). */
type Docx = typeof import('docx');

function cellParagraphs({ Paragraph, TextRun }: Docx, text: string, font: string, bold = false): DocxParagraph[] {
  return text.split('\n').map(
    (line) =>
      new Paragraph({
        children: [new TextRun({ text: line, bold, size: 28, font: { eastAsia: font, ascii: FONTS.latin, hAnsi: FONTS.latin } })],
      }),
  );
}

/** The 整改清单 as .docx bytes: a title and one table, header row repeated on every page. */
export async function checklistDocx(rows: ChecklistRow[], title: string): Promise<Buffer> {
  const docx: Docx = await import('docx');
  const { AlignmentType, Document, Packer, PageOrientation, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } = docx;
  const widths = [6, 12, 28, 32, 11, 11];
  const [head, ...cells] = checklistTable(rows);
  const header = new TableRow({
    tableHeader: true,
    children: head.map((h, i) => new TableCell({ width: { size: widths[i] * 50, type: WidthType.PERCENTAGE }, children: cellParagraphs(docx, h, FONTS.header) })),
  });
  const body = cells.map(
    (row) =>
      new TableRow({
        children: row.map((c, i) => new TableCell({ width: { size: widths[i] * 50, type: WidthType.PERCENTAGE }, children: cellParagraphs(docx, c, FONTS.body) })),
      }),
  );
  const doc = new Document({
    creator: '对照检查助手',
    title,
    sections: [
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ text: title, size: 44, font: { eastAsia: FONTS.title, ascii: FONTS.latin, hAnsi: FONTS.latin } })],
          }),
          new Table({ width: { size: 5000, type: WidthType.PERCENTAGE }, rows: [header, ...body] }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/**
 * The output file of each material's checklist, in the materials' order: `out` itself for one
 * material; for several, “out-材料名.ext” (清单.docx → 清单-张三.docx), with （2）, （3）… added
 * where two materials make one name (一支部/材料.docx and 二支部/材料.docx, 张三.docx and
 * 张三.txt), so no material's checklist replaces another's. Names are compared as Windows and
 * macOS compare them (letter case aside), the folder as `path.resolve` gives it.
 */
export function checklistPaths(out: string, materials: string[]): string[] {
  if (materials.length === 1) return [out];
  const ext = path.extname(out);
  const stem = out.slice(0, out.length - ext.length);
  const used = new Set<string>();
  return materials.map((material) => {
    const base = `${stem}-${path.basename(material, path.extname(material))}`;
    for (let n = 1; ; n++) {
      const name = n === 1 ? `${base}${ext}` : `${base}（${n}）${ext}`;
      const key = path.resolve(name).toLowerCase();
      if (used.has(key)) continue;
      used.add(key);
      return name;
    }
  });
}

/** Write the checklist of one material; returns the Chinese line to print. Throws `InputError`. */
export async function writeChecklist(out: string, rows: ChecklistRow[], title: string): Promise<string> {
  const ext = path.extname(out).toLowerCase();
  let bytes: Buffer;
  if (ext === '.docx') bytes = await checklistDocx(rows, title);
  else if (ext === '.xlsx') {
    const [header, ...cells] = checklistTable(rows);
    bytes = await writeWorkbook([{ name: t.checklistTitle, header, rows: cells, widths: [6, 14, 40, 48, 14, 14] }]);
  } else throw new InputError(t.checklistFormat);
  if (ext === '.docx' && !(await replaceableDocx(out))) throw new InputError(t.outputNotOurs(out));
  try {
    fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
    fs.writeFileSync(out, bytes);
  } catch {
    throw new InputError(t.outputFailed(out));
  }
  return t.checklistWritten(out, rows.length);
}
