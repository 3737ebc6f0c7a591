import { OfficeGateway } from '../../src/word/officeGateway';
import { PROBLEM_MESSAGES, GatewayError } from '../../src/word/errors';
import { textHash } from '../../src/word/clean';
import type { SkeletonParagraph } from '../../src/engine/types';
import { FakeOfficeError, FakeWordDocument, type ContentControlNode, type FakeOptions, type Spec, type StoryKind } from './fakeWord';

function gateway(doc: FakeWordDocument): OfficeGateway {
  return new OfficeGateway(doc.host());
}

const SKELETON: SkeletonParagraph[] = [
  { text: '一、存在的主要问题', level: 1 },
  { text: '（一）带头深刻感悟“两个确立”的决定性意义方面', level: 2 },
  { text: '一是……。比如，……。', level: 0 },
];

describe('the fake behaves like Word', () => {
  test('a property read before sync throws', async () => {
    const doc = new FakeWordDocument(['甲']);
    await doc.host().run(async (context) => {
      const ps = context.document.body.paragraphs;
      ps.load('text');
      expect(() => ps.items).toThrow();
      await context.sync();
      expect(() => ps.items[0].style).toThrow(/not available/);
      expect(ps.items[0].text).toBe('甲');
    });
  });
});

describe('read', () => {
  test.each([10, 1000])('reads %i paragraphs in exactly one sync', async (n) => {
    const specs: Spec[] = Array.from({ length: n }, (_, i) =>
      i % 7 === 0 ? { text: `第${i}段`, listString: `${i}.` } : `第${i}段`,
    );
    const doc = new FakeWordDocument(specs, { api16: true });
    const paragraphs = await gateway(doc).read();
    expect(paragraphs).toHaveLength(n);
    expect(doc.syncs).toBe(1);
    expect(doc.runs).toEqual([1]);
    expect(paragraphs[7].listString).toBe('7.');
    expect(paragraphs[n - 1].index).toBe(n - 1);
  });

  test('table cells carry their row and column, and each table its own number, in the same one sync', async () => {
    const c = (text: string, row: number, column: number) => ({ text, cell: { row, column } });
    const doc = new FakeWordDocument([
      '三、整改措施',
      { table: [c('问题', 0, 0), c('措施', 0, 1), c('学习不深', 1, 0), c('每月学习2次', 1, 1)] },
      '表后',
      { table: [c('甲', 0, 0), c('乙', 0, 1)] },
    ]);
    const ps = await gateway(doc).read();
    expect(doc.syncs).toBe(1);
    expect(ps.map((p) => p.cell)).toEqual([
      undefined,
      { table: 0, row: 0, column: 0 },
      { table: 0, row: 0, column: 1 },
      { table: 0, row: 1, column: 0 },
      { table: 0, row: 1, column: 1 },
      undefined,
      { table: 1, row: 0, column: 0 },
      { table: 1, row: 0, column: 1 },
    ]);
  });

  test('maps headings, outline levels, styles, list strings, tables and ids', async () => {
    const doc = new FakeWordDocument(
      [
        { text: '一、存在的主要问题', styleBuiltIn: 'Heading1' },
        { text: '带头践行以人民为中心的发展思想方面', styleBuiltIn: 'Heading2', listString: '（三）' },
        { text: '原因分析', style: '我的标题', outlineLevel: 1 },
        { text: '正文一段' },
        { text: '不是列表', listString: undefined },
        { table: ['问题', { table: ['嵌套单元格'] }] },
        '表后',
      ],
      { api16: true },
    );
    const ps = await gateway(doc).read();
    expect(ps.map((p) => p.text)).toEqual([
      '一、存在的主要问题',
      '带头践行以人民为中心的发展思想方面',
      '原因分析',
      '正文一段',
      '不是列表',
      '问题',
      '嵌套单元格',
      '表后',
    ]);
    expect(ps[0]).toMatchObject({ index: 0, headingLevel: 1, outlineLevel: 1, styleName: '标题 1' });
    expect(ps[1]).toMatchObject({ headingLevel: 2, listString: '（三）', styleName: '标题 2' });
    expect(ps[2].headingLevel).toBeUndefined();
    expect(ps[2]).toMatchObject({ outlineLevel: 1, styleName: '我的标题' });
    expect(ps[3].outlineLevel).toBeUndefined(); // body text (10) is no outline level
    expect(ps[3].styleName).toBe('正文');
    expect(ps[3].listString).toBeUndefined();
    expect(ps[4].listString).toBeUndefined();
    expect(ps[5].inTable).toBe(true);
    expect(ps[6].inTable).toBe(true);
    expect(ps[7].inTable).toBeUndefined();
    expect(ps[0].id).toBe(doc.story()[0].uid);
  });

  test('cleans control characters out of the text', async () => {
    const doc = new FakeWordDocument([
      '一是学习不深入。\u000b比如，……',
      '单元格\u0007',
      '\u0013 PAGE \u0014页码\u0015结束',
      '不间断\u00a0空格\u200b零宽\ufeff',
      '\u0001图片锚点\r',
      '\u3000\u3000按照要求',
    ]);
    const ps = await gateway(doc).read();
    expect(ps.map((p) => p.text)).toEqual([
      '一是学习不深入。\n比如，……',
      '单元格',
      'PAGE 页码结束',
      '不间断 空格零宽',
      '图片锚点',
      '\u3000\u3000按照要求',
    ]);
  });

  test('a list string that is only a control character is dropped', async () => {
    const doc = new FakeWordDocument([{ text: '甲', listString: '\u0009' }, { text: '乙', listString: '1.\u0009' }]);
    const ps = await gateway(doc).read();
    expect(ps[0].listString).toBeUndefined();
    expect(ps[1].listString).toBe('1.');
  });

  test('without WordApi 1.6 no id is read and the read is still one sync', async () => {
    const doc = new FakeWordDocument(['甲', '乙'], { api16: false });
    const ps = await gateway(doc).read();
    expect(ps.every((p) => p.id === undefined)).toBe(true);
    expect(doc.syncs).toBe(1);
  });

  test('a host that rejects uniqueLocalId is read again without it', async () => {
    const doc = new FakeWordDocument([{ text: '甲', listString: '一、' }], { api16: true, rejectUniqueLocalId: true });
    const ps = await gateway(doc).read();
    expect(ps).toEqual([{ index: 0, text: '甲', listString: '一、', styleName: '正文' }]);
    expect(doc.runs).toEqual([1, 1]);
  });

  test('a host that rejects the nested list load gets list strings in a second sync', async () => {
    const doc = new FakeWordDocument(['甲', { text: '乙', listString: '（二）' }], { rejectNestedListLoad: true });
    const ps = await gateway(doc).read();
    expect(ps[1].listString).toBe('（二）');
    expect(doc.runs).toEqual([1, 2]);
  });

  test('without any Word API (WordApi 1.1 missing) the read reports unsupported in Chinese', async () => {
    const doc = new FakeWordDocument(['甲'], { api11: false, api13: false });
    await expect(gateway(doc).read()).rejects.toMatchObject({ problem: 'unsupported', message: PROBLEM_MESSAGES.unsupported });
    expect(doc.syncs).toBe(0);
  });

  test('WordApi 1.1 (volume-licensed Word 2016): one sync, headings from style names, typed numbers as text', async () => {
    const doc = new FakeWordDocument(
      [
        { text: '存在的主要问题', styleBuiltIn: 'Heading1' },
        { text: '带头深刻感悟“两个确立”的决定性意义方面', style: 'Heading 2', styleBuiltIn: 'Heading2' },
        { text: '学习不深入。', listString: '一是' },
        { table: ['表格里的措施'] },
        '（一）手打编号的标题',
      ],
      { api13: false },
    );
    const ps = await gateway(doc).read();
    expect(doc.syncs).toBe(1);
    expect(ps.map((p) => p.text)).toEqual(['存在的主要问题', '带头深刻感悟“两个确立”的决定性意义方面', '学习不深入。', '表格里的措施', '（一）手打编号的标题']);
    expect(ps.map((p) => p.headingLevel)).toEqual([1, 2, undefined, undefined, undefined]);
    expect(ps[0].styleName).toBe('标题 1');
    // What 1.1 cannot see: Word's automatic list numbers and table membership.
    expect(ps.some((p) => p.listString !== undefined || p.inTable)).toBe(false);
  });

  test('an Office error during the read becomes a GatewayError with a Chinese message', async () => {
    const doc = new FakeWordDocument(['甲']);
    const host = doc.host();
    host.run = async () => {
      throw new FakeOfficeError('GeneralException');
    };
    const err = await new OfficeGateway(host).read().catch((e) => e);
    expect(err).toBeInstanceOf(GatewayError);
    expect(err.message).toMatch(/Word 内部错误/);
  });
});

describe('capabilities', () => {
  test.each([
    [{ api16: true }, { wordApi16: true, editable: true }],
    [{ api16: false }, { wordApi16: false, editable: true }],
    [{ readOnly: true }, { wordApi16: false, editable: false }],
    [{ api13: false, api16: true }, { wordApi16: false, wordApi13: false, wordApi11: true, editable: true }],
    [{ api11: false, api13: false }, { wordApi16: false, wordApi11: false, editable: false }],
  ])('%o', async (options, expected) => {
    const caps = await gateway(new FakeWordDocument(['甲'], options)).capabilities();
    expect(caps).toMatchObject(expected);
  });
});

describe('select', () => {
  const specs = ['前言', '一、存在的主要问题', '（一）理论学习方面', '一是学习不深入。', '二、原因分析'];

  test('WordApi 1.1: by index when the text still matches, else by searching the text', async () => {
    const doc = new FakeWordDocument(specs, { api13: false });
    const g = gateway(doc);
    expect(await g.select({ index: 3, text: '一是学习不深入。' })).toEqual({ ok: true, value: undefined });
    expect(doc.selected?.text).toBe('一是学习不深入。');
    expect(await g.select({ index: 0, text: '（一）理论学习方面' })).toMatchObject({ ok: true });
    expect(doc.selection.start.text).toBe('（一）理论学习方面');
    expect(await g.select({ index: 0, text: '不存在的段落' })).toMatchObject({ ok: false, problem: 'not-found' });
  });

  test('by uniqueLocalId when WordApi 1.6 is there', async () => {
    const doc = new FakeWordDocument(specs, { api16: true });
    const target = doc.find('（一）理论学习方面');
    // The index is stale on purpose: the id wins.
    const r = await gateway(doc).select({ index: 0, id: target.uid, text: target.text });
    expect(r).toEqual({ ok: true, value: undefined });
    expect(doc.selected).toBe(target);
    expect(doc.syncs).toBe(1);
    expect(doc.searches).toHaveLength(0);
  });

  test('a stale id falls back to the index', async () => {
    const doc = new FakeWordDocument(specs, { api16: true });
    const r = await gateway(doc).select({ index: 3, id: 'ffffffff-0000-0000-0000-000000000000', text: '一是学习不深入。' });
    expect(r.ok).toBe(true);
    expect(doc.selected?.text).toBe('一是学习不深入。');
  });

  test('by index, verified by the text hash, without 1.6', async () => {
    const doc = new FakeWordDocument(specs);
    const r = await gateway(doc).select({ index: 2, id: 'ignored-without-1.6', text: '（一）理论学习方面' });
    expect(r.ok).toBe(true);
    expect(doc.selected?.text).toBe('（一）理论学习方面');
    expect(doc.searches).toHaveLength(0);
  });

  test('index hash mismatch (a paragraph was inserted above) falls back to search', async () => {
    const doc = new FakeWordDocument(['新插入的一段', ...specs]);
    const r = await gateway(doc).select({ index: 2, text: '（一）理论学习方面' });
    expect(r.ok).toBe(true);
    expect(doc.selected?.text).toBe('（一）理论学习方面');
    expect(doc.searches).toHaveLength(1);
    expect(doc.searches[0].text).toBe('（一）理论学习方面');
    expect(doc.searches[0].options).toMatchObject({ matchWildcards: false });
  });

  test('search prefers the paragraph whose whole text matches', async () => {
    const doc = new FakeWordDocument(['一是学习不深入。但是……', '其他', '一是学习不深入。']);
    const r = await gateway(doc).select({ index: 9, text: '一是学习不深入。' });
    expect(r.ok).toBe(true);
    expect(doc.selected).toBe(doc.story()[2]);
  });

  test('the ref text was cleaned: a manual line break still matches by hash', async () => {
    const doc = new FakeWordDocument(['甲', '第一行\u000b第二行']);
    const r = await gateway(doc).select({ index: 1, text: '第一行 第二行' });
    expect(r.ok).toBe(true);
    expect(doc.selected?.text).toBe('第一行\u000b第二行');
  });

  test('search escapes the caret and needs no escaping for wildcard characters', async () => {
    const text = '比较^上年*增长?[10%]{约}(见附表)<一>@!';
    const doc = new FakeWordDocument(['前', text]);
    const r = await gateway(doc).select({ index: 0, text });
    expect(r.ok).toBe(true);
    expect(doc.searches[0].text).toBe('比较^^上年*增长?[10%]{约}(见附表)<一>@!');
    expect(doc.selected?.text).toBe(text);
  });

  test('search text is cut to Word’s 255-character limit (escapes counted)', async () => {
    const long = '^' + '长'.repeat(400);
    const doc = new FakeWordDocument(['前', long]);
    const r = await gateway(doc).select({ index: 5, text: long });
    expect(r.ok).toBe(true);
    const sent = doc.searches[0].text;
    expect(sent.length).toBeLessThanOrEqual(255);
    expect(sent.startsWith('^^长')).toBe(true);
    expect(doc.selected?.text).toBe(long);
  });

  test('not found anywhere → not-found with a Chinese message, nothing selected', async () => {
    const doc = new FakeWordDocument(specs);
    const r = await gateway(doc).select({ index: 1, text: '这一段已经被删除了' });
    expect(r).toEqual({ ok: false, problem: 'not-found', message: PROBLEM_MESSAGES['not-found'] });
    expect(doc.selected).toBeUndefined();
  });

  test('an empty ref text that does not match by index is not-found', async () => {
    const doc = new FakeWordDocument(specs);
    const r = await gateway(doc).select({ index: 99, text: '' });
    expect(r.ok).toBe(false);
    expect(doc.searches).toHaveLength(0);
  });
});

describe('insert', () => {
  test('collapsed cursor in an empty paragraph: that paragraph is filled, the rest follows', async () => {
    const doc = new FakeWordDocument(['标题', '', '末段']);
    doc.cursor(doc.story()[1]);
    const r = await gateway(doc).insert(SKELETON);
    expect(r).toMatchObject({ ok: true, value: { inserted: 3, at: 'cursor' } });
    expect(doc.texts()).toEqual(['标题', ...SKELETON.map((p) => p.text), '末段']);
    const styles = doc.story().map((p) => p.styleBuiltIn);
    expect(styles).toEqual(['Normal', 'Heading1', 'Heading2', 'Normal', 'Normal']);
    expect(doc.story()[1].style).toBe('标题 1');
    expect(doc.runs).toEqual([3]);
  });

  test('cursor inside a non-empty paragraph: inserted after it, the paragraph is not split', async () => {
    const doc = new FakeWordDocument(['按照要求，现对照检查如下：', '末段']);
    doc.cursor(doc.story()[0]);
    await gateway(doc).insert(SKELETON);
    expect(doc.texts()).toEqual(['按照要求，现对照检查如下：', ...SKELETON.map((p) => p.text), '末段']);
  });

  test('non-empty selection: the selected text stays, insertion after the selection’s last paragraph', async () => {
    const doc = new FakeWordDocument(['甲', '乙', '丙', '丁']);
    doc.select(doc.story()[1], doc.story()[2]);
    await gateway(doc).insert(SKELETON);
    expect(doc.texts()).toEqual(['甲', '乙', '丙', ...SKELETON.map((p) => p.text), '丁']);
  });

  test('a non-empty selection ending in an empty paragraph does not reuse it', async () => {
    const doc = new FakeWordDocument(['甲', '', '丁']);
    doc.select(doc.story()[0], doc.story()[1]);
    await gateway(doc).insert([{ text: '插入', level: 1 }]);
    expect(doc.texts()).toEqual(['甲', '', '插入', '丁']);
  });

  test('inside a nested table: after the OUTERMOST table', async () => {
    const doc = new FakeWordDocument(['前', { table: ['外表格', { table: ['内表格', ''] }, '外表格末'] }, '后']);
    doc.cursor(doc.find('内表格'));
    await gateway(doc).insert(SKELETON);
    expect(doc.texts()).toEqual(['前', '外表格', '内表格', '', '外表格末', ...SKELETON.map((p) => p.text), '后']);
    const inserted = doc.story().slice(5, 8);
    expect(inserted.every((p) => p.tables.length === 0)).toBe(true);
  });

  test('an empty cell paragraph is not reused: after the table', async () => {
    const doc = new FakeWordDocument([{ table: [''] }, '后']);
    doc.cursor(doc.story()[0]);
    await gateway(doc).insert([{ text: '一、存在的主要问题', level: 1 }]);
    expect(doc.texts()).toEqual(['', '一、存在的主要问题', '后']);
    expect(doc.story()[1].tables).toHaveLength(0);
  });

  test('after a list item the inserted paragraphs leave the list', async () => {
    const doc = new FakeWordDocument([{ text: '列表项', listString: '1.' }, '后']);
    doc.cursor(doc.story()[0]);
    await gateway(doc).insert(SKELETON);
    expect(doc.story()[0].listString).toBe('1.');
    expect(doc.story().slice(1, 4).every((p) => p.listString === undefined)).toBe(true);
  });

  test('an empty list paragraph is not filled (its number would double the typed one)', async () => {
    const doc = new FakeWordDocument([{ text: '', listString: '一、' }]);
    doc.cursor(doc.story()[0]);
    await gateway(doc).insert([{ text: '一、存在的主要问题', level: 1 }]);
    expect(doc.texts()).toEqual(['', '一、存在的主要问题']);
    expect(doc.story()[1].listString).toBeUndefined();
  });

  // Where the cursor is: a story outside the body (its name, the kind the host reports, its content).
  const refusals: Array<[string, string, StoryKind, Spec[], string]> = [
    ['header', 'header', 'Header', ['页眉文字'], 'in-header-footer'],
    ['footer (inside a table in the footer)', 'footer', 'Footer', [{ table: ['页脚单元格'] }], 'in-header-footer'],
    ['footnote', 'fn', 'Footnote', ['脚注'], 'in-footnote'],
    ['a story the host calls Unknown, outside the body', 'tb', 'Unknown', ['文本框'], 'in-footnote'],
  ];
  test.each(refusals)('cursor in a %s: nothing changes and the reason is given', async (_name, story, kind, specs, problem) => {
    const doc = new FakeWordDocument(['正文']).addStory(story, kind, specs);
    doc.cursor(doc.story(story)[0]);
    const before = doc.snapshot();
    const r = await gateway(doc).insert(SKELETON);
    expect(r).toMatchObject({ ok: false, problem });
    if (!r.ok) expect(r.message).toMatch(/[\u4e00-\u9fff]/);
    expect(doc.snapshot()).toBe(before);
  });

  test('locked content control (also when the lock is on an outer control)', async () => {
    const outer: ContentControlNode = { cannotEdit: true };
    const inner: ContentControlNode = { cannotEdit: false, parent: outer };
    const doc = new FakeWordDocument(['甲', { text: '锁定内容', cc: inner }, '乙']);
    doc.cursor(doc.story()[1]);
    const before = doc.snapshot();
    const r = await gateway(doc).insert(SKELETON);
    expect(r).toEqual({ ok: false, problem: 'locked-content-control', message: PROBLEM_MESSAGES['locked-content-control'] });
    expect(doc.snapshot()).toBe(before);
  });

  test('an unlocked content control is fine', async () => {
    const doc = new FakeWordDocument(['甲', { text: '可编辑', cc: { cannotEdit: false } }]);
    doc.cursor(doc.story()[1]);
    const r = await gateway(doc).insert([{ text: '插入', level: 0 }]);
    expect(r.ok).toBe(true);
    expect(doc.texts()).toEqual(['甲', '可编辑', '插入']);
  });

  test('read-only document: refused before touching Word', async () => {
    const doc = new FakeWordDocument(['甲'], { readOnly: true });
    const before = doc.snapshot();
    const r = await gateway(doc).insert(SKELETON);
    expect(r).toEqual({ ok: false, problem: 'read-only', message: PROBLEM_MESSAGES['read-only'] });
    expect(doc.snapshot()).toBe(before);
    expect(doc.syncs).toBe(0);
  });

  test('protected document (AccessDenied at sync): nothing inserted, Chinese reason', async () => {
    const doc = new FakeWordDocument(['甲', '乙'], { protectedDoc: true });
    doc.cursor(doc.story()[0]);
    const before = doc.snapshot();
    const r = await gateway(doc).insert(SKELETON);
    expect(r).toMatchObject({ ok: false, problem: 'read-only' });
    expect(doc.snapshot()).toBe(before);
  });

  test('nothing to insert is a no-op', async () => {
    const doc = new FakeWordDocument(['甲']);
    expect(await gateway(doc).insert([])).toEqual({ ok: true, value: { inserted: 0 } });
    expect(doc.syncs).toBe(0);
  });

  test('without any Word API: unsupported, nothing written', async () => {
    const doc = new FakeWordDocument(['甲'], { api11: false, api13: false });
    expect(await gateway(doc).insert(SKELETON)).toMatchObject({ ok: false, problem: 'unsupported' });
    expect(doc.texts()).toEqual(['甲']);
  });

  test.each<[string, Spec[], (d: FakeWordDocument) => void]>([
    ['cursor mid-paragraph', ['甲乙丙', '丁'], (d) => d.cursor(d.find('甲乙丙'))],
    ['cursor in a table', ['前', { table: ['单元格'] }, '后'], (d) => d.cursor(d.find('单元格'))],
    ['a selection over two paragraphs', ['甲', '乙', '丙'], (d) => d.select(d.find('甲'), d.find('乙'))],
  ])('WordApi 1.1, %s: appended after the last paragraph, styles set by name, nothing typed touched', async (_what, specs, place) => {
    const doc = new FakeWordDocument(specs, { api13: false });
    place(doc);
    const before = doc.texts();
    const r = await gateway(doc).insert(SKELETON);
    expect(r).toMatchObject({ ok: true, value: { inserted: 3, at: 'at-end' } });
    expect(doc.texts()).toEqual([...before, ...SKELETON.map((p) => p.text)]);
    expect(doc.syncs).toBe(1);
    const added = doc.story().slice(before.length);
    expect(added.map((p) => p.style)).toEqual(['标题 1', '标题 2', '正文']);
  });

  test('WordApi 1.1 in an English Word: English style names; read-only: nothing written', async () => {
    const doc = new FakeWordDocument(['甲'], { api13: false });
    const host = doc.host();
    host.displayLanguage = () => 'en-US';
    const r = await new OfficeGateway(host).insert(SKELETON.slice(0, 1));
    expect(r).toMatchObject({ ok: true });
    expect(doc.story()[1].style).toBe('Heading 1');
    const ro = new FakeWordDocument(['甲'], { api13: false, readOnly: true });
    expect(await gateway(ro).insert(SKELETON)).toMatchObject({ ok: false, problem: 'read-only' });
    expect(ro.texts()).toEqual(['甲']);
  });

  test('the inserted skeleton reads back with heading levels', async () => {
    const doc = new FakeWordDocument(['']);
    const g = gateway(doc);
    await g.insert(SKELETON);
    const ps = await g.read();
    expect(ps.map((p) => p.headingLevel)).toEqual([1, 2, undefined]);
    expect(ps[1].styleName).toBe('标题 2');
  });
});

describe('select after insert uses the hash of what was read', () => {
  test('textHash ignores white space differences only', () => {
    expect(textHash('一是 学习')).toBe(textHash('一是学习'));
    expect(textHash('一是学习')).not.toBe(textHash('二是学习'));
  });
});

describe('read: tracked changes, list strings on the web, merged cells', () => {
  const DOC: Spec[] = [
    { text: '存在的主要问题', listString: '一、' },
    { text: '旧的第二部分', listString: '二、', deleted: true },
    { text: '原因分析，删掉的字', shown: '原因分析', listString: '二、' },
    '正文',
  ];

  test('with WordApi 1.4 the text is what Word shows with changes accepted, in two syncs; a deleted paragraph keeps its place', async () => {
    const doc = new FakeWordDocument(DOC, { api14: true });
    const g = gateway(doc);
    const ps = await g.read();
    expect(ps.map((p) => p.text)).toEqual(['存在的主要问题', '', '原因分析', '正文']);
    expect(ps.map((p) => p.listString)).toEqual(['一、', undefined, '二、', undefined]);
    expect(doc.syncs).toBe(2);
    expect(g.lastReadNotes()).toMatchObject({ trackedChanges: true, mayIncludeDeleted: false });
  });

  test('without tracked changes (nor hidden text, as Body.font.hidden tells) the read stays one sync and says nothing', async () => {
    const doc = new FakeWordDocument(['甲', { text: '乙', listString: '1.' }], { api14: true, desktop12: true });
    const g = gateway(doc);
    await g.read();
    expect(doc.syncs).toBe(1);
    expect(g.lastReadNotes()).toEqual({ trackedChanges: false, mayIncludeDeleted: false, listStringsMissing: false, mayIncludeHidden: false });
  });

  test.each<[string, FakeOptions]>([
    ['WordApi 1.3 only', { api14: false }],
    ['WordApi 1.4', { api14: true }],
    ['WordApi 1.6 with ids', { api16: true }],
  ])('a tracked-deleted list paragraph whose list string throws (Word on the web, %s): the read succeeds in at most two syncs', async (_name, opts) => {
    const doc = new FakeWordDocument(DOC, { ...opts, deletedListStringThrows: true });
    const g = gateway(doc);
    const ps = await g.read();
    expect(doc.syncs).toBeLessThanOrEqual(2);
    expect(ps).toHaveLength(4);
    expect(ps[3].text).toBe('正文');
    expect(ps[0].text).toBe('存在的主要问题');
    if (opts.api16) expect(ps.every((p) => p.id)).toBe(true);
    expect(g.lastReadNotes()).toMatchObject({ mayIncludeDeleted: true, listStringsMissing: true });
  });

  test('the same document without the failing paragraph reads the same otherwise', async () => {
    const failing = await gateway(new FakeWordDocument(['甲', { text: '删', listString: '一、', deleted: true }, '乙'], { deletedListStringThrows: true })).read();
    const clean = await gateway(new FakeWordDocument(['甲', '删', '乙'])).read();
    expect(failing).toEqual(clean);
  });

  test.each([
    ['one merged cell', [0]],
    ['merged cells in two rows', [0, 2]],
  ])('a merged table cell (%s): two syncs, list strings and ids kept, columns counted along the row', async (_name, merged) => {
    const cells: Spec[] = [];
    for (let row = 0; row < 3; row++) {
      for (let column = 0; column < 2; column++) {
        cells.push({ text: `格${row}${column}`, cell: { row, column }, mergedCell: merged.includes(row) && column === 0 });
      }
    }
    const doc = new FakeWordDocument([{ text: '一、问题', listString: '一、' }, { table: cells }, '表后'], { api16: true });
    const ps = await gateway(doc).read();
    expect(doc.syncs).toBe(2);
    expect(ps[0].listString).toBe('一、');
    expect(ps.every((p) => p.id)).toBe(true);
    expect(ps.slice(1, 7).map((p) => p.cell)).toEqual(
      [0, 1, 2].flatMap((row) => [0, 1].map((column) => ({ table: 0, row, column }))),
    );
  });
});

describe('select the flagged words (span)', () => {
  const text = '一是学习不深入，学习不系统，学习不持久。';
  const specs = ['前言', '一、存在的主要问题', text, '二、原因分析'];
  const span = (start: number, words: string) => ({ start, length: words.length, text: words });
  const selectedWords = (doc: FakeWordDocument) => {
    const s = doc.selectedSpan;
    return s ? s.paragraph.text.slice(s.start, s.start + s.length) : null;
  };

  test.each([
    ['by id (1.6)', { api16: true }, true],
    ['by index (1.3)', {}, false],
  ])('%s: the occurrence at the offset, not the first one', async (_name, options, withId) => {
    const doc = new FakeWordDocument(specs, options);
    const p = doc.find(text);
    const second = text.indexOf('学习', 3);
    const r = await gateway(doc).select({ index: 2, id: withId ? p.uid : undefined, text }, span(second, '学习'));
    expect(r.ok).toBe(true);
    expect(doc.selectedSpan).toEqual({ paragraph: p, start: second, length: 2 });
  });

  test('a span whose paragraph was found by search (index stale)', async () => {
    const doc = new FakeWordDocument(['新加的一段', ...specs]);
    const r = await gateway(doc).select({ index: 2, text }, span(text.indexOf('不持久'), '不持久'));
    expect(r.ok).toBe(true);
    expect(selectedWords(doc)).toBe('不持久');
    expect(doc.selectedSpan?.paragraph.text).toBe(text);
  });

  test('the paragraph changed before the span: the words are found where they now are', async () => {
    const doc = new FakeWordDocument(specs, { api16: true });
    const p = doc.find(text);
    p.text = '补充：' + text;
    const r = await gateway(doc).select({ index: 2, id: p.uid, text }, span(text.indexOf('不系统'), '不系统'));
    expect(r.ok).toBe(true);
    expect(doc.selectedSpan).toEqual({ paragraph: p, start: p.text.indexOf('不系统'), length: 3 });
  });

  test('the words are gone from the paragraph: the paragraph is selected', async () => {
    const doc = new FakeWordDocument(specs, { api16: true });
    const p = doc.find(text);
    p.text = '一是学习有所改进。';
    const r = await gateway(doc).select({ index: 2, id: p.uid, text }, span(8, '不系统'));
    expect(r.ok).toBe(true);
    expect(doc.selected).toBe(p);
    expect(doc.selectedSpan).toBeUndefined();
  });

  test('the search stays inside the paragraph (same words elsewhere are not taken)', async () => {
    const doc = new FakeWordDocument(['学习不深入在前面也有', ...specs], { api16: true });
    const p = doc.find(text);
    const r = await gateway(doc).select({ index: 3, id: p.uid, text }, span(2, '学习不深入'));
    expect(r.ok).toBe(true);
    expect(doc.selectedSpan?.paragraph).toBe(p);
  });

  test('words with a caret are escaped; a span longer than 255 characters selects from its start', async () => {
    const long = '甲^乙' + '长'.repeat(300);
    const doc = new FakeWordDocument(['前', long], { api16: true });
    const p = doc.find(long);
    const r = await gateway(doc).select({ index: 1, id: p.uid, text: long }, span(0, long));
    expect(r.ok).toBe(true);
    const sent = doc.searches[doc.searches.length - 1].text;
    expect(sent.startsWith('甲^^乙')).toBe(true);
    expect(sent.length).toBeLessThanOrEqual(255);
    expect(doc.selectedSpan?.start).toBe(0);
  });

  test('by id with a span: two syncs, no body-wide search', async () => {
    const doc = new FakeWordDocument(specs, { api16: true });
    const p = doc.find(text);
    await gateway(doc).select({ index: 2, id: p.uid, text }, span(2, '学习'));
    expect(doc.syncs).toBe(2);
    expect(doc.searches).toHaveLength(1);
  });

  test('an empty span text selects the paragraph', async () => {
    const doc = new FakeWordDocument(specs, { api16: true });
    const p = doc.find(text);
    await gateway(doc).select({ index: 2, id: p.uid, text }, span(0, ''));
    expect(doc.selected).toBe(p);
    expect(doc.selectedSpan).toBeUndefined();
  });
});

describe('watch', () => {
  const flush = () => new Promise((r) => setTimeout(r, 0));

  test('WordApi 1.6: paragraph events with the changed ids; stop removes the handlers', async () => {
    const doc = new FakeWordDocument(['甲', '乙'], { api16: true });
    const changes: unknown[] = [];
    const stop = gateway(doc).watch((c) => changes.push(c));
    await flush();
    expect(doc.handlers.get('onParagraphChanged')?.size).toBe(1);
    expect(doc.handlers.get('onParagraphAdded')?.size).toBe(1);
    expect(doc.handlers.get('onParagraphDeleted')?.size).toBe(1);
    const p = doc.find('乙');
    doc.type(p, '乙丙');
    expect(changes).toEqual([{ ids: [p.uid] }]);
    stop();
    await flush();
    doc.type(p, '乙丙丁');
    expect(changes).toHaveLength(1);
    expect(doc.handlers.get('onParagraphChanged')?.size).toBe(0);
  });

  test('without 1.6: a selection change with changed text reports a change, an unchanged one does not', async () => {
    const doc = new FakeWordDocument(['甲', '乙']);
    const changes: unknown[] = [];
    const stop = gateway(doc).watch((c) => changes.push(c));
    await flush();
    const syncsBefore = doc.syncs;
    for (const h of doc.selectionHandlers) h(); // caret moved, nothing typed
    await flush();
    expect(changes).toEqual([]);
    doc.type(doc.find('乙'), '乙改');
    await flush();
    expect(changes).toEqual([{}]);
    // One cheap sync per test.
    expect(doc.syncs - syncsBefore).toBe(2);
    stop();
    expect(doc.selectionHandlers.size).toBe(0);
  });
});
