/**
 * V8 heap settings for a check run by the command line tool (issue 13: peak memory ≤ 30× the
 * input's text size).
 *
 * A check builds many small objects that live to its end (a paragraph, an outline node, a marker
 * per line). V8 doubles its young generation each time more bytes survive a scavenge than it holds,
 * up to 16 MB a semi-space on 64-bit Node, and both semi-spaces stay committed: some 32 MB of
 * resident memory that does not depend on the input, as much as the whole 30× budget of a 1 MB
 * file. Keeping the young generation at its starting size (growth factor 1) moves those objects to
 * the old generation after one scavenge instead, which they reach anyway.
 *
 * Measured with `node build/bench/robustness.js` (fresh process per file, 2-core machine): on 1 MB
 * an ordinary material's peak above the baseline went from about 57× to 32×, blank lines between
 * text from 47× to 26×, with no more CPU time (the scavenges are smaller and as frequent as the
 * allocation rate makes them).
 */
import * as v8 from 'v8';

/** The V8 flag set by `tuneHeapForCheck`; V8 reads it each time it would grow the young generation. */
export const YOUNG_GENERATION_FLAG = '--semi-space-growth-factor=1';

let tuned = false;

/**
 * Keep V8's young generation at its starting size for the rest of this process (see the module
 * comment). Called once by the CLI's entry before any file is read, and by the robustness bench's
 * child so that it measures what the CLI does. The flag is read at run time by V8 (Node 20–24); an
 * unknown flag in a later V8 is reported by V8 on standard error and changes nothing else.
 * Never throws. Idempotent.
 */
export function tuneHeapForCheck(): void {
  if (tuned) return;
  tuned = true;
  try {
    v8.setFlagsFromString(YOUNG_GENERATION_FLAG);
  } catch {
    /* a runtime that refuses flags checks with V8's defaults */
  }
}
