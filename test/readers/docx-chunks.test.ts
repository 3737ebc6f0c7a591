/**
 * altChunks Word renders in place that another program embedded as MHT (a web archive: MIME with
 * an HTML part, quoted-printable or base64, in GBK or UTF-8) or RTF (GBK text as \'hh, \uN with
 * \ucN fallbacks, skipped destinations, hidden and deleted text, fields, tables). Each fixture is
 * built here: a .docx with the chunk part, its relationship and its body reference.
 */
import fc from 'fast-check';
import { readDocx } from '../../src/engine/readers/docx';
import { decodeBase64, decodeQuotedPrintable, readMhtHtml } from '../../src/engine/readers/mht';
import { looksLikeRtf, readRtf } from '../../src/engine/readers/rtf';
import type { Paragraph } from '../../src/engine/types';
import { CHUNK_SHAPES } from '../support/adversarial';
import { docxWithChunk } from '../support/docx-writer';

jest.setTimeout(120_000);

const texts = (ps: Paragraph[]) => ps.map((p) => p.text);
const ascii = (s: string) => new TextEncoder().encode(s);

/** GBK bytes of `s`, from a table built by decoding every two-byte GBK code (TextDecoder has no encoder for GBK). */
let gbkTable: Map<string, number[]> | undefined;
function gbk(s: string): number[] {
  if (!gbkTable) {
    gbkTable = new Map();
    const d = new TextDecoder('gbk');
    for (let a = 0x81; a <= 0xfe; a++)
      for (let b = 0x40; b <= 0xfe; b++) {
        if (b === 0x7f) continue;
        const ch = d.decode(Uint8Array.of(a, b));
        if (ch.length === 1 && ch !== '\ufffd' && !gbkTable.has(ch)) gbkTable.set(ch, [a, b]);
      }
  }
  const out: number[] = [];
  for (const ch of s) {
    const code = ch.charCodeAt(0);
    if (code < 0x80) out.push(code);
    else {
      const bytes = gbkTable.get(ch);
      if (!bytes) throw new Error(`no GBK code for ${ch}`);
      out.push(...bytes);
    }
  }
  return out;
}
const hex = (n: number) => n.toString(16).toUpperCase().padStart(2, '0');
/** Chinese as RTF \'hh escapes of its GBK bytes. */
const rtfGbk = (s: string) => gbk(s).map((b) => (b < 0x80 ? String.fromCharCode(b) : `\\'${hex(b).toLowerCase()}`)).join('');
/** Text as RTF \uN escapes (N signed 16-bit) each followed by `fallback`. */
const rtfU = (s: string, fallback = '?') =>
  Array.from(s)
    .map((ch) => {
      const c = ch.charCodeAt(0);
      return c < 0x80 ? ch : `\\u${c > 32767 ? c - 65536 : c}${fallback}`;
    })
    .join('');
/** Quoted-printable of bytes, with a soft line break every `width` output characters. */
function qp(bytes: number[], width = 20): string {
  let line = '';
  let out = '';
  for (const b of bytes) {
    const t = b >= 0x21 && b <= 0x7e && b !== 0x3d ? String.fromCharCode(b) : `=${hex(b)}`;
    if (line.length + t.length > width) {
      out += line + '=\r\n';
      line = '';
    }
    line += t;
  }
  return out + line;
}
const base64 = (bytes: Uint8Array | number[]) => Buffer.from(Uint8Array.from(bytes)).toString('base64').replace(/.{76}/g, '$&\r\n');

const withChunk = docxWithChunk;
const readChunk = async (name: string, content: string | Uint8Array) => readDocx(await withChunk(name, content));

// ---------------------------------------------------------------------------------------------

const PAGE = '<html><head><meta http-equiv=Content-Type content="text/html"><title>不读</title></head><body><h1>一、存在的主要问题</h1><p>理论学习<b>不够深入</b>，比如学习停留在读原文上。</p><p>二是调研不深。</p></body></html>';
const PAGE_TEXTS = ['前文', '一、存在的主要问题', '理论学习不够深入，比如学习停留在读原文上。', '二是调研不深。', '后文'];

/** A Word-style web archive: multipart/related, the page first, a picture after. */
function mhtText(htmlPart: string, boundary = '----=_NextPart_01DC0000.12345678'): string {
  return (
    'MIME-Version: 1.0\r\n' +
    `Content-Type: multipart/related; boundary="${boundary}"\r\n\r\n` +
    'This document is a Single File Web Page, also known as a Web Archive file.\r\n\r\n' +
    `--${boundary}\r\n${htmlPart}\r\n` +
    `--${boundary}\r\nContent-Location: file:///C:/x/image001.png\r\nContent-Transfer-Encoding: base64\r\nContent-Type: image/png\r\n\r\niVBORw0KGgo=\r\n\r\n` +
    `--${boundary}--\r\n`
  );
}
const mht = (htmlPart: string, boundary?: string) => ascii(mhtText(htmlPart, boundary));
/** A string whose characters are bytes (0..255), as bytes. */
const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);

describe('MHT altChunk: the HTML part read through the HTML reader', () => {
  test.each([
    ['quoted-printable GBK, charset gb2312', `Content-Location: file:///C:/x.htm\r\nContent-Transfer-Encoding: quoted-printable\r\nContent-Type: text/html; charset="gb2312"\r\n\r\n${qp(gbk(PAGE))}`],
    ['quoted-printable UTF-8, soft breaks inside characters', `Content-Transfer-Encoding: quoted-printable\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${qp(Array.from(ascii(PAGE)), 13)}`],
    ['base64 UTF-8', `Content-Type: text/html;\r\n\tcharset="utf-8"\r\nContent-Transfer-Encoding: base64\r\n\r\n${base64(ascii(PAGE))}`],
    ['base64 GBK, charset only in a <meta>', `Content-Type: text/html\r\nContent-Transfer-Encoding: base64\r\n\r\n${base64(gbk(PAGE.replace('content="text/html"', 'content="text/html; charset=gbk"')))}`],
    ['8bit GBK, upper-case header names', `CONTENT-TYPE: TEXT/HTML; CHARSET=GBK\r\nCONTENT-TRANSFER-ENCODING: 8BIT\r\n\r\n${String.fromCharCode(...gbk(PAGE))}`],
  ])('%s', async (_name, part) => {
    // the 8bit part carries raw GBK bytes as characters 0..255
    const content = /8BIT/.test(part) ? latin1(mhtText(part)) : mht(part);
    for (const name of ['chunk.mht', 'afchunk.mhtml', 'chunk1.dat']) expect(texts(await readChunk(name, content))).toEqual(PAGE_TEXTS);
  });

  test('the heading level of <h1> survives, and the page title is not text', async () => {
    const ps = await readChunk('c.mht', mht(`Content-Type: text/html; charset=utf-8\r\n\r\n${PAGE}`));
    expect(ps[1]).toMatchObject({ text: '一、存在的主要问题', headingLevel: 1 });
    expect(ps.map((p) => p.index)).toEqual(ps.map((_, i) => i));
  });

  test('the HTML part found inside a nested multipart/alternative, after a plain-text part', async () => {
    const inner =
      'Content-Type: multipart/alternative; boundary=inner\r\n\r\n--inner\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n纯文本版本\r\n' +
      `--inner\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n${base64(ascii(PAGE))}\r\n--inner--`;
    expect(texts(await readChunk('c.mht', mht(inner, 'outer')))).toEqual(PAGE_TEXTS);
  });

  test('a single-part message (no multipart), with LF line ends', async () => {
    const m = `MIME-Version: 1.0\nContent-Type: text/html; charset="utf-8"\nContent-Transfer-Encoding: quoted-printable\n\n${qp(Array.from(ascii(PAGE))).replace(/\r\n/g, '\n')}`;
    expect(texts(await readChunk('c.mht', m))).toEqual(PAGE_TEXTS);
  });

  test.each([
    ['no HTML part', mht('Content-Type: text/plain\r\n\r\nonly text')],
    ['cut before its closing boundary', ascii('Content-Type: multipart/related; boundary=b\r\n\r\n--b\r\nContent-Type: image/png\r\n\r\nxx')],
    ['a boundary longer than MIME allows', ascii(`Content-Type: multipart/related; boundary=${'b'.repeat(300)}\r\n\r\n--${'b'.repeat(300)}\r\nContent-Type: text/html\r\n\r\n<p>x</p>`)],
    ['an unknown charset', mht('Content-Type: text/html; charset=x-unknown-9\r\n\r\n<p>正文</p>')],
  ])('damaged or empty: %s reads without throwing', async (name, bytes) => {
    const ps = await readChunk('c.mht', bytes);
    expect(ps[0].text).toBe('前文');
    expect(ps[ps.length - 1].text).toBe('后文');
    if (name === 'an unknown charset') expect(texts(ps)).toContain('正文');
  });

  test('quoted-printable and base64 decoders: edge cases', () => {
    const dec = (s: string) => String.fromCharCode(...decodeQuotedPrintable(ascii(s)));
    expect(dec('a=3Db')).toBe('a=b');
    expect(dec('a=\r\nb')).toBe('ab');
    expect(dec('a= \t\nb')).toBe('ab');
    expect(dec('a=ZZb')).toBe('a=ZZb');
    expect(dec('end=')).toBe('end');
    expect(dec('=e4=b8=ad')).toBe('\xe4\xb8\xad');
    expect(Array.from(decodeBase64(ascii('5Lit\r\n5paH')))).toEqual(Array.from(ascii('中文')));
    expect(Array.from(decodeBase64(ascii('YQ==')))).toEqual([0x61]);
  });

  test('any bytes: the MHT reader never throws', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.constantFrom('', 'Content-Type: multipart/related; boundary=b\r\n\r\n--b\r\n', 'Content-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n'), (junk, head) => {
        const b = new Uint8Array([...ascii(head), ...junk]);
        readMhtHtml(b);
      }),
      { numRuns: 300 },
    );
  });
});

describe('HTML altChunk in a legacy charset', () => {
  test.each([
    ['<meta charset="gb2312">', 'gb2312'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=GBK">', 'gbk'],
    ["<meta charset='gb18030'>", 'gb18030'],
  ])('GBK bytes with %s read as Chinese', async (meta) => {
    const page = `<html><head>${meta}</head><body><p>一、存在的主要问题</p><p>理论学习不够深入。</p></body></html>`;
    expect(texts(await readChunk('chunk.htm', Uint8Array.from(gbk(page))))).toEqual(['前文', '一、存在的主要问题', '理论学习不够深入。', '后文']);
  });

  test('UTF-8 HTML without a charset, and with a BOM, still read as UTF-8', async () => {
    const page = '<p>正文一</p><p>正文二</p>';
    expect(texts(await readChunk('chunk.htm', page))).toEqual(['前文', '正文一', '正文二', '后文']);
    expect(texts(await readChunk('chunk.htm', new Uint8Array([0xef, 0xbb, 0xbf, ...ascii('<meta charset="gbk">' + page)])))).toEqual(['前文', '正文一', '正文二', '后文']);
  });
});

// ---------------------------------------------------------------------------------------------

/** A Word-style RTF head: Chinese code page, a font table with a GBK font, colours, styles, info. */
const HEAD =
  '{\\rtf1\\adeflang1025\\ansi\\ansicpg936\\uc2\\adeff0\\deff0\\stshfdbch13\\deflang1033\\deflangfe2052' +
  `{\\fonttbl{\\f0\\fbidi \\froman\\fcharset0\\fprq2{\\*\\panose 02020603050405020304}Times New Roman;}{\\f13\\fbidi \\fnil\\fcharset134\\fprq2{\\*\\panose 02010600030101010101}${rtfGbk('宋体')}{\\*\\falt SimSun};}}` +
  '{\\colortbl;\\red0\\green0\\blue0;\\red255\\green0\\blue0;}' +
  `{\\stylesheet{\\ql \\li0\\ri0\\widctlpar\\f13 \\snext0 Normal;}{\\s1\\ql\\outlinelevel0 \\b\\f13 \\sbasedon0 \\snext0 heading 1;}}` +
  `{\\*\\generator Microsoft Word 16.0;}{\\info{\\title ${rtfGbk('标题不读')}}{\\author ${rtfGbk('作者')}}}` +
  '{\\*\\rsidtbl \\rsid123}\\paperw11906\\paperh16838 ';
const rtf = (body: string) => ascii(HEAD + body + '}');

describe('RTF altChunk: its text, as Word shows it', () => {
  test.each([
    ['GBK as \\\'hh in a charset-134 font', (s: string) => `\\f13 ${rtfGbk(s)}`],
    ['GBK as \\\'hh under \\ansicpg936 in a charset-0 font', (s: string) => `\\f0 ${rtfGbk(s)}`],
    ['\\uN with \\uc2 and two \\\'hh fallbacks', (s: string) => `\\uc2 ${Array.from(s).map((ch) => (ch.charCodeAt(0) < 0x80 ? ch : `\\u${ch.charCodeAt(0) > 32767 ? ch.charCodeAt(0) - 65536 : ch.charCodeAt(0)}${rtfGbk(ch)}`)).join('')}`],
    ['\\uN with \\uc1 and a ? fallback', (s: string) => `\\uc1 ${rtfU(s)}`],
    ['\\uN with \\uc0 (no fallback; the space after each \\uN is its delimiter)', (s: string) => `\\uc0 ${rtfU(s, ' ')}`],
  ])('%s', async (_name, enc) => {
    const paras = ['一、存在的主要问题', '（一）在学习方面', '理论学习不够深入，比如学习停留在读原文上；2025年下半年。'];
    const body = paras.map((p) => `\\pard\\plain ${enc(p)}\\par`).join('\r\n');
    expect(texts(await readChunk('chunk.rtf', rtf(body)))).toEqual(['前文', ...paras, '后文']);
  });

  test('not text: field codes, bookmarks, pictures, objects, headers, footers, footnotes, annotations, shapes, unknown \\* destinations', async () => {
    const body =
      `\\pard{\\header \\pard ${rtfGbk('页眉')}\\par}{\\footer \\pard ${rtfGbk('页脚')}\\par}` +
      `${rtfGbk('正文')}{\\*\\bkmkstart _Toc1}{\\*\\bkmkend _Toc1}` +
      `{\\field{\\*\\fldinst {HYPERLINK "http://x" }}{\\fldrslt {${rtfGbk('链接显示文字')}}}}` +
      '{\\pict\\pngblip\\picw10\\pich10 89504e470d0a1a0a}{\\object\\objemb{\\*\\objdata 0102}}' +
      `{\\footnote \\pard ${rtfGbk('脚注')}}{\\*\\atnid x}{\\annotation ${rtfGbk('批注')}}` +
      `{\\shp{\\*\\shpinst{\\shptxt ${rtfGbk('文本框')}}}}{\\*\\unknowndest ${rtfGbk('未知')}}${rtfGbk('完')}\\par`;
    expect(texts(await readChunk('chunk.rtf', rtf(body)))).toEqual(['前文', '正文链接显示文字完', '后文']);
  });

  test('hidden (\\v) and tracked-deleted (\\deleted) text is left out; \\plain and group ends restore it', async () => {
    const body =
      `\\pard ${rtfGbk('可见')}{\\v ${rtfGbk('隐藏提示一是二是')}}${rtfGbk('文字')}\\v ${rtfGbk('隐藏')}\\v0 ${rtfGbk('再现')}` +
      `{\\deleted ${rtfGbk('已删除')}}{\\revised ${rtfGbk('插入')}}\\v ${rtfGbk('又隐')}\\plain ${rtfGbk('完')}\\par`;
    expect(texts(await readChunk('chunk.rtf', rtf(body)))).toEqual(['前文', '可见文字再现插入完', '后文']);
  });

  test('characters: \\line, \\tab, \\~, \\_, escaped braces and backslash, quotes and dashes, \\bin data', async () => {
    const body = `\\pard ${rtfGbk('第一行')}\\line ${rtfGbk('第二行')}\\tab x\\~y\\_z \\{a\\}\\\\ \\ldblquote ${rtfGbk('两个确立')}\\rdblquote \\emdash {\\bin4 \\par}${rtfGbk('完')}\\par`;
    expect(texts(await readChunk('chunk.rtf', rtf(body)))).toEqual(['前文', '第一行\n第二行 x y-z {a}\\ “两个确立”—完', '后文']);
  });

  test('outline level gives a heading; \\pard resets it', async () => {
    // the list number of a heading sits in a {\\listtext\\pard …} group: its \\pard does not reset the heading
    const body = `\\pard\\outlinelevel0 {\\listtext\\pard\\plain ${rtfGbk('一、')}\\tab}${rtfGbk('存在的主要问题')}\\par\\pard ${rtfGbk('正文')}\\par\\pard\\outlinelevel1 ${rtfGbk('（一）学习方面')}\\par`;
    const ps = await readChunk('chunk.rtf', rtf(body));
    expect(ps.slice(1, 4).map((p) => [p.text, p.headingLevel, p.outlineLevel])).toEqual([
      ['一、 存在的主要问题', 1, 1],
      ['正文', undefined, undefined],
      ['（一）学习方面', 2, 2],
    ]);
  });

  test('a table: each cell a paragraph with its table, row and column; text after it is not in the table', async () => {
    const row = (cells: string[]) => `\\trowd\\cellx1000\\cellx2000\\cellx3000 ${cells.map((c) => `\\pard\\intbl ${rtfGbk(c)}\\cell`).join('')}\\row`;
    const body = `\\pard ${rtfGbk('表前')}\\par${row(['序号', '问题', '整改措施'])}${row(['1', '学习不够', ''])}\\pard ${rtfGbk('表后')}\\par${row(['甲', '乙', '丙'])}`;
    const ps = (await readChunk('chunk.rtf', rtf(body))).slice(1, -1);
    expect(ps.map((p) => [p.text, p.cell?.table, p.cell?.row, p.cell?.column])).toEqual([
      ['表前', undefined, undefined, undefined],
      ['序号', 0, 0, 0],
      ['问题', 0, 0, 1],
      ['整改措施', 0, 0, 2],
      ['1', 0, 1, 0],
      ['学习不够', 0, 1, 1],
      ['表后', undefined, undefined, undefined],
      ['甲', 1, 0, 0],
      ['乙', 1, 0, 1],
      ['丙', 1, 0, 2],
    ]);
    expect(ps.filter((p) => p.inTable).length).toBe(8);
  });

  test('other code pages: Big5 in a charset-136 font, and a file with no code page (Windows-1252)', async () => {
    const big5 = new TextDecoder('big5');
    // 中 in Big5 is A4 A4
    expect(big5.decode(Uint8Array.of(0xa4, 0xa4))).toBe('中');
    const doc = ascii("{\\rtf1\\ansi{\\fonttbl{\\f1\\fcharset136 MingLiU;}{\\f2\\fcharset0 Arial;}}\\pard\\f1 \\'a4\\'a4\\f2 caf\\'e9\\par}");
    expect(texts(readRtf(doc))).toEqual(['中café']);
  });

  test('symbol fonts named in the font table: list bullets and circled numbers read as Word shows them', () => {
    const doc = ascii(
      "{\\rtf1\\ansi\\ansicpg936{\\fonttbl{\\f3\\fbidi \\froman\\fcharset2\\fprq2{\\*\\panose 05050102010706020507}Symbol;}" +
        "{\\f10\\fnil\\fcharset2 Wingdings;}{\\f13\\fnil\\fcharset134 \\'cb\\'ce\\'cc\\'e5;}}" +
        `{\\listtext\\pard\\plain\\f3 \\'b7\\tab}\\f13 ${rtfGbk('学习不够')}\\par ` +
        `\\pard{\\f10 \\'81}\\f13 ${rtfGbk('调研不深')}\\par ` +
        `\\pard{\\f3 \\u-3913?}\\f13 ${rtfGbk('作风不实')}\\par ` +
        `\\pard\\f13 ${rtfGbk('完')}\\'d6\\par}`,
    );
    expect(texts(readRtf(doc))).toEqual(['• 学习不够', '①调研不深', '•作风不实', '完']);
  });

  test('the part is known as RTF by its content, whatever its name', async () => {
    const doc = rtf(`\\pard ${rtfGbk('内容')}\\par`);
    expect(looksLikeRtf(doc)).toBe(true);
    for (const name of ['chunk.rtf', 'afchunk.dat', 'x.htm']) expect(texts(await readChunk(name, doc))).toEqual(['前文', '内容', '后文']);
  });

  test('any bytes after {\\rtf: the RTF reader never throws, and its text has no control characters', () => {
    const token = fc.oneof(
      fc.constantFrom('{', '}', '\\par ', '\\u-20013?', '\\u20013 ', "\\'d6", "\\'", '\\uc3 ', '\\v ', '\\*', '\\bin2 ', "\\'0a", "\\'09", "\\'01", '\\u12288 ', '\\u9 ', '\\fonttbl', '\\f13 ', '\\intbl ', '\\cell ', '\\row ', '\\', '\\\r\n', 'x'),
      fc.string({ maxLength: 4 }),
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 60 }), (tokens) => {
        const ps = readRtf(ascii('{\\rtf1\\ansicpg936 ' + tokens.join('')));
        for (const p of ps) {
          expect(p.text).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
          expect(p.text.trim()).not.toBe('');
        }
      }),
      { numRuns: 1000 },
    );
    expect(texts(readRtf(ascii("{\\rtf1 a\\'0ab\\'09c\\'01d\\par \\u12288 \\u12288 \\par}")))).toEqual(['ab cd']);
  });
});

// ---------------------------------------------------------------------------------------------

describe('hostile RTF and MHT parts stay linear', () => {
  /** Process CPU milliseconds of the best of `runs` runs. */
  function cpu(fn: () => void, runs: number): number {
    let best = Infinity;
    for (let r = 0; r < runs; r++) {
      const t = process.cpuUsage();
      fn();
      const d = process.cpuUsage(t);
      best = Math.min(best, (d.user + d.system) / 1000);
    }
    return best;
  }
  /** The floor: one pass over the bytes. */
  function plainPass(b: Uint8Array): number {
    let n = 0;
    for (let i = 0; i < b.length; i++) if (b[i] === 0x5c || b[i] === 0x0a) n++;
    return n;
  }
  const readShape = (kind: 'rtf' | 'mht', b: Uint8Array) => (kind === 'rtf' ? readRtf(b) : readMhtHtml(b));

  test.each(CHUNK_SHAPES.map((s) => [s.name, s] as const))('%s', (_name, shape) => {
    const small = 64 * 1024;
    const a = shape.make(small);
    const b = shape.make(small * 4);
    expect(b.length).toBeGreaterThan(a.length * 3);
    readShape(shape.kind, a);
    const ratio = (x: Uint8Array) => cpu(() => readShape(shape.kind, x), 3) / Math.max(cpu(() => plainPass(x), 5), 0.05);
    const ra = ratio(a);
    let rb = ratio(b);
    // The plain pass is linear, so a linear reader keeps the ratio; 2.5× is noise headroom.
    if (rb > ra * 2.5 + 20) rb = ratio(b);
    expect({ shape: shape.name, linear: rb <= ra * 2.5 + 20 }).toEqual({ shape: shape.name, linear: true });
  });
});

describe('chunks with very many paragraphs', () => {
  // A chunk's paragraphs were spread into push(): from about 100,000 on that threw RangeError
  // (call stack) and the file was reported as damaged.
  test.each([
    ['RTF paragraphs', 'big.rtf', () => ascii('{\\rtf1 ' + 'x\\par '.repeat(150_000) + '}')],
    ['RTF table cells', 'cells.rtf', () => ascii('{\\rtf1 \\intbl ' + 'a\\cell '.repeat(150_000) + '\\row}')],
    ['HTML paragraphs', 'big.html', () => ascii('<html><body>' + '<p>x</p>'.repeat(150_000) + '</body></html>')],
  ])('%s', async (_name, file, make) => {
    const ps = await readChunk(file, make());
    expect(ps.length).toBeGreaterThan(150_000);
    expect(ps[0].text).toBe('前文');
    expect(ps[ps.length - 1].text).toBe('后文');
    expect(ps.every((p, i) => p.index === i)).toBe(true);
  });
});
