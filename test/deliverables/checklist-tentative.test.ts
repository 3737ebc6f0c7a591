/**
 * The 整改清单 must not present a hint as the answer (t27 #4): a problem whose best link is weak
 * (its measures share a word, a place or a project with it, not its point) gets its 整改措施 cell
 * opened with （待确认）; a strong link fills the cell unmarked; a problem with no measure keeps an
 * empty cell. One function (measuresCell, through checklistTable) for the .docx, .xlsx and pane.
 * And the lexicon: 会议压减 / 压减会议 name the 形式主义官僚主义 concept 文风会风 and 开会 do.
 */
import { analyze } from '../../src/engine';
import { buildChecklist, checklistTable, measuresCell } from '../../src/engine/checklist';
import { textDoc } from '../support/docs';

function table(lines: string[]) {
  const input = textDoc(lines);
  const a = analyze(input);
  const rows = buildChecklist(a, input);
  return { rows, cells: checklistTable(rows).slice(1) };
}

const cellOf = (cells: string[][], problemStart: string) => cells.find((c) => c[2].startsWith(problemStart));

function material(problems: string[], measures: string[]): string[] {
  return ['2023年度主题教育专题民主生活会个人对照检查材料', '一、存在的主要问题', '（一）作风方面', ...problems, '二、原因分析', '（一）理想信念有所松懈。', '三、整改措施', ...measures];
}

describe('measuresCell', () => {
  test('strong: unmarked, one or several', () => {
    expect(measuresCell(['每月学习2次。'])).toBe('每月学习2次。');
    expect(measuresCell(['甲。', '乙。'])).toBe('①甲。\n②乙。');
  });
  test('tentative: opens with （待确认）, one measure inline, several on lines of their own', () => {
    expect(measuresCell(['每月学习2次。'], true)).toBe('（待确认）每月学习2次。');
    expect(measuresCell(['甲。', '乙。'], true)).toBe('（待确认）\n①甲。\n②乙。');
  });
  test('tentative with no measure: empty, so the gap shows', () => {
    expect(measuresCell([], true)).toBe('');
  });
});

describe('weak links in the checklist', () => {
  test('a problem weakly linked by a shared project is marked; the strong row is not', () => {
    const { rows, cells } = table(
      material(
        ['一是面对市场下行，化解风险办法不多，2个安置房项目进度滞后。', '二是对分管领域工程招投标监管不严，个别项目存在围标串标苗头。'],
        ['（一）提升斗争本领。2个安置房项目2024年9月底前全部交付。', '（二）开展专项整治。每季度抽查在建项目1次。'],
      ),
    );
    const strong = cellOf(cells, '面对市场下行')!;
    expect(strong[3].startsWith('（待确认）')).toBe(false);
    expect(strong[3]).toContain('安置房');
    expect(rows.some((r) => r.tentative)).toBe(true);
    rows.forEach((r, i) => {
      const c = cells[i];
      // The mark and the row's flag agree; a flagged row always has a measure.
      expect(c[3].startsWith('（待确认）')).toBe(r.tentative === true);
      if (r.tentative) expect(r.measures.length).toBeGreaterThan(0);
    });
    // The weak one is the 招投标 problem (it shares 项目 with the measures, not its point).
    expect(rows.find((r) => r.problem.startsWith('对分管领域'))?.tentative).toBe(true);
  });

  test('rows of measures answering no problem and rows with no measure are never marked', () => {
    const { rows, cells } = table(material(['一是服务企业不主动，审批事项平均办理时限仍有9个工作日。'], ['（一）强化理论武装。每周安排半天自学。']));
    for (const c of cells) expect(c[3].startsWith('（待确认）')).toBe(false);
    expect(rows.some((r) => r.problem === '' && r.measures.length)).toBe(true);
  });
});

describe('会议压减 answers 文风会风 / 开会 (形式主义官僚主义)', () => {
  for (const [name, measure] of [
    ['会议压减', '（一）改进作风。全年会议压减30%。'],
    ['压减会议', '（一）改进作风。压减会议数量，全年不超过40次。'],
    ['压缩会议', '（一）转变作风。压缩会议规模和时长。'],
  ]) {
    test(`${name}: the 文风会风 problem gets the measure, unmarked`, () => {
      const { cells } = table(material(['一是文风会风改进不够，全科全年开会52次。'], [measure]));
      const c = cellOf(cells, '文风会风')!;
      expect(c[3]).toContain(measure.replace(/^（一）/, ''));
      expect(c[3].startsWith('（待确认）')).toBe(false);
      expect(cells.some((x) => x[2] === '')).toBe(false);
    });
  }
});
