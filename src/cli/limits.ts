/**
 * How much one check may read, derived from the memory this process can use, so that a document
 * too large for it is refused with a Chinese line instead of ending in V8's out-of-memory crash.
 *
 * The target (issue 13) is a peak of at most 30× the input's text size; a check's peak is measured
 * by `npm run bench` at about PEAK_PER_CHAR bytes a character of text plus PEAK_PER_PARAGRAPH bytes a
 * paragraph. The caps let one document use at most half of the smaller of V8's heap limit and the
 * machine's memory.
 */
import * as os from 'os';
import * as v8 from 'v8';

/**
 * The .docx reader's own input cap (readers/docx.ts DEFAULT_MAX_INPUT_BYTES, 50 MB), repeated here
 * so that reading the caps does not load the reader and its zip and HTML libraries (a test keeps
 * the two equal).
 */
export const DEFAULT_MAX_INPUT_BYTES = 50 * 1024 * 1024;

/** Peak bytes per UTF-16 unit of text through read + analysis + report (bench: 30 or less). */
export const PEAK_PER_CHAR = 30;
/**
 * Peak bytes per paragraph beyond its text (paragraph, outline node, findings, report line). The
 * bench's floods, measured as the peak added per line added from 1 to 4 MB (fresh process, median
 * of 3, the CLI's heap settings set before our modules load as the CLI sets them, a heap large
 * enough to accept 4 MB), line included: about 64 for a one-character line, 153 for a numbered
 * line ("1.", a node each; 156 for "一是"), 270–300 for a part heading and 315 for a numbered
 * placeholder line (a part each, with its report line), 409 for a line of the deep-nesting shape
 * (a node each, its text also in the bodies of the nodes above it), findings capped per rule
 * (rules/index.ts); from run to run the figures move by some 10%. Before an outline node made an
 * array of one for its first child or text paragraph and the tree builder kept each paragraph's
 * lead in two bytes (outline.ts, Leads), the same were 71, 153 (161), 270–300, 329 and 528.
 * Earlier figures, with the bench's child setting the heap flags after loading our modules (a young
 * generation of 8 MB rather than the CLI's 2): 93, 190, 630 and 730, and before the nodes held their
 * seldom-set fields on a shared prototype, 118, 270–284, 794 and 990. A numbered line's 153 is
 * above the 117 that 30× its 3.9 bytes allows: its paragraph object (40 bytes and its slot of 8 in
 * the list) and its node (64 and its slot in its parent's children, 8 and the array's spare room)
 * were some 123 of them, live to the check's end; since a node whose text is its line holds only
 * its paragraph (outline.ts, LineNode: 32 bytes) they are 88. Measured at 1 MB (fresh process,
 * median of 5, A/B with the build before): numbered line flood 34.6 → 32.7 MB above the baseline,
 * and with a part's roles no longer kept in a map entry and a set a part (outline.ts, listedRoles)
 * part headings repeated 33.4 → 27.4 MB, placeholder flood 24.9 → 21.8 MB. What the numbered flood
 * holds beyond its JS objects is malloc'd memory of V8's worker threads (their arenas, some 6 MB
 * at 1 MB: concurrent compiling, marking and scavenging), which no flag set at run time changes
 * (`node --single-threaded` at process start: 28.4 MB, arenas near 0). Most of it is free memory
 * the arenas keep (glibc's malloc_info at exit: each of the four 1.2–1.9 MB, nearly all free):
 * freeing a malloc'd block of more than 128 KB (the file's bytes) raises glibc's mmap threshold to
 * its size and its trim threshold to twice that, so a worker's arena is no longer given back.
 * Set at process start (twentieth session, 1 MB, median of 5, alternating): MALLOC_ARENA_MAX=2
 * 33.1 → 29.7 MB, =1 28.6, MALLOC_MMAP_THRESHOLD_=131072 30.4 (median of 7); the sample material repeated to
 * 1 MB 28.1 → 27.8 and 27.0; a 200-file folder (`folder-bench --cold`, a loaded machine) within
 * the noise (CPU 2,241/2,306 ms without, 2,279/2,157 with =2). Not adopted: only a shebang `env -S` could set it for
 * the command, which busybox's env (Alpine, node:alpine images) refuses, so the command would not
 * start there. The cost is fixed rather than per line: the flood's peak added per byte from 1 to
 * 2 MB (a larger heap, past the cap) is 24×, 0.25 MB peaks at 14 MB. The cap stays at 4 KB a paragraph all the same,
 * because a pipe-table cell counts as one: 1 MB of "|" (a row of a million empty cells), read,
 * takes some 3.1 s/MB of CPU and 146× its size (180× before; issue 13's targets: 2 s/MB, 30×),
 * where the cap refuses it. With 4 GB of heap this allows some 500,000 paragraphs (a material has
 * a few hundred).
 */
export const PEAK_PER_PARAGRAPH = 4096;
/**
 * Peak bytes per empty line of a text file (the text reader's fast path): a part heading followed
 * by 1 and by 4 million empty lines, measured as above, adds about 87 a line (90 while the tree
 * builder kept each paragraph's lead in an array). Of those, 48 are the line's paragraph and its
 * slot in the list, and some 30 the repeated-text rule's list of the problems part's paragraphs
 * (sentences.ts, ownParagraphs: an index a paragraph, blank ones too, and the copies its growth
 * leaves). The constant is below the measure: a file of empty lines at the cap peaks at some 1.1×
 * the budget, which is half the heap.
 */
export const PEAK_PER_BLANK_LINE = 80;
/** Peak bytes per byte of inflated .docx XML (the 294 KB → 95 MB case used 2.6 GB: ~27). */
export const PEAK_PER_XML_BYTE = 30;

export interface Limits {
  /** Bytes read from a file or standard input (the file as stored). */
  inputBytes: number;
  /** Bytes one XML part of a .docx may inflate to. */
  xmlBytes: number;
  /** UTF-16 units of text in one document. */
  textChars: number;
  /** Paragraphs with text in one document (a .txt's lines, pipe-table cells). */
  paragraphs: number;
  /** Empty lines of a text file, when it has no other paragraphs; both share the budget (see fitsParagraphs). */
  blankLines: number;
}

/**
 * The caps for a process with `heapBytes` of V8 heap on a machine with `totalBytes` of memory
 * (defaults: this process and machine). The file cap stays the documented 50 MB when memory allows.
 */
export function limitsFor(heapBytes = v8.getHeapStatistics().heap_size_limit, totalBytes = os.totalmem()): Limits {
  const budget = Math.min(heapBytes, totalBytes) / 2;
  return {
    inputBytes: Math.min(DEFAULT_MAX_INPUT_BYTES, Math.floor(budget / PEAK_PER_XML_BYTE)),
    xmlBytes: Math.floor(budget / PEAK_PER_XML_BYTE),
    textChars: Math.floor(budget / PEAK_PER_CHAR),
    paragraphs: Math.floor(budget / PEAK_PER_PARAGRAPH),
    blankLines: Math.floor(budget / PEAK_PER_BLANK_LINE),
  };
}

/**
 * Whether a text's lines fit the paragraph budget: lines with text (plus `extra`, its pipe-table
 * cells) at the cost of a paragraph, empty lines at the much smaller cost of one. Counting stops as
 * soon as the budget is passed, so a file of 50 million blank lines is refused at once.
 */
export function fitsParagraphs(s: string, limits: Pick<Limits, 'paragraphs' | 'blankLines'>, extra = 0): boolean {
  const full = 1 / limits.paragraphs;
  const blank = 1 / limits.blankLines;
  let used = extra * full;
  let lineStart = 0;
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 10;
    if (c !== 10 && c !== 13) continue;
    used += i === lineStart ? blank : full;
    if (used > 1) return false;
    if (c === 13 && s.charCodeAt(i + 1) === 10) i++;
    lineStart = i + 1;
  }
  return true;
}

/** "12 万字" style count for messages. */
export function wan(n: number): string {
  return n >= 10000 ? `${Math.round(n / 10000)} 万` : String(n);
}
