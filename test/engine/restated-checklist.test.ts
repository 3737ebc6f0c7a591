/**
 * A 整改清单 table restating the material (ours, from 插入整改清单 or --checklist) is read as the
 * measures it restates wherever it stands: emptied for the reading with the heading line above it,
 * so it adds no problem and no finding (t23). A writer's own table, or one of another shape, is
 * read as before.
 */
import { analyze } from '../../src/engine';
import { buildChecklist, checklistTable } from '../../src/engine/checklist';
import { restatedChecklists } from '../../src/engine/restated-checklist';
import { isChecklistHeading } from '../../src/engine/checklist-heading';
import type { Paragraph } from '../../src/engine/types';
import { completeLines } from '../support/docs';

type Line = Omit<Paragraph, 'index'>;
const doc = (ps: Line[]): Paragraph[] => ps.map((p, index) => ({ ...p, index }));
const table = (rows: string[][], n = 0): Line[] => rows.flatMap((r, row) => r.map((text, column) => ({ text, inTable: true, cell: { table: n, row, column } })));
const lines = (xs: string[]): Line[] => xs.map((text) => ({ text }));

/** Our own checklist of completeLines(), header first. */
function ours(): string[][] {
  const input = { paragraphs: doc(lines(completeLines())), source: 'word' as const };
  return checklistTable(buildChecklist(analyze(input), input));
}
const HEADER = ['序号', '问题', '整改措施', '责任人', '完成时限'];

describe('restated: emptied with its heading line, wherever it stands', () => {
  const base = completeLines();
  test.each([
    ['inside 存在的问题 (after a problem)', 2],
    ['between two aspects', 3],
    ['in the causes part', 13],
    ['after the measures part', base.length - 1],
    ['after the title (before the problems heading)', -1],
  ])('%s', (_n, after) => {
    for (const heading of [[], ['整改清单'], ['四、整改清单']]) {
      const ps = doc([...lines(base.slice(0, after + 1)), ...lines(heading), ...table(ours()), ...lines(base.slice(after + 1))]);
      const gone = restatedChecklists(ps);
      const expected = ps.filter((p) => p.cell || (heading.length > 0 && p.text === heading[0])).map((p) => p.index);
      expect([...gone].sort((a, b) => a - b)).toEqual(expected);
      // The analysis: as if the table were not there (findings by rule and message).
      const keyed = (xs: ReturnType<typeof analyze>) => xs.findings.map((f) => `${f.rule}|${f.message}`).sort();
      expect(keyed(analyze({ paragraphs: ps, source: 'word' }))).toEqual(keyed(analyze({ paragraphs: doc(lines(base)), source: 'word' })));
    }
  });

  test.each([
    ['the writer\'s header without 序号 and 方面', [HEADER, ['1', '理论学习不深。比如，读原著少。', '（一）强化理论武装。每月学习2次。', '', '']]],
    ['two measures in one cell, a blank deadline “—”', [HEADER, ['1', '一是落实决策部署不到位。', '（一）强化理论武装。每月学习2次。\n（二）践行为民宗旨。年底前走访20户。', '本人', '—']]],
    ['a problem with no measure (blank cells)', [HEADER, ['1', '落实一岗双责不到位。', '', '', '']]],
    ['markdown marks and spaces in the cells', [HEADER, ['1', '**一是宗旨意识淡化， 联系群众不够。**', '（二） 践行为民宗旨。', '', '']]],
  ])('%s', (_n, rows) => {
    const ps = doc([...lines(completeLines()), ...table(rows as string[][])]);
    expect(restatedChecklists(ps).size).toBe(ps.filter((p) => p.cell).length);
  });
});

describe('not restated: read as before', () => {
  test.each([
    ['a measure of the writer\'s own', [HEADER, ['1', '理论学习不深。', '梳理6项事项，实现“一次办”', '区政务服务中心', '']]],
    ['a problem cell of its own', [HEADER, ['1', '配套政策落地慢', '（一）强化理论武装。每月学习2次。', '本人', '长期坚持']]],
    ['no owner and no deadline column (a 问题清单)', [['序号', '问题', '整改措施'], ['1', '理论学习不深。', '（一）强化理论武装。']]],
    ['only blank cells under the header', [HEADER, ['1', '', '', '', '']]],
    ['no header row', [['1', '理论学习不深。', '（一）强化理论武装。', '本人', '年底前']]],
  ])('%s', (_n, rows) => {
    const ps = doc([...lines(completeLines()), '四、整改清单', ...table(rows as string[][])].map((x) => (typeof x === 'string' ? { text: x } : x)));
    expect(restatedChecklists(ps).size).toBe(0);
  });

  test('the heading line before a restated table is emptied only when it names the 整改清单 alone', () => {
    const ps = doc([...lines(completeLines()), ...table(ours())]);
    // The paragraph before the table is the last measure: kept.
    expect([...restatedChecklists(ps)].every((i) => ps[i].cell)).toBe(true);
  });
});

test.each([
  ['整改清单', true],
  ['四、整改清单', true],
  ['（三）问题整改清单：', true],
  ['**整改任务清单**', true],
  ['## 整改清单', true],
  ['三、整改措施', false],
  ['整改清单如下：每月学习2次。', false],
  ['建立整改清单', false],
])('isChecklistHeading(%s) = %s', (text, want) => {
  expect(isChecklistHeading(text)).toBe(want);
});

// A material holds a checklist or two; a flood of such tables compared each with the whole material
// cost its square (20,000 paragraphs of small tables: 11 s, issue 13). The text is read once, and
// past 16 checklist-headed tables the rest are read as written.
test('many restating tables: the first 16 are emptied, the rest read as written', () => {
  const rows = ours();
  const many = doc([...lines(completeLines()), ...Array.from({ length: 20 }, (_, k) => table(rows, k)).flat()]);
  const gone = restatedChecklists(many);
  const tablesGone = new Set([...gone].map((i) => many[i].cell?.table).filter((t) => t !== undefined));
  expect([...tablesGone].sort((a, b) => a! - b!)).toEqual(Array.from({ length: 16 }, (_, k) => k));
});

describe('our checklist with a weak link marked （待确认） is still read as restated (t27 #4)', () => {
  const base = completeLines();
  test.each([
    ['one measure: （待确认） before it', (c: string) => `（待确认）${c}`],
    ['several: （待确认） on a line of its own', (c: string) => `（待确认）\n①${c}`],
  ])('%s', (_n, mark) => {
    const rows = ours();
    // Mark the measure cell of every row that has one (the shapes measuresCell writes).
    const marked = rows.map((r, i) => (i === 0 || !r[3] ? r : [...r.slice(0, 3), mark(r[3].replace(/^①/, '')), ...r.slice(4)]));
    const ps = doc([...lines(base), ...lines(['整改清单']), ...table(marked)]);
    const gone = restatedChecklists(ps);
    expect(ps.filter((p) => p.cell).every((p) => gone.has(p.index))).toBe(true);
  });
});
