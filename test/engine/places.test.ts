/**
 * places.ts: how a report names a paragraph's place. 第N段 for Word and .docx (unchanged); 第N行 for
 * a text file — the line the paragraph starts on (through the reader's line map), the last line of
 * a joined paragraph for what is inserted after it — and the engine's own messages, the readable
 * report, its fix lines and --json say so.
 */
import { analyze } from '../../src/engine';
import { describeFix } from '../../src/engine/fix';
import { toJson } from '../../src/engine/json';
import { formatReport } from '../../src/engine/report';
import { readTextDocument } from '../../src/engine/readers/text';
import { PARAGRAPH_PLACES, placesOf } from '../../src/engine/places';
import type { DocumentInput, Fix } from '../../src/engine/types';
import { completeLines, wordDoc } from '../support/docs';
import { LONG_ITEMS, wrap } from '../support/pdf-paste';

const LONG = LONG_ITEMS[0];
const LONG_2 = LONG_ITEMS[1];
const LONG_3 = LONG_ITEMS[2];

/** A text file's input as the command line reads it (source, paragraphs and line map). */
function textInput(text: string, source: 'text' | 'markdown' = 'text'): DocumentInput {
  const { paragraphs, lines } = readTextDocument(text, source);
  return lines ? { paragraphs, source, lines } : { paragraphs, source };
}

describe('placesOf', () => {
  test('Word and .docx: paragraph numbers, whatever the map says; no line for --json', () => {
    for (const source of ['word', 'docx'] as const) {
      const p = placesOf({ source, paragraphs: [], lines: Int32Array.from([5, 9, 12]) });
      expect([p.at(0), p.at(11), p.after(3), p.list([0, 2, 2, 7])]).toEqual(['第1段', '第12段', '第4段', '第1、3、8段']);
      expect(p.line(0)).toBeUndefined();
      expect(p.unit).toBe('paragraph');
    }
    expect(PARAGRAPH_PLACES.at(4)).toBe('第5段');
  });

  test('a text file of one line a paragraph (no map): paragraph k is line k + 1', () => {
    for (const source of ['text', 'markdown'] as const) {
      const p = placesOf({ source, paragraphs: [] });
      expect([p.at(0), p.at(11), p.after(3), p.list([0, 2, 7]), p.line(4)]).toEqual(['第1行', '第12行', '第4行', '第1、3、8行', 5]);
    }
  });

  test('a joined paragraph: where it starts, and its last line for an insertion after it', () => {
    const text = ['一、存在的主要问题', ...wrap(LONG, 30), ...wrap(LONG_2, 30), ...wrap(LONG_3, 30), '二、原因分析'].join('\n');
    const input = textInput(text);
    const p = placesOf(input);
    const n = [LONG, LONG_2, LONG_3].map((x) => wrap(x, 30).length);
    expect(input.paragraphs.map((x) => x.text)).toEqual(['一、存在的主要问题', LONG, LONG_2, LONG_3, '二、原因分析']);
    expect([0, 1, 2, 3, 4].map((k) => p.at(k))).toEqual(['第1行', '第2行', `第${2 + n[0]}行`, `第${2 + n[0] + n[1]}行`, `第${2 + n[0] + n[1] + n[2]}行`]);
    expect(p.after(1)).toBe(`第${1 + n[0]}行`);
    // The last paragraph: the map's end says where the file ends.
    const wrappedLast = textInput([...wrap(LONG, 30), ...wrap(LONG_2, 30), ...wrap(LONG_3, 30)].join('\n'));
    expect(placesOf(wrappedLast).after(2)).toBe(`第${n[0] + n[1] + n[2]}行`);
    expect(p.list([1, 2])).toBe(`第2、${2 + n[0]}行`);
    expect(p.line(2)).toBe(2 + n[0]);
  });

  test('table cells: all on their row\'s line, said once in a list; inserting after a cell is after its row', () => {
    const input = textInput(['说明', '| 问题 | 措施 |', '|---|---|', '| 甲 | 乙 |', '| 丙 | 丁 |', '结尾'].join('\n'), 'markdown');
    const p = placesOf(input);
    expect(input.paragraphs.map((x) => p.at(x.index))).toEqual(['第1行', '第2行', '第2行', '第4行', '第4行', '第5行', '第5行', '第6行']);
    expect(p.list([3, 4, 5])).toBe('第4、5行');
    // The header row's last cell: its own line, not the rule line under it.
    expect(p.after(2)).toBe('第2行');
    expect(p.after(4)).toBe('第4行');
  });
});

describe('the readable report, its fix lines and --json of a text file name lines', () => {
  // A complete material whose first problem is pasted from a PDF (wrapped over several lines), and
  // a numbering slip after it: 四是 where 三是 belongs.
  const lines = completeLines();
  const wrapped = [...wrap(`一是${LONG}`, 30), ...wrap(`二是${LONG_2}`, 30), ...wrap(`三是${LONG_3}`, 30)];
  lines.splice(2, 2, ...wrapped, '五是担当不够。');
  const text = lines.join('\n');
  const input = textInput(text);
  const analysis = analyze(input);
  const places = placesOf(input);
  const numbering = analysis.findings.find((f) => f.rule === 'numbering')!;
  const lineOfSlip = lines.indexOf('五是担当不够。') + 1;

  test('the finding says the line the editor shows, not the paragraph number', () => {
    expect(input.lines).toBeDefined();
    expect(numbering.paragraph + 1).not.toBe(lineOfSlip);
    const report = formatReport(analysis, 'm.txt', { places });
    const line = report.find((l) => l.includes('编号跳号'))!;
    expect(line.trim().startsWith(`第${lineOfSlip}行 `)).toBe(true);
    // Word's report of the same paragraphs: paragraph numbers, as before.
    const asWord = formatReport(analysis, 'm.docx');
    expect(asWord.find((l) => l.includes('编号跳号'))!.trim().startsWith(`第${numbering.paragraph + 1}段 `)).toBe(true);
    // The structure block too: the problems part on line 1, the causes part on its own line.
    expect(report).toContainEqual(expect.stringMatching(/✓ 原因分析　第(\d+)行/));
    const causes = Number(/✓ 原因分析　第(\d+)行/.exec(report.join('\n'))![1]);
    expect(lines[causes - 1]).toBe('二、原因分析');
  });

  test('--json keeps paragraph and adds the 1-based line; a .docx gets no line', () => {
    const json = toJson(analysis, 'm.txt', places);
    const f = json.findings.find((x) => x.rule === 'numbering')!;
    expect(f.paragraph).toBe(numbering.paragraph);
    expect(f.line).toBe(lineOfSlip);
    for (const x of json.findings) expect(text.split('\n')[x.line! - 1].length).toBeGreaterThan(0);
    expect(json.parts.map((x) => lines[x.line! - 1])).toEqual(['一、存在的主要问题', '二、原因分析', '三、整改措施']);
    expect(json.aspects[0].problems.map((x) => x.line)).toEqual([3, 3 + wrap(`一是${LONG}`, 30).length, 3 + wrap(`一是${LONG}`, 30).length + wrap(`二是${LONG_2}`, 30).length, lineOfSlip]);
    const word = toJson(analysis, 'm.docx');
    expect(word.findings.every((x) => !('line' in x))).toBe(true);
    expect(word.parts.every((x) => !('line' in x))).toBe(true);
  });

  test('fix lines: the place of an inserted paragraph is the last line of the one it follows', () => {
    const fix: Fix = { label: '插入', edits: [{ paragraph: 2, start: 0, length: 0, text: '（二）新方面', newParagraphAfter: true, level: 2 }] };
    const end = 2 + wrap(`一是${LONG}`, 30).length;
    expect(describeFix(fix, 3, places)).toContain(`第${end}行后插入「（二）新方面」`);
    expect(describeFix(fix)).toContain('第3段后插入「（二）新方面」');
    const style: Fix = { label: '样式', edits: [{ paragraph: 3, start: 0, length: 2, text: 'x', expect: 'x', style: 1 }] };
    expect(describeFix(style, 3, places)).toContain(`第${end + 1}行设为“标题 1”`);
    const select: Fix = { label: '选中', edits: [], select: { paragraph: 2, start: 0, length: 1 }, selections: [{ paragraph: 2, start: 0, length: 1 }, { paragraph: 3, start: 0, length: 1 }] };
    expect(describeFix(select, 3, places)).toContain(`先选中第3行的占位内容，再次执行依次选中下一处；各处在第3、${end + 1}行`);
  });

  test('the repeated-text message names the line of the sentence\'s first place (the rule reads the input\'s map)', () => {
    const copied = '对理论学习的重要性认识不足，把学习当成软任务，导致思想武装不到位。';
    const again = completeLines();
    again.splice(2, 2, ...wrap(`一是${LONG}${copied}`, 30), ...wrap(`二是${LONG_2}`, 30), ...wrap(`三是${LONG_3}`, 30));
    const at = again.indexOf('（二）宗旨意识淡化。');
    again[at] = `（二）宗旨意识淡化。${copied}`;
    const read = textInput(again.join('\n'));
    const f = analyze(read).findings.find((x) => x.rule === 'repeated-text')!;
    expect(f.message).toContain('与第3行重复');
    const asWord = analyze({ ...read, source: 'word' }).findings.find((x) => x.rule === 'repeated-text')!;
    expect(asWord.message).toContain('与第3段重复');
  });
});

test('a Word document\'s report is unchanged: paragraph numbers throughout', () => {
  const input = wordDoc(completeLines().map((text) => ({ text })));
  const a = analyze(input);
  const report = formatReport(a, 'm.docx', { places: placesOf(input) });
  expect(report).toEqual(formatReport(a, 'm.docx'));
  expect(report.join('\n')).not.toMatch(/第\d+行/);
});
