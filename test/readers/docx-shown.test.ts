/**
 * The .docx reader reads what Word shows: tracked changes accepted, hidden text (direct, through
 * styles and defaults) left out, fields as their displayed result, no table of contents, symbol
 * fonts and embedded HTML as their characters, odd but valid packages, and refusals that name
 * the reason (password, corrupt part). Each case is built here as XML, in several shapes.
 */
import fc from 'fast-check';
import JSZip from 'jszip';
import { DocxError, readDocx } from '../../src/engine/readers/docx';
import { analyze } from '../../src/engine';
import { INVISIBLE_CODES } from '../../src/engine/readers/invisible';
import { readText } from '../../src/engine/readers/text';
import { cleanText as cleanWordText } from '../../src/word/clean';
import type { Paragraph } from '../../src/engine/types';
import { BlockSpec, CHINESE_WORD_STYLES, DocxSpec, StyleSpec, W_NS, docxWithChunk, gbtAbstractNum, makeDocx } from '../support/docx-writer';

const read = async (spec: DocxSpec): Promise<Paragraph[]> => readDocx(await makeDocx(spec));
const texts = (ps: Paragraph[]) => ps.map((p) => p.text);
const effective = (ps: Paragraph[]) => ps.map((p) => (p.listString ?? '') + p.text);
const raw = (xml: string): BlockSpec => ({ kind: 'raw', xml });

const DEL = 'w:id="1" w:author="审阅人" w:date="2025-12-01T00:00:00Z"';
const run = (text: string, rPr = '') => `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;
const delRun = (text: string) => `<w:del ${DEL}><w:r><w:delText xml:space="preserve">${text}</w:delText></w:r></w:del>`;
/** A paragraph: its pPr inner XML and its content. */
const para = (pPr: string, content: string) => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${content}</w:p>`;
const num = (numId: number, ilvl = 0) => `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`;
const markDeleted = `<w:rPr><w:del ${DEL}/></w:rPr>`;
const markMovedAway = `<w:rPr><w:moveFrom ${DEL}/></w:rPr>`;
const markInserted = `<w:rPr><w:ins ${DEL}/></w:rPr>`;

const NUMBERED = { abstractNums: [gbtAbstractNum(0, false)], nums: [{ id: 1, abstractId: 0 }] };

async function patch(bytes: Uint8Array, edit: (zip: JSZip) => void | Promise<void>): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  await edit(zip);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

async function caught(p: Promise<unknown>): Promise<DocxError> {
  let e: unknown;
  try {
    await p;
  } catch (x) {
    e = x;
  }
  expect(e).toBeInstanceOf(DocxError);
  return e as DocxError;
}

// ---------------------------------------------------------------------------------------------

describe('tracked changes: what Word shows with all changes accepted', () => {
  test('a numbered heading deleted with its mark is gone, and the numbers after it do not shift', async () => {
    const body = [
      raw(para(num(1), run('存在的主要问题'))),
      raw(para(num(1) + markDeleted, delRun('已删除的一段'))),
      raw(para(num(1), run('原因分析'))),
      raw(para(num(1), run('整改措施'))),
    ];
    const ps = await read({ body, ...NUMBERED });
    expect(effective(ps)).toEqual(['一、存在的主要问题', '二、原因分析', '三、整改措施']);
  });

  test.each([
    ['mark deleted, text kept: the text joins the next paragraph', para('', run('前半句，') + '') + para('', run('后半句。')), ['后半句。'], false],
    ['mark deleted and text kept joins the next', para(markDeleted, run('前半句，')) + para('', run('后半句。')), ['前半句，后半句。'], true],
    ['mark moved away with its text (moveFrom) is gone', para(markMovedAway, `<w:moveFrom ${DEL}>${run('旧位置')}</w:moveFrom>`) + para('', run('正文')), ['正文'], true],
    ['moved-to text counts at its destination', para(markInserted, `<w:moveTo ${DEL}>${run('新位置')}</w:moveTo>`) + para('', run('正文')), ['新位置', '正文'], true],
    ['an inserted paragraph counts', para(markInserted, `<w:ins ${DEL}>${run('新增一段')}</w:ins>`) + para('', run('正文')), ['新增一段', '正文'], true],
    ['deleted text inside a kept paragraph', para('', run('保留') + delRun('删去') + `<w:ins ${DEL}>${run('增加')}</w:ins>`), ['保留增加'], true],
  ])('%s', async (_name, xml, expected, exact) => {
    const ps = await read({ body: [raw(xml)] });
    if (exact) expect(texts(ps)).toEqual(expected);
    else expect(texts(ps)).toContain(expected[0]);
  });

  test('a tracked-deleted table row is gone; the other rows stay', async () => {
    const cell = (t: string) => `<w:tc>${para('', run(t))}</w:tc>`;
    const xml =
      '<w:tbl><w:tblPr/><w:tblGrid/>' +
      `<w:tr>${cell('问题一')}${cell('措施一')}</w:tr>` +
      `<w:tr><w:trPr><w:del ${DEL}/></w:trPr>${cell('删除的问题')}${cell('删除的措施')}</w:tr>` +
      `<w:tr>${cell('问题三')}${cell('措施三')}</w:tr></w:tbl>`;
    const ps = await read({ body: [raw(xml), { text: '表后' }] });
    expect(texts(ps)).toEqual(['问题一', '措施一', '问题三', '措施三', '表后']);
  });

  test('the structure after a deleted part heading is read as Word shows it', async () => {
    const h = (t: string) => raw(para('<w:pStyle w:val="1"/>', run(t)));
    const body = [
      h('一、存在的主要问题'),
      raw(para('<w:pStyle w:val="1"/>' + markDeleted, delRun('二、旧标题'))),
      h('二、原因分析'),
      raw(para('', run('理论学习不深入。'))),
      h('三、整改措施'),
    ];
    const ps = await read({ body });
    const a = analyze({ paragraphs: ps, source: 'docx' });
    const roles = a.outline.parts.map((p) => p.role);
    expect(roles).toEqual(expect.arrayContaining(['problems', 'causes', 'measures']));
    expect(texts(ps)).not.toContain('二、旧标题');
  });
});

describe('hidden text through styles', () => {
  const HIDDEN_STYLES: StyleSpec[] = [
    { id: 'hint', name: '提示', basedOn: 'a', hidden: true },
    { id: 'hintChild', name: '提示子样式', basedOn: 'hint' },
    { id: 'hintChar', name: '提示字符', type: 'character', hidden: true },
    { id: 'shown', name: '可见子样式', basedOn: 'hint', hidden: false },
  ];
  test.each([
    ['a paragraph style with w:vanish: the whole paragraph is gone', para('<w:pStyle w:val="hint"/>', run('一是……四是……')), ['正文']],
    ['a style based on a hidden one', para('<w:pStyle w:val="hintChild"/>', run('提示文字')), ['正文']],
    ['a character style with w:vanish', para('', run('可见', '') + run('隐藏提示', '<w:rStyle w:val="hintChar"/>')), ['可见', '正文']],
    // The mark stays hidden through the style, so the shown run runs on into the next paragraph.
    ['a run says w:vanish w:val="0" inside a hidden paragraph style', para('<w:pStyle w:val="hint"/>', run('显示', '<w:vanish w:val="0"/>')), ['显示正文']],
    ['a child style turns hiding off', para('<w:pStyle w:val="shown"/>', run('显示的文字')), ['显示的文字', '正文']],
    ['direct w:vanish on the paragraph mark and the text', para('<w:rPr><w:vanish/></w:rPr>', run('隐藏', '<w:vanish/>')), ['正文']],
    ['a hidden mark with shown text joins the next paragraph', para('<w:rPr><w:vanish/></w:rPr>', run('前半，')), ['前半，正文']],
  ])('%s', async (_name, xml, expected) => {
    const ps = await read({ body: [raw(xml), { text: '正文' }], extraStyles: HIDDEN_STYLES });
    expect(texts(ps)).toEqual(expected);
  });

  test('w:vanish in the document defaults hides text that does not turn it off', async () => {
    const bytes = await patch(await makeDocx({ body: [raw(para('', run('默认隐藏'))), raw(para('', run('显示', '<w:vanish w:val="0"/>')))] }), async (zip) => {
      const xml = await zip.file('word/styles.xml')!.async('string');
      zip.file('word/styles.xml', xml.replace('<w:rPrDefault><w:rPr>', '<w:rPrDefault><w:rPr><w:vanish/>'));
    });
    expect(texts(await readDocx(bytes))).toEqual(['显示']);
  });

  test('a style-hidden hint does not replace the real causes', async () => {
    const ps = await read({
      extraStyles: HIDDEN_STYLES,
      body: [
        { text: '二、原因分析', style: '1' },
        raw(para('<w:pStyle w:val="hint"/>', run('（提示：按一是、二是、三是、四是写）'))),
        { text: '一是理想信念有所弱化。' },
      ],
    });
    expect(texts(ps)).toEqual(['二、原因分析', '一是理想信念有所弱化。']);
  });
});

describe('fields: the displayed result, once', () => {
  const begin = '<w:r><w:fldChar w:fldCharType="begin"/></w:r>';
  const sep = '<w:r><w:fldChar w:fldCharType="separate"/></w:r>';
  const end = '<w:r><w:fldChar w:fldCharType="end"/></w:r>';
  const instr = (s: string) => `<w:r><w:instrText xml:space="preserve">${s}</w:instrText></w:r>`;
  test.each([
    ['a simple field: result only', run('第') + begin + instr(' PAGE ') + sep + run('3') + end + run('页'), '第3页'],
    [
      'an IF around a DOCPROPERTY: the inner result is part of the code, not shown',
      begin + instr(' IF ') + begin + instr(' DOCPROPERTY 单位 ') + sep + run('某某局') + end + instr(' = "某某局" "本单位" "他单位" ') + sep + run('本单位') + end + run('党委'),
      '本单位党委',
    ],
    ['MACROBUTTON without a result shows its display text', begin + instr(' MACROBUTTON NoMacro [单击此处输入问题] ') + end, '[单击此处输入问题]'],
    ['MACROBUTTON code split over runs', begin + instr(' MACROBUTTON ') + instr('NoMacro 请填写') + end + run('。'), '请填写。'],
    ['w:fldSimple shows its content', `<w:fldSimple w:instr=" DOCPROPERTY 单位 ">${run('某某局')}</w:fldSimple>` + run('党委'), '某某局党委'],
    ['w:fldSimple MACROBUTTON with no content', '<w:fldSimple w:instr=" MACROBUTTON NoMacro 填写原因 "/>', '填写原因'],
    ['a field result spread over runs and a hyperlink', begin + instr(' HYPERLINK "x" ') + sep + run('链') + `<w:hyperlink>${run('接')}</w:hyperlink>` + end, '链接'],
  ])('%s', async (_name, xml, expected) => {
    const ps = await read({ body: [raw(para('', xml))] });
    expect(texts(ps)).toEqual([expected]);
  });
});

describe('a table of contents is not body text', () => {
  const tocLine = (t: string, page: number, style = '') =>
    para(style, `<w:hyperlink w:anchor="_Toc1">${run(t)}<w:r><w:tab/></w:r>${run(String(page))}</w:hyperlink>`);
  const tocField = (lines: string[]) =>
    para('', run('目录')) +
    para(
      '',
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' +
        run(lines[0]),
    ) +
    lines.slice(1).map((l, i) => tocLine(l, i + 3)).join('') +
    para('', '<w:r><w:fldChar w:fldCharType="end"/></w:r>');
  const BODY: BlockSpec[] = [
    { text: '一、存在的主要问题', style: '1' },
    { text: '理论学习不深入。' },
    { text: '二、原因分析', style: '1' },
  ];
  const TOC_STYLES: StyleSpec[] = [
    { id: '10', name: 'toc 1', basedOn: 'a' },
    { id: '20', name: 'toc 2', basedOn: 'a' },
  ];

  test.each([
    ['a TOC field spanning paragraphs', tocField(['一、存在的主要问题 2', '二、原因分析', '三、整改措施'])],
    ['lines in the TOC 1/TOC 2 styles without a field', tocLine('一、存在的主要问题', 2, '<w:pStyle w:val="10"/>') + tocLine('（一）理论学习', 2, '<w:pStyle w:val="20"/>')],
    [
      'a content control from the Table of Contents gallery',
      '<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>' +
        tocField(['一、存在的主要问题', '二、原因分析']) +
        '</w:sdtContent></w:sdt>',
    ],
  ])('%s', async (_name, toc) => {
    const ps = await read({ body: [raw(toc), ...BODY], extraStyles: TOC_STYLES });
    const t = texts(ps).filter((x) => x !== '目录');
    expect(t).toEqual(['一、存在的主要问题', '理论学习不深入。', '二、原因分析']);
  });

  test('text after a TOC field ends is still read', async () => {
    const xml =
      para('', '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> TOC \\o </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' + run('目录项 1')) +
      para('', '<w:r><w:fldChar w:fldCharType="end"/></w:r>' + run('正文开始'));
    expect(texts(await read({ body: [raw(xml)] }))).toEqual(['正文开始']);
  });
});

describe('symbols and embedded content', () => {
  test.each([
    ['w:sym from Wingdings 2 (F06A…)', '<w:r><w:sym w:font="Wingdings 2" w:char="F06A"/></w:r><w:r><w:sym w:font="Wingdings 2" w:char="F06B"/></w:r><w:r><w:sym w:font="Wingdings 2" w:char="F073"/></w:r>', '①②⑩'],
    ['w:sym from Wingdings (F081…)', '<w:r><w:sym w:font="Wingdings" w:char="F081"/></w:r><w:r><w:sym w:font="Wingdings" w:char="F08C"/></w:r>', '①❶'],
    ['w:sym with a Unicode code', '<w:r><w:sym w:font="宋体" w:char="2460"/></w:r>', '①'],
    ['w:sym check box from Wingdings 2', '<w:r><w:sym w:font="Wingdings 2" w:char="F052"/></w:r>' + run('已完成'), '☑已完成'],
    ['run text in a symbol font', '<w:r><w:rPr><w:rFonts w:ascii="Wingdings 2" w:hAnsi="Wingdings 2"/></w:rPr><w:t>jk</w:t></w:r>' + run('整改'), '①②整改'],
    ['run text in a symbol font written as private-use codes', '<w:r><w:rPr><w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings"/></w:rPr><w:t>\uF081</w:t></w:r>', '①'],
    ['an unknown private-use symbol is left out', '<w:r><w:sym w:font="MT Extra" w:char="F065"/></w:r>' + run('正文'), '正文'],
    ['zero-width characters and BOMs removed', run('理\u200b论\ufeff学\u200d习\u2060'), '理论学习'],
  ])('%s', async (_name, xml, expected) => {
    expect(texts(await read({ body: [raw(para('', xml))] }))).toEqual([expected]);
  });

  const withChunk = docxWithChunk;

  test('an altChunk of HTML is read in place, a block element a paragraph', async () => {
    const html =
      '<html><head><title>不算</title><style>p{}</style></head><body><h2>二、原因分析</h2><p>理想信念<b>有所弱化</b>，</p><div>宗旨意识&nbsp;淡化。<br>第二行</div>' +
      '<ul><li>一是学习不够</li><li>二是调研不深</li></ul><table><tr><td>问题</td><td>措施</td></tr></table><script>var x = 1;</script></body></html>';
    const ps = await readDocx(await withChunk('chunk.htm', html));
    expect(texts(ps)).toEqual(['前文', '二、原因分析', '理想信念有所弱化，', '宗旨意识 淡化。\n第二行', '一是学习不够', '二是调研不深', '问题', '措施', '后文']);
    expect(ps.map((p) => p.index)).toEqual(ps.map((_, i) => i));
    expect(ps[1].headingLevel).toBe(2);
    expect(ps[6].cell).toEqual({ table: 0, row: 0, column: 0 });
  });

  test('an altChunk of plain text and one of a whole .docx', async () => {
    expect(texts(await readDocx(await withChunk('chunk.txt', '第一行\r\n\r\n第二行')))).toEqual(['前文', '第一行', '第二行', '后文']);
    const inner = await makeDocx({ body: [{ text: '内嵌文档的段落' }] });
    expect(texts(await readDocx(await withChunk('chunk.docx', inner)))).toEqual(['前文', '内嵌文档的段落', '后文']);
  });
});

describe('packages', () => {
  const spec: DocxSpec = { body: [{ text: '一、存在的主要问题', style: '1' }, { text: '正文', numId: 1 }], ...NUMBERED };

  async function rename(bytes: Uint8Array, map: (name: string) => string): Promise<Uint8Array> {
    const zip = await JSZip.loadAsync(bytes);
    const out = new JSZip();
    for (const [name, f] of Object.entries(zip.files)) if (!f.dir) out.file(map(name), await f.async('uint8array'));
    return out.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  }

  test.each([
    ['Styles.xml and Numbering.xml capitalised', (n: string) => n.replace('styles.xml', 'Styles.xml').replace('numbering.xml', 'Numbering.xml')],
    ['every part name upper-case', (n: string) => (n === '[Content_Types].xml' ? n : n.toUpperCase())],
    ['Word/Document.xml', (n: string) => n.replace('word/document.xml', 'Word/Document.xml')],
  ])('part names matched case-insensitively: %s', async (_name, map) => {
    const ps = await readDocx(await rename(await makeDocx(spec), map));
    expect(ps[0]).toMatchObject({ text: '一、存在的主要问题', headingLevel: 1 });
    expect(ps[1].listString).toBe('一、');
  });

  test('a local header that spells a part name otherwise: the central directory name counts', async () => {
    const bytes = (await makeDocx(spec)).slice();
    const names = ['word/styles.xml', 'word/numbering.xml'].map((n) => new TextEncoder().encode(n));
    let changed = 0;
    for (let i = 0; i + 30 < bytes.length; i++) {
      if (bytes[i] !== 0x50 || bytes[i + 1] !== 0x4b || bytes[i + 2] !== 3 || bytes[i + 3] !== 4) continue;
      const len = bytes[i + 26] | (bytes[i + 27] << 8);
      for (const name of names) {
        if (len === name.length && name.every((b, k) => bytes[i + 30 + k] === b)) {
          for (let k = 0; k < len; k++) bytes[i + 30 + k] = name[k] >= 0x61 && name[k] <= 0x7a ? name[k] - 32 : name[k];
          changed++;
        }
      }
    }
    expect(changed).toBe(2);
    const ps = await readDocx(bytes);
    expect(ps[0].headingLevel).toBe(1);
    expect(ps[1].listString).toBe('一、');
  });

  test('the main part found through [Content_Types].xml when _rels/.rels is missing (a template, .dotm)', async () => {
    const bytes = await patch(await makeDocx(spec), async (zip) => {
      zip.remove('_rels/.rels');
      const doc = await zip.file('word/document.xml')!.async('string');
      zip.remove('word/document.xml');
      zip.file('word/main.xml', doc);
      zip.file('word/_rels/main.xml.rels', await zip.file('word/_rels/document.xml.rels')!.async('string'));
      const ct = await zip.file('[Content_Types].xml')!.async('string');
      zip.file(
        '[Content_Types].xml',
        ct.replace(
          /<Override PartName="\/word\/document.xml" ContentType="[^"]+"\/>/,
          '<Override PartName="/word/main.xml" ContentType="application/vnd.ms-word.template.macroEnabledTemplate.main+xml"/>',
        ),
      );
    });
    const ps = await readDocx(bytes);
    expect(ps[1].listString).toBe('一、');
  });

  test.each([
    ['UTF-16LE with BOM', 'utf-16le', true],
    ['UTF-16BE with BOM', 'utf-16be', true],
    ['UTF-16LE without BOM', 'utf-16le', false],
    ['UTF-8 with BOM', 'utf-8', true],
  ])('XML parts in %s', async (_name, encoding, bom) => {
    const encode = (s: string): Uint8Array => {
      const body = s.replace('encoding="UTF-8"', `encoding="${encoding.toUpperCase()}"`);
      if (encoding === 'utf-8') return new Uint8Array([...(bom ? [0xef, 0xbb, 0xbf] : []), ...new TextEncoder().encode(body)]);
      const out: number[] = bom ? (encoding === 'utf-16le' ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
      for (let i = 0; i < body.length; i++) {
        const c = body.charCodeAt(i);
        if (encoding === 'utf-16le') out.push(c & 0xff, c >> 8);
        else out.push(c >> 8, c & 0xff);
      }
      return new Uint8Array(out);
    };
    const bytes = await patch(await makeDocx(spec), async (zip) => {
      for (const name of ['word/document.xml', 'word/styles.xml', 'word/numbering.xml', '_rels/.rels']) {
        zip.file(name, encode(await zip.file(name)!.async('string')));
      }
    });
    const ps = await readDocx(bytes);
    expect(ps[0]).toMatchObject({ text: '一、存在的主要问题', headingLevel: 1 });
    expect(ps[1]).toMatchObject({ text: '正文', listString: '一、' });
  });
});

describe('refusals that name the reason', () => {
  /** A minimal OLE compound file header with the directory names of an encrypted package. */
  function compoundFile(names: string[]): Uint8Array {
    const b = new Uint8Array(4096);
    b.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    let at = 1024;
    for (const n of names) {
      for (let i = 0; i < n.length; i++) {
        b[at + 2 * i] = n.charCodeAt(i);
        b[at + 2 * i + 1] = 0;
      }
      at += 128;
    }
    return b;
  }

  test.each([
    ['EncryptionInfo and EncryptedPackage', ['\u0006DataSpaces', 'EncryptionInfo', 'EncryptedPackage']],
    ['EncryptedPackage only', ['Root Entry', 'EncryptedPackage']],
  ])('a password-protected document (%s) says so', async (_name, names) => {
    const e = await caught(readDocx(compoundFile(names)));
    expect(e.code).toBe('encrypted');
    expect(e.message).toContain('密码');
    expect(e.message).not.toContain('.doc');
  });

  test('an old .doc compound file without those streams is not called encrypted', async () => {
    const e = await caught(readDocx(compoundFile(['Root Entry', 'WordDocument', '1Table'])));
    expect(e.code).not.toBe('encrypted');
  });

  const docBytes = () => makeDocx({ body: Array.from({ length: 40 }, (_, i) => ({ text: `第${i}段，内容${i * 37}` })) });

  test.each([
    ['cut mid-way at a tag boundary', (x: string) => x.slice(0, x.indexOf('<w:p>', x.length / 2))],
    ['cut inside text', (x: string) => x.slice(0, x.indexOf('内容', x.length / 2) + 1)],
    ['an element left open', (x: string) => x.replace('</w:body>', '<w:p><w:r><w:t>x</w:t></w:r></w:body>')],
    ['end tags in the wrong order', (x: string) => x.replace('</w:t></w:r>', '</w:r></w:t>')],
    ['not XML at all', () => '这不是 XML，只是一段文字'],
    ['empty', () => ''],
  ])('word/document.xml %s → corrupt, naming the part', async (_name, edit) => {
    const bytes = await patch(await docBytes(), async (zip) => {
      zip.file('word/document.xml', edit(await zip.file('word/document.xml')!.async('string')));
    });
    const e = await caught(readDocx(bytes));
    expect(e.code).toBe('corrupt');
    expect(e.part).toBe('word/document.xml');
    expect(e.message).toBe('文件已损坏（word/document.xml）');
  });

  test('a broken styles.xml is corrupt, naming that part', async () => {
    const bytes = await patch(await docBytes(), (zip) => {
      zip.file('word/styles.xml', `<w:styles xmlns:w="${W_NS}"><w:style w:styleId="a">`);
    });
    const e = await caught(readDocx(bytes));
    expect(e.message).toBe('文件已损坏（word/styles.xml）');
  });

  test('altered bytes in a stored (uncompressed) part fail its CRC', async () => {
    const zip = new JSZip();
    const src = await JSZip.loadAsync(await docBytes());
    for (const [name, f] of Object.entries(src.files)) if (!f.dir) zip.file(name, await f.async('uint8array'));
    const stored = await zip.generateAsync({ type: 'uint8array', compression: 'STORE' });
    const target = new TextEncoder().encode('第20段');
    let at = -1;
    for (let i = 0; i < stored.length - target.length && at < 0; i++) if (target.every((v, k) => stored[i + k] === v)) at = i;
    expect(at).toBeGreaterThan(0);
    const altered = stored.slice();
    altered.set(new TextEncoder().encode('第99段'), at);
    const e = await caught(readDocx(altered));
    expect(e.message).toBe('文件已损坏（word/document.xml）');
  });

  test('a document.xml whose root is XML but not a Word body is named, not called missing', async () => {
    const bytes = await patch(await docBytes(), (zip) => {
      zip.file('word/document.xml', '<?xml version="1.0"?><html><body>x</body></html>');
    });
    const e = await caught(readDocx(bytes));
    expect(e.message).toContain('word/document.xml');
    expect(e.message).not.toContain('没有');
  });
});

describe('the style-based heading styles still read after all this', () => {
  test('sanity: CHINESE_WORD_STYLES heading 1 is read', async () => {
    const ps = await read({ body: [{ text: '标题', style: '1' }], styles: CHINESE_WORD_STYLES });
    expect(ps[0].headingLevel).toBe(1);
  });
});

describe('invisible characters: removed by both hosts alike', () => {
  test('every invisible code is removed by the .docx reader, the Word host cleaning and the text reader', async () => {
    const codes = [...INVISIBLE_CODES];
    expect(codes.length).toBeGreaterThan(8);
    const body = codes.map((c) => ({ text: `甲${String.fromCharCode(c)}乙` }));
    const ps = await read({ body });
    expect(texts(ps)).toEqual(codes.map(() => '甲乙'));
    for (const c of codes) {
      expect(cleanWordText(`甲${String.fromCharCode(c)}乙`)).toBe('甲乙');
      expect(readText(`\ufeff甲${String.fromCharCode(c)}乙`)[0].text).toBe('甲乙');
    }
  });
});

describe('structure and findings as Word shows the document', () => {
  const BODY: BlockSpec[] = [
    { text: '一、存在的主要问题', style: '1' },
    { text: '（一）带头深刻感悟“两个确立”的决定性意义方面', style: '2' },
    { text: '一是理论学习不深。比如，全年只读了两本原著。' },
    { text: '二、原因分析', style: '1' },
    { text: '一是理想信念有所松懈。' },
    { text: '三、整改措施', style: '1' },
    { text: '（一）强化理论武装。每月集中学习1次，年底前完成。' },
  ];
  const signature = (ps: Paragraph[]) => {
    const a = analyze({ paragraphs: ps, source: 'docx' });
    return {
      parts: a.outline.parts.map((p) => p.role),
      aspects: a.outline.aspects.map((x) => [x.aspect, x.problems.length]),
      findings: a.findings.map((f) => f.rule).sort(),
    };
  };
  const tocField = (lines: string[]) =>
    raw(
      para('', '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-2" \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' + run(lines[0])) +
        lines.slice(1).map((l, i) => para('', run(l) + '<w:r><w:tab/></w:r>' + run(String(i + 2)))).join('') +
        para('', '<w:r><w:fldChar w:fldCharType="end"/></w:r>'),
    );

  test.each<[string, BlockSpec[]]>([
    ['a TOC field before the body', [tocField(['一、存在的主要问题 2', '（一）带头深刻感悟“两个确立”的决定性意义方面', '二、原因分析', '三、整改措施'])]],
    ['a style-hidden writing hint', [raw(para('<w:pStyle w:val="hint"/>', run('（提示：一是……二是……三是……四是……）')))]],
    ['a deleted old part heading and its text', [raw(para(markDeleted, delRun('一、旧的存在问题'))), raw(para(markDeleted, delRun('一是旧问题。')))]],
    ['a field whose code names parts', [raw(para('', '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> MACROBUTTON NoMacro </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'))]],
  ])('%s: the same parts, aspects and findings as without it', async (_name, extra) => {
    const styles: StyleSpec[] = [{ id: 'hint', name: '提示', basedOn: 'a', hidden: true }];
    const withExtra = await read({ body: [...extra, ...BODY], extraStyles: styles });
    const without = await read({ body: BODY, extraStyles: styles });
    expect(signature(withExtra)).toEqual(signature(without));
  });
});

describe('property: any mix of fields, tracked changes, hidden marks and TOC never throws', () => {
  const piece = fc.constantFrom(
    '<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
    '<w:r><w:fldChar w:fldCharType="separate"/></w:r>',
    '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
    '<w:r><w:instrText> TOC \\o </w:instrText></w:r>',
    // (A MACROBUTTON code shows everything after its macro name, other codes included: its own tests.)
    '<w:r><w:instrText> IF </w:instrText></w:r>',
    run('甲'),
    run('乙', '<w:vanish/>'),
    delRun('丙'),
    `<w:ins ${DEL}>${run('丁')}</w:ins>`,
    '<w:fldSimple w:instr=" MACROBUTTON M 戊 "/>',
    '<w:r><w:sym w:font="Wingdings 2" w:char="F06A"/></w:r>',
  );
  const paragraph = fc.record({
    pieces: fc.array(piece, { maxLength: 8 }),
    mark: fc.constantFrom('', markDeleted, markMovedAway, '<w:rPr><w:vanish/></w:rPr>', markInserted),
  });
  test('reads, and only characters the runs hold come out', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(paragraph, { minLength: 1, maxLength: 8 }), async (ps) => {
        const body = ps.map((p) => raw(para(p.mark, p.pieces.join(''))));
        const out = await read({ body });
        for (const p of out) expect(p.text).toMatch(/^[甲丁①戊 ]*$/);
      }),
      { numRuns: 60 },
    );
  });
});
