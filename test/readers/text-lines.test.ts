/**
 * The text reader's line map (readTextDocument, DocumentInput.lines): on which line of the file
 * each paragraph starts, so that reports of a .txt/.md say the line an editor shows. Set only when
 * a paragraph is not on line index + 1: lines joined back from a PDF's hard wraps (a wrapped
 * paragraph, a page break inside one, a marker alone on its line, a title split in two), a pipe
 * table (a paragraph per cell, all on the row's line) and its rule line (no paragraph).
 */
import { readText, readTextDocument } from '../../src/engine/readers/text';
import { LONG_ITEMS, wrap } from '../support/pdf-paste';


const ITEM_1 = LONG_ITEMS[0];
const ITEM_2 = LONG_ITEMS[1];
const ITEM_3 = LONG_ITEMS[2];

/** The file's lines (CR, LF or CRLF ending one), 1-based as an editor numbers them: lines[0] is unused. */
function fileLines(text: string): string[] {
  return ['', ...text.replace(/^\ufeff/, '').split(/\r\n|\n|\r/)];
}

/**
 * Every paragraph's text starts on its mapped line: the line holds the paragraph's first two
 * characters (a joined paragraph's first line is its start, a marker alone on it too; a cell's line
 * is its row). The map never goes back, and ends past the last paragraph's line.
 */
function expectMapHolds(text: string) {
  const { paragraphs, lines } = readTextDocument(text);
  const shown = fileLines(text);
  const lineOf = (k: number) => (lines ? lines[k] : k + 1);
  paragraphs.forEach((p, k) => {
    const line = shown[lineOf(k)];
    expect(line).toBeDefined();
    const start = p.text.replace(/^\s+/, '').slice(0, 2);
    if (start) expect(line.replace(/[\s\u3000]/g, '')).toContain(start.replace(/[\s\u3000]/g, ''));
    if (k > 0) expect(lineOf(k)).toBeGreaterThanOrEqual(lineOf(k - 1));
  });
  if (lines) {
    expect(lines.length).toBe(paragraphs.length + 1);
    expect(lines[paragraphs.length]).toBeGreaterThan(lines[paragraphs.length - 1]);
  }
  return { paragraphs, lines };
}

describe('lines joined back from a PDF: each paragraph starts on its own first line', () => {
  test.each([26, 28, 30])('a wrapped paragraph at %i characters a line, and every paragraph after it', (width) => {
    const text = ['一、存在的主要问题', '（一）理论学习方面', ...wrap(ITEM_1, width), '（二）调查研究方面', ...wrap(ITEM_2, width), '（三）担当作为方面', ...wrap(ITEM_3, width), '二、原因分析'].join('\n');
    const { paragraphs, lines } = expectMapHolds(text);
    expect(lines).toBeDefined();
    const shown = fileLines(text);
    // The second aspect heading is paragraph 3, on the line after ITEM_1's last.
    const at = paragraphs.findIndex((p) => p.text === '（二）调查研究方面');
    expect(at).toBe(3);
    expect(shown[lines![at]]).toBe('（二）调查研究方面');
    expect(lines![at]).toBe(2 + wrap(ITEM_1, width).length + 1);
    // The last paragraph and the line after it (the map's last entry).
    expect(shown[lines![paragraphs.length - 1]]).toBe('二、原因分析');
    expect(lines![paragraphs.length]).toBe(shown.length);
  });

  test('a page break inside a paragraph (its page number and blank lines left out) moves every line after it', () => {
    const whole = ITEM_1 + ITEM_3;
    const [a, b] = [whole.slice(0, 90), whole.slice(90)];
    const text = ['一、存在的主要问题', ...wrap(a, 30), '', '— 2 —', '', ...wrap(b, 30), ...wrap(ITEM_2, 30), '二、原因分析'].join('\n');
    const { paragraphs, lines } = expectMapHolds(text);
    expect(paragraphs.map((p) => p.text)).toEqual(['一、存在的主要问题', whole, ITEM_2, '二、原因分析']);
    const cause = paragraphs.findIndex((p) => p.text === '二、原因分析');
    expect(fileLines(text)[lines![cause]]).toBe('二、原因分析');
    expect(lines![cause]).toBe(text.split('\n').length);
  });

  test('a list marker alone on its line, its text on the next: one paragraph, on the marker\'s line', () => {
    const text = ['一、', '存在的主要问题', '（一）', '理论学习方面', '一是学习不深。', '二、原因分析'].join('\n');
    const { paragraphs, lines } = expectMapHolds(text);
    expect(paragraphs.map((p) => p.text)).toEqual(['一、存在的主要问题', '（一）理论学习方面', '一是学习不深。', '二、原因分析']);
    expect(Array.from(lines!)).toEqual([1, 3, 5, 6, 7]);
  });

  test('a title split over two lines, then blank lines: the blank lines keep their own line numbers', () => {
    const text = ['2025年度民主生活会', '个人对照检查材料', '', '', '一、存在的主要问题', '一是学习不深。'].join('\n');
    const { paragraphs, lines } = expectMapHolds(text);
    expect(paragraphs.map((p) => p.text)).toEqual(['2025年度民主生活会个人对照检查材料', '', '', '一、存在的主要问题', '一是学习不深。']);
    expect(Array.from(lines!)).toEqual([1, 3, 4, 5, 6, 7]);
  });
});

describe('a markdown pipe table: its cells on their row\'s line, its rule line no paragraph', () => {
  const table = ['## 三、整改措施', '', '| 序号 | 问题 | 整改措施 | 完成时限 |', '|---|:---:|---|---:|', '| 1 | 学习不深 | 每月学习2次 | 2026年6月 |', '| 2 | 调研不实 | 走访20户 | 2026年12月 |', '', '## 四、其他'];

  test('each cell maps to its row, and the heading after the table to its own line', () => {
    const text = table.join('\n');
    const { paragraphs, lines } = expectMapHolds(text);
    const rows = paragraphs.filter((p) => p.inTable).map((p) => lines![p.index]);
    expect(rows).toEqual([3, 3, 3, 3, 5, 5, 5, 5, 6, 6, 6, 6]);
    const last = paragraphs.findIndex((p) => p.text === '四、其他');
    expect(lines![last]).toBe(8);
    expect(lines![paragraphs.length]).toBe(9);
  });

  test('a rule line alone (no header row above it) shifts the lines after it by one', () => {
    const text = ['正文一段。', '|---|---|', '| 甲 | 乙 |', '结尾一段。'].join('\n');
    const { paragraphs, lines } = expectMapHolds(text);
    expect(paragraphs.map((p) => p.text)).toEqual(['正文一段。', '甲', '乙', '结尾一段。']);
    expect(Array.from(lines!)).toEqual([1, 3, 3, 4, 5]);
  });

  test('a table at the very end of a file, with a final line break', () => {
    const text = ['说明', '| 问题 | 措施 |', '| --- | --- |', '| 甲 | 乙 |', ''].join('\n');
    const { lines } = expectMapHolds(text);
    expect(Array.from(lines!)).toEqual([1, 2, 2, 4, 4, 5]);
  });
});

describe('line ends and blank lines', () => {
  const joined = ['一、存在的主要问题', '', ...wrap(ITEM_1, 30), '', '（二）调查研究方面', '| 问题 | 措施 |', '|---|---|', '| 甲 | 乙 |', '', '二、原因分析'];

  test.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['CR alone (old Mac)', '\r'],
  ])('%s: the same map as with LF, counted by the file\'s own line ends', (_name, end) => {
    const lf = readTextDocument(joined.join('\n'));
    const other = expectMapHolds(joined.join(end));
    expect(other.paragraphs.map((p) => p.text)).toEqual(lf.paragraphs.map((p) => p.text));
    expect(Array.from(other.lines!)).toEqual(Array.from(lf.lines!));
  });

  test('a final line break, and a BOM at the start, change no line number', () => {
    const plain = readTextDocument(joined.join('\r\n'));
    for (const text of [`${joined.join('\r\n')}\r\n`, `\ufeff${joined.join('\r\n')}`, `\ufeff${joined.join('\n')}\n`]) {
      expect(Array.from(expectMapHolds(text).lines!)).toEqual(Array.from(plain.lines!));
    }
  });

  test('blank lines between paragraphs of a joined file are paragraphs on their own lines', () => {
    const text = [...wrap(ITEM_1, 30), '', '', ...wrap(ITEM_2, 30), '', ...wrap(ITEM_3, 30), '三、整改措施'].join('\n');
    const { paragraphs, lines } = expectMapHolds(text);
    const [n1, n2, n3] = [ITEM_1, ITEM_2, ITEM_3].map((x) => wrap(x, 30).length);
    expect(paragraphs.map((p) => p.text)).toEqual([ITEM_1, '', '', ITEM_2, '', ITEM_3, '三、整改措施']);
    const blank2 = n1 + n2 + 3;
    expect(Array.from(lines!)).toEqual([1, n1 + 1, n1 + 2, n1 + 3, blank2, blank2 + 1, blank2 + n3 + 1, blank2 + n3 + 2]);
  });
});

describe('one line a paragraph: no map at all (a plain file costs nothing more)', () => {
  test.each([
    ['short lines', ['一、存在的主要问题', '一是学习不深。', '二、原因分析', '三、整改措施', '1.每月学习2次。']],
    ['blank lines and a page number between paragraphs', ['一、存在的主要问题', '', '一是学习不深。', '— 2 —', '', '二、原因分析']],
    ['markdown marks and bullets', ['# 对照检查材料', '## 一、存在的主要问题', '- 学习不深', '> 引文', '**二、原因分析**']],
    ['long lines of different widths (typed, not wrapped)', [ITEM_1, ITEM_2.slice(0, 40), ITEM_3 + ITEM_1, '二、原因分析']],
    ['a single line with no line break', ['一是学习不深。']],
  ])('%s', (_name, given) => {
    for (const text of [given.join('\n'), given.join('\r\n'), `\ufeff${given.join('\n')}\n`]) {
      const read = readTextDocument(text);
      expect(read.lines).toBeUndefined();
      expect(read.paragraphs).toEqual(readText(text));
      expect(read.paragraphs).toHaveLength(given.length);
    }
  });
});

test('readText gives the same paragraphs as readTextDocument, map or not', () => {
  for (const text of [[...wrap(ITEM_1, 30), '二、原因分析'].join('\n'), '| 甲 | 乙 |\n|---|---|\n| 丙 | 丁 |', '一、\n存在的主要问题']) {
    expect(readText(text)).toEqual(readTextDocument(text).paragraphs);
  }
});
