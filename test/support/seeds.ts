/**
 * The labelled materials the tests use: the project's own (test/fixtures/unseen, gold labels in the
 * seeds' format) always, and the real seeds of ../shared/seeds when that folder is present. Tests
 * never require ../shared: without it the seed cases are left out and one line says which.
 */
import * as fs from 'fs';
import * as path from 'path';
import { loadSeeds, SEEDS_DIR, type Seed } from '../../src/cli/gold';

export { SEEDS_DIR, loadSeeds, startsWithGold, inRange } from '../../src/cli/gold';

/** The project's own labelled materials. */
export const FIXTURES_DIR = path.resolve(__dirname, '../fixtures/unseen');

/** Whether ../shared/seeds is there (then it must hold the seeds with their gold labels). */
export const SEEDS_PRESENT = fs.existsSync(SEEDS_DIR);

/** The real seeds, or [] after a logged line naming `what` was not run on them. */
export function seedsOrNote(what: string): Seed[] {
  const seeds = loadSeeds();
  if (!seeds.length) console.warn(`../shared/seeds not found (${SEEDS_DIR}): not run on the real seeds: ${what}.`);
  return seeds;
}

/**
 * Own materials not in the seeds' shape (typed numbers 一、（一）一是 starting their lines), which the
 * .docx converter of test/support/seed-docx.ts models: markdown marks (u102), repeated and
 * skipped numbers, which its automatic numbering writes as deliberate restarts (u103, u109), a
 * pipe table (u106), headings run into their text (u107), bold unnumbered headings (u110).
 */
export const NOT_SEED_SHAPED = [
  'u102_markdown_paste.txt',
  'u103_numbering_mess.txt',
  'u106_table_measures.txt',
  'u107_runin_chaos.txt',
  'u109_arabic_aspects.txt',
  'u110_bold_unnumbered.txt',
];

/**
 * The project's own labelled materials followed by the real seeds when present; with
 * `seedShaped`, only the own materials in the seeds' shape (see NOT_SEED_SHAPED).
 */
export function ownMaterialsAndSeeds(what: string, seedShaped = false): Seed[] {
  const own = loadSeeds(FIXTURES_DIR).filter((m) => !seedShaped || !NOT_SEED_SHAPED.includes(m.name));
  return [...own, ...seedsOrNote(what)];
}
