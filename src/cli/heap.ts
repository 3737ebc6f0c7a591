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
 *
 * Objects that live through part of a check (a phase's arrays, the tree builder's text) outlive a
 * scavenge of so small a young generation and die in the old one, where only a full collection
 * frees them. V8 sets the next full collection at the live size times a factor it chooses from
 * how fast the program allocates against how fast it collects: up to 4 on a small heap, so a
 * check's garbage piled up to some three times its live memory. A fixed factor of 1.5 bounds it.
 * Measured the same way (1 MB, median of 3, against the young-generation setting alone): a
 * placeholder flood +58 → +35 MB above the baseline, part headings repeated +56 → +46, "一是"
 * lines +43 → +39, CPU time within the noise of a shared machine (a factor of 1.2 saved no more
 * memory and cost more full collections).
 *
 * A check is short, and much of its CPU time went to TurboFan compiling functions that were hot
 * only for a moment, with the compiler's working memory (outside the JS heap) adding to the peak.
 * V8 optimizes a function once it has run some 66 KB of bytecode (its interrupt budget) three
 * times over; four times that budget leaves the briefly hot ones to the interpreter and still
 * optimizes the loops that run on. Measured the same way: 1 MB of an ordinary material 1.2 →
 * 0.75 s CPU and +41 → +35 MB; the floods unchanged (their loops run long enough either way);
 * `check` of samples/, test/fixtures and the seeds (110 files in one process) 1.0 → 0.75 s CPU.
 *
 * A run over several files (a reviewer's folder) is another workload: each file's objects die when
 * it is done, while what the process keeps across files (the folder comparison's sentences, the
 * bounded text memos, the workbook's rows) grows to tens of MB. With the old generation's factor
 * fixed at 1.5 over that live memory, V8 ran a full collection every few files, and the young
 * generation held at its start promoted each file's short-lived objects into it. Measured on the
 * folder bench (200 generated .docx, `--xlsx`, warm, in process, 2-core machine, three runs in
 * alternation): the three flags 850–1,030 ms a run against 670–710 ms with V8's defaults; the
 * old-generation factor alone cost some 150–200 ms, the young-generation setting some 50–100 ms, the
 * tier-up budget nothing measurable (and as a fresh process it still saves CPU time). So a run over
 * several files gives the two memory settings back to V8 (`relaxHeapForFolder`, called by `check`
 * once it knows its files), keeping the budget. The caps (limits.ts) do not depend on them: they are
 * set against the heap's limit, and a collection runs before that limit is reached whatever the
 * growth factor, so no file can exhaust memory because of them; issue 13's peak figures are for
 * a check of one file (bench/robust-child.ts), which keeps all three.
 */
import * as v8 from 'v8';

/** The V8 flag set by `tuneHeapForCheck`; V8 reads it each time it would grow the young generation. */
export const YOUNG_GENERATION_FLAG = '--semi-space-growth-factor=1';

/** The V8 flag that fixes the old generation's growth factor (read each time V8 sets its next limit). */
export const OLD_GENERATION_FLAG = '--heap-growing-percent=50';

/** The V8 flag that sets how much bytecode a function runs before V8 considers optimizing it. */
export const TIER_UP_FLAG = '--interrupt-budget=270336';

/** Every flag set by `tuneHeapForCheck`, in the order set. */
export const HEAP_FLAGS = [YOUNG_GENERATION_FLAG, OLD_GENERATION_FLAG, TIER_UP_FLAG];

/**
 * The two memory settings as V8 has them by default (Node 20–24: `node --v8-options`), set by
 * `relaxHeapForFolder`: the young generation doubles as objects survive, and V8 picks the old
 * generation's factor itself (0: no fixed factor).
 */
export const FOLDER_FLAGS = ['--semi-space-growth-factor=2', '--heap-growing-percent=0'];

/** All three of HEAP_FLAGS' flags at V8's own values (the tier-up budget is V8's 66 KB), for measuring another program as it runs by default. */
export const V8_DEFAULT_FLAGS = [...FOLDER_FLAGS, '--interrupt-budget=67584'];

let tuned = false;

/**
 * Sets V8 flags at run time, in order; a flag this runtime refuses is skipped (V8 reports an
 * unknown one on standard error and changes nothing else). Never throws.
 */
export function setV8Flags(flags: readonly string[]): void {
  for (const flag of flags) {
    try {
      v8.setFlagsFromString(flag);
    } catch {
      /* a runtime that refuses flags runs with V8's defaults */
    }
  }
}

/**
 * Keep V8's young generation at its starting size, its old generation's growth at 1.5× the live
 * size, and its optimizing compiler for functions that stay hot, for the rest of this process
 * (see the module comment). Called once by the CLI's entry before any file is read, and by the robustness bench's
 * child so that it measures what the CLI does. The flags are read at run time by V8 (Node 20–24;
 * test/cli/heap.test.ts); an unknown flag in a later V8 is reported by V8 on standard error and
 * changes nothing else.
 * Never throws. Idempotent.
 */
export function tuneHeapForCheck(): void {
  if (tuned) return;
  tuned = true;
  setV8Flags(HEAP_FLAGS);
}

/**
 * For a run over several files: gives the young and old generation's growth back to V8 (FOLDER_FLAGS),
 * keeping the tier-up budget (see the module comment for why and the figures). Does nothing unless
 * `tuneHeapForCheck` has run in this process (the CLI's entry, the robustness bench's child), so a
 * program that calls `check`'s main (the tests, the pane's tooling) keeps its own settings.
 * Returns whether it set them. Never throws.
 */
export function relaxHeapForFolder(): boolean {
  if (!tuned) return false;
  setV8Flags(FOLDER_FLAGS);
  return true;
}
