/**
 * Where the placeholders of a document are, and which comes next after the selection (the
 * placeholder rule's fix, 选中占位内容, steps through them). Pure: no Office, no DOM; the Word
 * gateway and the preview use it on the paragraph texts they hold.
 *
 * A placeholder is what the skeleton writes for the writer to replace (engine/skeleton.ts:
 * "……", "××", "（写明…）" hints around them) and the marks the engine reads as unfilled
 * (engine/text.ts PLACEHOLDER_MARK: "××", "XX", "x人", "*年度", "20XX年"), plus the runs of "……",
 * "××" and "＿＿": read by engine/placeholder-spans.ts, the same reading the placeholder rule's
 * `selections` use.
 */
import { placeholderSpansIn, spanAfter } from '../engine/placeholder-spans';

/** A placeholder in paragraph `paragraph` (0-based): `start`/`length` in UTF-16 units of its text. */
export interface PlaceholderSpan {
  paragraph: number;
  start: number;
  length: number;
}

/** The placeholder spans of one paragraph's text, left to right (offsets in UTF-16 units). */
export { placeholderSpansIn as placeholderSpans };

/**
 * The first placeholder that starts at or after `from` (the end of the current selection:
 * paragraph index and UTF-16 offset in that paragraph's text) — so a selected placeholder is
 * followed by the next one, and a caret inside one goes on to the one after it — else, wrapping
 * around, the first in the document. Undefined when the texts hold none.
 */
export function nextPlaceholder(texts: readonly string[], from: { paragraph: number; offset: number }): PlaceholderSpan | undefined {
  const spans: PlaceholderSpan[] = [];
  texts.forEach((t, paragraph) => {
    for (const s of placeholderSpansIn(t)) spans.push({ paragraph, ...s });
  });
  return spanAfter(spans, from);
}
