/**
 * The Word read gives what Word shows: hidden text left out where the host can (WordApi 1.7
 * Paragraph.getText, with Body.font.hidden from WordApiDesktop 1.2 to skip the work when there is
 * none) and said plainly where it cannot; on Word on the web a tracked-deleted list paragraph no
 * longer costs every other automatic number. All on the fake Word, in several shapes each.
 */
import { OfficeGateway } from '../../src/word/officeGateway';
import { possiblyDeletedParagraphs } from '../../src/word/reviewed';
import { FakeWordDocument, type FakeOptions, type Spec } from './fakeWord';

const gateway = (doc: FakeWordDocument) => new OfficeGateway(doc.host());

describe('hidden text in Word', () => {
  const DOCS: Array<[string, Spec[], string[]]> = [
    ['a hidden hint inside a paragraph', ['一、存在的主要问题', { text: '（提示：一是…四是…）一是理论学习不深。', hidden: ['（提示：一是…四是…）'] }], ['一、存在的主要问题', '一是理论学习不深。']],
    ['a wholly hidden paragraph keeps its place, empty', ['甲', { text: '隐藏的一段', hidden: ['隐藏的一段'] }, '乙'], ['甲', '', '乙']],
    ['hidden words in several places', [{ text: '学A习B不C够', hidden: ['A', 'B', 'C'] }], ['学习不够']],
    ['hidden text and a tracked deletion in one paragraph', [{ text: '原因X分析，删掉的字', shown: '原因X分析', hidden: ['X'] }], ['原因分析']],
  ];

  test.each(DOCS)('WordApi 1.7 with WordApiDesktop 1.2: %s is left out, in two syncs, and nothing is said', async (_name, specs, expected) => {
    const doc = new FakeWordDocument(specs, { api17: true, desktop12: true });
    const g = gateway(doc);
    const ps = await g.read();
    expect(ps.map((p) => p.text)).toEqual(expected);
    expect(doc.syncs).toBe(2);
    expect(g.lastReadNotes().mayIncludeHidden).toBe(false);
    expect(g.lastReadNotes().mayIncludeDeleted).toBe(false);
  });

  test.each(DOCS)('WordApi 1.7 without a way to tell (Word on the web): %s is left out all the same', async (_name, specs, expected) => {
    const doc = new FakeWordDocument(specs, { api17: true, platform: 'OfficeOnline' });
    const g = gateway(doc);
    expect((await g.read()).map((p) => p.text)).toEqual(expected);
    expect(doc.syncs).toBeLessThanOrEqual(2);
    expect(g.lastReadNotes().mayIncludeHidden).toBe(false);
  });

  test('WordApiDesktop 1.2 saying there is no hidden text: one sync, Paragraph.text as read', async () => {
    const doc = new FakeWordDocument(['一、存在的主要问题', { text: '正文', listString: '1.' }], { api17: true, desktop12: true });
    const g = gateway(doc);
    const ps = await g.read();
    expect(doc.syncs).toBe(1);
    expect(ps.map((p) => p.text)).toEqual(['一、存在的主要问题', '正文']);
    expect(ps[1].listString).toBe('1.');
    expect(g.lastReadNotes()).toMatchObject({ mayIncludeHidden: false, trackedChanges: false });
  });

  test('a wholly hidden list paragraph has no list number either', async () => {
    const doc = new FakeWordDocument([{ text: '甲', listString: '一、' }, { text: '提示', listString: '二、', hidden: ['提示'] }, { text: '乙', listString: '二、' }], { api17: true, desktop12: true });
    const ps = await gateway(doc).read();
    expect(ps.map((p) => [p.text, p.listString])).toEqual([['甲', '一、'], ['', undefined], ['乙', '二、']]);
  });

  test.each<[string, FakeOptions, boolean]>([
    ['WordApi 1.3 (Word 2019/2021 volume licence)', {}, true],
    ['WordApi 1.4', { api14: true }, true],
    ['WordApi 1.6', { api16: true }, true],
    ['WordApi 1.1 (Word 2016 volume licence)', { api13: false }, true],
    ['WordApi 1.6 with WordApiDesktop 1.2 reporting hidden text', { api16: true, desktop12: true }, true],
  ])('without WordApi 1.7 (%s) the text includes hidden text and the notes say so', async (_name, options, says) => {
    const doc = new FakeWordDocument(['甲', { text: '乙隐', hidden: ['隐'] }], options);
    const g = gateway(doc);
    const ps = await g.read();
    expect(ps[1].text).toBe('乙隐');
    expect(g.lastReadNotes().mayIncludeHidden).toBe(says);
  });

  test('without WordApi 1.7 but with WordApiDesktop 1.2 reporting none, nothing is said', async () => {
    const doc = new FakeWordDocument(['甲', '乙'], { api16: true, desktop12: true });
    const g = gateway(doc);
    await g.read();
    expect(doc.syncs).toBe(1);
    expect(g.lastReadNotes().mayIncludeHidden).toBe(false);
  });
});

describe('Word on the web: a tracked-deleted list paragraph costs only its own number', () => {
  const WEB: FakeOptions = { api16: true, deletedListStringThrows: true, platform: 'OfficeOnline' };
  const SHAPES: Array<[string, Spec[], Array<string | undefined>]> = [
    [
      'one deleted item in a numbered list',
      [{ text: '存在的主要问题', listString: '一、' }, { text: '旧的第二部分', listString: '二、', deleted: true }, { text: '原因分析', listString: '二、' }, '正文'],
      ['一、', undefined, '二、', undefined],
    ],
    [
      'the first and the last items deleted',
      [{ text: '删一', listString: '1.', deleted: true }, { text: '甲', listString: '1.' }, { text: '乙', listString: '2.' }, { text: '删二', listString: '3.', deleted: true }],
      [undefined, '1.', '2.', undefined],
    ],
    [
      'two lists, nested levels, a deleted item in each',
      [
        { text: '存在的主要问题', listString: '一、' },
        { text: '学习方面', listString: '（一）' },
        { text: '删掉的方面', listString: '（二）', deleted: true },
        { text: '作风方面', listString: '（二）' },
        '正文',
        { text: '措施一', listString: '1.' },
        { text: '删掉的措施', listString: '2.', deleted: true },
        { text: '措施二', listString: '2.' },
      ],
      ['一、', '（一）', undefined, '（二）', undefined, '1.', undefined, '2.'],
    ],
    [
      'a deleted item whose text another item repeats: both numbers are given up, no other',
      [{ text: '同文', listString: '1.' }, { text: '同文', listString: '2.', deleted: true }, { text: '别的', listString: '2.' }],
      [undefined, undefined, '2.'],
    ],
    [
      'a deleted list item beside a list item edited in part',
      [{ text: '甲，删掉的字', shown: '甲', listString: '1.' }, { text: '删', listString: '2.', deleted: true }, { text: '乙', listString: '2.' }],
      [undefined, undefined, '2.'],
    ],
  ];

  test.each(SHAPES)('%s: read in two syncs, every other number kept', async (_name, specs, numbers) => {
    const doc = new FakeWordDocument(specs, WEB);
    const g = gateway(doc);
    const ps = await g.read();
    expect(doc.syncs).toBeLessThanOrEqual(2);
    expect(ps.map((p) => p.listString)).toEqual(numbers);
    // deleted paragraphs read as empty, in their place
    specs.forEach((s, i) => {
      if (typeof s === 'object' && 'deleted' in s && s.deleted) expect(ps[i].text).toBe('');
    });
    expect(g.lastReadNotes().trackedChanges).toBe(true);
    expect(g.lastReadNotes().mayIncludeDeleted).toBe(false);
  });

  test('the same document on the desktop (one sync for everything but the shown text) reads the same', async () => {
    for (const [, specs] of SHAPES) {
      const web = await gateway(new FakeWordDocument(specs, WEB)).read();
      const desktop = await gateway(new FakeWordDocument(specs, { api16: true })).read();
      // the web gives up the numbers of possibly deleted paragraphs only; all else is equal
      expect(web.map((p) => p.text)).toEqual(desktop.map((p) => p.text));
      web.forEach((p, i) => {
        if (p.listString !== undefined) expect(p.listString).toBe(desktop[i].listString);
      });
    }
  });

  test('without tracked changes every number is read, in two syncs, and nothing is said', async () => {
    const doc = new FakeWordDocument([{ text: '甲', listString: '一、' }, { text: '乙', listString: '二、' }, '丙'], WEB);
    const g = gateway(doc);
    const ps = await g.read();
    expect(ps.map((p) => p.listString)).toEqual(['一、', '二、', undefined]);
    expect(doc.syncs).toBe(2);
    expect(g.lastReadNotes()).toMatchObject({ trackedChanges: false, listStringsMissing: false, mayIncludeDeleted: false });
  });

  test('a document without list paragraphs or changes needs one sync on the web (WordApi 1.6)', async () => {
    const doc = new FakeWordDocument(['甲', '乙'], WEB);
    await gateway(doc).read();
    expect(doc.syncs).toBe(1);
  });
});

describe('possiblyDeletedParagraphs', () => {
  test.each<[string, string[], string[], number[] | undefined]>([
    ['no change', ['a', 'b'], ['a', 'b'], []],
    ['a word deleted: same count, none', ['ab', 'c'], ['a', 'c'], []],
    ['one paragraph deleted', ['a', 'b', 'c'], ['a', 'c'], [1]],
    ['repeated text: every copy', ['x', 'x', 'y'], ['x', 'y'], [0, 1]],
    ['deleted and edited', ['a1', 'b', 'c'], ['a', 'c'], [0, 1]],
    ['a trailing paragraph mark', ['a', 'b'], ['a'], [1]],
  ])('%s', (_name, before, after, expected) => {
    const got = possiblyDeletedParagraphs(before.join('\r'), after.join('\r'), before.length);
    expect(got && [...got].sort((a, b) => a - b)).toEqual(expected);
  });

  test('an Original text that does not split into the paragraphs: undefined (cannot tell)', () => {
    expect(possiblyDeletedParagraphs('a\rb\rc', 'a', 2)).toBeUndefined();
  });

  test('line ends: \\r\\n and \\n read alike, a final mark ignored', () => {
    expect([...possiblyDeletedParagraphs('a\r\nb\r\nc\r\n', 'a\nc\n', 3)!]).toEqual([1]);
  });
});

describe('notes on the fallback paths', () => {
  test('Word on the web retrying without ids (no second sync): the numbers not read are said to be missing', async () => {
    const doc = new FakeWordDocument([{ text: '甲', listString: '一、' }, '乙'], { api16: true, rejectUniqueLocalId: true, platform: 'OfficeOnline' });
    const g = gateway(doc);
    const ps = await g.read();
    expect(ps.map((p) => p.text)).toEqual(['甲', '乙']);
    expect(ps[0].listString).toBeUndefined();
    expect(g.lastReadNotes().listStringsMissing).toBe(true);
    expect(doc.syncs).toBeLessThanOrEqual(2);
  });

  test('a host that rejects nested loads (list strings read one by one): hidden text may be included, and it says so', async () => {
    const doc = new FakeWordDocument([{ text: '甲', listString: '一、' }, { text: '乙隐', hidden: ['隐'] }], { rejectNestedListLoad: true });
    const g = gateway(doc);
    const ps = await g.read();
    expect(ps[0].listString).toBe('一、');
    expect(g.lastReadNotes().mayIncludeHidden).toBe(true);
  });
});
