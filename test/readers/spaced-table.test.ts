/**
 * A 整改清单 pasted as text with its columns spaced apart (trial t25 #6: copied out of a PDF, the
 * cells separated by runs of spaces, read as one measure a line with its cells run together):
 * read as a table, a paragraph per cell with its row and column, in the shapes writers paste —
 * runs of spaces, full-width spaces, tabs (Excel), columns aligned with wrapped cell text under
 * them, numbered rows with no header — and never prose with double spaces or a PDF's wrapped lines.
 */
import { readText, readTextDocument } from '../../src/engine/readers/text';
import { spacedTables } from '../../src/engine/readers/spaced-table';
import { analyze } from '../../src/engine';

/** The cells of each row of the text's tables, as [row][column] texts. */
function grid(text: string): string[][] {
  const rows: string[][] = [];
  for (const p of readText(text)) {
    if (!p.cell) continue;
    const r = (rows[p.cell.row] ??= []);
    r[p.cell.column] = p.text;
  }
  return rows;
}

const HEAD = ['三、整改措施'];
const TAIL = ['中共××街道工作委员会', '2026年1月12日'];

describe('a spaced 整改清单 is read as a table', () => {
  test('columns separated by runs of spaces, not aligned (a PDF copy)', () => {
    const text = [
      ...HEAD,
      '序号  问题  整改措施  责任人  完成时限',
      '1  老旧小区加装电梯推进慢  完成8部电梯加装，每月调度一次  分管副主任  2026年9月底',
      '2  网格员队伍不稳定  制定网格员薪酬办法，流失率降到10%以内  党工委副书记  2026年6月底',
      ...TAIL,
    ].join('\n');
    expect(grid(text)).toEqual([
      ['序号', '问题', '整改措施', '责任人', '完成时限'],
      ['1', '老旧小区加装电梯推进慢', '完成8部电梯加装，每月调度一次', '分管副主任', '2026年9月底'],
      ['2', '网格员队伍不稳定', '制定网格员薪酬办法，流失率降到10%以内', '党工委副书记', '2026年6月底'],
    ]);
    // The sign-off after it stays text of its own.
    const ps = readText(text);
    expect(ps.filter((p) => !p.inTable).map((p) => p.text)).toEqual([...HEAD, ...TAIL]);
  });

  test('columns separated by full-width spaces', () => {
    const text = [...HEAD, '序号　问题　整改措施　责任人　完成时限', '1　会议偏多　压减会议三分之一　办公室主任　2026年3月底', '2　调研不深　每季度蹲点调研1次　主任　长期坚持'].join('\n');
    expect(grid(text)).toEqual([
      ['序号', '问题', '整改措施', '责任人', '完成时限'],
      ['1', '会议偏多', '压减会议三分之一', '办公室主任', '2026年3月底'],
      ['2', '调研不深', '每季度蹲点调研1次', '主任', '长期坚持'],
    ]);
  });

  test('tabs (copied out of Excel or WPS): an empty cell between two tabs keeps the columns in place', () => {
    const text = [...HEAD, '序号\t问题\t整改措施\t责任人\t完成时限', '1\t台账不全\t建立整改台账，逐项销号\t\t2026年4月底', '2\t谈心不够\t每半年谈心谈话全覆盖\t书记\t'].join('\n');
    expect(grid(text)).toEqual([
      ['序号', '问题', '整改措施', '责任人', '完成时限'],
      ['1', '台账不全', '建立整改台账，逐项销号', '', '2026年4月底'],
      ['2', '谈心不够', '每半年谈心谈话全覆盖', '书记', ''],
    ]);
  });

  test('aligned columns (a layout copy): a row missing a cell, and wrapped cell text under its column', () => {
    const text = [
      ...HEAD,
      '序号  问题            整改措施                    责任人      完成时限',
      '1     学习不系统      制定年度学习计划，每月      本人        2026年3月底',
      '                      集中学习不少于1次',
      '2     下基层少        每季度走访联系村2次                     长期坚持',
    ].join('\n');
    expect(grid(text)).toEqual([
      ['序号', '问题', '整改措施', '责任人', '完成时限'],
      ['1', '学习不系统', '制定年度学习计划，每月集中学习不少于1次', '本人', '2026年3月底'],
      ['2', '下基层少', '每季度走访联系村2次', '', '长期坚持'],
    ]);
  });

  test('wrapped cell text on a line of its own between two numbered rows joins the row above (its longest cell)', () => {
    const text = [
      ...HEAD,
      '序号  问题  整改措施  责任人  完成时限',
      '1  违规吃喝问题  开展专项整治，对公务接待逐单核查，',
      '发现问题立即纠正  纪工委书记  2026年5月底',
      '2  文山会海  发文数量压减20%  办公室主任  2026年12月底',
      ...TAIL,
    ].join('\n');
    const rows = grid(text);
    expect(rows[1][2]).toContain('开展专项整治，对公务接待逐单核查，发现问题立即纠正');
    expect(rows[2]).toEqual(['2', '文山会海', '发文数量压减20%', '办公室主任', '2026年12月底']);
    expect(readText(text).filter((p) => !p.inTable).map((p) => p.text)).toEqual([...HEAD, ...TAIL]);
  });

  test('a page break inside the table (blank lines, a page number, the header repeated) is no part of it', () => {
    const text = [
      ...HEAD,
      '序号  问题  整改措施  责任人  完成时限',
      '1  甲问题  甲措施  本人  3月底',
      '',
      '— 2 —',
      '',
      '序号  问题  整改措施  责任人  完成时限',
      '2  乙问题  乙措施  本人  6月底',
      ...TAIL,
    ].join('\n');
    expect(grid(text)).toEqual([
      ['序号', '问题', '整改措施', '责任人', '完成时限'],
      ['1', '甲问题', '甲措施', '本人', '3月底'],
      ['2', '乙问题', '乙措施', '本人', '6月底'],
    ]);
    expect(readText(text).filter((p) => !p.inTable && p.text).map((p) => p.text)).toEqual([...HEAD, ...TAIL]);
  });

  test('a table with no numbers goes on across a page number, not across a blank line alone', () => {
    const rows = ['问题  整改措施  责任人', '会议偏多  压减会议三分之一  办公室主任'];
    const paged = [...rows, '', '第2页', '调研不深  每季度蹲点调研1次  主任'].join('\n');
    expect(grid(paged).map((r) => r[0])).toEqual(['问题', '会议偏多', '调研不深']);
    const signed = [...rows, '', '对照检查人：张××  2026年1月12日'].join('\n');
    expect(grid(signed).map((r) => r[0])).toEqual(['问题', '会议偏多']);
    expect(readText(signed).some((p) => !p.inTable && p.text.startsWith('对照检查人'))).toBe(true);
  });

  test('numbered rows with no header row', () => {
    const text = [...HEAD, '1  服务意识不强  推行首问负责制  窗口负责人  2026年2月底', '2  办事效率低  审批时限压缩一半  局长  2026年6月底', '3  作风不实  每月暗访1次  纪检组长  长期坚持'].join('\n');
    expect(grid(text).map((r) => r[2])).toEqual(['推行首问负责制', '审批时限压缩一半', '每月暗访1次']);
  });

  test('each row stays on its line of the file (the line map)', () => {
    const text = [...HEAD, '序号  问题  整改措施  责任人  完成时限', '1  甲问题  乙措施，  本人  6月底', '续写的措施文字', '2  丙问题  丁措施  本人  9月底'].join('\n');
    const doc = readTextDocument(text);
    const firstOfRow = (row: number) => doc.paragraphs.findIndex((p) => p.cell?.row === row);
    expect(doc.lines![firstOfRow(1)]).toBe(3);
    expect(doc.lines![firstOfRow(2)]).toBe(5);
  });
});

describe('what is no spaced table', () => {
  test.each([
    ['prose with double spaces', ['一是学习不够深入。  比如全年只读了2本书。  二是调研不够。', '二是作风不实。  存在文山会海现象。', '三是担当不够。  遇到难题绕着走。']],
    ['a PDF-wrapped paragraph', ['按照县委部署，局党组围绕主题认真开展学习研讨，通过召开座谈会等方', '式征求意见建议26条，班子成员之间开展谈心谈话45人次，现对照检查', '如下。']],
    ['a sign-off on one line', ['对照检查人：张××      2026年1月12日']],
    ['a header row with nothing under it', ['序号  问题  整改措施  责任人  完成时限', '', '以上措施将认真落实。']],
    ['a lone numbered line of cells', ['1  学习  不够  深入', '二是作风不实。']],
    ['indented paragraphs', ['　　一是学习不够深入。', '　　二是调研不够扎实。', '　　三是作风不实。']],
  ])('%s', (_shape, lines) => {
    expect(spacedTables(lines.join('\n'))).toBeUndefined();
    expect(readText(lines.join('\n')).some((p) => p.inTable)).toBe(false);
  });
});

describe('the engine reads a spaced 整改清单 as it reads a Word table', () => {
  const material = [
    '××街道党工委班子2025年度民主生活会对照检查材料',
    '一、存在的主要问题',
    '（一）在带头严守政治纪律和政治规矩方面',
    '一是执行上级部署有偏差。比如老旧小区加装电梯任务完成不到一半。',
    '二、原因分析',
    '理想信念有所松懈，宗旨意识有所淡化。',
    '三、整改措施',
    '序号  问题  整改措施  责任人  完成时限',
    '1  加装电梯推进慢  完成8部电梯加装，每月调度一次  分管副主任  2026年9月底',
    '2  网格员队伍不稳定  制定网格员薪酬办法  党工委副书记  2026年6月底',
    '中共××街道工作委员会',
  ].join('\n');
  test('one measure a row, its text the 整改措施 cell (it was one measure a line, the cells run together)', () => {
    const a = analyze({ paragraphs: readText(material), source: 'text' });
    expect(a.outline.measures.map((m) => m.body)).toEqual([expect.stringMatching(/^完成8部电梯加装，每月调度一次/), expect.stringMatching(/^制定网格员薪酬办法/)]);
  });
});

test('a spaced table of many rows, and lines of many double spaces, are read in time linear in the text', () => {
  const time = (text: string) => {
    let best = Infinity;
    for (let k = 0; k < 3; k++) {
      const t = process.cpuUsage();
      readText(text);
      const d = process.cpuUsage(t);
      best = Math.min(best, d.user + d.system);
    }
    return Math.max(best, 1000);
  };
  const rows = (n: number) => ['序号  问题  整改措施  责任人  完成时限', ...Array.from({ length: n }, (_, i) => `${i + 1}  学习不深  每月学习${i % 9}次  本人  6月底\n续写文字`)].join('\n');
  const spaces = (n: number) => '学' + '  学'.repeat(n);
  for (const make of [rows, spaces]) {
    time(make(5_000)); // warm up
    let ok = false;
    for (let k = 0; k < 3 && !ok; k++) ok = time(make(20_000)) / time(make(5_000)) < 4 * 2.5;
    expect(ok).toBe(true);
  }
});
