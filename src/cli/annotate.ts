/**
 * `check … --annotate OUTDIR`: a copy of each checked .docx with the findings as Word comments
 * (author 对照检查助手), written to OUTDIR under the file's own name. The source is never written.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { DocumentInput, Finding } from '../engine';
import { findingComments } from '../engine/deliverables/comments';
import { COMMENT_AUTHOR, COMMENT_INITIALS, deliverableText as t, messages } from '../engine/messages';
import { addDocxComments, type DocxComment } from '../engine/writers/docx-comments';
import { toWordSpan, type UnwrapMap } from '../engine/readers/joined';
import { DocxError } from '../engine/readers/docx';
import { InputError } from './load';
import { replaceableDocx, type InputFiles } from './outputs';

/** Seconds-precision UTC time as Word writes w:date. */
export function commentDate(now: Date = new Date()): string {
  return now.toISOString().replace(/\.\d+Z$/, 'Z');
}

/**
 * Chooses output names in one folder: the source's base name, with “（2）” before the extension
 * when two sources share a name. Refuses to write onto a source file, or onto any file the run reads.
 */
export class OutputNames {
  private readonly used = new Set<string>();
  /** `inputs`: every file the run reads; a copy is never written onto one of them (outputs.ts). */
  constructor(
    readonly dir: string,
    private readonly inputs?: InputFiles,
  ) {}

  /**
   * The copy's path for `source`. A name an existing document holds that this tool did not write
   * (a writer's material in OUTDIR) is passed over for the next (“（2）”): it is never replaced
   * (outputs.ts replaceableDocx); an earlier annotated copy is.
   */
  async next(source: string): Promise<string> {
    const ext = path.extname(source);
    const base = path.basename(source, ext);
    for (let n = 1; ; n++) {
      const name = n === 1 ? `${base}${ext}` : `${base}（${n}）${ext}`;
      const p = path.resolve(this.dir, name);
      if (this.used.has(p)) continue;
      this.used.add(p);
      if (p === path.resolve(source)) throw new InputError(t.annotateSame);
      if (this.inputs?.has(p)) throw new InputError(t.outputIsInput(p));
      if (!(await replaceableDocx(p))) continue;
      return p;
    }
  }
}

/**
 * `findings` with the headings that have no Word heading style (unstyled-heading, one finding a
 * heading typed on its own line) said once, at the first of them, with their count: in a copy
 * sent back to the writer, ten comments about styles buried the findings that matter (a trial's
 * copy had 10 of its 14 hints about styles). Run-in headings already have one finding for all.
 */
export function oneStyleComment(findings: Finding[], input: DocumentInput): Finding[] {
  // The run-in headings' one finding carries a span; each heading on its own line has none.
  const each = findings.filter((f) => f.rule === 'unstyled-heading' && f.start === undefined && input.paragraphs[f.paragraph]);
  if (each.length < 2) return findings;
  const first = each[0];
  const heading = input.paragraphs[first.paragraph].text.trim();
  const said = { ...first, message: messages.unstyledHeadingsInCopy(heading.length > 20 ? heading.slice(0, 20) + '…' : heading, each.length) };
  const dropped = new Set(each);
  return findings.flatMap((f) => (f === first ? [said] : dropped.has(f) ? [] : [f]));
}

/**
 * Comments on paragraphs the reader joined back (readers/joined.ts: lines pasted from a PDF) moved
 * to the file's own paragraphs: a span to the paragraph holding its start (cut at that paragraph's
 * end, as the pane selects it without WordApi 1.3), a whole-paragraph comment to the first of its
 * paragraphs. Two that land in one paragraph (cells of one pasted table row) become one comment
 * over both spans, its lines in order, as findingComments groups a paragraph's findings.
 */
export function inFileParagraphs(comments: DocxComment[], map: UnwrapMap): DocxComment[] {
  const byParagraph = new Map<number, DocxComment>();
  for (const c of comments) {
    const whole = c.start === undefined || !c.length;
    const at = whole ? undefined : toWordSpan(map, c.paragraph, c.start!, c.length!);
    const paragraph = at ? at.paragraph : map.pieces[c.paragraph]?.[0]?.word;
    if (paragraph === undefined) continue;
    const moved: DocxComment = at && at.length > 0 ? { paragraph, start: at.start, length: at.length, lines: c.lines } : { paragraph, lines: c.lines };
    const before = byParagraph.get(paragraph);
    if (!before) {
      byParagraph.set(paragraph, moved);
      continue;
    }
    const spanned = before.start !== undefined && moved.start !== undefined;
    const start = spanned ? Math.min(before.start!, moved.start!) : undefined;
    const end = spanned ? Math.max(before.start! + before.length!, moved.start! + moved.length!) : undefined;
    byParagraph.set(paragraph, spanned ? { paragraph, start, length: end! - start!, lines: [...before.lines, ...moved.lines] } : { paragraph, lines: [...before.lines, ...moved.lines] });
  }
  return [...byParagraph.values()].sort((a, b) => a.paragraph - b.paragraph);
}

/**
 * Write the annotated copy of `file` (a .docx already read into `input` and checked) into `names.dir`.
 * Returns the Chinese line to print; throws `InputError` when the copy cannot be made.
 */
export async function annotateFile(file: string, input: DocumentInput, findings: Finding[], names: OutputNames, now?: Date): Promise<string> {
  if (input.source !== 'docx') return t.annotateOnlyDocx(file);
  const bytes = fs.readFileSync(file);
  // The copy goes to the writer: no command-line instruction in its comments.
  const joined = findingComments(oneStyleComment(findings, input), input.paragraphs, { surface: 'document' });
  const comments = input.joined ? inFileParagraphs(joined, input.joined) : joined;
  let result;
  try {
    // A copy this tool annotated before (sent back by the writer): its old comments are replaced,
    // not doubled; anyone else's are kept (t24: 20 comments, 10 of them out of date).
    result = await addDocxComments(bytes, comments, { author: COMMENT_AUTHOR, initials: COMMENT_INITIALS, date: commentDate(now), replaceOwn: true });
  } catch (e) {
    if (e instanceof DocxError) throw new InputError(`${e.message}：${file}`);
    throw e;
  }
  const out = await names.next(file);
  try {
    fs.mkdirSync(names.dir, { recursive: true });
    fs.writeFileSync(out, result.bytes);
  } catch {
    throw new InputError(t.outputFailed(out));
  }
  return t.annotated(out, comments.length, result.removed);
}
