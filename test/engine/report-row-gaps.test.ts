/**
 * The readable report's 整改措施具体性 line of a concrete 整改清单 row whose 责任人 or 完成时限 cell is
 * empty (or holds only —, /, 待定 …) says which cell (trial 20): “具体（…）；完成时限一栏只写了“/””.
 * Rows that fill both, vague rows (already 不够具体) and measures outside a table are said as before.
 * Markdown tables and Word's own table cells; several headers.
 */
import { analyze } from '../../src/engine';
import { formatReport } from '../../src/engine/report';
import { readText } from '../../src/engine/readers/text';
import type { DocumentInput, Paragraph } from '../../src/engine/types';
import { completeLines } from '../support/docs';

const BEFORE = completeLines().slice(0, 16);
const line = (cells: string[]) => `| ${cells.join(' | ')} |`;

function markdown(header: string[], rows: string[][]): DocumentInput {
  const lines = [...BEFORE, line(header), line(header.map(() => '---')), ...rows.map(line)];
  return { paragraphs: readText(lines.join('\n'), 'markdown'), source: 'markdown' };
}

/** The same rows as Word's table cells (one paragraph a cell). */
function word(header: string[], rows: string[][]): DocumentInput {
  const ps: Paragraph[] = BEFORE.map((text, index) => ({ index, text }));
  [header, ...rows].forEach((cells, row) =>
    cells.forEach((text, column) => ps.push({ index: ps.length, text, inTable: true, cell: { table: 0, row, column } } as Paragraph)),
  );
  return { paragraphs: ps, source: 'word' };
}

/** The report's line for the measure whose text starts with `head`. */
function concreteLine(input: DocumentInput, head: string): string {
  const lines = formatReport(analyze(input), 'x');
  const from = lines.indexOf('整改措施具体性：');
  const found = lines.slice(from).find((l) => l.includes(`「${head.slice(0, 8)}`));
  if (!found) throw new Error(`no line for ${head} in\n${lines.slice(from).join('\n')}`);
  return found;
}

const GOOD = ['1', '理论学习不深', '每月集中学习2次，撰写心得体会', '张三', '2026年6月底前'];
const MEASURE = '走访联系群众20户，每季度回访1次';

describe.each([
  ['markdown', markdown],
  ['Word cells', word],
])('%s', (_kind, build) => {
  test.each<[string, string[], string[], string[]]>([
    ['a slash deadline', ['序号', '问题', '整改措施', '责任人', '完成时限'], ['2', '宗旨意识淡化', MEASURE, '组织部', '/'], ['完成时限一栏只写了“/”']],
    ['an empty owner cell', ['序号', '问题', '整改措施', '责任人', '完成时限'], ['2', '宗旨意识淡化', MEASURE, '', '年底前'], ['责任人一栏空着']],
    ['both, under other headers', ['序号', '存在问题', '整改措施', '责任领导', '整改时限'], ['2', '宗旨意识淡化', MEASURE, '—', '待定'], ['责任领导一栏只写了“—”', '整改时限一栏只写了“待定”']],
  ])('%s: the 具体 line names the empty cell', (_name, header, row, said) => {
    const l = concreteLine(build(header, [GOOD, row]), MEASURE);
    expect(l).toContain('—— 具体（');
    // After the evidence, the cells in the header's order, joined by “，”.
    expect(l).toContain(`）；${said.join('，')}`);
    // The full row says nothing of cells.
    expect(concreteLine(build(header, [GOOD, row]), GOOD[2])).not.toMatch(/一栏/);
  });

  test('a vague row with an empty cell is 不够具体, as before, and names no cell', () => {
    const l = concreteLine(build(['序号', '问题', '整改措施', '责任人', '完成时限'], [GOOD, ['2', '宗旨意识淡化', '进一步密切联系群众', '', '']]), '进一步密切联系群众');
    expect(l).toContain('不够具体');
    expect(l).not.toMatch(/一栏/);
  });
});

test('measures outside a table say nothing of cells', () => {
  const lines = formatReport(analyze({ paragraphs: readText(completeLines().join('\n')), source: 'text' }), 'x');
  expect(lines.join('\n')).not.toMatch(/一栏(?:空着|只写了)/);
});
