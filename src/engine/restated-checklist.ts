/**
 * A 整改清单 table that restates the material (the one 插入整改清单 or `--checklist` makes: 序号 |
 * 方面 | 存在问题 | 整改措施 | 责任人 | 完成时限, its 问题 and 措施 cells copied from the problems and
 * measures written above). Wherever it stands — after the 整改措施 part, at the end, or where the
 * cursor was, inside 存在的问题 (t23: the re-check then read its cells as 14 problems without 事例,
 * 7 重复文字, and one problem lost its answer) — it lists what the material already says: it is read
 * as the measures it restates, so it adds no problem, no measure and no finding. Its paragraphs, and
 * a heading line 整改清单 right before it, are emptied for the reading (indexes kept), as a leading
 * outline is (leading-outline.ts). Linear in the document's length.
 *
 * A table is such a restatement when its header row (table-rows.ts headerRoles) names a 问题, a
 * 措施, a 责任人 and a 时限 column, and every line of every 问题 and 措施 cell written (not blank) is
 * text of the material outside that table (spaces and markdown marks aside; a line's own item number
 * left out). A writer's own 整改清单 with measures of its own (m05: “梳理6项事项，实现‘一次办’”)
 * is no restatement and is read as before.
 */
import type { Paragraph } from './types';
import { effectiveText } from './outline';
import { blank, headerOf, tableBounds, tableNumbers, tableRows, type ColumnRole } from './table-rows';
import { stripLeadingMarker } from './markers';
import { isChecklistHeading } from './checklist-heading';
import { deliverableText } from './messages';


/** The most 整改清单-headed tables compared with the material (see restatedChecklists). */
const MAX_TABLES = 16;

/** The comparable form of a text: no whitespace, no markdown emphasis or heading marks. */
function norm(s: string): string {
  return s.replace(/[\s\u3000*#]/g, '');
}

/**
 * The indexes (0-based) of the paragraphs of restated 整改清单 tables and of the heading line
 * right before each (see the module comment); empty when there is none.
 */
export function restatedChecklists(paragraphs: readonly Paragraph[]): Set<number> {
  const out = new Set<number>();
  // Each table's cells are read when it is examined (table-rows.ts tableRows), not all of them first.
  const tables = tableNumbers(paragraphs);
  if (tables.length === 0) return out;
  // The material's text in the comparable form, once (not once a table: a flood of small tables
  // made that quadratic, issue 13), with where each table's cells stand in it.
  let hay: string | undefined;
  const spans = new Map<number, { from: number; to: number }>();
  const readHay = (): string => {
    const pieces: string[] = [];
    let length = 0;
    for (const p of paragraphs) {
      const piece = norm(effectiveText(p));
      const c = p.cell;
      if (c) {
        const span = spans.get(c.table);
        if (span) span.to = length + piece.length;
        else spans.set(c.table, { from: length, to: length + piece.length });
      }
      pieces.push(piece);
      length += piece.length;
    }
    return pieces.join('');
  };
  let examined = 0;
  for (const number of tables) {
    // The first and last paragraph of the table (blank cells too: they are emptied with it).
    const t = tableBounds(paragraphs, number)!;
    /** Whether `a` stands in the material outside this table (another table's cells too: a writer's own 整改清单). */
    const outside = (a: string) => {
      if (a === '') return false;
      hay ??= readHay();
      const own = spans.get(number) ?? { from: 0, to: 0 };
      const first = hay.indexOf(a);
      if (first < 0) return false;
      if (first + a.length <= own.from || first >= own.to) return true;
      return hay.indexOf(a, own.to) >= 0;
    };
    const written = (line: string) => outside(norm(line)) || outside(norm(stripLeadingMarker(line.trim())));
    const rows = tableRows(paragraphs, number);
    const found = headerOf(rows);
    const header = found?.roles;
    const headerRow = found?.row ?? -1;
    if (!header || !['problem', 'measure', 'owner', 'deadline'].every((r) => header!.includes(r as ColumnRole))) continue;
    // A material holds a checklist or two; past MAX_TABLES such tables the rest are read as written
    // (each is compared with the whole material: a flood of them would cost its square).
    if (++examined > MAX_TABLES) break;
    let lines = 0;
    let copied = true;
    for (const [r, cells] of rows) {
      if (r <= headerRow) continue;
      for (const c of cells) {
        const role = header[c.column];
        if ((role !== 'problem' && role !== 'measure') || blank(c.text)) continue;
        for (const cellLine of c.text.split('\n')) {
          // The （待确认） this tool's own checklist opens a weak link's 整改措施 cell with (checklist.ts
          // measuresCell) is none of the material's words: read the line without it.
          const line = cellLine.trim().startsWith(deliverableText.checklistTentative) ? cellLine.trim().slice(deliverableText.checklistTentative.length) : cellLine;
          if (blank(line)) continue;
          lines++;
          if (!written(line)) copied = false;
        }
        if (!copied) break;
      }
      if (!copied) break;
    }
    if (!copied || lines === 0) continue;
    for (let i = t.first; i <= t.last; i++) if (paragraphs[i].cell?.table === number) out.add(i);
    let h = t.first - 1;
    while (h >= 0 && !paragraphs[h].cell && !effectiveText(paragraphs[h]).trim()) h--;
    if (h >= 0 && !paragraphs[h].cell && isChecklistHeading(effectiveText(paragraphs[h]))) out.add(h);
  }
  return out;
}

/** The paragraphs with restated 整改清单 tables (and their heading line) emptied, indexes kept; or the same array. */
export function withoutRestatedChecklists(paragraphs: Paragraph[]): Paragraph[] {
  const gone = restatedChecklists(paragraphs);
  if (gone.size === 0) return paragraphs;
  return paragraphs.map((p) => (gone.has(p.index) ? { index: p.index, text: '' } : p));
}
