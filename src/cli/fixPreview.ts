/**
 * `check --fix-preview`: every finding's fix as a unified before/after view of the paragraphs it
 * changes (one hunk a fix, one paragraph of context), then "全部应用" for the heading styles.
 * Each fix is shown against the document as read: fixes are alternatives the writer picks from,
 * not a sequence.
 */
import type { Analysis } from '../engine';
import type { DocumentInput } from '../engine/types';
import { fixPreview, ruleWideFix, type EditableParagraph } from '../engine/fix';
import { fixText } from '../engine/messages';

/** The preview lines of one file. */
export function fixPreviewReport(input: DocumentInput, analysis: Analysis, file: string): string[] {
  const paragraphs: EditableParagraph[] = input.paragraphs.map((p) => ({ text: p.text, ...(p.headingLevel ? { level: p.headingLevel } : {}) }));
  const lines = [`【${file}】`];
  const fixes = analysis.findings.filter((f) => f.fix && f.fix.edits.length > 0);
  for (const f of fixes) lines.push('', fixText.previewTitle(f.paragraph, f.rule, f.fix!.label), ...fixPreview(paragraphs, f.fix!));
  const all = ruleWideFix(analysis.findings, 'unstyled-heading', fixText.applyAllHeadingStyles);
  if (all) lines.push('', fixText.previewTitle(all.edits[0].paragraph, 'unstyled-heading', all.label), ...fixPreview(paragraphs, all, 0));
  if (!fixes.length) lines.push(fixText.previewNone);
  return lines;
}
