/**
 * Findings as Word comments: one comment per paragraph, holding each of its findings (severity,
 * message, the rule's advice where the message does not already say it), anchored on the words the
 * findings point at.
 */
import type { Finding, Paragraph } from '../types';
import { RULE_ADVICE, SEVERITY_LABEL, deliverableText as t, inWordsOf, type Surface } from '../messages';
import type { DocxComment } from '../writers/docx-comments';
import { SEVERITIES } from '../severity';

/** Share of the advice's character pairs a message must hold for the advice to add nothing. */
const SAID = 0.6;

/**
 * Whether `message` already says `advice`: SAID or more of the advice's pairs of adjacent characters
 * (punctuation left out) stand in the message. Several messages end with their rule's advice in
 * other words (…请补写针对这一问题的具体措施，做到问题—措施一一对应), and a comment saying it twice reads
 * as padding.
 */
export function saidIn(message: string, advice: string): boolean {
  const pairs = (s: string) => {
    const out: string[] = [];
    const t = s.replace(/[\s，。、；：！？“”‘’（）《》—…,.;:!?()"']/g, '');
    for (let i = 0; i + 1 < t.length; i++) out.push(t.slice(i, i + 2));
    return out;
  };
  const own = pairs(advice);
  if (!own.length) return true;
  const have = new Set(pairs(message));
  return own.filter((p) => have.has(p)).length >= SAID * own.length;
}

/** findingComments' options. */
export interface CommentOptions {
  /**
   * Who reads the comments: 'document' for a copy sent back to the writer (`--annotate`), whose
   * instructions name neither the command line nor the pane; by default the messages as given.
   */
  surface?: Surface;
}

/**
 * Group `findings` by paragraph (in paragraph order). The anchor covers every finding's span
 * (UTF-16 offsets in `Paragraph.text`); when one of them has no span (a finding about the whole
 * paragraph or the document), or a span does not fit the paragraph, the comment anchors the whole
 * paragraph. Findings on paragraphs that `paragraphs` does not have are left out.
 */
export function findingComments(findings: Finding[], paragraphs: Paragraph[], options: CommentOptions = {}): DocxComment[] {
  // In a copy for the writer, what to do next is said in the document's words (no command, no pane button).
  const words = (s: string) => (options.surface === 'document' ? inWordsOf(inWordsOf(s, 'cli', 'document'), 'pane', 'document') : s);
  const byParagraph = new Map<number, Finding[]>();
  for (const f of findings) {
    if (f.paragraph < 0 || f.paragraph >= paragraphs.length) continue;
    const list = byParagraph.get(f.paragraph);
    if (list) list.push(f);
    else byParagraph.set(f.paragraph, [f]);
  }
  const out: DocxComment[] = [];
  for (const [paragraph, list] of [...byParagraph].sort((a, b) => a[0] - b[0])) {
    const textLength = paragraphs[paragraph].text.length;
    let start = Infinity;
    let end = -Infinity;
    let whole = false;
    for (const f of list) {
      const len = f.length ?? 0;
      if (f.start === undefined || len <= 0 || f.start < 0 || f.start + len > textLength) {
        whole = true;
        break;
      }
      start = Math.min(start, f.start);
      end = Math.max(end, f.start + len);
    }
    const lines: string[] = [];
    // The most serious first (t24: a 【提示】 above the paragraph's 【警告】); rule order within a severity.
    const bySeverity = list.slice().sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
    for (const f of bySeverity) {
      const message = words(f.message);
      lines.push(`${t.severityTag(SEVERITY_LABEL[f.severity])}${message}`);
      const advice = RULE_ADVICE[f.rule] && words(RULE_ADVICE[f.rule]);
      if (advice && !saidIn(message, advice)) lines.push(t.advice(advice));
    }
    out.push(whole ? { paragraph, lines } : { paragraph, start, length: end - start, lines });
  }
  return out;
}
