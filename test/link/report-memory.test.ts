/**
 * Issue 13, the link analysis' share of a large material's memory: a problem's line of the
 * coverage table is built as one flat string and reuses the name and answer of the line before
 * when they are the same (the text must not change: checked here against the lines as the table
 * wrote them before, field by field), and every link that misses nothing, or reads no point,
 * shares one frozen empty list (no link can add to another's).
 */
import { getTemplate } from '../../src/engine/template';
import { coverageTable, linksOf } from '../../src/engine/link/report';
import { LINK_KEY, NO_WORDS, type LinkResult } from '../../src/engine/link/link';
import { itemName } from '../../src/engine/link/text';
import { linkText } from '../../src/engine/link/messages';
import { outline, type Spec } from './fixtures';

const template = getTemplate('five-aspects-2021')!;

/** A problem's line as the table wrote it before (one template literal, nothing reused). */
function lineBefore(r: LinkResult, l: LinkResult['links'][number]): string {
  const target =
    l.measure === null
      ? linkText.unanswered
      : `${linkText.measureLabel(l.measure)}「${itemName(r.measures[l.measure].head, 14)}」（${linkText.strength[l.strength]}${l.evidence.length ? '：' + l.evidence.slice(0, 3).join('、') : ''}）`;
  return `    ${l.item}. ${itemName(l.head, 18)} → ${target}`;
}

/** Every problem's line of the table, in order (the lines that start with four spaces and a number). */
const problemLines = (lines: string[]) => lines.filter((l) => /^ {4}\d+\. /.test(l));

const SPECS: [string, Spec][] = [
  [
    'runs of one problem answered by one measure, then others',
    {
      aspects: [
        { aspect: 1, problems: Array.from({ length: 6 }, (_, i) => `${'一二三四五六'[i]}是请示报告制度执行不严格。比如第${i + 1}项重大事项未请示。`) },
        { aspect: 5, problems: ['一是落实“一岗双责”不到位。例如对分管部门督促检查少。', '二是落实“一岗双责”不到位。例如对分管部门督促检查少。', '三是改革步子不大。忧患意识不强。'] },
      ],
      measures: ['（一）建立分管领域请示报告台账，重大事项每月检查1次。', '（二）落实“一岗双责”，每季度督促检查分管部门1次。', '（三）加快生态建设。改善环境质量。'],
    },
  ],
  [
    'the same head answered by different measures and strengths, and unanswered ones between',
    {
      aspects: [
        {
          aspect: 1,
          problems: ['一是理论学习不够深入。比如全年中心组学习只有4次。', '二是理论学习不够深入。存在本领恐慌。', '三是生态环境问题整改不力。', '四是理论学习不够深入。比如全年中心组学习只有4次。', '五是落实“一岗双责”不到位。'],
        },
      ],
      measures: ['（一）强化理论武装。全年安排不少于12次中心组学习。', '（二）强化责任担当。克服本领恐慌。', '（三）落实“一岗双责”，每季度督促检查1次。'],
    },
  ],
];

describe('coverage table lines (issue 13)', () => {
  test.each(SPECS)('%s: each problem line as before', (_name, spec) => {
    const analysis = { outline: outline(spec), template, shared: new Map<string, unknown>() };
    const r = linksOf(analysis);
    const lines = problemLines(coverageTable(analysis));
    expect(lines.length).toBe(r.links.length);
    // The table lists an aspect's links together, in the aspects' order.
    const expected = r.aspects.flatMap((a) => r.links.filter((l) => l.aspectIndex === a.aspectIndex).map((l) => lineBefore(r, l)));
    expect(lines).toEqual(expected);
  });

  test('a line differing from the one before only in its evidence, its strength or its measure says its own', () => {
    // Hand-made results: the table reads only these fields.
    const link = (item: number, measure: number | null, strength: 'strong' | 'weak' | 'none', evidence: string[]) => ({
      aspectIndex: 0, aspect: 1, item, paragraph: item, head: '一是请示报告制度执行不严格。', measure, measures: measure === null ? [] : [measure], score: 1, strength,
      evidence, missing: NO_WORDS, point: NO_WORDS, placeholder: false, unanswered: measure === null,
    });
    const links = [
      link(1, 0, 'strong', ['请示报告', '台账', '检查']),
      link(2, 0, 'strong', ['请示报告', '台账', '检查', '多余']), // the same first three: the same line text
      link(3, 0, 'strong', ['请示报告', '台账']), // fewer
      link(4, 0, 'strong', ['请示报告', '台账', '督查']), // the third differs
      link(5, 0, 'weak', ['请示报告', '台账', '督查']), // the strength differs
      link(6, 1, 'weak', ['请示报告', '台账', '督查']), // the measure differs
      link(7, null, 'none', []),
      link(8, 1, 'weak', []),
      link(9, 1, 'weak', []),
    ];
    const measure = (index: number, head: string) => ({ index, head, concrete: true, concreteness: { evidence: [] }, answers: [1], placeholder: false, unfinished: false });
    const r = {
      links,
      aspects: [{ aspectIndex: 0, aspect: 1, heading: '（一）政治忠诚方面', coverage: 'weak', weak: 0, slogans: 0, sloganSpoken: 0, unsectioned: false }],
      measures: [measure(0, '（一）建立请示报告台账。'), measure(1, '（二）加强督查。')],
    } as unknown as LinkResult;
    // linksOf reads the result the rules cached under LINK_KEY.
    const analysis = { outline: outline({ aspects: [] }), template, shared: new Map<string, unknown>([[LINK_KEY, r]]) };
    expect(problemLines(coverageTable(analysis))).toEqual(links.map((l) => lineBefore(r, l as unknown as LinkResult['links'][number])));
  });
});

describe('links that miss nothing share one frozen empty list (issue 13)', () => {
  const spec: Spec = {
    aspects: [
      { aspect: 1, problems: ['一是理论学习不够深入。比如全年中心组学习只有4次。', '二是学用结合不紧。存在学用“两张皮”现象。'] },
      { aspect: 5, problems: ['一是落实“一岗双责”不到位。例如对分管部门督促检查少。', '二是生态环境问题整改不力。'] },
    ],
    measures: ['（一）强化理论武装。全年安排不少于12次中心组学习，坚持学以致用。', '（二）落实“一岗双责”，每季度督促检查分管部门1次。'],
  };
  const r = linksOf({ outline: outline(spec), template, shared: new Map<string, unknown>() });

  test('the shared list is frozen and empty', () => {
    expect(Object.isFrozen(NO_WORDS)).toBe(true);
    expect(NO_WORDS).toEqual([]);
    expect(() => (NO_WORDS as string[]).push('x')).toThrow();
  });

  test('every empty missing and point list is the shared one; a non-empty one is the link\'s own', () => {
    const empty = r.links.filter((l) => l.missing.length === 0);
    expect(empty.length).toBeGreaterThan(0);
    for (const l of r.links) {
      if (l.missing.length === 0) expect(l.missing).toBe(NO_WORDS);
      else expect(Object.isFrozen(l.missing)).toBe(false);
      if (l.point.length === 0) expect(l.point).toBe(NO_WORDS);
    }
    // Unanswered problems read no point: theirs is the shared list too.
    expect(r.links.some((l) => l.point === NO_WORDS)).toBe(true);
  });

  test('the JSON of a link lists an empty missing list as []', () => {
    const l = r.links.find((x) => x.missing === NO_WORDS)!;
    expect(JSON.stringify({ missing: l.missing })).toBe('{"missing":[]}');
  });
});
