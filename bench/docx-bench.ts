/**
 * Speed of the .docx reader against mammoth.extractRawText on the same bytes, and of the two XML
 * parser choices (the hand-written scanner in src/engine/readers/docx-xml.ts vs fast-xml-parser
 * driving the same paragraph walker).
 *
 * Run on its own: `node build/bench/docx-bench.js [file.docx] [rounds]` after `npm run build:cli`
 * (without a file it builds a ~1,000-paragraph docx from the seeds, repeated, in styled form).
 */
import { XMLParser } from 'fast-xml-parser';
import type { Paragraph } from '../src/engine/types';
import { readDocx, readDocxWith } from '../src/engine/readers/docx';
import type { XmlHandler, XmlScanner, XmlTag } from '../src/engine/readers/docx-xml';
import { material, median } from './common';

// mammoth has no bundled types; only extractRawText is used.
// eslint-disable-next-line @typescript-eslint/no-var-requires
const mammoth = require('mammoth') as { extractRawText(input: { buffer: Buffer }): Promise<{ value: string }> };

function now(): number {
  return performance.now();
}

async function time(fn: () => Promise<unknown>): Promise<number> {
  const t = now();
  await fn();
  return now() - t;
}

/**
 * Median milliseconds of readDocx + `check` and of mammoth.extractRawText over the same bytes,
 * alternating the two in each round after a warm-up.
 */
export async function benchDocx(
  bytes: Uint8Array,
  check: (paragraphs: Paragraph[]) => unknown,
  rounds = 15,
): Promise<{ oursMs: number; mammothMs: number; paragraphs: number }> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let paragraphs = 0;
  const ours = async () => {
    const ps = await readDocx(bytes);
    paragraphs = ps.length;
    check(ps);
  };
  const theirs = () => mammoth.extractRawText({ buffer });
  const warm = Math.max(2, Math.min(5, rounds >> 1));
  for (let i = 0; i < warm; i++) {
    await ours();
    await theirs();
  }
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < rounds; i++) {
    a.push(await time(ours));
    b.push(await time(theirs));
  }
  return { oursMs: median(a), mammothMs: median(b), paragraphs };
}

// ---------------------------------------------------------------------------------------------
// The alternative parser: fast-xml-parser (preserveOrder) driving the same handler.

type FxpNode = Record<string, unknown> & { ':@'?: Record<string, string> };

class FxpTag implements XmlTag {
  name = '';
  a: Record<string, string> | undefined;
  attr(q: string): string | undefined {
    const v = this.a?.[q];
    return v === undefined ? undefined : String(v);
  }
  attrs(): Array<[string, string]> {
    return Object.entries(this.a ?? {}).map(([k, v]) => [k, String(v)]);
  }
}

/** An XmlScanner over fast-xml-parser's ordered tree. */
export const fxpScanner: XmlScanner = (xml: string, h: XmlHandler) => {
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: false,
    processEntities: true,
    ignoreDeclaration: true,
    ignorePiTags: true,
  });
  const tree = parser.parse(xml) as FxpNode[];
  const tag = new FxpTag();
  const walk = (nodes: FxpNode[]) => {
    for (const node of nodes) {
      for (const key of Object.keys(node)) {
        if (key === ':@') continue;
        if (key === '#text') {
          if (h.wantText) h.text(String(node[key]), true);
          continue;
        }
        tag.name = key;
        tag.a = node[':@'];
        h.open(tag, false);
        const children = node[key];
        if (Array.isArray(children)) walk(children as FxpNode[]);
        h.close(key);
      }
    }
  };
  walk(tree);
};

/** Median ms of readDocx with the hand-written scanner, with fast-xml-parser, and of mammoth. */
export async function compareParsers(
  bytes: Uint8Array,
  rounds = 15,
): Promise<{ scannerMs: number; fxpMs: number; mammothMs: number; paragraphs: number }> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const runs: Array<() => Promise<unknown>> = [
    () => readDocx(bytes),
    () => readDocxWith(bytes, fxpScanner),
    () => mammoth.extractRawText({ buffer }),
  ];
  // Each contender runs its rounds in a block (warm-up first), so one's garbage does not land
  // in another's timings; benchDocx interleaves instead.
  const times: number[][] = [];
  for (const r of runs) {
    for (let i = 0; i < 3; i++) await r();
    const t: number[] = [];
    for (let i = 0; i < rounds; i++) t.push(await time(r));
    times.push(t);
  }
  const paragraphs = (await readDocx(bytes)).length;
  return { scannerMs: median(times[0]), fxpMs: median(times[1]), mammothMs: median(times[2]), paragraphs };
}

/**
 * document.xml with `runs` bold runs written as generators do (`<w:b/>` with no w:val anywhere in
 * the part): the attribute lookup once searched on past each tag, quadratic in this input.
 */
export function attributeFloodXml(runs: number): string {
  const run = '<w:r><w:rPr><w:b/></w:rPr><w:t>字</w:t></w:r>';
  const paras: string[] = [];
  for (let i = 0; i < runs; i += 20) paras.push(`<w:p>${run.repeat(Math.min(20, runs - i))}</w:p>`);
  return (
    '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
    paras.join('') +
    '</w:body></w:document>'
  );
}

/** readDocx on attribute floods of 10k, 20k and 40k runs: ms and ms per MB of document.xml (target: linear, ≤ 2 s/MB). */
export async function benchAttributeFlood(): Promise<Array<{ runs: number; xmlBytes: number; ms: number; msPerMb: number }>> {
  const JSZip = (await import('jszip')).default;
  const out: Array<{ runs: number; xmlBytes: number; ms: number; msPerMb: number }> = [];
  for (const runs of [10000, 20000, 40000]) {
    const xml = attributeFloodXml(runs);
    const zip = new JSZip();
    zip.file('word/document.xml', xml);
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    await readDocx(bytes);
    const t: number[] = [];
    for (let i = 0; i < 5; i++) t.push(await time(() => readDocx(bytes)));
    const xmlBytes = Buffer.byteLength(xml);
    const ms = median(t);
    out.push({ runs, xmlBytes, ms, msPerMb: ms / (xmlBytes / 1024 / 1024) });
  }
  return out;
}

async function main(): Promise<void> {
  const [file, roundsArg] = process.argv.slice(2);
  const rounds = roundsArg ? Number(roundsArg) : 15;
  let bytes: Uint8Array;
  if (file) {
    bytes = new Uint8Array(require('fs').readFileSync(file));
  } else {
    const { seedToDocx } = await import('../test/support/seed-docx');
    bytes = (await seedToDocx(material(1000), 'styled')).bytes;
  }
  const cmp = await compareParsers(bytes, rounds);
  const kb = (bytes.byteLength / 1024).toFixed(0);
  console.log(`docx ${kb} KB, ${cmp.paragraphs} paragraphs, median of ${rounds} rounds`);
  console.log('  each in a block:');
  console.log(`    readDocx (hand-written scanner): ${cmp.scannerMs.toFixed(2)} ms`);
  console.log(`    readDocx (fast-xml-parser):      ${cmp.fxpMs.toFixed(2)} ms`);
  console.log(`    mammoth.extractRawText:          ${cmp.mammothMs.toFixed(2)} ms`);
  const inter = await benchDocx(bytes, (ps) => ps.length, rounds);
  console.log('  interleaved with mammoth (benchDocx, trivial check):');
  console.log(`    readDocx ${inter.oursMs.toFixed(2)} ms, mammoth ${inter.mammothMs.toFixed(2)} ms`);
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
