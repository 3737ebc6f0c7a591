/** The shared seed documents and their gold labels (../shared/seeds beside the repository). */
import * as fs from 'fs';
import * as path from 'path';

export const SEEDS_DIR = path.resolve(__dirname, '../../../shared/seeds');

export interface Gold {
  source: string;
  template: string;
  title?: string;
  parts: { role: string; heading: string }[];
  aspects: { aspect: number | null; heading: string; problems: number | [number, number] }[];
  causes: number;
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

export function loadSeeds(): Seed[] {
  return fs
    .readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({
      name: f,
      text: fs.readFileSync(path.join(SEEDS_DIR, f), 'utf8'),
      gold: JSON.parse(fs.readFileSync(path.join(SEEDS_DIR, 'gold', f.replace(/\.txt$/, '.json')), 'utf8')) as Gold,
    }));
}

// "Beginning of" matching as the gold README defines it: no white space, no markdown marks, quotes unified.
export function norm(s: string): string {
  return s.replace(/[\s\u3000*#]/g, '').replace(/[“”"]/g, '"').replace(/[‘’']/g, "'");
}

export function startsWithGold(text: string, goldHeading: string): boolean {
  return norm(text).startsWith(norm(goldHeading));
}

export function inRange(n: number, gold: number | [number, number]): boolean {
  return Array.isArray(gold) ? n >= gold[0] && n <= gold[1] : n === gold;
}
