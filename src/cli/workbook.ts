/**
 * `check FOLDER --xlsx summary.xlsx` / `--csv summary.csv`: a row per material (template, title,
 * parts and aspects found or missing, problems, unanswered problems, vague measures, findings by
 * severity, materials it shares text with) and, in the workbook, a second sheet of all findings.
 * The CSV holds the first sheet (UTF-8 with BOM). Also the progress line of a folder check.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Analysis } from '../engine';
import { ROLE_LABEL, SEVERITY_LABEL, deliverableText as t, ruleName } from '../engine/messages';
import { countBySeverity, countOfRule } from '../engine/severity';
import { InputError } from './load';
import { CELL_MAX, toCsv, writeWorkbook } from './xlsx';
import type { WorkbookThread } from './workbook-thread';
import { PARAGRAPH_PLACES, type Places } from '../engine/places';

export type Cell = string | number;

/**
 * How many of a material's problems no measure answers: the uncovered-problem findings, or, when
 * the material has no measures at all (no 整改措施 part and no measure), every problem it lists —
 * none is answered, though the rule says nothing (missing-part already reports the part).
 * `noMeasures`: the material has none.
 */
export function unansweredProblems(analysis: Analysis): { count: number; noMeasures: boolean } {
  const { outline, findings } = analysis;
  const noMeasures = !outline.measures.length && !outline.parts.some((p) => p.role === 'measures');
  if (!noMeasures) return { count: countOfRule(findings, 'uncovered-problem'), noMeasures };
  return { count: outline.aspects.reduce((n, a) => n + a.problems.length, 0), noMeasures };
}

/** One material's row of the summary sheet (column order of `deliverableText.materialsHeader`). */
export function materialRow(analysis: Analysis, file: string): Cell[] {
  const { outline, template, findings } = analysis;
  const roles = new Set(outline.parts.map((p) => p.role));
  const partsFound = template.parts.filter((p) => roles.has(p.role) || (p.role === 'problems' && outline.aspects.length > 0));
  const partsMissing = template.parts.filter((p) => p.required && !partsFound.includes(p));
  const aspects = new Set(outline.aspects.map((a) => a.aspect));
  const count = (rule: string) => countOfRule(findings, rule);
  const c = countBySeverity(findings);
  // A notice or plan among the materials (rule not-a-material): not a list of all a material would lack.
  if (count('not-a-material')) {
    return [file, template.name, outline.title?.text ?? '', '', t.notAMaterialCell, '', '', 0, 0, 0, c.error, c.warning, c.info, ''];
  }
  return [
    file,
    template.name,
    outline.title?.text ?? '',
    partsFound.map((p) => ROLE_LABEL[p.role]).join('、'),
    partsMissing.map((p) => ROLE_LABEL[p.role]).join('、'),
    // Aspect labels hold 、 themselves (政治忠诚、政治能力): a list of them is joined with ；.
    template.aspects.filter((a) => aspects.has(a.number)).map((a) => a.short).join('；'),
    template.aspects.filter((a) => !aspects.has(a.number)).map((a) => a.short).join('；'),
    outline.aspects.reduce((n, a) => n + a.problems.length, 0),
    unansweredProblems(analysis).count,
    count('vague-measure'),
    c.error,
    c.warning,
    c.info,
    '',
  ];
}

/** The row of a material that could not be read (`label`: 无法读取), or was not checked (a .doc or .pdf: t.notChecked). */
export function unreadableRow(file: string, reason: string, label: string = t.unreadable): Cell[] {
  const row: Cell[] = t.materialsHeader.map(() => '');
  row[0] = file;
  // The reason may open with what the label says already (未检查：…): said once.
  row[1] = `${label}：${reason.replace(/^(?:未检查|无法检查)[：:]\s*/, '')}`;
  return row;
}

/**
 * Rows of the findings sheet for one material. Its 段落 column holds a .docx paragraph's 1-based
 * number, as it always did; for a text file (`places` of unit 'line', places.ts) it says the line
 * the paragraph starts on, “第12行”, which a number in that column would not.
 */
export function findingRows(analysis: Analysis, file: string, places: Places = PARAGRAPH_PLACES): Cell[][] {
  // In document order (the engine lists findings rule by rule); Array.prototype.sort is stable
  // (ES2019), so a paragraph's findings keep their own order.
  const inOrder = analysis.findings.slice().sort((a, b) => a.paragraph - b.paragraph);
  const where = (p: number): Cell => (places.unit === 'line' ? places.at(p) : p + 1);
  return inOrder.map((f) => [file, where(f.paragraph), ruleName(f.rule), SEVERITY_LABEL[f.severity], f.message, f.excerpt, f.rule]);
}

/**
 * How many of the materials a file shares text with are named in the folder's text summary and in
 * the workbook's shared-text cell: the most similar ones (the lists come sorted, most similar
 * first), then one line counting the rest. Where many materials share text, naming every pair made
 * both grow with the square of the folder (200 generated near-copies: 19,966 summary lines, 2.9 MB,
 * and cells of 199 lines) and buried the copies a reviewer looks for; --json keeps every pair.
 */
export const SHARED_LISTED = 5;

/**
 * The shared-text column: “材料B.docx（本材料约40%的文字与之相同，相同整句3句）”, one per line, most similar first:
 * the first SHARED_LISTED, then “……另有N份材料文字相近（完整列表见 --json）”. A cell also holds at
 * most CELL_MAX characters (Excel and WPS refuse or "repair" a longer one): with very long file
 * names the list stops at the last whole line that fits and the count line counts the rest.
 * `shared` is the list or its start (at least its first SHARED_LISTED); `total` the whole list's length.
 */
export function sharedCell(shared: { other: string; similarity: number; count: number }[], total: number = shared.length): string {
  const lines: string[] = [];
  let length = 0;
  for (let i = 0; i < total; i++) {
    if (i === SHARED_LISTED) {
      lines.push(t.sharedMore(total - i));
      break;
    }
    const x = shared[i];
    const line = t.sharedWith(x.other, Math.round(x.similarity * 100), x.count);
    const more = i + 1 < total ? t.sharedMore(total - i - 1).length + 1 : 0;
    if (length + (lines.length ? 1 : 0) + line.length + more > CELL_MAX) {
      lines.push(t.sharedMore(total - i));
      break;
    }
    length += (lines.length ? 1 : 0) + line.length;
    lines.push(line);
  }
  return lines.join('\n');
}

function write(out: string, bytes: Buffer | string): void {
  try {
    fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
    fs.writeFileSync(out, bytes);
  } catch {
    throw new InputError(t.outputFailed(out));
  }
}

/**
 * Write the workbook (two sheets), on `thread` when one was started for it (workbook-thread.ts; it
 * is stopped either way). Returns the Chinese line to print; throws `InputError`.
 */
export async function writeSummaryWorkbook(out: string, materials: Cell[][], findings: Cell[][], thread?: WorkbookThread): Promise<string> {
  try {
    if (path.extname(out).toLowerCase() !== '.xlsx') throw new InputError(t.tableFormat);
    const tables = [
      { name: t.materialsSheet, header: t.materialsHeader, rows: materials, widths: [28, 16, 30, 30, 16, 40, 24, 8, 10, 10, 6, 6, 6, 40] },
      { name: t.findingsSheet, header: t.findingsHeader, rows: findings, widths: [28, 9, 16, 6, 80, 30, 18] },
    ];
    write(out, await (thread ? thread.write(tables) : writeWorkbook(tables)));
  } finally {
    thread?.close();
  }
  return t.workbookWritten(out);
}

/** Write the summary sheet as CSV. Returns the Chinese line to print; throws `InputError`. */
export function writeSummaryCsv(out: string, materials: Cell[][]): string {
  write(out, toCsv({ header: t.materialsHeader, rows: materials }));
  return t.csvWritten(out);
}

/**
 * A progress line on stderr while a folder is checked — only when stderr is a terminal (nothing
 * extra when it is piped or redirected). Returns undefined when there is nothing to show.
 */
export function progressLine(stream: NodeJS.WriteStream = process.stderr): ((done: number, total: number, file: string) => void) | undefined {
  if (!stream.isTTY) return undefined;
  return (done, total, file) => {
    const line = t.progress(done, total, file);
    stream.write(`\r\x1b[2K${done >= total ? '' : line}`);
  };
}
