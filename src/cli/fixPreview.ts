/**
 * `check --fix-preview`: every finding's fix as a unified before/after view of the paragraphs it
 * changes (one hunk a fix, one paragraph of context), then "全部应用" for the heading styles.
 * Each fix is shown against the document as read: fixes are alternatives the writer picks from,
 * not a sequence.
 */
import type { Analysis } from '../engine';
import type { DocumentInput, Fix } from '../engine/types';
import { fixPreview, ruleWideFix, type EditableParagraph } from '../engine/fix';
import { fixText } from '../engine/messages';
import { placesOf, type Places } from '../engine/places';

/**
 * `fix` as it reads in plain text (.txt/.md), where there are no heading styles: style-only edits
 * dropped, new paragraphs without a level, text edits without a style. `styled` says whether
 * anything was taken away; `fix` is undefined when nothing but styles was left.
 */
export function plainTextFix(fix: Fix): { fix?: Fix; styled: boolean } {
  let styled = false;
  const edits = fix.edits.flatMap((e) => {
    const styleOnly = e.style !== undefined && !e.newParagraphAfter && e.text === e.expect && !e.deleteParagraph;
    if (styleOnly) {
      styled = true;
      return [];
    }
    if ((e.level ?? 0) > 0 || e.style !== undefined) {
      styled = true;
      const { style: _style, ...rest } = e;
      return [{ ...rest, ...(e.newParagraphAfter ? { level: 0 } : {}) }];
    }
    return [e];
  });
  return { ...(edits.length ? { fix: { ...fix, edits } } : {}), styled };
}

/** Shown selections of a selecting fix in --fix-preview; the rest are counted. */
const SHOWN_SELECTIONS = 10;

/** The spans a selecting fix selects in turn, each with its place (第12段, or 第12行 in a text file) and the words selected. */
function selectPreview(input: DocumentInput, fix: Fix, places: Places): string[] {
  const spans = fix.selections?.length ? fix.selections : fix.select ? [fix.select] : [];
  const out = [fixText.previewSelectNote];
  for (const s of spans.slice(0, SHOWN_SELECTIONS)) out.push(fixText.previewSelect(places.at(s.paragraph), input.paragraphs[s.paragraph]?.text.slice(s.start, s.start + s.length) ?? ''));
  if (spans.length > SHOWN_SELECTIONS) out.push(fixText.previewSelectMore(spans.length - SHOWN_SELECTIONS));
  return out;
}

/**
 * Where a fix's hunk goes, for its title: the place of its first edit in the document — “第12段”
 * (or 第12行), or “第26段后” for a paragraph it inserts after paragraph 26 (a measure added at the
 * end of the measures part) — and its position for ordering the hunks (an insertion after p sorts
 * between p and p + 1), and the paragraph that edit is at or after (0-based). t26: the title named the finding's paragraph (第6段), not the edit's.
 */
export function editPlace(fix: Fix, places: Places): { place: string; order: number; paragraph: number } {
  let first = fix.edits[0];
  const order = (e: Fix['edits'][number]) => e.paragraph + (e.newParagraphAfter ? 0.5 : 0);
  for (const e of fix.edits) if (order(e) < order(first)) first = e;
  return { place: first.newParagraphAfter ? fixText.previewAfter(places.after(first.paragraph)) : places.at(first.paragraph), order: order(first), paragraph: first.paragraph };
}

/**
 * The preview lines of one file. For plain text (.txt, .md) heading styles are not shown: inserted
 * headings appear as text, style-only fixes are left out, and one line says so. `ruleIds`: each
 * fix's title names its rule id (--verbose).
 */
export function fixPreviewReport(input: DocumentInput, analysis: Analysis, file: string, ruleIds = false): string[] {
  const plain = input.source === 'text' || input.source === 'markdown';
  // Each fix's place: the line its paragraph starts on in a text file, the paragraph's number in a .docx.
  const places = placesOf(input);
  const paragraphs: EditableParagraph[] = input.paragraphs.map((p) => ({ text: p.text, ...(p.headingLevel && !plain ? { level: p.headingLevel } : {}) }));
  const lines = [`【${file}】`];
  // In document order (the engine lists findings rule by rule); a stable sort keeps one paragraph's order.
  const byParagraph = (a: { paragraph: number }, b: { paragraph: number }) => a.paragraph - b.paragraph;
  const fixes = analysis.findings.filter((f) => f.fix && f.fix.edits.length > 0).sort(byParagraph);
  let skipped = 0;
  let styled = false;
  // A selecting fix (placeholder): no text changes; the spans it selects in turn.
  let selecting = 0;
  for (const f of [...analysis.findings].sort(byParagraph)) {
    if (!f.fix?.select || f.fix.edits.length) continue;
    selecting++;
    lines.push('', fixText.previewTitle(places.at(f.paragraph), ruleIds ? f.rule : undefined, f.fix.label), ...selectPreview(input, f.fix, places));
  }
  // Each hunk titled with where its edit goes, the finding's own place added when it is elsewhere;
  // in the order of those places (stable: one place keeps the findings' order).
  const hunks: { order: number; lines: string[] }[] = [];
  for (const f of fixes) {
    const shown = plain ? plainTextFix(f.fix!) : { fix: f.fix!, styled: false };
    styled ||= shown.styled;
    if (!shown.fix) {
      skipped++;
      continue;
    }
    const at = editPlace(shown.fix, places);
    const about = at.paragraph === f.paragraph ? undefined : places.at(f.paragraph);
    hunks.push({ order: at.order, lines: ['', fixText.previewTitle(at.place, ruleIds ? f.rule : undefined, f.fix!.label, about), ...fixPreview(paragraphs, shown.fix)] });
  }
  hunks.sort((a, b) => a.order - b.order);
  for (const h of hunks) for (const line of h.lines) lines.push(line);
  const all = plain ? undefined : ruleWideFix(analysis.findings, 'unstyled-heading', fixText.applyAllHeadingStyles);
  if (all) lines.push('', fixText.previewTitle(places.at(all.edits[0].paragraph), ruleIds ? 'unstyled-heading' : undefined, all.label), ...fixPreview(paragraphs, all, 0));
  if ((!fixes.length || skipped === fixes.length) && !selecting) lines.push(fixText.previewNone);
  if (styled) lines.push('', fixText.previewPlainText(skipped));
  return lines;
}
