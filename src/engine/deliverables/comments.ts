/**
 * Findings as Word comments: one comment per paragraph, holding each of its findings (severity,
 * message, the rule's advice), anchored on the words the findings point at.
 */
import type { Finding, Paragraph } from '../types';
import { RULE_ADVICE, SEVERITY_LABEL, deliverableText as t } from '../messages';
import type { DocxComment } from '../writers/docx-comments';

/**
 * Group `findings` by paragraph (in paragraph order). The anchor covers every finding's span
 * (UTF-16 offsets in `Paragraph.text`); when one of them has no span (a finding about the whole
 * paragraph or the document), or a span does not fit the paragraph, the comment anchors the whole
 * paragraph. Findings on paragraphs that `paragraphs` does not have are left out.
 */
export function findingComments(findings: Finding[], paragraphs: Paragraph[]): DocxComment[] {
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
    for (const f of list) {
      lines.push(`${t.severityTag(SEVERITY_LABEL[f.severity])}${f.message}`);
      const advice = RULE_ADVICE[f.rule];
      if (advice) lines.push(t.advice(advice));
    }
    out.push(whole ? { paragraph, lines } : { paragraph, start, length: end - start, lines });
  }
  return out;
}
