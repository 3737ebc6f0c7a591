import {
  aspectHeading,
  buildSkeleton,
  titlePlaceholder,
  type SkeletonScope,
} from '../../src/engine/skeleton';
import { numberToChinese as chineseNumber } from '../../src/engine/markers';
import { getTemplate, type Template } from '../../src/engine/template';
import type { AspectNode, Outline, OutlineNode, PartNode, PartRole, SkeletonParagraph } from '../../src/engine/types';

const template = getTemplate('five-aspects-2021') as Template;

function node(heading: string, paragraph = 0): OutlineNode {
  return { paragraph, offset: 0, heading, body: heading, inline: false, styled: false, depth: 1, children: [], textParagraphs: [] };
}

/** A hand-built outline with the given parts and aspect numbers (null = 其他方面). */
function outline(roles: PartRole[], aspects: Array<number | null> = []): Outline {
  const parts: PartNode[] = roles.map((role, i) => ({ role, node: node(`part ${role}`, i * 10) }));
  const aspectNodes: AspectNode[] = aspects.map((aspect, i) => ({
    aspect,
    node: node(`aspect ${aspect}`, 1 + i),
    problems: [],
    scores: [0, 0, 0, 0, 0],
  }));
  return { parts, aspects: aspectNodes, causes: [], measures: [], root: node('') };
}

const headings = (ps: SkeletonParagraph[]) => ps.filter((p) => p.level > 0).map((p) => `${p.level}:${p.text}`);

describe('chineseNumber', () => {
  test.each([
    [1, '一'],
    [5, '五'],
    [10, '十'],
    [11, '十一'],
    [20, '二十'],
    [35, '三十五'],
  ])('%i → %s', (n, s) => expect(chineseNumber(n)).toBe(s));
});

describe('buildSkeleton: all', () => {
  const all = buildSkeleton(template, { kind: 'all' });

  test('starts with a title and a preamble placeholder (body text)', () => {
    expect(all[0]).toEqual({ text: '××党史学习教育专题民主生活会对照检查材料', level: 0 });
    expect(all[1].level).toBe(0);
    expect(all[1].text).toContain('对照检查如下');
  });

  test('required parts in order with typed numbers, five aspects under problems', () => {
    expect(headings(all)).toEqual([
      '1:一、存在的主要问题',
      '2:（一）带头深刻感悟“两个确立”的决定性意义方面',
      '2:（二）带头牢记我们党是什么、要干什么这个根本问题方面',
      '2:（三）带头践行以人民为中心的发展思想方面',
      '2:（四）带头学习运用党在不同历史时期成功应对风险挑战的丰富经验方面',
      '2:（五）带头深刻汲取党史中正反两方面经验方面',
      '1:二、原因分析',
      '1:三、整改措施',
    ]);
  });

  test('each aspect is followed by 一是/二是 placeholders with an instance', () => {
    const i = all.findIndex((p) => p.text.startsWith('（一）'));
    expect(all[i + 1]).toEqual({ text: '一是……。比如，……。', level: 0 });
    expect(all[i + 2].text.startsWith('二是')).toBe(true);
  });

  test('causes and measures have body placeholders; optional parts are left out', () => {
    const causes = all.findIndex((p) => p.text === '二、原因分析');
    const measures = all.findIndex((p) => p.text === '三、整改措施');
    expect(all[causes + 1].level).toBe(0);
    expect(all[measures + 1].level).toBe(0);
    expect(measures).toBeLessThan(all.length - 1);
    expect(all.some((p) => p.text.includes('上年度'))).toBe(false);
    expect(all.some((p) => p.text.includes('反面典型案例'))).toBe(false);
  });

  test('levels are 0..2 only and every text is non-empty', () => {
    for (const p of all) {
      expect([0, 1, 2]).toContain(p.level);
      expect(p.text.length).toBeGreaterThan(0);
    }
  });
});

describe('buildSkeleton: part / aspect', () => {
  const cases: Array<[string, SkeletonScope, Outline | undefined, string[]]> = [
    ['problems alone', { kind: 'part', role: 'problems' }, undefined, ['1:一、存在的主要问题']],
    ['causes alone (second in the default skeleton)', { kind: 'part', role: 'causes' }, undefined, ['1:二、原因分析']],
    ['measures alone', { kind: 'part', role: 'measures' }, undefined, ['1:三、整改措施']],
    ['previous, optional, comes first', { kind: 'part', role: 'previous' }, undefined, ['1:一、上年度问题整改落实情况']],
    ['causes fitted to a document with previous + problems', { kind: 'part', role: 'causes' }, outline(['previous', 'problems']), ['1:三、原因分析']],
    ['aspect 3 alone', { kind: 'aspect', aspect: 3 }, undefined, ['2:（三）带头践行以人民为中心的发展思想方面']],
    ['aspect 4 fitted between （三） and （五）', { kind: 'aspect', aspect: 4 }, outline(['problems'], [1, 2, 3, 5]), ['2:（四）带头学习运用党在不同历史时期成功应对风险挑战的丰富经验方面']],
    ['aspect 5 where only 1 and 2 exist', { kind: 'aspect', aspect: 5 }, outline(['problems'], [1, 2]), ['2:（三）带头深刻汲取党史中正反两方面经验方面']],
    ['unknown aspect', { kind: 'aspect', aspect: 9 }, undefined, []],
  ];
  test.each(cases)('%s', (_name, scope, ol, expected) => {
    const out = buildSkeleton(template, scope, ol);
    expect(headings(out).filter((h) => h.startsWith('1:') || scope.kind === 'aspect')).toEqual(expected);
  });

  test('a problems part brings its five aspects; an aspect brings placeholders', () => {
    const problems = buildSkeleton(template, { kind: 'part', role: 'problems' });
    expect(problems.filter((p) => p.level === 2)).toHaveLength(5);
    const aspect = buildSkeleton(template, { kind: 'aspect', aspect: 2 });
    expect(aspect.map((p) => p.level)).toEqual([2, 0, 0]);
  });
});

describe('buildSkeleton: missing', () => {
  const cases: Array<[string, Outline | undefined, string[]]> = [
    ['complete document → nothing', outline(['problems', 'causes', 'measures'], [1, 2, 3, 4, 5]), []],
    [
      'aspect 4 missing between （三） and （五）',
      outline(['problems', 'causes', 'measures'], [1, 2, 3, 5]),
      ['2:（四）带头学习运用党在不同历史时期成功应对风险挑战的丰富经验方面'],
    ],
    [
      'aspects 2 and 4 missing',
      outline(['problems', 'causes', 'measures'], [1, 3, 5]),
      ['2:（二）带头牢记我们党是什么、要干什么这个根本问题方面', '2:（四）带头学习运用党在不同历史时期成功应对风险挑战的丰富经验方面'],
    ],
    ['causes missing, numbered between problems and measures', outline(['problems', 'measures'], [1, 2, 3, 4, 5]), ['1:二、原因分析']],
    ['measures missing after previous/problems/causes', outline(['previous', 'problems', 'causes'], [1, 2, 3, 4, 5]), ['1:四、整改措施']],
    [
      'problems missing → whole problems part with all aspects, numbered first',
      outline(['causes', 'measures']),
      [
        '1:一、存在的主要问题',
        '2:（一）带头深刻感悟“两个确立”的决定性意义方面',
        '2:（二）带头牢记我们党是什么、要干什么这个根本问题方面',
        '2:（三）带头践行以人民为中心的发展思想方面',
        '2:（四）带头学习运用党在不同历史时期成功应对风险挑战的丰富经验方面',
        '2:（五）带头深刻汲取党史中正反两方面经验方面',
      ],
    ],
    [
      'aspect 5 and the measures missing',
      outline(['problems', 'causes'], [1, 2, 3, 4, null]),
      ['2:（五）带头深刻汲取党史中正反两方面经验方面', '1:三、整改措施'],
    ],
    ['optional parts are never reported missing', outline(['problems', 'causes', 'measures'], [1, 2, 3, 4, 5]), []],
  ];
  test.each(cases)('%s', (_name, ol, expected) => {
    expect(headings(buildSkeleton(template, { kind: 'missing' }, ol))).toEqual(expected);
  });

  test('no outline, or an outline without parts, gives the whole skeleton', () => {
    const all = buildSkeleton(template, { kind: 'all' });
    expect(buildSkeleton(template, { kind: 'missing' })).toEqual(all);
    expect(buildSkeleton(template, { kind: 'missing' }, outline([]))).toEqual(all);
  });

  test('missing aspects carry their placeholders', () => {
    const out = buildSkeleton(template, { kind: 'missing' }, outline(['problems', 'causes', 'measures'], [1, 2, 3, 5]));
    expect(out.map((p) => p.level)).toEqual([2, 0, 0]);
  });
});

describe('headings and titles', () => {
  test('an aspect title that already ends with 方面 is not doubled', () => {
    const aspect = { ...template.aspects[0], title: '在理论学习方面' };
    expect(aspectHeading(aspect, 1)).toBe('（一）在理论学习方面');
  });

  test('title placeholder: the template\'s own skeleton title, else its name with the year kept', () => {
    expect(titlePlaceholder({ ...template, skeletonTitle: '××某某会对照检查材料' })).toBe('××某某会对照检查材料');
    expect(titlePlaceholder({ ...template, skeletonTitle: undefined, name: '2024年度民主生活会（四个带头）' })).toBe('××2024年度民主生活会对照检查材料');
    expect(titlePlaceholder({ ...template, skeletonTitle: undefined, name: '2026年度民主生活会' })).toBe('××2026年度民主生活会对照检查材料');
    expect(titlePlaceholder({ ...template, skeletonTitle: undefined, name: '（从通知导入）' })).toBe('××民主生活会对照检查材料');
  });
});
