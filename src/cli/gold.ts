/**
 * The seed materials and their gold labels (../shared/seeds, format in its README): types,
 * loading, and the "beginning of" matching the README defines. Used by `npm run eval` and the tests.
 */
import * as fs from 'fs';
import * as path from 'path';
import { projectRoot } from './root';

export interface Gold {
  source: string;
  /** The template id the material follows; null for a year with no template or a material that fits none. */
  template: string | null;
  /** The year the title states, when labelled. */
  recognisedYear?: number | null;
  title?: string;
  parts: { role: string; heading: string }[];
  aspects: { aspect: number | null; heading: string; problems: number | [number, number] }[];
  causes: number | [number, number];
  measures: { heading: string; concrete: boolean | null }[];
  coverage: Record<string, 'covered' | 'weak' | 'uncovered'>;
  uncoveredProblems: string[];
  numbering: string[];
}

export interface Seed {
  name: string;
  text: string;
  gold: Gold;
}

/** ../shared/seeds beside the repository, from the source tree, the compiled tree or the working directory. */
export const SEEDS_DIR =
  [path.resolve(projectRoot(), '../shared/seeds'), path.resolve(process.cwd(), '../shared/seeds')].find((d) => fs.existsSync(d)) ??
  path.resolve(projectRoot(), '../shared/seeds');

/** Every seed (.txt/.md) that has a gold file (in `gold/` or beside it), sorted by name. */
export function loadSeeds(dir: string = SEEDS_DIR): Seed[] {
  const goldFile = (f: string) => {
    const name = f.replace(/\.(txt|md)$/, '.json');
    return [path.join(dir, 'gold', name), path.join(dir, name)].find((g) => fs.existsSync(g)) ?? '';
  };
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => /\.(txt|md)$/.test(f) && goldFile(f) !== '')
    .sort()
    .map((f) => ({
      name: f,
      text: fs.readFileSync(path.join(dir, f), 'utf8'),
      gold: JSON.parse(fs.readFileSync(goldFile(f), 'utf8')) as Gold,
    }));
}

/** "Beginning of" matching ignores white space, markdown marks and straight vs curly quotes. */
export function norm(s: string): string {
  return s.replace(/[\s\u3000*#]/g, '').replace(/[“”"]/g, '"').replace(/[‘’']/g, "'");
}

export function startsWithGold(text: string, goldHeading: string): boolean {
  return norm(text).startsWith(norm(goldHeading));
}

/** A count against a gold count, which may be a range a careful reader could give. */
export function inRange(n: number, gold: number | [number, number]): boolean {
  return Array.isArray(gold) ? n >= gold[0] && n <= gold[1] : n === gold;
}
