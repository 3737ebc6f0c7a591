import type { Rule } from '../rule';
import { sharedLinks } from '../link/link';
import { messages } from '../messages';
import { ROW_GAPS_KEY, emptyMeasureRows, rowGaps, type RowGap } from '../table-rows';
import { itemLabel } from './util';

/**
 * A measure written as a row of a 整改清单 table whose 责任人 or 完成时限 cell is left empty — nothing,
 * or only —, /, 无, 暂无, 待定 …: a visible gap the checklist shows as an empty cell, said as such (the
 * measure may still be concrete by its numbers). A measure already found vague (vague-measure says
 * it lacks a deadline and owner) is left to that rule. Points at the measure's cell.
 * Also a row whose 整改措施 cell is empty (its 责任人/完成时限 too, or not), with or without its 问题
 * (| 3 | 秸秆禁烧“一刀切” | | | |): no measure at all, pointed at its 问题 cell (trial t24 m06).
 * before: | 3 | 管网未同步改造 | 8个小区管网补改 | 城建科 | / |
 * after:  | 3 | 管网未同步改造 | 8个小区管网补改 | 城建科 | 2025年10月底前 |
 */
export const tableGap: Rule = {
  id: 'table-gap',
  severity: 'warning',
  description: '整改清单表格中措施的责任人或完成时限一栏空着（或只写了“—”“/”“无”“待定”），或整行没有整改措施。',
  advice: '整改清单每一行都要写明整改措施、责任人和完成时限，不留空栏。',
  example: { before: '| 3 | 管网未同步改造 | 8个小区管网补改 | 城建科 | / |', after: '| 3 | 管网未同步改造 | 8个小区管网补改 | 城建科 | 2025年10月底前 |' },
  run(ctx, report) {
    const paragraphs = ctx.input.paragraphs;
    if (!paragraphs.some((p) => p.cell !== undefined)) return;
    const r = sharedLinks(ctx);
    // Also for the report's 整改措施具体性 lines (ROW_GAPS_KEY).
    const found = new Map<number, RowGap[]>();
    ctx.shared.set(ROW_GAPS_KEY, found);
    for (const m of r.measures) {
      if (m.placeholder || !m.concrete || paragraphs[m.paragraph]?.cell === undefined) continue;
      const gaps = rowGaps(paragraphs, m.paragraph);
      if (!gaps.length) continue;
      found.set(m.index, gaps);
      report({ paragraph: m.paragraph, message: messages.tableGap(itemLabel(m.head), gaps) });
    }
    // Rows with no measure written: no measure entry to check above, so read from the table itself.
    for (const row of emptyMeasureRows(paragraphs)) report({ paragraph: row.paragraph, message: messages.tableEmptyRow(row.number, row.problem, row.blanks) });
  },
};
