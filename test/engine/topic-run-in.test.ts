/**
 * Aspects written as items with their problem run in after the topic ("一是在政治忠诚方面，对党的创新
 * 理论学习不够深入，比如…") are the problems part's aspects whatever the template: in a year with no
 * template (2026年度) nothing maps them by title, and every problem of the material was lost (no
 * aspect, no link, no finding: a thin material looked clean). Also: a part heading with its text run
 * in ("二、原因分析。思想上放松了要求，…") has that text as its entry, not the heading (the cause read
 * “二、原因分析。”, and the dimensions hint said it named none of them).
 * Shapes: inline in one paragraph, one item a line, run into the part heading; 一是 / 第一， / ①
 * markers; comma or colon after 方面; 2026 (no template) and 2025 (its template). Not: intros
 * (…方面，存在以下问题：), items that are no topic.
 */
import { analyze } from '../../src/engine';
import type { Analysis } from '../../src/engine';
import { textDoc } from '../support/docs';

const PROBLEMS = [
  ['政治忠诚', '对党的创新理论学习不够深入，比如中心组学习发言有时照本宣科。'],
  ['增强党性', '批评和自我批评不够，碍于情面多讲成绩。'],
  ['担当作为', '面对产业园招商难题有畏难情绪，全年引进项目2个，低于目标5个。'],
  ['管党治党', '对分管领域廉政风险排查不够，2个科室未建风险台账。'],
];
const CAUSES = ['二、原因分析', '思想上放松了要求，政治上敏锐性不强，作风上不够扎实，纪律上要求不严。'];
const MEASURES = ['三、整改措施', '一是强化理论学习，每月集中学习1次。二是每季度开展1次谈心谈话。三是2027年引进项目不少于5个。四是6月底前建立风险台账。'];

const MARKERS: Record<string, string[]> = {
  一是: ['一是', '二是', '三是', '四是'],
  第一: ['第一，', '第二，', '第三，', '第四，'],
  '①': ['①', '②', '③', '④'],
};

function items(marker: string, sep: string): string[] {
  return PROBLEMS.map(([topic, text], i) => `${MARKERS[marker][i]}在${topic}方面${sep}${text}`);
}

function material(year: number, problemsLines: string[]): Analysis {
  return analyze(textDoc([`${year}年度民主生活会个人对照检查材料`, ...problemsLines, ...CAUSES, ...MEASURES]));
}

const problemTexts = (a: Analysis) => a.outline.aspects.flatMap((x) => x.problems.map((p) => p.body.replace(/\n/g, '')));

describe('items naming a topic with the problem run in are the aspects, their text the problems', () => {
  const shapes: [string, (m: string, sep: string) => string[]][] = [
    ['inline in one paragraph', (m, sep) => ['一、存在的问题', items(m, sep).join('')]],
    ['one item a line', (m, sep) => ['一、存在的问题', ...items(m, sep)]],
    ['run into the part heading', (m, sep) => ['一、存在的问题。' + items(m, sep).join('')]],
  ];
  for (const year of [2026, 2025]) {
    for (const [name, make] of shapes) {
      for (const marker of Object.keys(MARKERS)) {
        for (const sep of ['，', '：']) {
          test(`${year}, ${name}, ${marker}, “${sep}”`, () => {
            const a = material(year, make(marker, sep));
            expect(a.outline.aspects).toHaveLength(4);
            expect(problemTexts(a)).toEqual(PROBLEMS.map(([, t]) => t));
            expect(a.outline.aspects.every((x) => x.problems.length === 1)).toBe(true);
          });
        }
      }
    }
  }
});

describe('not aspects with run-in problems', () => {
  test('a topic followed by an intro is a local section heading, its lines the problems', () => {
    const a = material(2026, ['一、存在的问题', '一是在理论学习方面，存在以下问题：', '学习不够系统，笔记流于摘抄。', '二是在担当作为方面，主要表现在：', '遇到难题绕着走，项目推进滞后。']);
    expect(problemTexts(a).some((t) => t.startsWith('存在以下问题'))).toBe(false);
  });

  test('items stating problems without a topic stay the part problems (未分方面)', () => {
    const a = material(2026, ['一、存在的问题', '一是理论学习不够深入，笔记流于摘抄。', '二是担当作为不够，项目推进滞后。']);
    expect(a.outline.aspects).toHaveLength(1);
    expect(a.outline.aspects[0].unsectioned).toBe(true);
    expect(a.outline.aspects[0].problems).toHaveLength(2);
  });

  test('one topic item among items that are no topic is no list of aspects', () => {
    const a = material(2026, ['一、存在的问题', '一是在理论学习方面，学得不深。', '二是担当作为不够，项目推进滞后。', '三是联系群众不够，下基层少。']);
    expect(a.outline.aspects.length).not.toBe(3);
  });
});

describe('a part heading with its text run in: the text is the entry', () => {
  const problems = ['一、存在的问题', ...items('一是', '，')];
  test.each([
    ['causes, 。', ['二、原因分析。思想上放松了要求，政治上敏锐性不强，作风上不够扎实。', ...MEASURES], 'causes', '思想上放松了要求，政治上敏锐性不强，作风上不够扎实。'],
    ['causes, ：', ['二、产生问题的原因：思想上放松了要求，政治上敏锐性不强。', ...MEASURES], 'causes', '思想上放松了要求，政治上敏锐性不强。'],
    ['measures, no markers', [...CAUSES, '三、整改措施。今后我将每月集中学习1次，6月底前建立风险台账。'], 'measures', '今后我将每月集中学习1次，6月底前建立风险台账。'],
  ] as const)('%s', (_name, rest, role, text) => {
    const a = analyze(textDoc(['2026年度民主生活会个人对照检查材料', ...problems, ...rest]));
    const entries = role === 'causes' ? a.outline.causes : a.outline.measures;
    expect(entries.map((e) => e.body)).toEqual([text]);
  });

  test('an intro run into the heading is no entry; the lines under it are', () => {
    const a = analyze(textDoc(['2026年度民主生活会个人对照检查材料', ...problems, '二、原因分析。经认真剖析，主要有以下原因：', '思想上放松了要求。', '作风上不够扎实。', ...MEASURES]));
    expect(a.outline.causes.map((c) => c.body)).toEqual(['思想上放松了要求。', '作风上不够扎实。']);
  });

  test('the dimensions hint reads the run-in causes (思想, 政治, 作风, 纪律 named: no hint)', () => {
    const a = analyze(textDoc(['2026年度民主生活会个人对照检查材料', ...problems, '二、原因分析。' + CAUSES[1], ...MEASURES]));
    expect(a.findings.filter((f) => f.rule === 'cause-dimensions')).toEqual([]);
  });
});
