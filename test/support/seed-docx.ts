/**
 * Turns a seed .txt into a .docx, two ways:
 * - `typed`: one paragraph per line exactly as typed (blank lines become empty paragraphs);
 *   markdown marks are stripped (`# ` title prefix, `**`), a line wrapped in `**` becomes a bold run.
 * - `styled`: lines starting with a typed GB/T 9704 number (一、 /（一）/ 1. /（1）) become
 *   "heading 1".."heading 4" paragraphs; the typed number is removed and automatic numbering
 *   (a multilevel list linked to the heading styles) renders the same number. Where the typed
 *   number is not the next one the list would give, a new w:num with w:startOverride restarts
 *   that level at the typed value (what "set numbering value" does in Word). A run-in heading
 *   keeps its body text in the same paragraph: the heading sentence (up to the first 。) inherits
 *   bold from the heading style, the body is an explicitly non-bold run.
 *   The markdown title line ("# …") becomes a Title-style paragraph (style id "a3", name "Title"),
 *   without numbering and without a heading level.
 */
import { chineseToNumber } from '../../src/engine/markers';
import { CHINESE_WORD_STYLES, DocxSpec, NumSpec, ParagraphSpec, RunSpec, gbtAbstractNum, makeDocx } from './docx-writer';

export type SeedMode = 'typed' | 'styled';


export interface SeedLine {
  /** The line as in the .txt file. */
  raw: string;
  /** The line with markdown marks removed: what a Word document's paragraph would read. */
  clean: string;
  /** 1..4 when the line starts with a typed GB/T 9704 number. */
  level?: number;
  /** The number's value (1-based) for a numbered line. */
  value?: number;
  /** The number exactly as typed ("一、", "（二）"). */
  marker?: string;
  /** A markdown `#` title line. */
  title?: boolean;
  /** Wrapped in `**` in the .txt. */
  bold?: boolean;
}

export interface SeedDocx {
  /** The .docx file. */
  bytes: Uint8Array;
  /** One entry per paragraph of the docx, in order. */
  lines: SeedLine[];
}

/** Split into lines; a final newline does not make an extra (empty) line. */
export function splitLines(text: string): string[] {
  const lines = text.split(/\r?\n/);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}


const MARKERS: Array<{ level: number; re: RegExp; cn: boolean }> = [
  { level: 1, re: /^([一二三四五六七八九十]{1,3})、/, cn: true },
  { level: 2, re: /^（([一二三四五六七八九十]{1,3})）/, cn: true },
  { level: 3, re: /^(\d{1,3})\.(?![0-9])/, cn: false },
  { level: 4, re: /^（(\d{1,3})）/, cn: false },
];

/** Analyse one line of a seed. */
export function analyseLine(raw: string): SeedLine {
  let clean = raw;
  let title = false;
  const h = /^\s*#{1,6}\s+/.exec(clean);
  if (h) {
    clean = clean.slice(h[0].length);
    title = true;
  }
  const trimmed = clean.trim();
  const bold = trimmed.length > 4 && trimmed.startsWith('**') && trimmed.endsWith('**');
  clean = clean.replace(/\*\*/g, '');
  const line: SeedLine = { raw, clean };
  if (title) line.title = true;
  if (bold) line.bold = true;
  if (!title) {
    for (const m of MARKERS) {
      const r = m.re.exec(clean);
      if (!r) continue;
      const value = m.cn ? chineseToNumber(r[1]) : Number(r[1]);
      if (value === undefined || value < 1) continue;
      line.level = m.level;
      line.value = value;
      line.marker = r[0];
      break;
    }
  }
  return line;
}

/** The DocxSpec of a seed in one mode, with the per-paragraph line facts. */
export function seedSpec(text: string, mode: SeedMode): { spec: DocxSpec; lines: SeedLine[] } {
  const lines = splitLines(text).map(analyseLine);
  const body: ParagraphSpec[] = [];
  if (mode === 'typed') {
    for (const l of lines) body.push(l.clean === '' ? {} : { runs: [{ text: l.clean, bold: l.bold }] });
    return { spec: { body }, lines };
  }

  const LIST = 1;
  const nums: NumSpec[] = [{ id: LIST, abstractId: 1 }];
  const counters: Array<number | undefined> = [undefined, undefined, undefined, undefined];
  const styles = CHINESE_WORD_STYLES.map((s) =>
    /^[1-4]$/.test(s.id) ? { ...s, numId: LIST, ilvl: Number(s.id) - 1 } : s,
  );
  for (const l of lines) {
    if (l.title) {
      body.push({ style: 'a3', runs: [{ text: l.clean }] });
      continue;
    }
    if (l.level === undefined || l.marker === undefined || l.value === undefined) {
      body.push(l.clean === '' ? {} : { runs: [{ text: l.clean, bold: l.bold }] });
      continue;
    }
    const k = l.level - 1;
    const expected = (counters[k] ?? 0) + 1;
    const p: ParagraphSpec = { style: String(l.level) };
    if (l.value !== expected) {
      const id = nums.length + 1;
      nums.push({ id, abstractId: 1, overrides: [{ level: k, start: l.value }] });
      p.numId = id;
      p.ilvl = k;
    }
    counters[k] = l.value;
    for (let j = k + 1; j < counters.length; j++) counters[j] = undefined;

    const rest = l.clean.slice(l.marker.length);
    const stop = rest.indexOf('。');
    const runs: RunSpec[] =
      stop >= 0 && stop < rest.length - 1 && rest.slice(stop + 1).trim() !== ''
        ? [{ text: rest.slice(0, stop + 1) }, { text: rest.slice(stop + 1), notBold: true }]
        : [{ text: rest }];
    p.runs = runs;
    body.push(p);
  }
  return { spec: { body, styles, abstractNums: [gbtAbstractNum(1)], nums }, lines };
}

/** Build the .docx of a seed text. */
export async function seedToDocx(text: string, mode: SeedMode): Promise<SeedDocx> {
  const { spec, lines } = seedSpec(text, mode);
  return { bytes: await makeDocx(spec), lines };
}
