/** check --previous (issue 14): last year's problems answered or not in this year's 整改情况 part, and problems repeated word for word. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { analyze } from '../../src/engine';
import { comparePrevious } from '../../src/engine/previous';
import { main } from '../../src/cli/main';
import { completeLines, textDoc } from '../support/docs';
import { deliverableText } from '../../src/engine/messages';

const lastYear = completeLines().map((l) =>
  l === '一是理论学习不深。比如，读原著少。' ? '一是理论学习不够深入系统，满足于读文件、听报告，比如原著原文读得少。' : l,
);

/** This year's material: a 整改情况 part first, then the problems with `problems` as the first aspect's items. */
function thisYear(previous: string[], problems: string[]): string[] {
  const base = completeLines();
  const rest = base.slice(2).filter((l) => !/^(一是理论学习|二是政治判断力)/.test(l));
  return ['一、上年度问题整改落实情况', ...previous, '二、存在的主要问题', base[1], ...problems, ...rest.map((l) => l.replace(/^二、原因分析/, '三、原因分析').replace(/^三、整改措施/, '四、整改措施'))];
}

function compare(current: string[], last: string[]) {
  const c = textDoc(current);
  const l = textDoc(last);
  return comparePrevious({ analysis: analyze(c), input: c }, { analysis: analyze(l), input: l });
}

test('each of last year\'s problems: said what became of it, or not', () => {
  const lines = thisYear(
    ['（一）关于理论学习不够深入系统的问题。坚持每月集中学习原著原文，已完成12次。', '（二）关于宗旨意识淡化、联系群众不够的问题。全年走访群众50户，解决实际问题8件。'],
    ['一是运用党的创新理论指导实践不够。'],
  );
  const c = compare(lines, lastYear);
  expect(c.hasPreviousPart).toBe(true);
  expect(c.items).toHaveLength(analyze(textDoc(lastYear)).outline.aspects.reduce((n, a) => n + a.problems.length, 0));
  const study = c.items.find((i) => i.text.includes('理论学习'))!;
  const mass = c.items.find((i) => i.text.includes('宗旨意识'))!;
  const risk = c.items.find((i) => i.text.includes('斗争精神'))!;
  expect(study.answered).toBe(true);
  expect(study.where?.paragraph).toBe(1);
  expect(mass.answered).toBe(true);
  expect(mass.where?.paragraph).toBe(2);
  expect(risk.answered).toBe(false);
  expect(risk.where).toBeUndefined();
});

describe('a previous part that shares only a place or thing with last year\'s problem does not say what became of it', () => {
  test.each([
    ['一是作风不够深入，到乡镇调研财政运行情况只有3次。', '（一）关于“证照分离”改革推进缓慢的问题。已在全部乡镇市场监管所实现一窗通办。', '乡镇'],
    ['一是对社区工作指导不够，比如全年只去了2个社区。', '（一）关于物业管理投诉多的问题。已在12个社区成立业主委员会。', '社区'],
    ['一是对企业服务不够主动，比如走访企业仅5家。', '（一）关于安全生产检查不细的问题。已对辖区企业开展拉网式排查。', '企业'],
  ])('%s', (problem, previous, shared) => {
    const base = completeLines();
    const last = base.map((l) => (l.startsWith('一是理论学习') ? problem : l));
    const lines = thisYear([previous], []);
    const c = compare(lines, last);
    const item = c.items.find((i) => i.paragraph === last.indexOf(problem))!;
    expect(item.answered).toBe(false);
    expect(item.strength).toBe('weak');
    expect(item.where?.paragraph).toBe(1);
    expect(item.evidence).toEqual([shared]);
    const line = deliverableText.previousItem(item.item, item.text, item.answered, `第${item.where!.paragraph + 1}段“${item.where!.text}”`, item.evidence);
    expect(line).toContain(`未明确说明（第2段`);
    expect(line).toContain(`只在“${shared}”上相合`);
    expect(line).not.toContain('已说明');
  });
});

test('this year\'s problems that repeat last year\'s nearly word for word, and none for rewritten ones', () => {
  const copied = thisYear(['（一）各项问题已整改完毕。'], ['一是理论学习不够深入系统，满足于读文件、听报告，比如原著原文读得少。']);
  const c = compare(copied, lastYear);
  expect(c.repeats.length).toBeGreaterThanOrEqual(1);
  const r = c.repeats.find((x) => x.text.includes('理论学习'))!;
  expect(r.similarity).toBeGreaterThanOrEqual(0.9);
  expect(r.lastParagraph).toBe(2);
  // Lightly edited (a word changed) still counts; a different problem does not.
  const edited = compare(thisYear([], ['一是理论学习不够深入系统，满足于看文件、听报告，比如原著原文读得少。']), lastYear);
  expect(edited.repeats.some((x) => x.text.includes('理论学习'))).toBe(true);
  const fresh = compare(thisYear([], ['一是运用党的创新理论解决乡村振兴中的新问题不够，调研成果转化率低。']), lastYear);
  expect(fresh.repeats.some((x) => x.text.includes('创新理论'))).toBe(false);
});

test('no 整改情况 part: said so, and every problem of last year unanswered', () => {
  const c = compare(completeLines(), lastYear);
  expect(c.hasPreviousPart).toBe(false);
  expect(c.items.every((i) => !i.answered)).toBe(true);
});

test('the CLI: a section in the text report, a previous field in --json, a clear refusal for an unreadable last year', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-previous-'));
  const last = path.join(dir, '2024.txt');
  const cur = path.join(dir, '2025.txt');
  fs.writeFileSync(last, lastYear.join('\n'));
  fs.writeFileSync(cur, thisYear(['（一）关于理论学习不够深入系统的问题。坚持每月集中学习。'], ['一是理论学习不够深入系统，满足于读文件、听报告，比如原著原文读得少。']).join('\n'));
  const out: string[] = [];
  await main([cur, '--previous', last], (s) => out.push(s), () => {});
  const text = out.join('\n');
  expect(text).toContain('与上年度材料');
  expect(text).toMatch(/理论学习.*已说明/);
  expect(text).toMatch(/斗争精神.*未说明整改情况/);
  expect(text).toContain('几乎相同');
  const json: string[] = [];
  await main([cur, '--previous', last, '--json'], (s) => json.push(s), () => {});
  const obj = JSON.parse(json.join(''));
  expect(obj.previous.file).toBe(last);
  expect(obj.previous.problems.some((p: { answered: boolean }) => p.answered)).toBe(true);
  expect(obj.previous.repeats.length).toBeGreaterThan(0);
  const err: string[] = [];
  expect(await main([cur, '--previous', path.join(dir, 'none.docx')], () => {}, (s) => err.push(s))).toBe(2);
  expect(err.join()).toContain('无法读取上年度材料');
});

// A file given as last year's that states this year's meeting year (or a later one) is this year's
// own material: said so (a trial gave this year's file and got ten "几乎相同" problems, no word on it).
describe('the years of the two materials', () => {
  const titled = (year: string | null, lines: string[]) => (year ? [`${year}民主生活会个人对照检查材料`, ...lines] : lines);
  test.each([
    ['last year earlier', '2024年度', '2025年度', undefined],
    ['the same year', '2025年度', '2025年度', { last: 2025, current: 2025 }],
    ['last year later', '2025年度', '2024年度', { last: 2025, current: 2024 }],
    ['no year in last year\'s', null, '2025年度', undefined],
    ['no year in this year\'s', '2025年度', null, undefined],
  ])('%s: notEarlier %j', (_name, last, current, expected) => {
    const c = compare(titled(current, thisYear([], completeLines().slice(2, 4))), titled(last, lastYear));
    expect(c.notEarlier).toEqual(expected);
    expect(c.lastTemplateName).toBeTruthy();
  });

  test('the CLI says which template last year\'s was read by, and warns when it is not earlier', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-previous-years-'));
    const last = path.join(dir, 'last.txt');
    const cur = path.join(dir, 'cur.txt');
    fs.writeFileSync(cur, ['2025年度民主生活会个人对照检查材料', ...completeLines()].join('\n'));
    for (const [year, warned] of [['2025年度', true], ['2024年度', false]] as const) {
      fs.writeFileSync(last, [`${year}民主生活会个人对照检查材料`, ...lastYear].join('\n'));
      const out: string[] = [];
      await main([cur, '--previous', last], (s) => out.push(s), () => {});
      const text = out.join('\n');
      expect(text).toMatch(/上年度材料按“[^”]+”识别。/);
      expect(text.includes('与本材料年度相同，请确认选的是上一年度的材料')).toBe(warned);
      const json: string[] = [];
      await main([cur, '--previous', last, '--json'], (s) => json.push(s), () => {});
      const obj = JSON.parse(json.join(''));
      expect(typeof obj.previous.template).toBe('string');
      expect(obj.previous.notEarlier).toEqual(warned ? { last: 2025, current: 2025 } : undefined);
    }
  });
});

// The same text given as both (t24: the material itself as --previous only said 年度相同): said so,
// whatever the years; one changed paragraph, a paragraph more or a different file is no such case.
describe('the same text given as last year\'s', () => {
  const own = ['2025年度民主生活会个人对照检查材料', ...completeLines()];
  test.each([
    ['the same lines', own, own, true],
    ['no year stated, same lines', completeLines(), completeLines(), true],
    ['one paragraph changed', own, own.map((l, i) => (i === 3 ? l + '又' : l)), false],
    ['one paragraph more', own, [...own, '补充说明。'], false],
  ])('%s', (_name, current, last, same) => {
    const c = compare(current as string[], last as string[]);
    expect(!!c.sameText).toBe(same);
  });

  test('the CLI says so above the comparison, and --json carries it; the pane shows it', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-previous-same-'));
    const cur = path.join(dir, 'cur.txt');
    fs.writeFileSync(cur, own.join('\n'));
    const out: string[] = [];
    await main([cur, '--previous', cur], (s) => out.push(s), () => {});
    expect(out.join('\n')).toContain('上年度材料与本材料的文字完全相同');
    const json: string[] = [];
    await main([cur, '--previous', cur, '--json'], (s) => json.push(s), () => {});
    expect(JSON.parse(json.join('')).previous.sameText).toBe(true);
  });
});

test.each([
  ['double quotes', '落实“一岗双责”不到位，比如对分管科室监督少。', '落实‘一岗双责’不到位，比如对分管科室监督少'],
  ['ASCII quotes', '落实"一岗双责"不到位，比如对分管科室监督少。', '落实‘一岗双责’不到位，比如对分管科室监督少'],
  ['two quoted terms', '对“四风”问题和“微腐败”现象警惕不够。', '对‘四风’问题和‘微腐败’现象警惕不够'],
])('a problem name with quotation marks of its own is set inside “…” with single ones: %s', (_name, problem, name) => {
  const last = completeLines().map((l) => (l === '一是理论学习不深。比如，读原著少。' ? `一是${problem}` : l));
  const c = compare(thisYear(['（一）关于理论学习的问题。坚持每月集中学习。'], [`一是${problem}`]), last);
  expect(c.items[0].text).toBe(name);
  expect(c.repeats.map((r) => [r.text, r.lastText])).toContainEqual([name, name]);
  for (const i of c.items) expect(i.text).not.toMatch(/[“”"]/);
});

describe('--previous with several materials says once that all are compared with the one file', () => {
  const run = async (...args: string[]) => {
    const err: string[] = [];
    const code = await main(args, () => {}, (s) => err.push(s));
    return { code, err: err.join('\n') };
  };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-prev-all-'));
  const last = path.join(dir, '上年度.txt');
  fs.writeFileSync(last, completeLines().join('\n').replace('2021', '2020'));
  const a = path.join(dir, '甲.txt');
  const b = path.join(dir, '乙.txt');
  fs.writeFileSync(a, completeLines().join('\n'));
  fs.writeFileSync(b, completeLines().join('\n'));
  test.each([
    ['two files', [a, b], 1],
    ['one file', [a], 0],
  ])('%s', async (_name, files, notes) => {
    const r = await run(...(files as string[]), '--previous', last);
    expect(r.code).not.toBe(2);
    expect(r.err.split('同一份上年度材料').length - 1).toBe(notes);
  });
});

// The same problem copied from last year with this year's figures is a repeat (t23: a 图斑 sentence
// with 47/31 changed to 39/22 was said to repeat nothing); a problem sharing only its figures is not.
describe('a repeat with this year\'s figures', () => {
  const withFigures = (a: string, b: string) => `一是理论学习不够深入系统，全年集中学习仅${a}次，原著原文读了${b}篇，比如学习笔记少。`;
  const last = completeLines().map((l) => (l === '一是理论学习不深。比如，读原著少。' ? withFigures('6', '12') : l));
  test.each([
    ['other integers', withFigures('8', '15')],
    ['decimals and full-width digits', withFigures('７', '3.5')],
    ['one figure changed', withFigures('6', '20')],
  ])('%s: still a repeat', (_name, problem) => {
    const c = compare(thisYear(['（一）各项问题已整改完毕。'], [problem]), last);
    expect(c.repeats.some((x) => x.text.includes('理论学习'))).toBe(true);
  });
  test('another problem with the same figures is none', () => {
    const c = compare(thisYear(['（一）各项问题已整改完毕。'], ['一是调查研究不够深入，全年下基层仅6次，走访企业12家，比如解决问题少。']), last);
    expect(c.repeats.filter((x) => x.text.includes('调查研究'))).toEqual([]);
  });
});
