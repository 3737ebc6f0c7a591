/**
 * Deadlines in the 整改清单 keep their year as the writer set it: a half year written with its year
 * (2026年上半年前) lost the year (the column read 上半年前, while 2026年6月底前 and 2026年第二季度 kept
 * theirs), 2026年上半年内 read as 年内完成 (a year's end, wrong); and a deadline written without a
 * year after the year of the work was named earlier in the measure ("2026年，…上半年前完成摸排，年底前
 * 全部销号") takes that year, whatever its form (a month, a half year, a quarter, the year's end).
 */
import { analyze } from '../../src/engine';
import { buildChecklist, deadlinesIn } from '../../src/engine/checklist';
import { measureConcreteness } from '../../src/engine/link';
import { completeLines, textDoc } from '../support/docs';

describe('a half year written with its year keeps it', () => {
  test.each([
    ['上半年前', '组织专题培训，2026年上半年前完成。', ['2026年上半年前']],
    ['下半年 with 完成', '2026年下半年完成全部整改。', ['2026年下半年完成']],
    ['上半年内 (not 年内完成)', '在2026年上半年内完成。', ['2026年上半年内']],
    ['full-width digits', '２０２６年上半年前完成。', ['2026年上半年前']],
    ['broken over a line', '组织专题研讨，2026年\n上半年完成。', ['2026年上半年完成']],
    ['明年 (as written)', '明年上半年前完成。', ['明年上半年前']],
  ])('%s', (_shape, text, expected) => {
    expect(deadlinesIn(text)).toEqual(expected);
  });
  test('半年内 (a span) is still a deadline', () => {
    expect(deadlinesIn('半年内完成整改。')).toHaveLength(1);
  });
  test('the concreteness line names the half year with its year', () => {
    expect(measureConcreteness('2026年上半年前完成。').evidence.map((e) => e.text)).toContain('2026年上半年前');
  });
});

describe('a deadline after the year of the work, named in an earlier sentence or clause, takes it', () => {
  test.each([
    ['年底前 after a sentence naming the year', '2026年要完成三项工作。年底前全部销号。', ['2026年底前']],
    ['上半年前 and 年底前 after 2026年，', '2026年，开展专项整治，上半年前完成摸排，年底前全部销号。', ['2026年底前', '2026年上半年前']],
    ['a month after 2026年3月', '2026年3月启动，6月底前完成。', ['2026年6月底前', '2026年3月']],
    ['a quarter', '计划2026年起推行，第三季度前全面铺开。', ['2026年第三季度前']],
    ['the latest year before it', '2025年6月底前完成摸排，2026年起推开，年底前全部完成。', ['2025年6月底前', '2026年底前']],
  ])('%s', (_shape, text, expected) => {
    expect(deadlinesIn(text)).toEqual(expected);
  });
  test.each([
    ['a year the problems were found in', '对2025年发现的问题，6月底前整改完毕。', ['6月底前']],
    ['a meeting year (年度)', '2026年度民主生活会后，年底前完成。', ['年底前']],
    ['a year since which (以来)', '2024年以来的台账，年底前补齐。', ['年底前']],
    ['no year at all', '年底前全部销号。', ['年底前']],
  ])('not: %s', (_shape, text, expected) => {
    expect(deadlinesIn(text)).toEqual(expected);
  });
});

test('the 整改清单 row of a measure with a half-year deadline names the year', () => {
  const lines = completeLines();
  const at = lines.findIndex((l) => /整改措施/.test(l));
  const input = textDoc([...lines.slice(0, at + 1), '（一）强化理论武装。2026年，制定学习计划，上半年前完成专题研讨，由党组书记负责。', ...lines.slice(at + 2)]);
  const rows = buildChecklist(analyze(input), input);
  expect(rows.some((r) => r.deadline.includes('2026年上半年前'))).toBe(true);
  expect(rows.some((r) => /(^|、)上半年前/.test(r.deadline))).toBe(false);
});

test('a measure naming many years and deadlines is read in linear time', () => {
  const text = (n: number) => Array.from({ length: n }, (_, i) => `${2000 + (i % 50)}年，开展工作，${(i % 12) + 1}月底前完成`).join('；');
  const time = (s: string) => {
    let best = Infinity;
    for (let k = 0; k < 3; k++) {
      const t = process.cpuUsage();
      deadlinesIn(s);
      const d = process.cpuUsage(t);
      best = Math.min(best, d.user + d.system);
    }
    return Math.max(best, 1000);
  };
  deadlinesIn(text(2000)); // warm up
  // Fourfold text, at most 2.5 times fourfold time; up to three tries (a loaded machine).
  let ok = false;
  for (let k = 0; k < 3 && !ok; k++) ok = time(text(8000)) / time(text(2000)) < 4 * 2.5;
  expect(ok).toBe(true);
});
