/**
 * Where the placeholders of a document are, and which comes next after the selection (the
 * placeholder rule's fix, 选中占位内容, steps through them). Pure: no Office, no DOM; the Word
 * gateway and the preview use it on the paragraph texts they hold.
 *
 * A placeholder is what the skeleton writes for the writer to replace (engine/skeleton.ts:
 * "……", "××", "（写明…）" hints around them) and the marks the engine reads as unfilled
 * (engine/text.ts PLACEHOLDER_MARK: "××", "XX", "x人", "*年度", "20XX年"), plus the runs of "……",
 * "××" and "＿＿" the placeholder rule reads (engine/text.ts PLACEHOLDER_RUN): both are the
 * engine's own patterns, used as they are.
 */
import { PLACEHOLDER_MARK, PLACEHOLDER_RUN } from '../engine/text';

/** Every placeholder span: a run of ellipses or underscores, or an engine placeholder mark. */
const SPANS = new RegExp(`${PLACEHOLDER_RUN.source}|${PLACEHOLDER_MARK.source}`, 'g');

/** A placeholder in paragraph `paragraph` (0-based): `start`/`length` in UTF-16 units of its text. */
export interface PlaceholderSpan {
  paragraph: number;
  start: number;
  length: number;
}

/** The placeholder spans of one paragraph's text, left to right (offsets in UTF-16 units). */
export function placeholderSpans(text: string): { start: number; length: number }[] {
  const out: { start: number; length: number }[] = [];
  if (!text) return out;
  SPANS.lastIndex = 0;
  for (let m = SPANS.exec(text); m; m = SPANS.exec(text)) {
    if (m[0].length === 0) {
      SPANS.lastIndex++;
      continue;
    }
    out.push({ start: m.index, length: m[0].length });
  }
  return out;
}

/**
 * The first placeholder that starts at or after `from` (the end of the current selection:
 * paragraph index and UTF-16 offset in that paragraph's text) — so a selected placeholder is
 * followed by the next one, and a caret inside one goes on to the one after it — else, wrapping
 * around, the first in the document. Undefined when the texts hold none.
 */
export function nextPlaceholder(texts: readonly string[], from: { paragraph: number; offset: number }): PlaceholderSpan | undefined {
  let first: PlaceholderSpan | undefined;
  for (let i = 0; i < texts.length; i++) {
    const spans = placeholderSpans(texts[i]);
    if (spans.length === 0) continue;
    if (!first) first = { paragraph: i, ...spans[0] };
    if (i < from.paragraph) continue;
    const next = i === from.paragraph ? spans.find((s) => s.start >= from.offset) : spans[0];
    if (next) return { paragraph: i, ...next };
  }
  return first;
}
