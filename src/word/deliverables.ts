/**
 * Word-side deliverables (issue 14): findings as comments, removing only this add-in's comments,
 * and the 整改清单 as a real table at the cursor. Comments need WordApi 1.4 (Range.insertComment,
 * Body.getComments, Comment.delete: Word 2021, Microsoft 365, Word on the web); where it is
 * missing the functions say so instead of failing. The table needs WordApi 1.3 only.
 *
 * Word writes the comment author itself (the signed-in user), so our comments are found again by
 * the mark they start with (`paneDeliverableText.commentMark`), never by author alone.
 */
import type { GatewayResult } from './gateway';
import { commentsSupported, type OfficeHost } from './capabilities';
import { cleanText } from './clean';
import { failure } from './errors';
import { paneDeliverableText as t } from '../engine/deliverables/messages';
import { isChecklistHeading } from '../engine/checklist-heading';

/** One comment to add: the paragraph (0-based, in the order the gateway read them), its text then, an optional span. */
export interface PaneComment {
  paragraph: number;
  /** The paragraph's text when the document was read: a changed paragraph is skipped, never guessed. */
  text: string;
  /** UTF-16 offset and length in that text; absent: the whole paragraph. */
  start?: number;
  length?: number;
  lines: string[];
}

/** Word's search accepts at most 255 characters. */
const MAX_SEARCH = 255;

/** Whether comments can be added in this Word (kept in capabilities.ts, so the pane can ask without loading this module). */
export { commentsSupported };

/**
 * What 添加为批注 did: comments added, skipped (their paragraph changed since the check), ours
 * already in the document with the same text on the same words (left as they are: a second click
 * doubles nothing, replies survive), and ours no longer reported (removed). `kept` and `removed`
 * are present only when not 0.
 */
export interface AddedComments {
  added: number;
  missing: number;
  kept?: number;
  removed?: number;
}

/** The key two comments share when they are the same: their text and the words they are on. */
export function commentKey(content: string, anchor: string): string {
  return `${content}\u0001${cleanText(anchor)}`;
}

/**
 * Add the comments, each anchored on its span (found by searching the paragraph for the span's
 * text and taking the occurrence at its offset) or on the whole paragraph, in place of this
 * add-in's earlier ones: one of ours with the same text on the same words is kept instead of added
 * again, ours no longer reported are deleted (others' comments are never touched). One
 * `context.sync()` to read, one to search, one to write. Returns the counts (AddedComments).
 */
export async function addComments(host: OfficeHost, comments: PaneComment[]): Promise<GatewayResult<AddedComments>> {
  if (!commentsSupported(host)) return failure('unsupported', t.commentsUnsupported);
  if (host.isReadOnly()) return failure('read-only');
  try {
    return await host.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load('items/text');
      const existing = context.document.body.getComments();
      existing.load('items/content');
      await context.sync();
      const ours = existing.items.filter((c) => c.content.startsWith(t.commentMark)).map((comment) => {
        const range = comment.getRange();
        range.load('text');
        return { comment, range };
      });
      let missing = 0;
      const plans: { comment: PaneComment; range?: Word.Range; hits?: Word.RangeCollection; span?: string; occurrence: number }[] = [];
      for (const c of comments) {
        const p = paragraphs.items[c.paragraph];
        if (!p || cleanText(p.text) !== c.text) {
          missing++;
          continue;
        }
        const len = c.length ?? 0;
        const span = c.start !== undefined && len > 0 ? c.text.slice(c.start, c.start + len) : '';
        if (!span || span.length > MAX_SEARCH || span.includes('\n') || !span.trim()) {
          plans.push({ comment: c, range: p.getRange('Content'), occurrence: 0 });
          continue;
        }
        // Which occurrence of the span text in the paragraph the offset points at.
        let occurrence = 0;
        for (let i = c.text.indexOf(span); i >= 0 && i < (c.start ?? 0); i = c.text.indexOf(span, i + 1)) occurrence++;
        const hits = p.search(span, { matchCase: true });
        hits.load('items');
        plans.push({ comment: c, hits, span, occurrence, range: p.getRange('Content') });
      }
      await context.sync();
      const before = new Map<string, Word.Comment[]>();
      for (const o of ours) {
        const key = commentKey(o.comment.content, o.range.text);
        before.set(key, [...(before.get(key) ?? []), o.comment]);
      }
      let added = 0;
      let kept = 0;
      for (const plan of plans) {
        const hit = plan.hits?.items[plan.occurrence];
        const range = hit ?? plan.range;
        if (!range) continue;
        const content = t.commentMark + plan.comment.lines.join('\n');
        const same = before.get(commentKey(content, hit ? (plan.span ?? '') : plan.comment.text));
        if (same?.length) {
          same.shift();
          kept++;
          continue;
        }
        range.insertComment(content);
        added++;
      }
      let removed = 0;
      for (const stale of before.values())
        for (const c of stale) {
          c.delete();
          removed++;
        }
      await context.sync();
      return { ok: true as const, value: { added, missing, ...(kept ? { kept } : {}), ...(removed ? { removed } : {}) } };
    });
  } catch (e) {
    return failure(e);
  }
}

/** Delete the comments this add-in wrote (those starting with its mark); others are left alone. */
export async function removeOurComments(host: OfficeHost): Promise<GatewayResult<{ removed: number }>> {
  if (!commentsSupported(host)) return failure('unsupported', t.commentsUnsupported);
  if (host.isReadOnly()) return failure('read-only');
  try {
    return await host.run(async (context) => {
      const comments = context.document.body.getComments();
      comments.load('items/content');
      await context.sync();
      let removed = 0;
      for (const c of comments.items) {
        if (c.content.startsWith(t.commentMark)) {
          c.delete();
          removed++;
        }
      }
      await context.sync();
      return { ok: true as const, value: { removed } };
    });
  } catch (e) {
    return failure(e);
  }
}

/** GB/T 9704 body fonts: the table takes the cursor's font when it is one of these. */
const GBT_FONTS = ['仿宋_GB2312', '仿宋', 'FangSong', 'FangSong_GB2312', '楷体_GB2312', '楷体'];

/** Where the 整改清单 went: at the cursor, after the 整改措施 part, or at the material's end before its sign-off. */
export type ChecklistWhere = 'cursor' | 'measures' | 'end';

/** The part a cursor may already be in, and the paragraph the table goes after (taskpane/checklistPlace.ts, in Word's paragraphs). */
export interface WordChecklistPlace {
  where: 'measures' | 'end';
  first: number;
  last: number;
  firstText: string;
  lastText: string;
}

/** Range.compareLocationWith results that put the cursor inside the part. */
const INSIDE = ['Inside', 'InsideStart', 'InsideEnd', 'Equal'];

/**
 * Insert `rows` (header first) as a table: after the cursor's paragraph when the cursor is inside
 * `place` (first…last, outside a table) or there is no place, else after `place.last` — after its
 * whole table when that is a cell (t24: measures written as a table) — when Word's paragraphs there
 * still read as the pane read them; else at the cursor. A heading line 整改清单 goes first, in the
 * 整改措施 heading's built-in heading style when that part uses one (t23: the table landed without
 * one), unless the paragraph it follows already is such a heading. Header row repeated on each
 * page, header bold, the cursor's GB/T 9704 font when it uses one. At the cursor it refuses inside
 * a table; in headers/footers always; nothing the writer typed is replaced (the table goes after a
 * paragraph). Returns the data rows, where the table went and the heading added.
 */
export async function insertChecklistTable(
  host: OfficeHost,
  rows: string[][],
  place?: WordChecklistPlace,
): Promise<GatewayResult<{ rows: number; where: ChecklistWhere; heading?: string }>> {
  if (!host.isSetSupported('WordApi', '1.3')) return failure('unsupported');
  if (host.isReadOnly()) return failure('read-only');
  if (rows.length === 0) return { ok: true, value: { rows: 0, where: 'cursor' } };
  type Done = { rows: number; where: ChecklistWhere; heading?: string };
  try {
    return await host.run(async (context) => {
      const selection = context.document.getSelection();
      const paragraphs = place ? context.document.body.paragraphs : undefined;
      paragraphs?.load('items/text,items/styleBuiltIn,items/tableNestingLevel');
      const table = selection.parentTableOrNullObject;
      table.load('isNullObject');
      const body = selection.parentBody;
      body.load('type');
      selection.font.load('name');
      const paragraph = selection.paragraphs.getLast();
      paragraph.load('text');
      await context.sync();
      if (body.type === 'Header' || body.type === 'Footer') return failure<Done>('in-header-footer');
      if (body.type !== 'MainDoc' && body.type !== 'Unknown') return failure<Done>('in-footnote');
      let after: Word.Paragraph = paragraph;
      // The table the part ends in (its measures written as one, t24): the new one goes after it.
      let afterTable: Word.Table | undefined;
      let where: ChecklistWhere = 'cursor';
      const a = place && paragraphs?.items[place.first];
      const b = place && paragraphs?.items[place.last];
      if (place && a && b && cleanText(a.text) === place.firstText && cleanText(b.text) === place.lastText) {
        const relation = selection.compareLocationWith(a.getRange('Whole').expandTo(b.getRange('Whole')));
        await context.sync();
        // A cursor in the part's own table cannot take a table: after the part.
        if (!INSIDE.includes(relation.value) || !table.isNullObject) {
          after = b;
          where = place.where;
          const nesting = b.tableNestingLevel ?? 0;
          if (nesting > 0) {
            // The outermost table holding the part's last paragraph: never into a cell.
            afterTable = b.parentTable;
            for (let i = 1; i < nesting; i++) afterTable = afterTable.parentTable;
          }
        }
      }
      if (where === 'cursor' && !table.isNullObject) return failure<Done>('unsupported', t.checklistInTable);
      const columns = rows.reduce((m, r) => Math.max(m, r.length), 0);
      const values = rows.map((r) => Array.from({ length: columns }, (_, i) => r[i] ?? ''));
      // Its own heading, unless the paragraph it follows already is one (typed by the writer);
      // styled as the 整改措施 part's heading when that is a built-in heading style. After a table
      // always (it also keeps the two tables apart: Word joins adjacent ones).
      let heading: string | undefined;
      if (afterTable || !isChecklistHeading(cleanText(after.text))) {
        heading = t.checklistHeading;
        const line = afterTable ? afterTable.insertParagraph(heading, 'After') : after.insertParagraph(heading, 'After');
        const style = place?.where === 'measures' && a && cleanText(a.text) === place.firstText ? a.styleBuiltIn : undefined;
        if (style && /^Heading\d$/.test(style)) line.styleBuiltIn = style as Word.BuiltInStyleName;
        after = line;
      }
      const inserted = after.insertTable(values.length, columns, 'After', values);
      inserted.headerRowCount = 1;
      const font = selection.font.name;
      if (font && GBT_FONTS.includes(font)) inserted.font.name = font;
      inserted.rows.getFirst().font.bold = true;
      await context.sync();
      return { ok: true as const, value: { rows: values.length - 1, where, ...(heading ? { heading } : {}) } };
    });
  } catch (e) {
    return failure(e);
  }
}
