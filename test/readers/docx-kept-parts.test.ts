/**
 * The .docx reader keeps the style sheets and numbering definitions it parsed lately, by their
 * part's text (docx.ts stylesOf / numberingOf): a folder's files written from one template parse
 * them once. Oracle: every document read after forgetParsedParts() (nothing kept) gives the same
 * paragraphs as when it is read among others that share or do not share its parts, in any order.
 */
import { forgetParsedParts, readDocx } from '../../src/engine/readers/docx';
import type { Paragraph } from '../../src/engine/types';
import { CHINESE_WORD_STYLES, type DocxSpec, type ParagraphSpec, type StyleSpec, gbtAbstractNum, makeDocx } from '../support/docx-writer';
import { seedToDocx } from '../support/seed-docx';
import { loadSeeds } from '../support/seeds';

const L = (level: number, numId: number, text = 't'): ParagraphSpec => ({ text, numId, ilvl: level });
const H = (style: string, text: string): ParagraphSpec => ({ text, style });

/** A numbering that reaches its levels through the numbering style "liststyle" (w:numStyleLink): what it counts depends on the styles. */
const linked = {
  abstractNums: [gbtAbstractNum(0, false), { id: 1, levels: [], numStyleLink: 'liststyle' }, { ...gbtAbstractNum(2, false), levels: gbtAbstractNum(2, false).levels.slice(1) }],
  nums: [
    { id: 1, abstractId: 0 },
    { id: 2, abstractId: 1 },
    { id: 3, abstractId: 2 },
  ],
};
const listStyle = (numId: number): StyleSpec => ({ id: 'liststyle', name: '公文编号', type: 'numbering', numId });
const body = [H('1', '一级标题'), L(0, 2), L(0, 2), L(1, 2), H('2', '二级标题'), { text: '正文' }, L(0, 1), L(1, 3)];

/** Documents sharing styles.xml, numbering.xml, both or neither, in several shapes. */
const specs: Record<string, DocxSpec> = {
  // Same numbering.xml, styles that link "liststyle" to different lists: different list strings.
  linkedTo1: { body, extraStyles: [listStyle(1)], ...linked },
  linkedTo3: { body, extraStyles: [listStyle(3)], ...linked },
  // Same styles.xml as linkedTo1, another numbering.
  otherNumbering: { body, extraStyles: [listStyle(1)], abstractNums: [gbtAbstractNum(0, true)], nums: [{ id: 1, abstractId: 0 }, { id: 2, abstractId: 0 }, { id: 3, abstractId: 0 }] },
  // No styles part, the same numbering.
  noStyles: { body, noStyles: true, ...linked },
  // Styles that hide text and make the default style bold; no numbering part.
  hiddenStyle: {
    body: [H('h', '隐藏的段落'), H('1', '标题'), { text: '正文' }],
    styles: [...CHINESE_WORD_STYLES.map((s) => (s.id === 'a' ? { ...s, bold: true } : s)), { id: 'h', name: 'Hidden', basedOn: 'a', hidden: true }],
  },
  // Plain Chinese Word styles, nothing else.
  plain: { body: [H('1', '一、标题'), { text: '正文一' }, H('2', '（一）小标题')] },
};

async function documents(): Promise<[string, Uint8Array][]> {
  const docs: [string, Uint8Array][] = [];
  for (const [name, spec] of Object.entries(specs)) docs.push([name, await makeDocx(spec)]);
  // Generated materials as the folder bench makes them (styled headings and automatic numbering).
  for (const seed of loadSeeds().slice(0, 2)) {
    for (const mode of ['typed', 'styled'] as const) docs.push([`seed ${seed.name} ${mode}`, (await seedToDocx(seed.text, mode)).bytes]);
  }
  return docs;
}

test('a document reads the same among others sharing its styles or numbering, in any order, as read alone', async () => {
  const docs = await documents();
  const alone = new Map<string, Paragraph[]>();
  for (const [name, bytes] of docs) {
    forgetParsedParts();
    alone.set(name, await readDocx(bytes));
  }
  // The shapes differ where they should: the same numbering counts otherwise under other styles.
  expect(alone.get('linkedTo1')!.map((p) => p.listString)).not.toEqual(alone.get('linkedTo3')!.map((p) => p.listString));
  forgetParsedParts();
  const orders = [docs, [...docs].reverse(), [...docs, ...docs], docs.flatMap((d, i) => [d, docs[(i * 3) % docs.length]])];
  for (const order of orders) {
    for (const [name, bytes] of order) expect([name, await readDocx(bytes)]).toEqual([name, alone.get(name)]);
  }
  // Every document read right after every other (what the one before kept is all there is).
  for (const [before, first] of docs) {
    for (const [name, bytes] of docs) {
      forgetParsedParts();
      await readDocx(first);
      expect([before, name, await readDocx(bytes)]).toEqual([before, name, alone.get(name)]);
    }
  }
});

test('more distinct parts than are kept: the oldest dropped, every document still read as alone', async () => {
  const variants: [string, Uint8Array][] = [];
  for (let k = 1; k <= 7; k++) {
    // Each its own styles.xml (a style named for k) and numbering.xml (counting from k).
    const spec: DocxSpec = {
      body: [H('1', `标题${k}`), L(0, 1), L(0, 1)],
      extraStyles: [{ id: `s${k}`, name: `样式${k}`, basedOn: 'a' }],
      abstractNums: [{ ...gbtAbstractNum(0, false), levels: gbtAbstractNum(0, false).levels.map((l) => ({ ...l, start: k })) }],
      nums: [{ id: 1, abstractId: 0 }],
    };
    variants.push([`variant ${k}`, await makeDocx(spec)]);
  }
  const alone = new Map<string, Paragraph[]>();
  for (const [name, bytes] of variants) {
    forgetParsedParts();
    alone.set(name, await readDocx(bytes));
  }
  forgetParsedParts();
  for (const [name, bytes] of [...variants, ...variants.slice(0, 3), ...[...variants].reverse()]) {
    expect([name, await readDocx(bytes)]).toEqual([name, alone.get(name)]);
  }
});
