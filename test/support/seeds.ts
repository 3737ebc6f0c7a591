/** The shared seed documents and their gold labels, as the tests use them. */
export { SEEDS_DIR, loadSeeds, startsWithGold, inRange } from '../../src/cli/gold';
