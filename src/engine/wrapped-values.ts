/**
 * Owner (责任人) and deadline (完成时限) values broken over two lines — a manual line break in Word
 * (责任人：党↵组书记), a hard-wrapped PDF line the reader kept (完成时限：2026年↵6月底), a table cell
 * written as two paragraphs — read whole, while a list of two owners or two deadlines written a
 * line each (党组书记↵分管副局长) stays two. Pure; a zh word segmenter is asked about a few
 * characters either side of a break (none where the host has no Intl.Segmenter).
 *
 * A break is inside a value (joined) when the piece before it or after it (up to a comma, colon,
 * stop or bracket) is one character (党↵组书记, 分管副局↵长), a date runs across it (2026年↵6月底,
 * 2026年12↵月底, 2026年↵六月底, 2026年↵上半年), a word of the segmenter's runs across it (党组书↵记), the piece after it starts
 * with punctuation (本人↵；完成时限), or the line before ends on a colon (完成时限：↵2026年6月底). In a
 * labelled owner's value it is also joined when a short piece after it makes an incomplete owner
 * whole (综合办公↵室主任), and in a deadline's when it makes one deadline of two pieces that are
 * not both deadlines (长期↵坚持); a name and the sentence after it (王××↵每月…) stay apart.
 * Otherwise, in such a value, the line after is a second owner or deadline when it
 * reads as one (list), else the value ended there; a line starting with a number (（二）, 2.) never
 * continues a value.
 */
import { zhSegmenter } from './text';
import { measureConcreteness } from './link/patterns';
import { stripLeadingMarker } from './markers';

export type ValueKind = 'owner' | 'deadline';

/** What ends a piece of a value: commas, stops, colons, brackets, enumeration commas, spaces and line ends. */
const PIECE_STOP = /[，,。；;：:、（）()“”\s]/;

/** Punctuation that never starts a line of its own: the line before runs on into it. */
const CLOSING = /^[，,。；;：:、）)”！!？?]/;

/** The end of a date before a break (a digit, 年, 月) and the start of its rest after it. */
const DATE_BEFORE = /[0-9０-９年月]$/;
const DATE_AFTER = /^[0-9０-９年月日底前内末旬季]/;
/** The rest of a date after a year broken off (2026年↵六月底前, 2026年↵上半年, 2026年↵第二季度). */
const DATE_AFTER_YEAR = /^(?:[一二三四五六七八九十]{1,3}月|[上下]半年|第?[一二三四1-4]季度)/;

/** Words an owner's name ends with: a post, a body, the writer themself. */
const OWNER_END =
  /(?:书记|[长任员导人志]|本人|班子|[局办室科处部委组站所院队厅会司团校镇乡村区县市]|中心|单位|部门|公司|街道|社区|支部|党委|党组)$/;

/** Deadlines written as words, not dates: a whole piece that is one of them is a complete deadline. */
const WORD_DEADLINE = /^(?:长期坚持|长期|持续推进|持续开展|持续|常态化(?:推进|开展)?|立行立改|立即整改|即知即改|边查边改|已完成|已整改)$/;

/** Labels of an owner's and a deadline's value (as checklist.ts reads them): the value follows the colon. */
const OWNER_LABEL = /(?:责任人|责任单位|责任领导|责任部门|牵头单位|牵头部门|牵头领导|牵头人|负责人|责任主体)\s*[：:]\s*$/;
const DEADLINE_LABEL = /(?:完成|整改|办结)?(?:时限|时间|期限)\s*[：:]\s*$/;

/** The piece of `text` before offset `at`: back to the last PIECE_STOP. */
function pieceBefore(text: string, at: number): string {
  let from = at;
  while (from > 0 && !PIECE_STOP.test(text[from - 1])) from--;
  return text.slice(from, at);
}

/** The piece of `text` from offset `at`: up to the next PIECE_STOP. */
function pieceAfter(text: string, at: number): string {
  let to = at;
  while (to < text.length && !PIECE_STOP.test(text[to])) to++;
  return text.slice(at, to);
}

/** Does a word of the segmenter run across the place between `a` and `b` (their last and first six characters)? */
function wordAcross(a: string, b: string): boolean {
  const seg = zhSegmenter();
  if (!seg) return false;
  const left = a.slice(-6);
  const joined = left + b.slice(0, 6);
  const word = seg.segment(joined).containing(left.length - 1);
  return word !== undefined && word.index + word.segment.length > left.length;
}

/** Is `s` one whole deadline: a word deadline (长期坚持) or a date the concreteness patterns read as one, all of it but a character? */
function wholeDeadline(s: string): boolean {
  if (WORD_DEADLINE.test(s)) return true;
  return measureConcreteness(s).evidence.some((e) => e.kind === 'deadline' && e.text.length >= s.length - 1);
}

/** Does `s` read as one owner (a name of at most 12 characters ending in an owner's word)? */
function wholeOwner(s: string): boolean {
  return s.length >= 2 && s.length <= 12 && OWNER_END.test(s);
}

/**
 * Is the line break between pieces `a` (before it) and `b` (after it) inside one word or value of
 * kind `kind` (undefined: text that is no labelled value)? See the module comment.
 */
function joins(a: string, b: string, kind: ValueKind | undefined): boolean {
  if (!a || !b) return false;
  if (a.length === 1 || b.length === 1) return true;
  if (DATE_BEFORE.test(a) && DATE_AFTER.test(b)) return true;
  if (a.endsWith('年') && DATE_AFTER_YEAR.test(b)) return true;
  if (wordAcross(a, b)) return true;
  // A short rest that makes the piece before a whole owner or deadline (综合办公↵室主任, 长期↵坚持);
  // never a name and the text after it (王××↵每月…), nor a whole deadline and the next sentence.
  if (kind === 'owner') return b.length <= 3 && !OWNER_END.test(a) && wholeOwner(a + b);
  if (kind === 'deadline') return b.length <= 4 && !(wholeDeadline(a) && wholeDeadline(b)) && wholeDeadline(a + b);
  return false;
}

/** Does a line starting at `rest` begin with an item's number (（二）, 2., 一是)? */
function numbered(rest: string): boolean {
  return stripLeadingMarker(rest) !== rest;
}

/**
 * `text` (a measure's text, one line or several) with the line breaks that cut an owner, a
 * deadline, a label or a word joined, and a break between two owners or two deadlines of one
 * labelled value (责任人：党组书记↵分管副局长) written as 、, so that a value read up to the line's
 * end (checklist.ts ownersIn, deadlinesIn) is the whole value, or the list. Other breaks are kept.
 * `text` itself when it has no line break.
 */
export function unwrapValues(text: string): string {
  if (!text.includes('\n')) return text;
  // The output so far is `done` (joined at the end) and `tail`, its last characters: every test
  // below looks only at the end of the output (the piece, clause or spaces before a break), so a
  // measure running over thousands of lines is read in linear time (the whole output rebuilt and
  // scanned at each break was quadratic: 8,000 lines took 12 s).
  const done: string[] = [];
  let tail = '';
  const keep = (s: string) => {
    tail = s;
    if (tail.length > 2 * TAIL_KEPT) {
      done.push(tail.slice(0, tail.length - TAIL_KEPT));
      tail = tail.slice(tail.length - TAIL_KEPT);
    }
  };
  let from = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
    // The output's end and this line: bounded by the line, so the tests on it cost the line's length.
    const before = tail + text.slice(from, at);
    // The next line's start, its spaces skipped: its first characters decide (a marker, punctuation, the piece after the break).
    let leadAt = at + 1;
    while (leadAt < text.length && INLINE_SPACE.includes(text[leadAt])) leadAt++;
    from = at + 1;
    const lead = text.slice(leadAt, leadAt + LEAD_READ);
    if (!lead || numbered(lead)) {
      keep(before + '\n');
      continue;
    }
    if (CLOSING.test(lead) || /[：:]\s*$/.test(before)) {
      keep(before.replace(/[ \t\u3000]+$/, ''));
      from = leadAt;
      continue;
    }
    const kind = valueKind(before);
    // Spaces before the break (a Word line break typed after a space, a PDF line's padding) end no piece.
    const ended = before.replace(/[ \t\u3000]+$/, '');
    const a = pieceBefore(ended, ended.length);
    const b = pieceAfter(lead, 0);
    if (joins(a, b, kind)) {
      keep(ended);
      from = leadAt;
    } else if (kind && (kind === 'owner' ? wholeOwner(b) : wholeDeadline(b)) && a) {
      keep(before + '、');
      from = leadAt;
    } else keep(before + '\n');
  }
  done.push(tail, text.slice(from));
  return done.join('');
}

/** A line break right after a date's digit, 年 or 月 (spaces between allowed). */
const DATE_BREAK = /[0-9０-９年月][ \t\u3000]*\n/;

/**
 * `text` with its line breaks joined as unwrapValues joins them when one follows a date's digit, 年
 * or 月 (2026年↵底前完成, 2026年↵六月底前), else `text` itself: what a measure's concreteness reads
 * (link.ts), so that a deadline broken over a line counts, at no cost for text with no such break.
 */
export function unwrapDates(text: string): string {
  return DATE_BREAK.test(text) ? unwrapValues(text) : text;
}

/** Spaces inside a line (a line break is no such space). */
const INLINE_SPACE = ' \t\u3000';
/** How many characters of the output's end unwrapValues keeps to look back at (pieces and clauses are far shorter). */
const TAIL_KEPT = 256;
/** How many characters of a line's start unwrapValues reads (a marker, a piece: far fewer). */
const LEAD_READ = 64;

/** The kind of labelled value `before` (text up to a line break) ends inside, if any: its label, then no stop. */
function valueKind(before: string): ValueKind | undefined {
  // Back to the last stop that ends a value: the value, if any, is what follows it.
  let from = before.length;
  while (from > 0 && !/[；;。，,）)\n]/.test(before[from - 1])) from--;
  const clause = before.slice(from);
  const colon = Math.max(clause.lastIndexOf('：'), clause.lastIndexOf(':'));
  if (colon < 0) return undefined;
  const label = clause.slice(0, colon + 1);
  if (OWNER_LABEL.test(label)) return 'owner';
  if (DEADLINE_LABEL.test(label)) return 'deadline';
  return undefined;
}

/**
 * The values of one table cell of an owner or deadline column, written as `lines` (its paragraphs,
 * a line break inside one splitting it further): the lines one value was broken over joined (党↵组书记
 * → 党组书记, 2026年↵6月底 → 2026年6月底), the others each a value of their own (党组书记↵分管副局长).
 * Lines trimmed; empty ones left out.
 */
export function cellValues(lines: readonly string[], kind: ValueKind): string[] {
  const out: string[] = [];
  for (const line of lines.flatMap((l) => l.split('\n')).map((l) => l.trim())) {
    if (!line) continue;
    const last = out.length - 1;
    if (last >= 0 && (CLOSING.test(line) || /[：:]$/.test(out[last]) || joins(pieceBefore(out[last], out[last].length), pieceAfter(line, 0), kind))) out[last] += line;
    else out.push(line);
  }
  return out;
}
