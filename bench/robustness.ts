/**
 * Robustness figures (issue 13): every adversarial shape (test/support/adversarial.ts) and the
 * issue's own cases, at two sizes, each checked in a fresh child process (bench/robust-child.ts)
 * through the CLI's reader with its caps. Prints, per case, the time in s per MB of input (target
 * ≤ 2 s/MB), how the time grows from the small to the large size (linear: about the size ratio),
 * and the peak memory above the process's baseline as a multiple of the input's size (target
 * ≤ 30×). Sizes are UTF-8 bytes of the file; time is the child's CPU time (user + system), which a
 * loaded shared machine inflates far less than wall time. Run alone: `node dist/bench/robustness.js [MB…]`.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { SHAPES } from '../test/support/adversarial';

interface Measure {
  ms: number;
  cpuMs?: number;
  baseKb: number;
  peakKb: number;
  refused?: string;
  error?: string;
}

const CHILD = path.join(__dirname, 'robust-child.js');

function measure(file: string): Measure {
  const out = execFileSync(process.execPath, [CHILD, file], { encoding: 'utf8', maxBuffer: 1 << 20, timeout: 600_000 });
  return JSON.parse(out.trim().split('\n').pop()!) as Measure;
}

/** A text of about `bytes` UTF-8 bytes in the shape (shapes are sized in UTF-16 units). */
function sized(make: (chars: number) => string, bytes: number): string {
  const probe = make(10_000);
  const perChar = Buffer.byteLength(probe) / probe.length;
  return make(Math.max(1, Math.round(bytes / perChar)));
}

/** The issue's own cases, beside the generated shapes. */
const ISSUE_CASES: { name: string; make: (chars: number) => string }[] = [
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

export function robustnessFigures(sizesMb = [1, 4]): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-bench-'));
  const cases = [...SHAPES.map((s) => ({ name: s.name, make: (n: number) => s.make(n) })), ...ISSUE_CASES];
  console.log(`对抗输入（robustness; fresh process per run; CPU s/MB, target ≤ 2; peak RSS above baseline × input size, target ≤ 30×; sizes ${sizesMb.join(' / ')} MB）`);
  console.log(`  ${'case'.padEnd(38)} ${sizesMb.map((m) => `${m} MB: s/MB  peak×`.padStart(22)).join('')}   growth (time ×, size ×)`);
  let worstRate = 0;
  let worstPeak = 0;
  for (const c of cases) {
    const cols: string[] = [];
    const times: number[] = [];
    const bytesList: number[] = [];
    const notes: string[] = [];
    for (const mbs of sizesMb) {
      const text = sized(c.make, mbs * 1024 * 1024);
      const file = path.join(dir, 'case.txt');
      fs.writeFileSync(file, text);
      const bytes = fs.statSync(file).size;
      let m: Measure;
      try {
        m = measure(file);
      } catch (e) {
        m = { ms: NaN, baseKb: 0, peakKb: 0, error: e instanceof Error ? e.message.split('\n')[0] : String(e) };
      }
      if (m.error) notes.push(`${mbs} MB error: ${m.error}`);
      else if (m.refused) notes.push(`${mbs} MB refused: ${m.refused.split('：')[0]}`);
      // CPU time (this process's user + system): on a shared machine wall time also counts the others' work.
      const rate = (m.cpuMs ?? m.ms) / 1000 / (bytes / 1024 / 1024);
      const peak = ((m.peakKb - m.baseKb) * 1024) / bytes;
      if (!m.refused && !m.error) {
        worstRate = Math.max(worstRate, rate);
        worstPeak = Math.max(worstPeak, peak);
      }
      times.push(m.cpuMs ?? m.ms);
      bytesList.push(bytes);
      cols.push(`${rate.toFixed(2).padStart(9)} ${peak.toFixed(1).padStart(6)}×`.padStart(22));
    }
    const growth = `${(times[times.length - 1] / times[0]).toFixed(1)}, ${(bytesList[bytesList.length - 1] / bytesList[0]).toFixed(1)}`;
    console.log(`  ${c.name.padEnd(38)} ${cols.join('')}   ${growth}${notes.length ? `   (${notes.join('; ')})` : ''}`);
  }
  console.log(`  worst: ${worstRate.toFixed(2)} s/MB, peak ${worstPeak.toFixed(1)}× the input`);
  fs.rmSync(dir, { recursive: true, force: true });
}

if (require.main === module) {
  const sizes = process.argv.slice(2).map(Number).filter((x) => x > 0);
  robustnessFigures(sizes.length ? sizes : undefined);
  docxBombFigures().catch((e) => console.log(`.docx bomb skipped: ${e instanceof Error ? e.message : e}`));
}
