/**
 * Robustness figures (issue 13): every adversarial shape (test/support/adversarial.ts) and the
 * issue's own cases, at two sizes, each checked in a fresh child process (bench/robust-child.ts)
 * through the CLI's reader with its caps. Prints, per case, the time in s per MB of input (target
 * ≤ 2 s/MB), how the time grows from the small to the large size (linear: about the size ratio),
 * and the peak memory above the process's baseline as a multiple of the input's size (target
 * ≤ 30×). Sizes are UTF-8 bytes of the file; time is the child's CPU time (user + system), which a
 * loaded shared machine inflates far less than wall time. A .docx case is measured against its
 * document.xml as inflated (what the reader scans; the zip on disk is a fraction of it).
 *
 * The peak is what the input adds: each case is checked twice, in two fresh processes. The figure
 * judged against the target is taken in a process that has first checked a small material of the
 * same kind (the bundled sample, as text or as a .docx; robust-child.ts `--warm`), above its
 * resident memory after that check. Beside it, in brackets, the first check in a fresh process,
 * above its peak once node and our modules are loaded — as the figures were given up to the
 * twentieth session. The two differ by what a first check costs whatever its input, some 4–5 MB:
 * the engine's code compiled on first use (bytecode, feedback, regular expressions) and the
 * malloc'd memory V8's threads keep from compiling it. The baseline already left out node and our
 * modules' code for that reason (and loads the .docx readers before it, else a .docx case counted
 * their code, some 2 MB, whatever the input's size); code compiled on first use is the same kind of
 * cost, and at 1 MB it alone is some 4× the input (a 2-line file's first check peaks 4.3 MB above
 * the modules loaded). V8's young generation is kept at 2 MB as the CLI keeps it. With several
 * sizes a case also shows `added`: the peak added per byte of input added from the smallest size
 * to the largest (what the input costs with every fixed cost left out). Run alone:
 * `node build/bench/robustness.js [MB…] [--only=word] [--rounds=N] [--stages]` (with several
 * rounds each figure is the median, and the best is shown beside it; `--stages` adds a line a size
 * saying where the memory goes: the peak once reading, analysing and output are done, and the heap
 * the check's results hold after it, see bench/robust-child.ts).
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CHUNK_SHAPES, SHAPES } from '../test/support/adversarial';
import { STAGES } from './robust-child';

interface Measure {
  ms: number;
  cpuMs?: number;
  baseKb: number;
  peakKb: number;
  /** Peak RSS above the baseline once each stage is done (bench/robust-child.ts). */
  stagesKb?: Partial<Record<(typeof STAGES)[number], number>>;
  /** Heap the results hold after the check (only with `live`). */
  liveKb?: number;
  refused?: string;
  error?: string;
}

const CHILD = path.join(__dirname, 'robust-child.js');

/**
 * One check of `file` in a fresh process; `live`: also the heap its results hold (a run apart, see
 * robust-child.ts); `warm`: a small material of the same kind checked first, the baseline taken
 * after it (robust-child.ts `--warm`).
 */
function measure(file: string, live = false, warm?: string): Measure {
  const args = [...(live ? ['--expose-gc'] : []), CHILD, file, ...(live ? ['--live'] : []), ...(warm ? [`--warm=${warm}`] : [])];
  const out = execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 20, timeout: 600_000 });
  return JSON.parse(out.trim().split('\n').pop()!) as Measure;
}

/**
 * Where a case's memory goes at one size (`--stages`): the peak above the baseline once reading,
 * analysing and output are done (in MB: the peak is reached in the stage where it stops growing),
 * and the heap its results hold after the check (MB, and × the input). From the median run's
 * stages and one run of its own for the held heap.
 */
function stageLine(mbs: number, m: Measure | undefined, live: Measure, bytes: number): string {
  const mb = (kb: number | undefined) => (kb === undefined ? '–' : (kb / 1024).toFixed(1));
  const stages = STAGES.map((s) => `${s} ${mb(m?.stagesKb?.[s])}`).join(' / ');
  const held = live.liveKb === undefined ? 'held –' : `held ${mb(live.liveKb)} MB (${((live.liveKb * 1024) / bytes).toFixed(1)}×)`;
  return `      ${mbs} MB: peak after ${stages} MB; ${held}`;
}

/** A text of about `bytes` UTF-8 bytes in the shape (shapes are sized in UTF-16 units). */
function sized(make: (chars: number) => string, bytes: number): string {
  const probe = make(10_000);
  const perChar = Buffer.byteLength(probe) / probe.length;
  return make(Math.max(1, Math.round(bytes / perChar)));
}

/** An ordinary material (samples/sample.txt) repeated to the size: what a real text costs, for comparison. */
function ordinary(chars: number): string {
  const sample = fs.readFileSync(path.join(__dirname, '..', '..', 'samples', 'sample.txt'), 'utf8') + '\n';
  return sample.repeat(Math.max(1, Math.ceil(chars / sample.length)));
}

/**
 * The warm-up materials `--warm` checks before the baseline (robust-child.ts), one of each kind a
 * case is: the bundled sample as text, and the same lines as a .docx (so the .docx reader's code
 * is compiled too). Written into `dir`; returned by extension.
 */
async function warmUps(dir: string): Promise<Record<string, string>> {
  const sample = path.join(__dirname, '..', '..', 'samples', 'sample.txt');
  const JSZip = (await import('jszip')).default;
  const zip = new JSZip();
  const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const body = fs.readFileSync(sample, 'utf8').split('\n').map((l) => `<w:p><w:r><w:t>${esc(l)}</w:t></w:r></w:p>`).join('');
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file('word/document.xml', `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`);
  const docx = path.join(dir, 'warm-up.docx');
  fs.writeFileSync(docx, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return { '.txt': sample, '.docx': docx };
}

/** The issue's own cases, beside the generated shapes, and an ordinary material for reference. */
const ISSUE_CASES: { name: string; make: (chars: number) => string }[] = [
  { name: 'reference: sample material repeated', make: ordinary },
  { name: 'issue: "| 一 | 二 | 备注" lines', make: (n) => '| 一 | 二 | 备注\n'.repeat(Math.ceil(n / 12)) },
  { name: 'issue: a line of "|"', make: (n) => '|'.repeat(n) },
  { name: 'issue: blank lines', make: (n) => '\n'.repeat(n) },
];

/**
 * The issue's .docx case: a small file whose document.xml inflates to far more text (a zip bomb of
 * ordinary paragraphs). It must be refused by the inflation cap, quickly and in little memory.
 */
async function docxBomb(dir: string, inflatedMb: number): Promise<string> {
  const JSZip = (await import('jszip')).default;
  const zip = new JSZip();
  const para = '<w:p><w:r><w:t>理论学习不够深入，学用结合不够紧密。</w:t></w:r></w:p>';
  const body = para.repeat(Math.ceil((inflatedMb * 1024 * 1024) / Buffer.byteLength(para)));
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file('word/document.xml', `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`);
  const file = path.join(dir, 'bomb.docx');
  fs.writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } }));
  return file;
}

/**
 * .docx floods of tiny paragraphs (the memory target): document.xml of about `xmlBytes` made of
 * one paragraph repeated. Returns the file and the inflated size of its document.xml.
 */
const DOCX_FLOODS: { name: string; para: string }[] = [
  { name: 'docx: one-character paragraphs', para: '<w:p><w:r><w:t>学</w:t></w:r></w:p>' },
  { name: 'docx: empty paragraphs with text', para: '<w:p/><w:p/><w:p/><w:p/><w:p/><w:p/><w:p/><w:p/><w:p><w:r><w:t>一是学习不够深入。</w:t></w:r></w:p>' },
  { name: 'docx: styled numbered headings', para: '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>一、学习</w:t></w:r></w:p>' },
];

async function docxFlood(file: string, para: string, xmlBytes: number): Promise<number> {
  const JSZip = (await import('jszip')).default;
  const zip = new JSZip();
  const xml = `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${para.repeat(Math.max(1, Math.round(xmlBytes / para.length)))}</w:body></w:document>`;
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file('word/document.xml', xml);
  fs.writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return Buffer.byteLength(xml);
}

/**
 * A .docx whose body is one altChunk (issue 12: RTF or MHT embedded by another program) of about
 * `bytes` bytes, built from one of CHUNK_SHAPES. Returns the chunk's size, which the figures use.
 * A shape's own sizing is approximate ("rtf: nested groups with text" makes about a fifth of the
 * bytes asked for), so it is asked for the size that gives `bytes`, as `sized` does for text: else
 * its "1 MB" column read 0.19 MB, where the reader's fixed cost (its code, some 14 MB) dominates.
 */
async function docxChunk(file: string, shape: (typeof CHUNK_SHAPES)[number], bytes: number): Promise<number> {
  const JSZip = (await import('jszip')).default;
  const zip = new JSZip();
  const probe = shape.make(1 << 16).length;
  const chunk = shape.make(Math.max(1, Math.round((bytes * (1 << 16)) / Math.max(1, probe))));
  const name = shape.kind === 'rtf' ? 'chunk.rtf' : 'chunk.mht';
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file(
    'word/document.xml',
    '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body><w:p><w:r><w:t>前文</w:t></w:r></w:p><w:altChunk r:id="rIdChunk"/></w:body></w:document>',
  );
  zip.file(
    'word/_rels/document.xml.rels',
    `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdChunk" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk" Target="${name}"/></Relationships>`,
  );
  zip.file(`word/${name}`, chunk);
  fs.writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return chunk.length;
}

/** The .docx bomb: size on disk, inflated size, and what the check did (refused, time, peak). */
export async function docxBombFigures(inflatedMb = 95): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-bomb-'));
  const file = await docxBomb(dir, inflatedMb);
  const m = measure(file);
  const kb = fs.statSync(file).size / 1024;
  console.log(
    `  issue: .docx of ${kb.toFixed(0)} KB inflating to ${inflatedMb} MB of XML: ${m.refused ? `refused (${m.refused.split('：')[0]})` : 'read'} in ${((m.cpuMs ?? m.ms) / 1000).toFixed(2)} s CPU, peak ${((m.peakKb - m.baseKb) / 1024).toFixed(0)} MB above baseline`,
  );
  fs.rmSync(dir, { recursive: true, force: true });
}

/** Median of a list of numbers (NaN for none). */
function median(xs: number[]): number {
  const v = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  return v.length ? v[(v.length - 1) >> 1] : NaN;
}

interface Case {
  name: string;
  /** Writes the case's file of about `bytes`; returns its size for the figures (text: the file; .docx: its inflated XML). */
  write(file: string, bytes: number): Promise<number>;
  ext: string;
}

/**
 * Every shape, the issue's cases and the .docx floods, at each size, `rounds` times each (a fresh
 * process per run). `only`: cases whose name contains it.
 */
export async function robustnessFigures(sizesMb = [1, 4], options: { only?: string; rounds?: number; stages?: boolean } = {}): Promise<void> {
  const rounds = Math.max(1, options.rounds ?? 1);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-bench-'));
  const warm = await warmUps(dir);
  const text = (make: (n: number) => string) => async (file: string, bytes: number) => {
    fs.writeFileSync(file, sized(make, bytes));
    return fs.statSync(file).size;
  };
  const cases: Case[] = [
    ...[...SHAPES.map((s) => ({ name: s.name, make: (n: number) => s.make(n) })), ...ISSUE_CASES].map((c) => ({ name: c.name, write: text(c.make), ext: '.txt' })),
    ...DOCX_FLOODS.map((d) => ({ name: d.name, write: (file: string, bytes: number) => docxFlood(file, d.para, bytes), ext: '.docx' })),
    ...CHUNK_SHAPES.map((c) => ({ name: `altChunk ${c.name}`, write: (file: string, bytes: number) => docxChunk(file, c, bytes), ext: '.docx' })),
  ].filter((c) => !options.only || c.name.includes(options.only));
  console.log(
    `对抗输入（robustness; fresh process per run; CPU s/MB, target ≤ 2; peak RSS above baseline × input size (.docx: its inflated XML, or its altChunk), target ≤ 30×, baseline: a process that has checked a small material (in brackets: above the modules loaded, a first check); sizes ${sizesMb.join(' / ')} MB${rounds > 1 ? `; median of ${rounds} runs (best)` : ''}）`,
  );
  console.log(
    `  ${'case'.padEnd(38)} ${sizesMb.map((m) => `${m} MB: s/MB  peak× (first)`.padStart(31)).join('')}   growth (time ×, size ×)${sizesMb.length > 1 ? '   added: peak added per byte added, smallest to largest size' : ''}`,
  );
  let worstRate = 0;
  let worstPeak = 0;
  let worstFirst = 0;
  for (const c of cases) {
    const cols: string[] = [];
    const times: number[] = [];
    const bytesList: number[] = [];
    /** Median peak above baseline at each size, in bytes (NaN when refused). */
    const peakBytes: number[] = [];
    const notes: string[] = [];
    const stageLines: string[] = [];
    for (const mbs of sizesMb) {
      const file = path.join(dir, `case${c.ext}`);
      const bytes = await c.write(file, mbs * 1024 * 1024);
      const rates: number[] = [];
      const peaks: number[] = [];
      /** Peaks of the first check in a fresh process (above the modules loaded), per round. */
      const firstPeaks: number[] = [];
      const cpu: number[] = [];
      const runs: Measure[] = [];
      for (let r = 0; r < rounds; r++) {
        let m: Measure;
        let w: Measure | undefined;
        try {
          m = measure(file);
          if (!m.error && !m.refused) w = measure(file, false, warm[c.ext]);
        } catch (e) {
          m = { ms: NaN, baseKb: 0, peakKb: 0, error: e instanceof Error ? e.message.split('\n')[0] : String(e) };
        }
        if (m.error) notes.push(`${mbs} MB error: ${m.error}`);
        else if (m.refused) notes.push(`${mbs} MB refused: ${m.refused.split('：')[0]}`);
        // CPU time (this process's user + system): on a shared machine wall time also counts the others' work.
        const rate = (m.cpuMs ?? m.ms) / 1000 / (bytes / 1024 / 1024);
        const first = ((m.peakKb - m.baseKb) * 1024) / bytes;
        cpu.push(m.cpuMs ?? m.ms);
        if (m.refused || m.error || !w || w.error) continue;
        rates.push(rate);
        peaks.push(((w.peakKb - w.baseKb) * 1024) / bytes);
        firstPeaks.push(first);
        runs.push(m);
      }
      if (options.stages && runs.length) {
        // The run whose peak is the median, for its stages.
        const mid = runs.slice().sort((a, b) => a.peakKb - a.baseKb - (b.peakKb - b.baseKb))[(runs.length - 1) >> 1];
        stageLines.push(stageLine(mbs, mid, measure(file, true), bytes));
      }
      const rate = median(rates);
      const peak = median(peaks);
      const firstPeak = median(firstPeaks);
      if (Number.isFinite(rate)) worstRate = Math.max(worstRate, rate);
      if (Number.isFinite(peak)) worstPeak = Math.max(worstPeak, peak);
      if (Number.isFinite(firstPeak)) worstFirst = Math.max(worstFirst, firstPeak);
      times.push(median(cpu));
      bytesList.push(bytes);
      peakBytes.push(peak * bytes);
      const best = rounds > 1 && rates.length ? ` (${Math.min(...rates).toFixed(2)} ${Math.min(...peaks).toFixed(0)}×)` : '';
      cols.push(`${rate.toFixed(2).padStart(9)} ${peak.toFixed(1).padStart(6)}× ${`(${firstPeak.toFixed(1)}×)`.padStart(8)}${best}`.padStart(31));
    }
    const growth = `${(times[times.length - 1] / times[0]).toFixed(1)}, ${(bytesList[bytesList.length - 1] / bytesList[0]).toFixed(1)}`;
    // Memory per added byte of input between the smallest and largest size: the peak without the
    // part that does not grow with the input (V8's young generation and compiled code, some 4–11 MB).
    const last = bytesList.length - 1;
    const slope = last > 0 ? (peakBytes[last] - peakBytes[0]) / (bytesList[last] - bytesList[0]) : NaN;
    const slopeCol = Number.isFinite(slope) ? `   added ${slope.toFixed(1)}×` : '';
    const uniq = [...new Set(notes)];
    console.log(`  ${c.name.padEnd(38)} ${cols.join('')}   ${growth}${slopeCol}${uniq.length ? `   (${uniq.join('; ')})` : ''}`);
    for (const l of stageLines) console.log(l);
  }
  console.log(`  worst: ${worstRate.toFixed(2)} s/MB, peak ${worstPeak.toFixed(1)}× the input (a first check in a fresh process: ${worstFirst.toFixed(1)}×)`);
  fs.rmSync(dir, { recursive: true, force: true });
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const sizes = args.map(Number).filter((x) => x > 0);
  const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length);
  const rounds = Number(args.find((a) => a.startsWith('--rounds='))?.slice('--rounds='.length) ?? 1);
  robustnessFigures(sizes.length ? sizes : undefined, { only, rounds, stages: args.includes('--stages') })
    .then(() => (only ? undefined : docxBombFigures()))
    .catch((e) => console.log(`robustness bench stopped: ${e instanceof Error ? e.message : e}`));
}
