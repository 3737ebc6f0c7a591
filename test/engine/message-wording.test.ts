/**
 * No message, fix label or report line shows wording doubled or clipped: no doubled punctuation
 * (。。 ，，), no empty or doubled quotation marks (“” ““ ””), no clause mark left before “…”, no
 * 方面”方面, and clipped quotes of the text end where a word ends. Over materials written for this
 * test (each shape that produced such wording) and over the project's own samples and fixtures.
 */
import * as fs from 'fs';
import * as path from 'path';
import { analyze, type Analysis } from '../../src/engine';
import { formatReport } from '../../src/engine/report';
import { clip } from '../../src/engine/text';
import { insideQuotes, nestedQuotes } from '../../src/engine/quotes';
import { textDoc } from '../support/docs';
import { readText } from '../../src/engine/readers/text';

const BAD = [
  { name: 'doubled punctuation', re: /([。，、；：！？])\1|[。，；：][。，；：]/ },
  { name: 'empty quotation', re: /“”|「」|‘’/ },
  { name: 'doubled quotation marks', re: /““|””/ },
  { name: 'a clause mark before “…”', re: /[，、；：（“‘《]…(?!…)/ },
  { name: '方面 said twice', re: /方面”方面/ },
  { name: '问题 said twice', re: /的问题”的问题/ },
];

/** Every text a reader sees for this analysis: messages, fix labels, and the readable report's lines. */
function shownTexts(a: Analysis): string[] {
  return [...a.findings.flatMap((f) => [f.message, f.fix?.label ?? '']), ...formatReport(a, '材料.txt')];
}

function wordEnds(t: string): Set<number> {
  const ends = new Set<number>([0, t.length]);
  for (const s of new Intl.Segmenter('zh', { granularity: 'word' }).segment(t)) ends.add(s.index + s.segment.length);
  return ends;
}

/** A 2021 material; `lines` replaces its problems part (from 一、 to 二、). */
function material(problems: string[], measures = ['（一）强化理论武装。每月参加中心组学习不少于2次，年底前撰写研讨材料6篇。']): string[] {
  return [
    '某局党组班子党史学习教育专题民主生活会对照检查材料',
    '一、存在的主要问题',
    ...problems,
    '二、原因分析',
    '（一）理想信念有所松懈。对理论学习的重要性认识不足，加之工作忙、任务重，学习时间少。',
    '三、整改措施',
    ...measures,
  ];
}

const SHAPES: [string, string[]][] = [
  [
    'an aspect heading with quotes and no items; a standard formulation quoted as a whole',
    material([
      '（一）带头深刻感悟“两个确立”的决定性意义方面',
      '（二）在心系“国之大者”，履职担当作为方面',
      '一是心怀“国之大事”不够，比如对全区重点项目调度不及时。',
      '（三）带头践行以人民为中心的发展思想方面',
      '一是宗旨意识有所淡化，比如今年到基层调研仅4次。',
    ]),
  ],
  [
    'the first aspect (its title has quotes) missing; a problem with quotes and a second clause',
    material([
      '（一）带头牢记我们党是什么、要干什么这个根本问题方面',
      '一是落实“一岗双责”不够到位，对分管领域的日常监督偏松，提醒谈话次数偏少。',
      '（二）带头践行以人民为中心的发展思想方面',
      '一是“我为群众办实事”实践活动的实效性不够，群众反映的停车难问题一年未解决。',
      '二是履职尽责中存在“抓得住面、抓不住点”的问题，对基层反映的困难回应慢。',
    ]),
  ],
  [
    'numbers repeated and skipped; long measures without figures',
    material(
      [
        '（一）带头深刻感悟“两个确立”的决定性意义方面',
        '1.理论学习不够系统，比如全年只读了两本原著。',
        '2.学用结合不够紧密，比如调研报告多是情况汇总。',
        '2.政治敏锐性不够强，对网上舆情研判不及时。',
        '4.意识形态责任落实有差距，比如阵地管理检查偏少。',
        '（二）带头牢记我们党是什么、要干什么这个根本问题方面',
        '第一，落实决策部署有温差，比如重点项目有1个未按期开工。',
        '第三，担当作为不够，遇到难题绕着走。',
      ],
      ['（一）坚持不懈强化理论武装，切实把学习成果转化为推动高质量发展的强大动力和实际成效。', '（二）从严从实管党治党，驰而不息纠治“四风”，营造风清气正的良好政治生态。'],
    ),
  ],
];

describe('no doubled or clipped wording in what a reader sees', () => {
  test.each(SHAPES)('%s', (_name, lines) => {
    const texts = shownTexts(analyze(textDoc(lines)));
    for (const { name, re } of BAD) {
      expect({ name, hits: texts.filter((t) => re.test(t)) }).toEqual({ name, hits: [] });
    }
  });

  const dirs = ['samples', 'test/fixtures/unseen', 'test/fixtures/years'].map((d) => path.join(__dirname, '../..', d));
  const files = dirs.flatMap((d) => fs.readdirSync(d).filter((f) => f.endsWith('.txt')).map((f) => path.join(d, f)));

  test.each(files.map((f) => [path.relative(path.join(__dirname, '../..'), f), f]))('%s', (_name, file) => {
    const paragraphs = readText(fs.readFileSync(file, 'utf8'), 'text');
    const a = analyze({ paragraphs, source: 'text' });
    const texts = shownTexts(a);
    for (const { name, re } of BAD) {
      expect({ name, hits: texts.filter((t) => re.test(t)) }).toEqual({ name, hits: [] });
    }
    // An excerpt never ends on a clause mark before its “…”; the report's shorter quote of it
    // (「…」 after the message) ends where a word ends.
    for (const f of a.findings) expect(f.excerpt).not.toMatch(/[，、；：（“‘《]…$/);
    const excerpts = a.findings.map((f) => f.excerpt.replace(/…$/, ''));
    for (const line of formatReport(a, '材料.txt')) {
      const q = /\] .*　「(.*)…」$/.exec(line);
      if (!q) continue;
      const source = excerpts.find((e) => e.startsWith(q[1]));
      expect(source).toBeDefined();
      expect(wordEnds(source!).has(q[1].length)).toBe(true);
    }
  });
});

describe('clip', () => {
  test.each([
    ['二是履职担当上责任不强。个别班子成员在推动转型发展中办法不多', 20],
    ['（五）带头深刻汲取党史中正反两方面经验，履行全面从严治党责任', 20],
    ['针对“政治判断力有待提高”的问题，……（写明具体措施、完成时限和责任人）', 30],
    ['一是宗旨意识不牢固。全心全意为民服务宗旨意识不强烈，联系群众不密切', 30],
  ])('%s (%d): at a word end, no clause mark before …', (t, max) => {
    const c = clip(t, max);
    expect(c.endsWith('…')).toBe(true);
    const kept = c.slice(0, -1);
    expect(kept.length).toBeLessThanOrEqual(max);
    expect(t.startsWith(kept)).toBe(true);
    expect(wordEnds(t).has(kept.length)).toBe(true);
    expect(kept).not.toMatch(/[，、；：（“]$/);
  });

  test('short text is unchanged; a long Latin run is still clipped near max', () => {
    expect(clip('理论学习不够深入', 20)).toBe('理论学习不够深入');
    const latin = 'x'.repeat(100);
    expect(clip(latin, 20)).toBe('x'.repeat(20) + '…');
  });
});

describe('text inside a message’s quotation marks', () => {
  test.each([
    ['“国之大者”', '国之大者'],
    ['落实“一岗双责”不到位', '落实‘一岗双责’不到位'],
    ['提升政治"三力"', '提升政治‘三力’'],
    ['“两个确立”和“两个维护”', '‘两个确立’和‘两个维护’'],
    ['理论学习不够深入', '理论学习不够深入'],
  ])('%s → %s', (t, out) => {
    expect(insideQuotes(t)).toBe(out);
    expect(nestedQuotes(out)).toBe(out);
  });
});
