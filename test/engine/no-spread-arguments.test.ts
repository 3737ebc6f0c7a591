/**
 * No array of unbounded length is spread into a call's arguments (push(...xs), Math.max(...xs),
 * String.fromCharCode(...xs)): from about 100,000 elements on V8 throws RangeError (call stack
 * size), which a reader then reports as a damaged file. Use appendAll/minOf (engine/collections.ts)
 * or a loop. The few spreads left are over arrays whose length the template or the code fixes; they
 * are listed here with why.
 */
import * as fs from 'fs';
import * as path from 'path';
import { appendAll, minOf } from '../../src/engine/collections';

const SRC = path.join(__dirname, '../../src');
const SPREAD_CALL = /\.(push|unshift)\(\s*\.\.\.|Math\.(max|min)\(\s*\.\.\.|fromCharCode\(\s*\.\.\.|\.splice\([^)]*\.\.\./g;

/** file → how many spreads it may hold, and why they are bounded. */
const BOUNDED: Record<string, { count: number; why: string }> = {
  'engine/skeleton.ts': { count: 6, why: 'blocks of one aspect or part: a few placeholder paragraphs' },
  'engine/fix.ts': { count: 2, why: 'the new paragraphs of one fix: one skeleton block at most' },
  'preview/samples.ts': { count: 1, why: 'the lines of one bundled sample, repeated' },
  'engine/aspects.ts': { count: 1, why: 'one score per template aspect' },
  'engine/template.ts': { count: 5, why: 'the years of one template' },
  'engine/rules/other-year-aspects.ts': { count: 4, why: 'the years of two templates' },
  'engine/rules/unknown-template.ts': { count: 1, why: 'the years of one template' },
  'cli/bin.ts': { count: 1, why: 'the names of the sub-commands' },
  'cli/xlsx.ts': { count: 1, why: "the lengths of Object.prototype's own property names (a dozen)" },
};

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [path.join(dir, e.name)] : []));
}

test('spreads into call arguments stand only where the array is bounded', () => {
  const found: Record<string, number> = {};
  for (const f of files(SRC)) {
    const n = (fs.readFileSync(f, 'utf8').match(SPREAD_CALL) ?? []).length;
    if (n) found[path.relative(SRC, f).split(path.sep).join('/')] = n;
  }
  expect(found).toEqual(Object.fromEntries(Object.entries(BOUNDED).map(([f, b]) => [f, b.count])));
});

test('the helpers take arrays far past the argument limit', () => {
  const big = Array.from({ length: 300_000 }, (_, i) => 300_000 - i);
  expect(() => [].push(...(big as never[]))).toThrow(RangeError);
  expect(appendAll([0], big).length).toBe(300_001);
  expect(minOf(big)).toBe(1);
});
