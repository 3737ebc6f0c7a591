/** The shared seed documents and their gold labels, as the tests use them. */
export { SEEDS_DIR, loadSeeds, norm, startsWithGold, inRange } from '../../src/cli/gold';
export type { Gold, Seed } from '../../src/cli/gold';
