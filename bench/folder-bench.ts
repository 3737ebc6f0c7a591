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

/** Median ms of the folder check + workbook and of mammoth over the same files, in alternation. */
export async function benchFolder(count = 200, rounds = 5): Promise<{ files: number; bytes: number; oursMs: number; mammothMs: number; workbookBytes: number }> {
  const dir = await generateFolder(count);
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.docx')).map((f) => path.join(dir, f));
  const out = path.join(os.tmpdir(), `duizhao-folder-bench-${process.pid}.xlsx`);
  const ours = async () => {
    await main([dir, '--xlsx', out], () => {}, () => {});
  };
  const theirs = async () => {
    for (const f of files) await mammoth.extractRawText({ buffer: fs.readFileSync(f) });
  };
  await ours();
  await theirs();
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < rounds; i++) {
    let t = performance.now();
    await ours();
    a.push(performance.now() - t);
    t = performance.now();
    await theirs();
    b.push(performance.now() - t);
  }
  const bytes = files.reduce((n, f) => n + fs.statSync(f).size, 0);
  const workbookBytes = fs.statSync(out).size;
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(out, { force: true });
  return { files: files.length, bytes, oursMs: median(a), mammothMs: median(b), workbookBytes };
}

// Run alone: `node build/bench/folder-bench.js [count] [rounds]` (after `npm run build:cli`).
if (require.main === module) {
  const [count, rounds] = process.argv.slice(2).map(Number);
  benchFolder(count || 200, rounds || 5).then((f) => {
    console.log(
      `${f.files} files, ${(f.bytes / 1024 / 1024).toFixed(1)} MB: check + workbook ${f.oursMs.toFixed(0)} ms, mammoth ${f.mammothMs.toFixed(0)} ms, ratio ${(f.oursMs / f.mammothMs).toFixed(2)}`,
    );
  });
}
