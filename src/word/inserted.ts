/**
 * Finding again the paragraphs one insertion added (gateway InsertedBlock), to take exactly them
 * back. Pure: no Office; the Word gateway and the preview use it on the paragraphs they read.
 */
import type { InsertedBlock } from './gateway';

/** A paragraph as read now: its text as the host gives it and its level (0 body, 1..9 heading). */
export interface ReadBack {
  text: string;
  level: number;
  id?: string;
}

function holdsAt(now: readonly ReadBack[], block: InsertedBlock, at: number): boolean {
  const want = block.paragraphs;
  if (at < 0 || at + want.length > now.length) return false;
  for (let k = 0; k < want.length; k++) {
    const p = now[at + k];
    if (p.text !== want[k].text || p.level !== want[k].level) return false;
    if (want[k].id !== undefined && p.id !== undefined && p.id !== want[k].id) return false;
  }
  return true;
}

/**
 * The 0-based index where the paragraphs of `block` stand now, unchanged (every text exact, every
 * level the same, ids the same where both have one) and together in their order: at
 * `block.index` when they are still there, else where the first one's id now is, else the only
 * place in `now` holding such a run. Undefined when they are not all there unchanged, or when the
 * run appears more than once and nothing tells which (the writer copied it): never a guess.
 */
export function findInsertedRun(now: readonly ReadBack[], block: InsertedBlock): number | undefined {
  const want = block.paragraphs;
  if (want.length === 0) return undefined;
  if (block.index !== undefined && holdsAt(now, block, block.index)) return block.index;
  const firstId = want[0].id;
  if (firstId !== undefined) {
    const at = now.findIndex((p) => p.id === firstId);
    return at >= 0 && holdsAt(now, block, at) ? at : undefined;
  }
  let found: number | undefined;
  for (let at = 0; at + want.length <= now.length; at++) {
    if (now[at].text !== want[0].text || !holdsAt(now, block, at)) continue;
    if (found !== undefined) return undefined;
    found = at;
  }
  return found;
}
