/**
 * A folder of generated materials (issue 14): `check FOLDER --xlsx` (read every .docx, check it,
 * compare the materials' text, write the workbook) against mammoth.extractRawText over the same
 * files (read + extract only). Target: within 1.5x.
 *
 * The materials are the seeds (or the bundled sample), each with about a seventh of its body lines
 * left out at random and its numbers changed, half typed and half with heading styles and automatic
 * numbering — so no two files are the same and the folder comparison (shared text) has real work.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../src/cli/main';
import { materials, median } from './common';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const mammoth = require('mammoth') as { extractRawText(input: { buffer: Buffer }): Promise<{ value: string }> };

/** A small deterministic generator (mulberry32), so every run times the same folder. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Write `count` generated .docx materials into a new folder; returns the folder. */
export async function generateFolder(count: number): Promise<string> {
  const { seedToDocx } = await import('../test/support/seed-docx');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-folder-bench-'));
  const texts = materials().map((t) => t.split('\n'));
  const rnd = random(14);
  for (let i = 0; i < count; i++) {
    const lines = texts[i % texts.length];
    // One material each, as a writer hands it in: a seed with some body lines left out and the
    // numbers in the text changed (次数, 户数, 年份), never a material repeated into itself.
    const out: string[] = [];
    for (const line of lines) {
      const numbered = /^\s*(#|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])/.test(line);
      if (!numbered && line.trim() && rnd() < 0.15) continue;
      out.push(line.replace(/\d+/g, (d) => String((Number(d) + i) % 100)));
    }
    const doc = await seedToDocx(out.join('\n'), i % 2 ? 'styled' : 'typed');
    fs.writeFileSync(path.join(dir, `材料${String(i + 1).padStart(3, '0')}.docx`), doc.bytes);
  }
  return dir;
}

export interface FolderFigures {
  files: number;
  bytes: number;
  /** Median and best ms of `check FOLDER --xlsx` (read, check, compare, text report, workbook). */
  oursMs: number;
  oursBestMs: number;
  /** Median and best ms of mammoth.extractRawText over the same files (read + extract). */
  mammothMs: number;
  mammothBestMs: number;
  /** Median and best of the per-round ratio ours / mammoth (each round times both back to back). */
  ratio: number;
  ratioBest: number;
  workbookBytes: number;
}

/**
 * The folder check + workbook against mammoth over the same files, in one process: both warmed
 * up twice, then `rounds` rounds timing both back to back, the order swapped every round (ABBA),
 * so a slow spell of the shared machine hits both alike.
 */
export async function benchFolder(count = 200, rounds = 5): Promise<FolderFigures> {
  const dir = await generateFolder(count);
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.docx')).map((f) => path.join(dir, f));
  const out = path.join(os.tmpdir(), `duizhao-folder-bench-${process.pid}.xlsx`);
  const ours = async () => {
    await main([dir, '--xlsx', out], () => {}, () => {});
  };
  const theirs = async () => {
    for (const f of files) await mammoth.extractRawText({ buffer: fs.readFileSync(f) });
  };
  for (let i = 0; i < 2; i++) {
    await ours();
    await theirs();
  }
  const a: number[] = [];
  const b: number[] = [];
  const time = async (fn: () => Promise<void>, into: number[]) => {
    const t = performance.now();
    await fn();
    into.push(performance.now() - t);
  };
  for (let i = 0; i < rounds; i++) {
    if (i % 2 === 0) {
      await time(ours, a);
      await time(theirs, b);
    } else {
      await time(theirs, b);
      await time(ours, a);
    }
  }
  const ratios = a.map((x, i) => x / b[i]);
  const bytes = files.reduce((n, f) => n + fs.statSync(f).size, 0);
  const workbookBytes = fs.statSync(out).size;
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(out, { force: true });
  return {
    files: files.length,
    bytes,
    oursMs: median(a),
    oursBestMs: Math.min(...a),
    mammothMs: median(b),
    mammothBestMs: Math.min(...b),
    ratio: median(ratios),
    ratioBest: Math.min(...ratios),
    workbookBytes,
  };
}

/** The figures as the bench prints them. */
export function folderLine(f: FolderFigures): string {
  const ms = (x: number) => x.toFixed(0);
  return (
    `${f.files} files, ${(f.bytes / 1024 / 1024).toFixed(1)} MB: check + workbook ${ms(f.oursMs)} ms (best ${ms(f.oursBestMs)}), ` +
    `mammoth.extractRawText ${ms(f.mammothMs)} ms (best ${ms(f.mammothBestMs)}), ratio ${f.ratio.toFixed(2)} median, ${f.ratioBest.toFixed(2)} best (target ≤ 1.5); ` +
    `workbook ${(f.workbookBytes / 1024).toFixed(0)} KB`
  );
}

// Run alone: `node build/bench/folder-bench.js [count] [rounds]` (after `npm run build:cli`).
if (require.main === module) {
  const [count, rounds] = process.argv.slice(2).map(Number);
  benchFolder(count || 200, rounds || 5).then((f) => console.log(folderLine(f)));
}
