/**
 * Where 插入整改清单 puts the table (t20: with the cursor on a finding in 存在的主要问题, the normal
 * flow, it went in after the finding's paragraph, splitting the aspects, and the re-check then saw
 * 8 false 重复文字). Computed in the worker (analysisCore.ts) from the parts the engine found; the
 * host (word/deliverables.ts, preview/memoryGateway.ts) puts the table at the cursor when the cursor
 * is already inside `first`…`last`, else after `last`.
 */
import type { Paragraph } from '../engine/types';
import { effectiveText, isClosing, signOffStart } from '../engine/outline';

export interface ChecklistPlace {
  /** 'measures': the 整改措施 part; 'end': the end of the material, before its sign-off (no 整改措施 part found). */
  where: 'measures' | 'end';
  /** 0-based paragraphs (of the read) where a cursor counts as already there: the part, heading included. */
  first: number;
  /**
   * The paragraph the table goes after: the part's last with text (its closing formula left out).
   * When that paragraph is in a table (measures written as a table, t24 m06/m11), the new table
   * goes after that whole table (the host finds its end), never into a cell.
   */
  last: number;
  /** The texts of `first` and `last` when read: a host whose paragraph no longer reads so puts the table at the cursor. */
  firstText: string;
  lastText: string;
}

/**
 * The place for the table: after the 整改措施 part (`parts`' measures heading up to the next part's
 * heading or the sign-off), else after the material's last paragraph with text before its sign-off;
 * a closing formula (以上发言，请批评指正), a signer's line without a date and empty paragraphs stay
 * after the table. A part ending in a
 * table (its measures written as one) has its place after that table: `last` is then the table's
 * last cell with text (t24: the place was dropped and the checklist went in at the cursor, inside
 * 存在的主要问题). Undefined when the material has no text (the host then uses the cursor).
 */
/**
 * A signer's line with no date after it (对照检查人：何××), which signOffStart does not take for a
 * sign-off (it ends in a date): at the material's end it stays after the table (t24 m13).
 */
const SIGNER_LINE = /^(?:本人)?(?:对照检查人|对照人|检查人|检视剖析人|查摆人|发言人|汇报人|报告人|撰写人)\s*[：:]\s*[^。；;，,！？!?\d]{1,20}$/;

export function checklistPlace(parts: readonly { role: string; paragraph: number }[], paragraphs: readonly Paragraph[]): ChecklistPlace | undefined {
  const end = signOffStart(paragraphs);
  const measures = parts.find((p) => p.role === 'measures');
  const start = measures && measures.paragraph < end ? measures.paragraph : -1;
  const stop = start < 0 ? end : Math.min(end, ...parts.filter((p) => p.paragraph > start).map((p) => p.paragraph));
  const text = (i: number) => effectiveText(paragraphs[i]).trim();
  let last = stop - 1;
  while (last > start && (!text(last) || isClosing(text(last)) || SIGNER_LINE.test(text(last)))) last--;
  if (last < 0 || !text(last)) return undefined;
  const first = start < 0 ? last : start;
  return { where: start < 0 ? 'end' : 'measures', first, last, firstText: paragraphs[first].text, lastText: paragraphs[last].text };
}
