/**
 * Short shared terms (link/phrases.ts `terms`, link.ts term options), evidence on word boundaries
 * (link/words.ts) and weak links that say why (link/messages.ts weakLink, weakCoverage). Our own
 * problem/measure pairs: none is taken from a sample or seed. Each kind has several shapes, positive
 * and negative.
 */
import { linkOutline, type LinkResult } from '../../src/engine/link/link';
import { sharedPhrases, wholeWords } from '../../src/engine/link/phrases';
import { wordSpan } from '../../src/engine/link/words';
import { linkMessages, linkText } from '../../src/engine/link/messages';
import { coverageTable } from '../../src/engine/link/report';
import { weakLink } from '../../src/engine/rules/weak-link';
import { uncoveredProblem } from '../../src/engine/rules/uncovered-problem';
import type { Rule } from '../../src/engine/rule';
import type { Template } from '../../src/engine/template';
import type { Outline } from '../../src/engine/types';
import { outline } from './fixtures';

/** The findings `rule` reports on hand-made outline `o`. */
function runRule(rule: Rule, o: Outline): { paragraph: number; message: string }[] {
  const out: { paragraph: number; message: string }[] = [];
  rule.run({ input: { paragraphs: [], source: 'text' }, outline: o, template: {} as Template, shared: new Map() }, (f) => out.push(f));
  return out;
}

/** Measures with nothing in common with the problems below, so only the first can answer. */
const DISTRACTORS = ['（八）丰富机关文化生活。年内举办两次职工运动会，由工会牵头。', '（九）加强疫情防控常态化管理，每月开展一次核酸检测演练。'];

function linkOne(problem: string, measure: string, causes?: string[]): LinkResult['links'][number] {
  return linkOutline(outline({ aspects: [{ aspect: 1, problems: [problem] }], causes, measures: [measure, ...DISTRACTORS] })).links[0];
}

type Pair = [why: string, problem: string, measure: string];

describe('short shared terms link a problem to its measure', () => {
  // Terms the lexicon does not know (网格员, 河长制, 亮身份 …): the link comes from the terms alone.
  const STRONG: Pair[] = [
    ['a 3-character term in the heading sentence', '三是网格员队伍管理松散。个别社区人员流动大。', '（三）加强网格员培训考核，每季度开展一次。'],
    ['a 4-character term in the heading sentence', '二是夜间经济管理跟不上。占道经营投诉多。', '（二）规范夜间经济，年内划定三处临时摊区。'],
    ['two terms of the example, 6 characters or more together', '二是履职不够到位。对河长制巡河记录核查不细，秸秆禁烧督查流于形式。', '（二）落实河长制，每月巡河两次；年内建立秸秆禁烧网格台账。'],
    ['a phrase and a term of the example', '一是推进改革的魄力不足。对集团化办学等改革有等一等的想法，原计划组建的3个教育集团只组建了1个。', '（三）改进工作作风。每月调研两天；推动集团化办学再组建2个教育集团。'],
  ];
  test.each(STRONG)('strong: %s', (_, problem, measure) => {
    const l = linkOne(problem, measure);
    expect([l.strength, l.measure]).toEqual(['strong', 0]);
  });

  // One term from the body alone is too often chance (measured: allowing it costs unseen and years
  // figures); beside a shared concept it adds to the link.
  const WEAK_OR_MORE: Pair[] = [
    ['a body term beside a concept the heading names', '一是服务群众不够主动。对加装电梯的诉求回应慢。', '（二）践行为民宗旨，年内为5个老旧小区加装电梯。'],
    ['two short body terms', '一是示范带动不够。在社区报到后亮身份不主动，网格员反映很少参加楼栋活动。', '（四）主动亮身份、作表率，每月随网格员走访一次。'],
  ];
  test.each(WEAK_OR_MORE)('answered: %s', (_, problem, measure) => {
    const l = linkOne(problem, measure);
    expect(l.measure).toBe(0);
    expect(l.strength).not.toBe('none');
  });

  const UNANSWERED: Pair[] = [
    ['one short term from the body, nothing else', '二是履职不够到位。对河长制巡河记录核查不细。', '（二）转变作风，落实河长制。'],
    ['a 2-character overlap is no term', '一是示范带动不够。很少参加楼栋活动。', '（四）主动作表率，每月参加一次楼栋议事。'],
    ['a single phrase of the body, too short to link alone', '一是劲头不足。对分管的城中村改造推进不力。', '（三）加快城中村改造，年底前完成签约。'],
  ];
  test.each(UNANSWERED)('none: %s', (_, problem, measure) => {
    const l = linkOne(problem, measure);
    expect([l.strength, l.unanswered]).toEqual(['none', true]);
  });

  test('a fragment of common wording is no term: the shared text goes on into words every item uses', () => {
    const problem = ['对城中村改造进度把控不够。'];
    const measure = ['加快城中村改造进度。'];
    // 城中村改造 in three causes: only 改造进度 is rare, and it is the tail of the common words.
    const causes = ['城中村改造资金不足。', '城中村改造矛盾多。', '城中村改造滞后。'];
    expect(sharedPhrases(problem, measure, causes, { termMinChars: 3 })[0]).toEqual([]);
    // Without the causes the whole run is one specific phrase.
    expect(sharedPhrases(problem, measure, [], { termMinChars: 3 })[0]).toEqual([{ measure: 0, phrases: ['城中村改造进度'], chars: 7, head: false }]);
  });

  test('a term in other items of the material is common there, not a specific thing', () => {
    const problem = '三是网格员队伍管理松散。个别社区人员流动大。';
    const measure = '（三）加强网格员培训考核，每季度开展一次。';
    expect(linkOne(problem, measure).strength).toBe('strong');
    // The same word in two causes: in four items, no term.
    expect(linkOne(problem, measure, ['对网格员的作用认识不足。', '网格员待遇偏低。']).strength).toBe('none');
  });

  test('terms are reported only when asked for, whole words, without a lexicon form counted twice', () => {
    const p = '二是履职不够到位。对河长制巡河记录核查不细。';
    const m = ['（二）转变作风，落实河长制。'];
    expect(sharedPhrases([p], m, [])[0]).toEqual([]);
    expect(sharedPhrases([p], m, [], { termMinChars: 3 })[0]).toEqual([{ measure: 0, phrases: [], chars: 0, head: false, terms: ['河长制'], termHead: false }]);
    // In the heading sentence.
    expect(sharedPhrases(['三是网格员管理松散。'], ['加强网格员培训。'], [], { termMinChars: 3, headLengths: [10] })[0][0]).toMatchObject({ terms: ['网格员'], termHead: true });
    // A term inside a longer shared phrase is not listed again.
    const long = sharedPhrases(['比如秸秆禁烧网格台账不全。'], ['健全秸秆禁烧网格台账。'], [], { termMinChars: 3 })[0];
    expect(long).toEqual([{ measure: 0, phrases: ['秸秆禁烧网格台账'], chars: 8, head: false }]);
  });
});

test.each([
  // A phrase found by characters that ends or starts inside a word of the problem's text: shown
  // cut to whole words (a trial's evidence read 预算调整事, 考察识别干).
  ['预算调整事后才向县委报告', '预算调整事', '预算调整'],
  ['考察识别干部不够全面', '考察识别干', '考察识别'],
  ['督促村党风廉政建设不力', '促村党风廉政建设', '村党风廉政建设'],
  // Whole words are shown as they are.
  ['全年读原著不到3本', '读原著', '读原著'],
  ['学习贯彻党的二十大精神不深', '二十大精神', '二十大精神'],
])('wholeWords(%s, %s) → %s', (text, phrase, want) => {
  expect(wholeWords(text, phrase)).toBe(want);
});

describe('shared phrases start and end on word boundaries', () => {
  test.each([
    // [text, shared span as found by characters, expected]
    ['a classifier before the phrase', '全年只读了两本理论书籍。', '本理论书籍', '理论书籍'],
    ['a word cut at the end (比上年)', '全年发文数量比上年减少。', '发文数量比', '发文数量'],
    ['a preposition before the phrase', '事后才向党组书记汇报。', '向党组书记', '党组书记'],
    ['a suffix of the word before (系统|性)', '学习缺乏系统性和整体性。', '性和整体性', '整体性'],
    ['an unknown compound is kept whole', '开展信访积案化解攻坚。', '信访积案', '信访积案'],
    ['a whole phrase is kept', '推动集团化办学再组建2个教育集团。', '集团化办学', '集团化办学'],
  ])('%s', (_, text, span, want) => {
    const at = text.indexOf(span);
    const [a, b] = wordSpan(text, at, at + span.length);
    expect(text.slice(a, b)).toBe(want);
  });

  test('links show evidence phrases that are whole words', () => {
    const cases: Pair[] = [
      ['classifier', '一是学习不够深入。全年只读了两本理论书籍。', '（一）加强学习，每季度精读三本理论书籍。'],
      ['cut word', '二是文风会风改进不够。全年发文数量比上年增加两成。', '（二）精简文件，全年发文数量比去年压减三成。'],
      ['suffix', '一是学习的内容不全面。学习缺乏系统性和整体性。', '（一）增强学习的全面性和整体性，每月一次。'],
    ];
    const fragments = ['本理论书籍', '发文数量比', '性和整体性', '和整体性'];
    for (const [, problem, measure] of cases) {
      const l = linkOne(problem, measure);
      expect(l.measure).toBe(0);
      for (const f of fragments) expect(l.evidence).not.toContain(f);
    }
    expect(linkOne(cases[0][1], cases[0][2]).evidence).toContain('理论书籍');
    expect(linkOne(cases[1][1], cases[1][2]).evidence).toContain('全年发文数量');
  });

  test('a run that ends inside a fixed formulation is cut before it', () => {
    const r = sharedPhrases(['坚持学习贯彻习近平总书记重要讲话。'], ['深入学习贯彻习近平新时代中国特色社会主义思想。'], [], { minChars: 4 })[0];
    for (const h of r) for (const p of h.phrases) expect(p).not.toMatch(/习近?$/);
  });
});

describe('a weak link says what matched and what is missing', () => {
  const template = {} as Template;
  const run = (o: Outline) => {
    const out: { message: string }[] = [];
    weakLink.run({ outline: o, template, shared: new Map(), input: { paragraphs: [] } } as never, (f) => out.push(f as { message: string }));
    return out;
  };
  const weakOf = (problem: string, measure: string) => {
    const o = outline({ aspects: [{ aspect: 1, problems: [problem] }], measures: [measure, ...DISTRACTORS] });
    return { l: linkOutline(o).links[0], findings: run(o) };
  };

  test.each([
    // [why, problem, measure, shared, missing (as written in the problem)]
    ['the heading names a point the measure leaves out', '一是攻坚克难的劲头不足。对群众反映的城中村问题推进不力。', '（三）回应群众诉求，年底前完成城中村签约。', '城中村', '攻坚克难'],
    // What they share as both write it (廉政风险), not the label of its concept (党风廉政, in neither: t23).
    ['the point as the writer wrote it, not the concept label', '二是履行“一岗双责”不够严格。对分管科室的廉政风险提醒不经常。', '（五）加强廉政风险防控，每季度排查一次。', '“廉政风险”', '一岗双责'],
  ])('%s', (_, problem, measure, shared, missing) => {
    const { l, findings } = weakOf(problem, measure);
    expect(l.strength).toBe('weak');
    expect(l.missing).toContain(missing);
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain(shared);
    expect(findings[0].message).toContain(`没有提到问题所说的“${missing}”`);
  });

  test('messages for each reason: point missing, point only named in passing, no point the lexicon reads', () => {
    const missing = linkMessages.weakLink('攻坚克难的劲头不足', 2, ['城中村改造'], ['攻坚克难'], ['攻坚克难']);
    expect(missing).toContain('整改措施（三）');
    expect(missing).toContain('两者只在“城中村改造”上相合');
    expect(missing).toContain('没有提到问题所说的“攻坚克难”');
    const passing = linkMessages.weakLink('学习不够深入', 0, ['理论学习'], [], ['学习']);
    expect(passing).toContain('对“学习”只是笼统提及');
    const none = linkMessages.weakLink('维护班子团结的主动性不够', 1, [], [], []);
    expect(none).toContain('只有零散的相同字句');
    expect(none).toContain('没有回应问题本身');
    for (const m of [missing, passing, none]) expect(m).toMatch(/对应较弱：.+。请在措施中写明/);
  });

  test('a weakly covered aspect says why in the coverage table', () => {
    expect(linkText.weakCoverage(3, 1, 1, 1)).toBe('对应较弱（3 个问题中 1 个未对应；1 个只有部分对应；1 个问题对应的措施较笼统，未写明具体做法、频次、时限或责任人）');
    // Every problem answered, only by vague measures: answered, the measures vague (t23: 对应较弱 above two 强 links).
    expect(linkText.weakCoverage(2, 0, 0, 2)).toBe('已对应，但措施较笼统（2 个问题对应的措施未写明具体做法、频次、时限或责任人）');
    expect(linkText.weakCoverage(2, 0, 1, 1)).toMatch(/^对应较弱（/);
    expect(linkText.weakCoverage(2, 0, 2, 0)).toBe('对应较弱（2 个只有部分对应）');
    expect(linkText.weakCoverage(2, 0, 0, 0)).toBe('对应较弱');
    // Unanswered, and only a slogan speaks to it: says so rather than leave 对应较弱 unexplained.
    // Never "未对应" and "泛泛提及" of the same problems at once (a trial read it as a contradiction).
    expect(linkText.weakCoverage(1, 1, 0, 0, 1)).toBe('对应较弱（1 个问题中 1 个没有具体措施对应，只被较笼统的措施泛泛提及）');
    expect(linkText.weakCoverage(3, 2, 0, 0, 2)).toBe('对应较弱（3 个问题中 2 个没有具体措施对应，只被较笼统的措施泛泛提及）');
    expect(linkText.weakCoverage(3, 2, 0, 0, 1)).toBe('对应较弱（3 个问题中 2 个未对应，其中 1 个只被较笼统的措施泛泛提及）');
    expect(linkText.weakCoverage(3, 3, 0, 0, 1)).not.toMatch(/另有/);
    // An aspect answered only by a slogan.
    const o = outline({ aspects: [{ aspect: 1, heading: '（一）在担当作为方面', problems: ['一是担当作为不够。遇到难题绕着走。'] }], measures: ['（一）增强担当作为意识。'] });
    const lines = coverageTable({ outline: o, template: {} as Template });
    const line = lines.find((x) => x.includes('担当作为方面'));
    expect(line).toMatch(/对应较弱（.+）/);
  });

  test('an aspect whose problem no measure answers, only a slogan speaks to: the table says so', () => {
    const o = outline({
      aspects: [{ aspect: 2, heading: '（二）带头增强党性、严守纪律、砥砺作风方面', problems: ['一是作风不够扎实，比如对农贸市场计量器具检查，满足于看台账。'] }],
      measures: ['（一）进一步加强党性修养，不断改进工作作风。'],
    });
    const line = coverageTable({ outline: o, template: {} as Template }).find((x) => x.includes('砥砺作风'))!;
    expect(line).toContain('对应较弱（1 个问题中 1 个没有具体措施对应，只被较笼统的措施泛泛提及）');
    // The finding says the same, not 没有找到对应的措施 beside it (t23).
    const found = runRule(uncoveredProblem, o);
    expect(found.map((f) => f.message)).toEqual([expect.stringContaining('只被较笼统的措施泛泛提及，没有具体措施对应')]);
  });

  test('an unanswered problem no measure speaks to keeps 没有找到对应的措施', () => {
    const o = outline({
      aspects: [{ aspect: 2, heading: '（二）带头增强党性、严守纪律、砥砺作风方面', problems: ['一是作风不够扎实，比如对农贸市场计量器具检查，满足于看台账。'] }],
      measures: ['（一）每月开展1次乡村振兴调研，年底前形成报告2篇。'],
    });
    expect(runRule(uncoveredProblem, o).map((f) => f.message)).toEqual([expect.stringContaining('没有找到对应的措施')]);
  });
});
