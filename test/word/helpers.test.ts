import { cleanText, normalizeForCompare, textHash } from '../../src/word/clean';
import { buildSearchQuery, escapeAndLimit, escapeSearchText, MAX_SEARCH_LENGTH, pickCandidate } from '../../src/word/locate';
import { describeError, failure, GatewayError, PROBLEM_MESSAGES } from '../../src/word/errors';
import { headingLevelOf, outlineLevelOf, toParagraph } from '../../src/word/officeGateway';
import { detectCapabilities, headingLevelOfStyleName, styleNameFor, WORD_BUILDS } from '../../src/word/capabilities';
import type { GatewayProblem } from '../../src/word/gateway';

const HAN = /[\u4e00-\u9fff]/;

describe('cleanText', () => {
  test.each([
    ['manual line break', '甲\u000b乙', '甲\n乙'],
    ['carriage return / line feed', '甲\r\n乙', '甲 \n乙'],
    ['cell end mark', '单元格\u0007', '单元格'],
    ['field characters', '\u0013 HYPERLINK \u0014链接\u0015', 'HYPERLINK 链接'],
    ['object anchor and other C0', '\u0001\u0002\u0005图\u0008', '图'],
    ['no-break space', '甲\u00a0乙', '甲 乙'],
    ['zero-width characters', '\u200b甲\u200c\u200d乙\u2060\ufeff', '甲乙'],
    ['soft hyphen / non-breaking hyphen', 'co\u00adop\u001eX', 'coop-X'],
    ['tab', '一、\t存在的问题', '一、 存在的问题'],
    ['full-width spaces kept', '\u3000\u3000正文', '\u3000\u3000正文'],
    ['trimmed ends', '  正文  ', '正文'],
    ['DEL', 'a\u007fb', 'ab'],
  ])('%s', (_name, raw, expected) => {
    expect(cleanText(raw)).toBe(expected);
  });

  test('null and undefined give an empty string', () => {
    expect(cleanText(undefined)).toBe('');
    expect(cleanText(null)).toBe('');
  });

  test('normalizeForCompare and textHash ignore all white space', () => {
    expect(normalizeForCompare('一、 存在\u3000问题\u000b')).toBe('一、存在问题');
    expect(textHash('一、存在问题')).toBe(textHash('一、 存在\u3000问题'));
    expect(textHash('一、存在问题')).toMatch(/^[0-9a-f]{8}$/);
    expect(textHash('一、存在问题')).not.toBe(textHash('二、存在问题'));
  });
});

describe('search query', () => {
  test('only the caret is escaped for non-wildcard search', () => {
    expect(escapeSearchText('a^b?*<>[]{}()@!~')).toBe('a^^b?*<>[]{}()@!~');
  });

  test('escaped length stays within the limit and never splits ^^ or a surrogate pair', () => {
    expect(escapeAndLimit('^'.repeat(200)).length).toBe(254);
    expect(escapeAndLimit('a'.repeat(300))).toHaveLength(MAX_SEARCH_LENGTH);
    const emoji = '😀'.repeat(200);
    const cut = escapeAndLimit(emoji);
    expect(cut.length).toBeLessThanOrEqual(255);
    expect(cut.length % 2).toBe(0);
  });

  test.each([
    ['the start up to the first space', '一是学习不深入。 比如，……', '一是学习不深入。'],
    ['a short leading run gives way to the longest run', '一、 存在的主要问题', '存在的主要问题'],
    ['control characters are cleaned first', '\u0013甲乙丙丁戊己\u0015', '甲乙丙丁戊己'],
    ['nothing to search', ' \u000b ', undefined],
  ])('%s', (_name, text, expected) => {
    expect(buildSearchQuery(text)).toBe(expected);
  });

  test('pickCandidate: exact, then same start, then first', () => {
    expect(pickCandidate('一是学习。', ['一是学习。再', '一是 学习。'])).toBe(1);
    expect(pickCandidate('一是学习。', ['无关', '一是学习。再'])).toBe(1);
    expect(pickCandidate('一是学习。', ['无关', '也无关'])).toBe(0);
    expect(pickCandidate('x', [])).toBe(-1);
  });
});

describe('error mapping', () => {
  test.each([
    ['AccessDenied', 'read-only'],
    ['NotAllowed', 'read-only'],
    ['ItemNotFound', 'not-found'],
    ['NotImplemented', 'unsupported'],
    ['ApiNotFound', 'unsupported'],
    ['InvalidArgument', 'unknown'],
    ['InvalidSelection', 'unknown'],
    ['GeneralException', 'unknown'],
    ['SearchDialogIsOpen', 'busy'],
    ['SearchStringInvalidOrTooLong', 'not-found'],
    ['ActivityLimitReached', 'busy'],
    ['SomethingNew', 'unknown'],
  ])('%s → %s with a Chinese message', (code, problem) => {
    const d = describeError({ code, message: 'english text from Office' });
    expect(d.problem).toBe(problem);
    expect(d.message).toMatch(HAN);
    expect(d.message).not.toMatch(/english text/);
  });

  test('non-Office errors are unknown', () => {
    expect(describeError(new Error('boom'))).toMatchObject({ problem: 'unknown', message: PROBLEM_MESSAGES.unknown });
    expect(describeError(undefined).problem).toBe('unknown');
  });

  test('GatewayError keeps its own problem and message', () => {
    expect(describeError(new GatewayError('busy', '忙'))).toMatchObject({ problem: 'busy', message: '忙' });
  });

  test('every problem has a Chinese message and failure() uses it', () => {
    const problems: GatewayProblem[] = ['read-only', 'in-header-footer', 'in-footnote', 'locked-content-control', 'not-found', 'unsupported', 'busy', 'unknown'];
    for (const p of problems) {
      expect(PROBLEM_MESSAGES[p]).toMatch(HAN);
      expect(failure(p)).toEqual({ ok: false, problem: p, message: PROBLEM_MESSAGES[p] });
    }
    expect(failure({ code: 'AccessDenied' })).toMatchObject({ ok: false, problem: 'read-only' });
  });
});

describe('mapping helpers', () => {
  test.each([
    ['Heading1', 1],
    ['Heading9', 9],
    ['Normal', undefined],
    ['Other', undefined],
    ['Title', undefined],
    [undefined, undefined],
  ])('headingLevelOf(%s) = %s', (style, level) => {
    expect(headingLevelOf(style)).toBe(level);
  });

  test.each([
    [1, 1],
    [9, 9],
    [10, undefined],
    [0, undefined],
    [undefined, undefined],
  ])('outlineLevelOf(%s) = %s', (v, level) => {
    expect(outlineLevelOf(v)).toBe(level);
  });

  test('list string only for list items', () => {
    expect(toParagraph({ text: '甲', isListItem: false, listItemOrNullObject: { listString: '1.' } }, 0, true).listString).toBeUndefined();
    expect(toParagraph({ text: '甲', isListItem: true, listItemOrNullObject: { listString: '1.' } }, 0, true).listString).toBe('1.');
  });
});

describe('capabilities', () => {
  /** A host the way Office answers: every version up to the newest it has (0 = no Word API). */
  const host = (newest: number, readOnly = false, diagnostics?: { version?: string; platform?: string }) => ({
    run: async () => {
      throw new Error('not used');
    },
    isSetSupported: (name: string, v: string) => name === 'WordApi' && Number(v) <= newest,
    isReadOnly: () => readOnly,
    diagnostics: () => diagnostics,
  });
  test.each([
    // Volume-licensed Word 2016: only 1.1 — still supported, with the reduced path.
    [1.1, { wordApi: '1.1', wordApi11: true, wordApi13: false, wordApi16: false, editable: true }],
    [1.2, { wordApi: '1.2', wordApi11: true, wordApi13: false, wordApi16: false, editable: true }],
    // Word 2019 / 2021 volume-licensed.
    [1.3, { wordApi: '1.3', wordApi11: true, wordApi13: true, wordApi16: false, editable: true }],
    [1.5, { wordApi: '1.5', wordApi11: true, wordApi13: true, wordApi16: false, editable: true }],
    // Word 2024 volume-licensed, Microsoft 365, the web.
    [1.8, { wordApi: '1.8', wordApi11: true, wordApi13: true, wordApi16: true, editable: true }],
    [1.9, { wordApi: '1.9', wordApi11: true, wordApi13: true, wordApi16: true, editable: true }],
    // Word 2013: no Word JavaScript API.
    [0, { wordApi: null, wordApi11: false, wordApi13: false, wordApi16: false, editable: false }],
  ])('WordApi up to %s', (newest, expected) => {
    expect(detectCapabilities(host(newest))).toMatchObject(expected);
  });

  test('read-only is not editable; the host version is named as Office reports it', () => {
    expect(detectCapabilities(host(1.3, true)).editable).toBe(false);
    expect(detectCapabilities(host(0, false, { version: '15.0.4420.1017', platform: 'PC' })).hostVersion).toBe('15.0.4420.1017，PC');
    expect(detectCapabilities(host(1.1, false, { version: '16.0.4266.1001' })).hostVersion).toBe('16.0.4266.1001');
    expect(detectCapabilities(host(1.1)).hostVersion).toBe('');
  });

  test('style names for hosts without styleBuiltIn, and headings read back from them', () => {
    expect(styleNameFor(1, 'zh-CN')).toBe('标题 1');
    expect(styleNameFor(0, 'zh-CN')).toBe('正文');
    expect(styleNameFor(2, 'en-US')).toBe('Heading 2');
    expect(styleNameFor(0, 'en-US')).toBe('Normal');
    expect(styleNameFor(3, undefined)).toBe('标题 3');
    for (const [name, level] of [['标题 1', 1], ['标题2', 2], ['Heading 3', 3], ['heading9', 9], ['正文', undefined], ['标题', undefined], ['Heading 10', undefined], ['副标题 1', undefined]] as const) {
      expect([name, headingLevelOfStyleName(name)]).toEqual([name, level]);
    }
  });

  test('one list of Word builds, from Microsoft\'s requirement-set table', () => {
    const byBuild = Object.fromEntries(WORD_BUILDS.map((b) => [b.build, b.wordApi]));
    expect(byBuild['Word 2016 批量授权版（MSI）']).toBe('1.1');
    expect(byBuild['Word 2019 批量授权版']).toBe('1.3');
    expect(byBuild['Word 2021 批量授权版']).toBe('1.3');
    expect(byBuild['Word 2024 批量授权版']).toBe('1.8');
    expect(WORD_BUILDS.map((b) => b.build).join('\n')).toMatch(/Microsoft 365[\s\S]*Mac[\s\S]*网页版/);
  });
});

describe('one list of Word versions', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const fs = require('fs') as typeof import('fs');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const path = require('path') as typeof import('path');
  const root = path.resolve(__dirname, '../..');

  test('assets/help.html shows exactly the WORD_BUILDS table, in order', () => {
    const html = fs.readFileSync(path.join(root, 'assets/help.html'), 'utf8');
    const rows = [...html.matchAll(/<tr><td>([^<]+)<\/td><td>([^<]+)<\/td><\/tr>/g)].map((m) => ({ build: m[1], wordApi: m[2] }));
    expect(rows).toEqual(WORD_BUILDS);
    expect(html).not.toMatch(/2016 及以上版本（WordApi 1\.3）|需要 Word 2016 或更高版本（WordApi 1\.3）/);
  });

  test('the manifest asks for WordApi 1.1, the floor the list and the pane state', () => {
    const xml = fs.readFileSync(path.join(root, 'manifest.xml'), 'utf8');
    expect(xml).toMatch(/<Set Name="WordApi" MinVersion="1\.1"\/>/);
    expect(WORD_BUILDS.every((b) => Number(b.wordApi.slice(0, 3)) >= 1.1)).toBe(true);
  });
});

describe('spanOccurrence', () => {
  const { spanOccurrence } = require('../../src/word/locate') as typeof import('../../src/word/locate');
  test.each([
    ['甲乙甲乙甲', 0, '甲', 0],
    ['甲乙甲乙甲', 2, '甲', 1],
    ['甲乙甲乙甲', 4, '甲', 2],
    ['甲乙甲乙甲', 1, '甲', 0], // the words are not at the offset: the first
    ['aaaa', 2, 'aa', 1], // non-overlapping, as Word's search
    ['aaaa', 1, 'aa', 0], // an overlapping offset is not an occurrence Word would return
    ['', 0, '甲', 0],
  ])('%s @%i %s → %i', (text, start, words, n) => {
    expect(spanOccurrence(text, { start, length: words.length, text: words })).toBe(n);
  });
});
