import fc from 'fast-check';
import JSZip from 'jszip';
import { DocxError, readDocx } from '../../src/engine/readers/docx';
import { formatNumber } from '../../src/engine/readers/docx-numbering';
import type { Paragraph } from '../../src/engine/types';
import {
  AbstractNumSpec,
  BlockSpec,
  CHINESE_WORD_STYLES,
  DocxSpec,
  LevelSpec,
  NumSpec,
  ParagraphSpec,
  StyleSpec,
  W_NS,
  gbtAbstractNum,
  lyingZipBomb,
  makeDocx,
} from '../support/docx-writer';
import { seedToDocx } from '../support/seed-docx';
import { FIXTURES_DIR, loadSeeds, NOT_SEED_SHAPED, ownMaterialsAndSeeds } from '../support/seeds';

const read = async (spec: DocxSpec): Promise<Paragraph[]> => readDocx(await makeDocx(spec));
const texts = (ps: Paragraph[]) => ps.map((p) => p.text);
const effective = (p: Paragraph) => (p.listString ?? '') + p.text;
const P = (text: string, extra: Partial<ParagraphSpec> = {}): ParagraphSpec => ({ text, ...extra });

async function expectDocxError(data: Uint8Array | ArrayBuffer, codes: string[]): Promise<DocxError> {
  let caught: unknown;
  try {
    await readDocx(data);
  } catch (e) {
    caught = e;
  }
  expect(caught).toBeInstanceOf(DocxError);
  const err = caught as DocxError;
  expect(codes).toContain(err.code);
  expect(err.message).toMatch(/[\u4e00-\u9fff]/);
  expect(err.message).not.toMatch(/\n|\bat\s+\S+\s*\(|Error:/);
  return err;
}

// ---------------------------------------------------------------------------------------------

describe('readDocx: body order, tables, content controls', () => {
  test('paragraphs in document order with tables, nested tables and content controls', async () => {
    const nested: BlockSpec = { kind: 'table', rows: [[[P('内层1')], [P('内层2')]]] };
    const ps = await read({
      body: [
        P('前言'),
        {
          kind: 'table',
          rows: [
            [[P('甲1'), P('甲1下')], [P('乙1'), nested]],
            [[P('甲2')], [P('乙2')]],
          ],
        },
        P('表后'),
        { kind: 'sdt', content: [P('控件内容'), { kind: 'sdt', content: [P('嵌套控件')] }] },
        P(''),
        P('结尾'),
      ],
    });
    expect(texts(ps)).toEqual(['前言', '甲1', '甲1下', '乙1', '内层1', '内层2', '', '甲2', '乙2', '表后', '控件内容', '嵌套控件', '', '结尾']);
    expect(ps.map((p) => p.inTable === true)).toEqual([false, true, true, true, true, true, true, true, true, false, false, false, false, false]);
    expect(ps.map((p) => p.index)).toEqual(ps.map((_, i) => i));
    // Table, row and column of each cell paragraph (the innermost table for the nested one).
    const at = (table: number, row: number, column: number) => ({ table, row, column });
    expect(ps.map((p) => p.cell)).toEqual([
      undefined,
      at(0, 0, 0),
      at(0, 0, 0),
      at(0, 0, 1),
      at(1, 0, 0),
      at(1, 0, 1),
      at(0, 0, 1),
      at(0, 1, 0),
      at(0, 1, 1),
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  test('headers, footers, footnotes and comments are not body', async () => {
    const ps = await read({
      body: [P('正文一'), P('正文二')],
      header: '页眉文字',
      footer: '页脚文字',
      footnotes: ['脚注文字'],
      comments: ['批注文字'],
    });
    expect(texts(ps)).toEqual(['正文一', '正文二']);
  });

  test('accepts an ArrayBuffer as well as a Uint8Array', async () => {
    const bytes = await makeDocx({ body: [P('内容')] });
    const ab = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    expect(texts(await readDocx(ab))).toEqual(['内容']);
  });

  test('accepts a view into a larger buffer (subarray, Node Buffer)', async () => {
    const bytes = await makeDocx({ body: [P('视图')] });
    const big = new Uint8Array(bytes.length + 20);
    big.set(bytes, 7);
    expect(texts(await readDocx(big.subarray(7, 7 + bytes.length)))).toEqual(['视图']);
    expect(texts(await readDocx(Buffer.from(bytes)))).toEqual(['视图']);
  });

  test('reads a main part found through _rels/.rels even when it is not word/document.xml', async () => {
    const bytes = await makeDocx({ body: [P('改名的正文')] });
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file('word/document.xml')!.async('string');
    zip.remove('word/document.xml');
    zip.file('word/document2.xml', xml);
    zip.file('word/_rels/document2.xml.rels', await zip.file('word/_rels/document.xml.rels')!.async('string'));
    const rels = (await zip.file('_rels/.rels')!.async('string')).replace('word/document.xml', '/word/document2.xml');
    zip.file('_rels/.rels', rels);
    const ps = await readDocx(await zip.generateAsync({ type: 'uint8array' }));
    expect(texts(ps)).toEqual(['改名的正文']);
  });
});

describe('readDocx: run content', () => {
  const cases: Array<[string, ParagraphSpec['runs'], string]> = [
    ['tracked deletion excluded, insertion included', ['保留', { text: '删掉', deleted: true }, { text: '插入', inserted: true }], '保留插入'],
    [
      'moved-from text dropped, moved-to text kept, w:t inside w:del dropped',
      [
        { raw: '<w:moveFrom w:id="3" w:author="t"><w:r><w:t>旧位置</w:t></w:r></w:moveFrom>' },
        { raw: '<w:moveTo w:id="4" w:author="t"><w:r><w:t>新位置</w:t></w:r></w:moveTo>' },
        { raw: '<w:del w:id="5" w:author="t"><w:r><w:t>删</w:t></w:r></w:del>' },
      ],
      '新位置',
    ],
    ['tab becomes a space', ['甲', { tab: true }, '乙'], '甲 乙'],
    ['a manual line break is "\\n" (as from the Word host)', ['第一行', { br: true }, '第二行'], '第一行\n第二行'],
    ['field code dropped, field result kept', ['见第', { field: ' PAGE ', result: '3' }, '页'], '见第3页'],
    ['hidden text dropped', ['可见', { text: '隐藏', hidden: true }], '可见'],
    ['entities and quotes decoded', ['A&B <c> "d" \'e\''], 'A&B <c> "d" \'e\''],
    ['control characters removed', ['a\u0001b\u001fc'], 'abc'],
    [
      'text box content and mc:Fallback copies skipped',
      [
        '前',
        {
          raw:
            '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx xmlns:wps="x"><w:txbxContent><w:p><w:r><w:t>框内</w:t></w:r></w:p></w:txbxContent></wps:txbx></w:drawing></mc:Choice>' +
            '<mc:Fallback><w:pict><w:p><w:r><w:t>备用</w:t></w:r></w:p></w:pict></mc:Fallback></mc:AlternateContent></w:r>',
        },
        '后',
      ],
      '前后',
    ],
    ['hyperlink and smart tag runs are read through', [{ raw: '<w:hyperlink r:id="rId9"><w:r><w:t>链接</w:t></w:r></w:hyperlink>' }, { raw: '<w:smartTag w:element="x"><w:r><w:t>标记</w:t></w:r></w:smartTag>' }], '链接标记'],
    ['CDATA text kept', [{ raw: '<w:r><w:t><![CDATA[a<b]]></w:t></w:r>' }], 'a<b'],
    ['non-breaking hyphen', ['一', { raw: '<w:r><w:noBreakHyphen/></w:r>' }, '二'], '一-二'],
  ];
  test.each(cases)('%s', async (_name, runs, expected) => {
    const ps = await read({ body: [{ runs }] });
    expect(ps).toHaveLength(1);
    expect(ps[0].text).toBe(expected);
  });

  test('tracked formatting changes: the old paragraph and run properties are ignored', async () => {
    const xml =
      `<w:p><w:pPr><w:pPrChange w:id="7" w:author="t"><w:pPr><w:pStyle w:val="1"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:pPrChange></w:pPr>` +
      `<w:r><w:rPr><w:rPrChange w:id="8" w:author="t"><w:rPr><w:b/></w:rPr></w:rPrChange></w:rPr><w:t>现在是正文</w:t></w:r></w:p>`;
    const ps = await read({ body: [{ kind: 'raw', xml }], abstractNums: [gbtAbstractNum(0, false)], nums: [{ id: 1, abstractId: 0 }] });
    expect(ps).toHaveLength(1);
    expect(ps[0]).toMatchObject({ text: '现在是正文', styleName: 'Normal' });
    expect([ps[0].headingLevel, ps[0].outlineLevel, ps[0].listString, ps[0].bold]).toEqual([undefined, undefined, undefined, undefined]);
  });

  test('empty paragraphs are kept with text ""', async () => {
    const ps = await read({ body: [P('一'), {}, P(''), P('二')] });
    expect(texts(ps)).toEqual(['一', '', '', '二']);
  });

  test('property: any text in runs comes back (tabs as spaces)', async () => {
    const unit = fc.constantFrom(...'ab &<>"\'一二（）、。\t 0'.split(''));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(fc.string({ unit, maxLength: 12 }), { maxLength: 4 }), { minLength: 1, maxLength: 6 }), async (paras) => {
        const ps = await read({ body: paras.map((runs) => ({ runs })) });
        expect(texts(ps)).toEqual(paras.map((runs) => runs.join('').replace(/\t/g, ' ')));
      }),
      { numRuns: 25 },
    );
  });
});

// ---------------------------------------------------------------------------------------------

describe('readDocx: styles', () => {
  const ENGLISH: StyleSpec[] = [
    { id: 'Normal', name: 'Normal', isDefault: true },
    { id: 'Heading1', name: 'heading 1', basedOn: 'Normal', outlineLvl: 0 },
    { id: 'Heading2', name: 'heading 2', basedOn: 'Normal', outlineLvl: 1 },
    { id: 'Title', name: 'Title', basedOn: 'Normal' },
  ];
  const LOCALISED: StyleSpec[] = [
    { id: 'a', name: '正文', isDefault: true },
    { id: 'biaoti1', name: '标题 1', basedOn: 'a' }, // no w:outlineLvl in the style
    { id: 'biaoti2', name: '标题2', basedOn: 'a' },
  ];
  const cases: Array<{
    name: string;
    styles?: StyleSpec[];
    extra?: StyleSpec[];
    p: ParagraphSpec;
    expect: Partial<Paragraph>;
  }> = [
    { name: 'Chinese Word id "1" named "heading 1"', p: { text: 'x', style: '1' }, expect: { styleName: 'heading 1', headingLevel: 1, outlineLevel: 1 } },
    { name: 'Chinese Word id "3" named "heading 3"', p: { text: 'x', style: '3' }, expect: { styleName: 'heading 3', headingLevel: 3, outlineLevel: 3 } },
    { name: 'English Word id "Heading1"', styles: ENGLISH, p: { text: 'x', style: 'Heading1' }, expect: { styleName: 'heading 1', headingLevel: 1, outlineLevel: 1 } },
    { name: 'English Word id "Heading2"', styles: ENGLISH, p: { text: 'x', style: 'Heading2' }, expect: { styleName: 'heading 2', headingLevel: 2, outlineLevel: 2 } },
    { name: 'name "标题 1", outline level from the heading level', styles: LOCALISED, p: { text: 'x', style: 'biaoti1' }, expect: { styleName: '标题 1', headingLevel: 1, outlineLevel: 1 } },
    { name: 'name "标题2"', styles: LOCALISED, p: { text: 'x', style: 'biaoti2' }, expect: { styleName: '标题2', headingLevel: 2, outlineLevel: 2 } },
    { name: 'no w:pStyle → the default style', p: { text: 'x' }, expect: { styleName: 'Normal', headingLevel: undefined, outlineLevel: undefined } },
    { name: 'default style with a Chinese name', styles: LOCALISED, p: { text: 'x' }, expect: { styleName: '正文', headingLevel: undefined } },
    { name: 'Title is not a heading', p: { text: 'x', style: 'a3' }, expect: { styleName: 'Title', headingLevel: undefined, outlineLevel: undefined } },
    {
      name: 'custom style based on heading 2 (basedOn chain)',
      extra: [{ id: 'mine', name: '我的标题', basedOn: '2' }],
      p: { text: 'x', style: 'mine' },
      expect: { styleName: '我的标题', headingLevel: 2, outlineLevel: 2 },
    },
    {
      name: 'two-step basedOn chain',
      extra: [
        { id: 'mine', name: '我的标题', basedOn: '3' },
        { id: 'mine2', name: '我的标题二', basedOn: 'mine' },
      ],
      p: { text: 'x', style: 'mine2' },
      expect: { styleName: '我的标题二', headingLevel: 3, outlineLevel: 3 },
    },
    {
      name: 'custom style with its own outline level only',
      extra: [{ id: 'ol', name: '大纲二级', basedOn: 'a', outlineLvl: 1 }],
      p: { text: 'x', style: 'ol' },
      expect: { styleName: '大纲二级', headingLevel: undefined, outlineLevel: 2 },
    },
    {
      name: 'outline level inherited through basedOn',
      extra: [
        { id: 'ol', name: '大纲三级', basedOn: 'a', outlineLvl: 2 },
        { id: 'ol2', name: '大纲三级子', basedOn: 'ol' },
      ],
      p: { text: 'x', style: 'ol2' },
      expect: { outlineLevel: 3, headingLevel: undefined },
    },
    {
      name: 'basedOn cycle does not hang',
      extra: [
        { id: 'c1', name: 'c1', basedOn: 'c2' },
        { id: 'c2', name: 'c2', basedOn: 'c1' },
      ],
      p: { text: 'x', style: 'c1' },
      expect: { styleName: 'c1', headingLevel: undefined, outlineLevel: undefined },
    },
    { name: 'unknown style id falls back to the default style', p: { text: 'x', style: 'nope' }, expect: { styleName: 'Normal', headingLevel: undefined } },
    { name: 'direct outline level 0 → 1', p: { text: 'x', outlineLvl: 0 }, expect: { outlineLevel: 1, headingLevel: undefined } },
    { name: 'direct outline level 2 → 3', p: { text: 'x', outlineLvl: 2 }, expect: { outlineLevel: 3 } },
    { name: 'direct outline level 8 → 9', p: { text: 'x', outlineLvl: 8 }, expect: { outlineLevel: 9 } },
    { name: 'direct outline level 9 is body', p: { text: 'x', outlineLvl: 9 }, expect: { outlineLevel: undefined } },
    { name: 'direct outline level 9 on a heading style: body outline, still a heading style', p: { text: 'x', style: '1', outlineLvl: 9 }, expect: { outlineLevel: undefined, headingLevel: 1 } },
    { name: 'direct outline level overrides the style one', p: { text: 'x', style: '1', outlineLvl: 3 }, expect: { outlineLevel: 4, headingLevel: 1 } },
  ];
  test.each(cases)('$name', async (c) => {
    const ps = await read({ body: [c.p], styles: c.styles, extraStyles: c.extra });
    expect(ps).toHaveLength(1);
    for (const [k, v] of Object.entries(c.expect)) expect([k, ps[0][k as keyof Paragraph]]).toEqual([k, v]);
  });

  test('a document without styles.xml still reads', async () => {
    const ps = await read({ body: [P('x', { style: '1' })], noStyles: true });
    expect(ps[0]).toMatchObject({ text: 'x', styleName: '1' });
    expect(ps[0].headingLevel).toBeUndefined();
  });
});

describe('readDocx: bold', () => {
  const cases: Array<[string, ParagraphSpec, StyleSpec[] | undefined, boolean]> = [
    ['every run bold', { runs: [{ text: '甲', bold: true }, { text: '乙', bold: true }] }, undefined, true],
    ['one run not bold', { runs: [{ text: '甲', bold: true }, '乙'] }, undefined, false],
    ['no bold at all', { runs: ['甲'] }, undefined, false],
    ['bold from the heading style', { style: '1', runs: ['标题'] }, undefined, true],
    ['heading style, body run w:b="0"', { style: '2', runs: ['标题。', { text: '正文', notBold: true }] }, undefined, false],
    ['bold from a character style', { runs: [{ text: '强调', charStyle: 'strong' }] }, [{ id: 'strong', name: 'Strong', type: 'character', bold: true }], true],
    ['whitespace-only run ignored', { runs: [{ text: '加粗', bold: true }, ' '] }, undefined, true],
    ['w:b w:val="false" is not bold', { runs: [{ raw: '<w:r><w:rPr><w:b w:val="false"/></w:rPr><w:t>x</w:t></w:r>' }] }, undefined, false],
    ['deleted non-bold text does not count', { runs: [{ text: '粗', bold: true }, { text: '细', deleted: true }] }, undefined, true],
    ['empty paragraph is not bold', {}, undefined, false],
  ];
  test.each(cases)('%s', async (_n, p, extra, bold) => {
    const ps = await read({ body: [p], extraStyles: extra });
    expect(ps[0].bold === true).toBe(bold);
  });
});

// ---------------------------------------------------------------------------------------------

describe('number formats', () => {
  const cases: Array<[string, number, string]> = [
    ['decimal', 1, '1'],
    ['decimal', 12, '12'],
    ['decimalZero', 3, '03'],
    ['decimalZero', 12, '12'],
    ['chineseCounting', 1, '一'],
    ['chineseCounting', 9, '九'],
    ['chineseCounting', 10, '十'],
    ['chineseCounting', 11, '十一'],
    ['chineseCounting', 19, '十九'],
    ['chineseCounting', 20, '二十'],
    ['chineseCounting', 21, '二十一'],
    ['chineseCounting', 35, '三十五'],
    ['chineseCounting', 99, '九十九'],
    ['chineseCounting', 100, '一百'],
    ['chineseCounting', 101, '一百〇一'],
    ['chineseCounting', 110, '一百一十'],
    ['chineseCountingThousand', 10, '十'],
    ['chineseCountingThousand', 21, '二十一'],
    ['chineseCountingThousand', 101, '一百零一'],
    ['chineseCountingThousand', 1000, '一千'],
    ['chineseCountingThousand', 1010, '一千零一十'],
    ['chineseLegalSimplified', 1, '壹'],
    ['chineseLegalSimplified', 10, '壹拾'],
    ['chineseLegalSimplified', 11, '壹拾壹'],
    ['chineseLegalSimplified', 20, '贰拾'],
    ['chineseLegalSimplified', 105, '壹佰零伍'],
    ['ideographTraditional', 1, '甲'],
    ['ideographTraditional', 10, '癸'],
    ['ideographTraditional', 11, '甲'],
    ['japaneseCounting', 1, '一'],
    ['japaneseCounting', 10, '十'],
    ['japaneseCounting', 11, '十一'],
    ['japaneseCounting', 100, '百'],
    ['japaneseCounting', 111, '百十一'],
    ['decimalEnclosedCircle', 1, '①'],
    ['decimalEnclosedCircle', 20, '⑳'],
    ['decimalEnclosedCircle', 21, '㉑'],
    ['decimalEnclosedCircle', 50, '㊿'],
    ['decimalEnclosedCircle', 51, '51'],
    ['decimalEnclosedCircleChinese', 3, '③'],
    ['decimalFullWidth', 12, '１２'],
    ['upperLetter', 1, 'A'],
    ['upperLetter', 26, 'Z'],
    ['upperLetter', 27, 'AA'],
    ['lowerLetter', 2, 'b'],
    ['lowerLetter', 28, 'bb'],
    ['upperRoman', 4, 'IV'],
    ['upperRoman', 1994, 'MCMXCIV'],
    ['lowerRoman', 9, 'ix'],
    ['somethingUnknown', 7, '7'],
  ];

  test.each(cases)('%s %d → %s (through a numbered paragraph)', async (fmt, n, expected) => {
    const ps = await read({
      body: [P('正文', { numId: 1, ilvl: 0 })],
      abstractNums: [{ id: 0, levels: [{ fmt, text: '%1', start: n }] }],
      nums: [{ id: 1, abstractId: 0 }],
    });
    expect(ps[0].listString).toBe(expected);
    expect(ps[0].text).toBe('正文');
  });

  test('formatNumber agrees on 1..99 for chineseCounting with a digit-by-digit construction', () => {
    const d = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
    for (let n = 1; n <= 99; n++) {
      const tens = Math.floor(n / 10);
      const ones = n % 10;
      const expected = tens === 0 ? d[ones] : (tens === 1 ? '' : d[tens]) + '十' + d[ones];
      expect([n, formatNumber(n, 'chineseCounting')]).toEqual([n, expected]);
    }
  });

  test('bullet and none give no list string', async () => {
    const ps = await read({
      body: [P('圆点', { numId: 1 }), P('无', { numId: 2 })],
      abstractNums: [
        { id: 0, levels: [{ fmt: 'bullet', text: '\uF06C' }] },
        { id: 1, levels: [{ fmt: 'none', text: '' }] },
      ],
      nums: [
        { id: 1, abstractId: 0 },
        { id: 2, abstractId: 1 },
      ],
    });
    expect(ps.map((p) => p.listString)).toEqual([undefined, undefined]);
  });
});

describe('numbering counters', () => {
  const gbt: AbstractNumSpec = gbtAbstractNum(0, false);
  const L = (level: number, numId = 1): ParagraphSpec => ({ text: 't', numId, ilvl: level });

  test('counting past ten in one list: 一、… 十、 十一、 … 二十一、', async () => {
    const ps = await read({
      body: Array.from({ length: 23 }, () => L(0)),
      abstractNums: [gbt],
      nums: [{ id: 1, abstractId: 0 }],
    });
    const got = ps.map((p) => p.listString);
    expect(got.slice(0, 3)).toEqual(['一、', '二、', '三、']);
    expect(got.slice(8, 12)).toEqual(['九、', '十、', '十一、', '十二、']);
    expect(got.slice(18, 23)).toEqual(['十九、', '二十、', '二十一、', '二十二、', '二十三、']);
  });

  test('GB/T 9704 levels; lower levels restart when a higher level advances', async () => {
    const levels = [0, 1, 1, 2, 2, 1, 2, 3, 3, 2, 0, 1, 2, 0, 3];
    const ps = await read({ body: levels.map((l) => L(l)), abstractNums: [gbt], nums: [{ id: 1, abstractId: 0 }] });
    expect(ps.map((p) => p.listString)).toEqual([
      '一、', '（一）', '（二）', '1.', '2.', '（三）', '1.', '（1）', '（2）', '2.', '二、', '（一）', '1.', '三、', '（1）',
    ]);
  });

  test('multi-level text %1.%2 and a paragraph that is not numbered in between', async () => {
    const abs: AbstractNumSpec = {
      id: 0,
      levels: [
        { fmt: 'decimal', text: '%1.' },
        { fmt: 'decimal', text: '%1.%2' },
      ],
    };
    const ps = await read({
      body: [L(0), L(1), P('plain'), L(1), L(0), L(1)],
      abstractNums: [abs],
      nums: [{ id: 1, abstractId: 0 }],
    });
    expect(ps.map((p) => p.listString)).toEqual(['1.', '1.1', undefined, '1.2', '2.', '2.1']);
  });

  test('w:lvlRestart 0: the level never restarts', async () => {
    const abs: AbstractNumSpec = {
      id: 0,
      levels: [
        { fmt: 'chineseCounting', text: '%1、' },
        { fmt: 'decimal', text: '%2)', restart: 0 },
      ],
    };
    const ps = await read({ body: [L(0), L(1), L(1), L(0), L(1)], abstractNums: [abs], nums: [{ id: 1, abstractId: 0 }] });
    expect(ps.map((p) => p.listString)).toEqual(['一、', '1)', '2)', '二、', '3)']);
  });

  test('w:lvlRestart 1: level 3 restarts only after level 1, not after level 2', async () => {
    const abs: AbstractNumSpec = {
      id: 0,
      levels: [
        { fmt: 'decimal', text: '%1' },
        { fmt: 'lowerLetter', text: '%2' },
        { fmt: 'lowerRoman', text: '%3', restart: 1 },
      ],
    };
    const ps = await read({ body: [L(0), L(1), L(2), L(1), L(2), L(0), L(2)], abstractNums: [abs], nums: [{ id: 1, abstractId: 0 }] });
    expect(ps.map((p) => p.listString)).toEqual(['1', 'a', 'i', 'b', 'ii', '2', 'i']);
  });

  test('w:start and w:startOverride; nums sharing an abstract continue each other', async () => {
    const abs: AbstractNumSpec = { id: 0, levels: [{ fmt: 'decimal', text: '%1.', start: 3 }] };
    const nums: NumSpec[] = [
      { id: 1, abstractId: 0 },
      { id: 2, abstractId: 0, overrides: [{ level: 0, start: 10 }] },
      { id: 3, abstractId: 0 },
    ];
    const ps = await read({ body: [L(0, 1), L(0, 1), L(0, 2), L(0, 2), L(0, 3), L(0, 1)], abstractNums: [abs], nums });
    expect(ps.map((p) => p.listString)).toEqual(['3.', '4.', '10.', '11.', '12.', '13.']);
  });

  test('separate abstract numberings count separately', async () => {
    const ps = await read({
      body: [L(0, 1), L(0, 2), L(0, 1), L(0, 2), L(0, 2)],
      abstractNums: [gbtAbstractNum(0, false), { id: 1, levels: [{ fmt: 'decimalEnclosedCircle', text: '%1' }] }],
      nums: [
        { id: 1, abstractId: 0 },
        { id: 2, abstractId: 1 },
      ],
    });
    expect(ps.map((p) => p.listString)).toEqual(['一、', '①', '二、', '②', '③']);
  });

  test('w:lvlOverride with a whole w:lvl replaces the level definition', async () => {
    const lvl: LevelSpec = { fmt: 'upperLetter', text: '%1)', start: 2 };
    const ps = await read({
      body: [L(0, 1), L(0, 2)],
      abstractNums: [gbtAbstractNum(0, false), gbtAbstractNum(1, false)],
      nums: [
        { id: 1, abstractId: 0 },
        { id: 2, abstractId: 1, overrides: [{ level: 0, lvl }] },
      ],
    });
    expect(ps.map((p) => p.listString)).toEqual(['一、', 'B)']);
  });

  test('w:isLgl renders the higher levels in Arabic numerals', async () => {
    const abs: AbstractNumSpec = {
      id: 0,
      levels: [
        { fmt: 'chineseCounting', text: '第%1章' },
        { fmt: 'decimal', text: '%1.%2', isLgl: true },
      ],
    };
    const ps = await read({ body: [L(0), L(1), L(0), L(1)], abstractNums: [abs], nums: [{ id: 1, abstractId: 0 }] });
    expect(ps.map((p) => p.listString)).toEqual(['第一章', '1.1', '第二章', '2.1']);
  });

  test('numbering from the paragraph style; numId 0 on the paragraph switches it off; ilvl from the level pStyle link', async () => {
    const styles: StyleSpec[] = CHINESE_WORD_STYLES.map((s) =>
      s.id === '1' ? { ...s, numId: 1, ilvl: 0 } : s.id === '2' ? { ...s, numId: 1 } : s,
    );
    const ps = await read({
      body: [P('一级', { style: '1' }), P('二级', { style: '2' }), P('不编号', { style: '1', numId: 0 }), P('二级', { style: '2' }), P('一级', { style: '1' }), P('二级', { style: '2' })],
      styles,
      abstractNums: [gbtAbstractNum(0, true)],
      nums: [{ id: 1, abstractId: 0 }],
    });
    expect(ps.map(effective)).toEqual(['一、一级', '（一）二级', '不编号', '（二）二级', '二、一级', '（一）二级']);
    expect(ps.map((p) => p.headingLevel)).toEqual([1, 2, 1, 2, 1, 2]);
  });

  test('w:numStyleLink through a numbering style', async () => {
    const ps = await read({
      body: [L(0, 2), L(0, 2), L(1, 2)],
      extraStyles: [{ id: 'liststyle', name: '公文编号', type: 'numbering', numId: 1 }],
      abstractNums: [gbtAbstractNum(0, false), { id: 1, levels: [], numStyleLink: 'liststyle' }],
      nums: [
        { id: 1, abstractId: 0 },
        { id: 2, abstractId: 1 },
      ],
    });
    expect(ps.map((p) => p.listString)).toEqual(['一、', '二、', '（一）']);
  });

  test('numPr pointing at an undefined list, or with no numbering part, gives no list string', async () => {
    const withPart = await read({ body: [L(0, 7)], abstractNums: [gbt], nums: [{ id: 1, abstractId: 0 }] });
    expect(withPart[0].listString).toBeUndefined();
    const withoutPart = await read({ body: [L(0, 1)] });
    expect(withoutPart[0].listString).toBeUndefined();
    expect(withoutPart[0].text).toBe('t');
  });
});

// ---------------------------------------------------------------------------------------------

describe('readDocx: errors', () => {
  test('random bytes → not-zip', async () => {
    const bytes = new Uint8Array(4096);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919 + 13) % 251;
    await expectDocxError(bytes, ['not-zip']);
  });

  test('empty input → not-zip', async () => {
    await expectDocxError(new Uint8Array(0), ['not-zip']);
  });

  test('a text file → not-zip', async () => {
    await expectDocxError(new TextEncoder().encode('一、存在的主要问题\n'), ['not-zip']);
  });

  test('zip without word/document.xml → not-docx', async () => {
    const zip = new JSZip();
    zip.file('hello.txt', '你好');
    await expectDocxError(await zip.generateAsync({ type: 'uint8array' }), ['not-docx']);
  });

  test('a spreadsheet-like package (officeDocument is not a Word document) → not-docx', async () => {
    const zip = new JSZip();
    zip.file(
      '_rels/.rels',
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    );
    zip.file('xl/workbook.xml', '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>');
    await expectDocxError(await zip.generateAsync({ type: 'uint8array' }), ['not-docx']);
  });

  test('word/document.xml whose root is not w:document → not-docx', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', '<?xml version="1.0"?><html><body>x</body></html>');
    await expectDocxError(await zip.generateAsync({ type: 'uint8array' }), ['not-docx']);
  });

  test('truncated zip → corrupt or not-zip', async () => {
    const bytes = await makeDocx({ body: [P('一段文字'.repeat(50))] });
    for (const cut of [0.3, 0.6, 0.95]) {
      await expectDocxError(bytes.slice(0, Math.floor(bytes.length * cut)), ['corrupt', 'not-zip']);
    }
  });

  test('damaged compressed data → corrupt', async () => {
    const text = Array.from({ length: 400 }, (_, i) => `第${i}段，内容各不相同${(i * 7919) % 1000}`);
    const bytes = await makeDocx({ body: text.map((t) => P(t)) });
    const zip = await JSZip.loadAsync(bytes);
    const entryNames = Object.keys(zip.files);
    expect(entryNames).toContain('word/document.xml');
    // Overwrite the middle of word/document.xml's compressed data.
    const name = new TextEncoder().encode('word/document.xml');
    let at = -1;
    for (let i = 0; i < bytes.length - name.length && at < 0; i++) {
      if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 3 && bytes[i + 3] === 4) {
        const n = bytes[i + 26] | (bytes[i + 27] << 8);
        const extra = bytes[i + 28] | (bytes[i + 29] << 8);
        const nm = bytes.slice(i + 30, i + 30 + n);
        if (n === name.length && nm.every((b, k) => b === name[k])) at = i + 30 + n + extra;
      }
    }
    expect(at).toBeGreaterThan(0);
    const damaged = bytes.slice();
    for (let i = 0; i < 200; i++) damaged[at + 50 + i] = 0xff;
    await expectDocxError(damaged, ['corrupt']);
  });

  test('malformed XML in document.xml → corrupt', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', `<w:document xmlns:w="${W_NS}"><w:body><w:p><w:r><w:t>未闭合`);
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    const zip2 = new JSZip();
    zip2.file('word/document.xml', `<w:document xmlns:w="${W_NS}"><w:body><w:p><w:r w:rsidR="00`);
    const bytes2 = await zip2.generateAsync({ type: 'uint8array' });
    // Both are corrupt: a part cut inside text leaves its elements open.
    await expectDocxError(bytes, ['corrupt']);
    await expectDocxError(bytes2, ['corrupt']);
  });

  test('input over 50 MB → too-large', async () => {
    const big = new Uint8Array(50 * 1024 * 1024 + 1);
    big.set([0x50, 0x4b, 3, 4]);
    const err = await expectDocxError(big, ['too-large']);
    expect(err.message).toContain('50 MB');
  });

  test('document.xml inflating past the limit → too-large (declared size)', async () => {
    const bytes = await makeDocx({ body: Array.from({ length: 200 }, () => P('很长的段落'.repeat(20))) });
    await expect(readDocx(bytes, { maxXmlBytes: 10_000 })).rejects.toMatchObject({ code: 'too-large' });
    await expect(readDocx(bytes)).resolves.toHaveLength(200);
  });

  test('zip bomb with a lying size header → too-large while inflating', async () => {
    const { bytes: lying, xmlLength } = await lyingZipBomb();
    const err = await readDocx(lying, { maxXmlBytes: 200_000 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DocxError);
    expect((err as DocxError).code).toBe('too-large');
    expect(xmlLength * 3).toBeGreaterThan(200_000);
  });

  test('the default inflate limit is about 100 MB', async () => {
    // 101 MB of highly compressible XML in document.xml (built as bytes to keep memory down):
    // refused, not inflated to the end.
    const enc = new TextEncoder();
    const head = enc.encode(`<w:document xmlns:w="${W_NS}"><w:body>`);
    const unit = enc.encode('<w:p><w:r><w:t>aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa</w:t></w:r></w:p>');
    const total = 101 * 1024 * 1024;
    const xml = new Uint8Array(total);
    xml.set(head, 0);
    let filled = head.length;
    xml.set(unit, filled);
    filled += unit.length;
    // Double the run of units until the buffer is full (a truncated last unit is fine: it is never parsed).
    while (filled < total) {
      const n = Math.min(filled - head.length, total - filled);
      xml.copyWithin(filled, head.length, head.length + n);
      filled += n;
    }
    const zip = new JSZip();
    zip.file('word/document.xml', xml);
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 1 } });
    expect(bytes.length).toBeLessThan(50 * 1024 * 1024);
    await expectDocxError(bytes, ['too-large']);
  }, 30_000);
});

// ---------------------------------------------------------------------------------------------

describe('material round trip through .docx (own materials, and the seeds when present)', () => {
  const seeds = ownMaterialsAndSeeds('the .docx round trip', true);
  test('the own materials are there', () => {
    expect(loadSeeds(FIXTURES_DIR).length).toBeGreaterThanOrEqual(12);
    expect(seeds.length).toBeGreaterThanOrEqual(loadSeeds(FIXTURES_DIR).length - NOT_SEED_SHAPED.length);
  });

  describe.each(seeds.map((s) => [s.name, s.text]))('%s', (_name, text) => {

    test('typed: one paragraph per line, text exactly as typed, no automatic numbering', async () => {
      const { bytes: docx, lines } = await seedToDocx(text, 'typed');
      const ps = await readDocx(docx);
      expect(ps).toHaveLength(lines.length);
      lines.forEach((l, i) => {
        expect(effective(ps[i])).toBe(l.clean);
        expect(ps[i].listString).toBeUndefined();
        expect(ps[i].headingLevel).toBeUndefined();
        if (l.bold) expect(ps[i].bold).toBe(true);
      });
      expect(lines.filter((l) => l.level !== undefined).length).toBeGreaterThanOrEqual(8);
    });

    test('styled: numbered lines become headings whose automatic number renders the typed one', async () => {
      const { bytes: docx, lines } = await seedToDocx(text, 'styled');
      const ps = await readDocx(docx);
      expect(ps).toHaveLength(lines.length);
      let headings = 0;
      lines.forEach((l, i) => {
        const p = ps[i];
        expect([i, effective(p)]).toEqual([i, l.clean]);
        if (l.level !== undefined) {
          headings++;
          expect([i, p.listString, p.headingLevel, p.outlineLevel]).toEqual([i, l.marker, l.level, l.level]);
          expect(p.text).toBe(l.clean.slice(l.marker!.length));
          expect(p.styleName).toBe(`heading ${l.level}`);
        } else {
          expect([i, p.listString, p.headingLevel]).toEqual([i, undefined, undefined]);
        }
        if (l.title) expect(p.styleName).toBe('Title');
      });
      expect(headings).toBeGreaterThanOrEqual(8);
    });
  });

  test('styled: typed numbers that skip or restart are reproduced with w:startOverride', async () => {
    const text = ['一、甲', '（一）乙', '（三）丙。正文在同一段。', '1.丁', '（1）戊', '（2）己', '三、庚', '1.辛', '二十一、壬', ''].join('\n');
    const { bytes: docx, lines } = await seedToDocx(text, 'styled');
    const ps = await readDocx(docx);
    expect(ps.map(effective)).toEqual(lines.map((l) => l.clean));
    expect(ps.map((p) => p.listString)).toEqual(['一、', '（一）', '（三）', '1.', '（1）', '（2）', '三、', '1.', '二十一、']);
    expect(ps.map((p) => p.headingLevel)).toEqual([1, 2, 2, 3, 4, 4, 1, 3, 1]);
    // Run-in heading: the heading sentence is bold by style, the body explicitly not.
    expect(ps[2].text).toBe('丙。正文在同一段。');
    expect(ps[2].bold).toBeUndefined();
    expect(ps[0].bold).toBe(true);
  });
});
