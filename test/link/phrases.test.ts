/** Shared specific phrases between problems and measures (link/phrases.ts). */
import { sharedPhrases } from '../../src/engine/link/phrases';

const one = (problem: string, measures: string[], others: string[] = [], minChars?: number) => sharedPhrases([problem], measures, others, { minChars })[0];

describe('sharedPhrases', () => {
  test('a named project in the problem and a measure is shared, longest first', () => {
    const r = one('比如，XX现代农业产业园项目进度滞后，土地流转卡点没有解决。', ['聚焦XX现代农业产业园等重点项目，推动土地流转问题解决。', '加强理论学习。']);
    expect(r).toEqual([{ measure: 0, phrases: ['现代农业产业园'], chars: 7, head: false }]);
    expect(one('土地流转卡点多。', ['推动土地流转。'], [], 4)).toEqual([{ measure: 0, phrases: ['土地流转'], chars: 4, head: false }]);
  });

  test.each([
    ['boilerplate only', '深入学习习近平新时代中国特色社会主义思想不够。', '深入学习习近平新时代中国特色社会主义思想。'],
    ['fewer than five characters', '落实耕地保护不力。', '严格耕地保护制度。'],
    ['punctuation splits the run', '理论、学习、教育。', '理论学习教育。'],
    ['a fixed formulation with a particle', '对党史学习教育的认识。', '巩固党史学习教育的成果。'],
  ])('nothing shared: %s', (_why, problem, measure) => {
    expect(one(problem, [measure])).toEqual([]);
  });

  test('particles at the ends are cut back', () => {
    expect(one('学习缺乏系统性和整体性。', ['增强学习的系统性和整体性。'], [])[0].phrases).toEqual(['系统性和整体性']);
    expect(one('缺乏干事创业的劲头。', ['激发干事创业的热情。'], [], 4)[0].phrases).toEqual(['干事创业']);
  });

  test('a phrase in many items of the document is common wording, not a specific thing', () => {
    const common = '压实管党治党政治责任';
    const others = [common, common, common, common];
    expect(one(`${common}不够。`, [`${common}。`], others)).toEqual([]);
  });

  test('in the heading sentence four characters are enough, and the phrase is marked as the point', () => {
    const problem = '三是主责主业聚焦不够。投资分散，比如新上项目偏离主业。';
    const measure = ['聚焦主责主业，压减非主业投资。'];
    expect(sharedPhrases([problem], measure, [])[0]).toEqual([]);
    expect(sharedPhrases([problem], measure, [], { headLengths: [10] })[0]).toEqual([{ measure: 0, phrases: ['主责主业'], chars: 4, head: true }]);
    // The same words only in the body stay below the minimum.
    expect(sharedPhrases(['三是投资分散。主责主业聚焦不够。'], measure, [], { headLengths: [7] })[0]).toEqual([]);
  });

  test('linear: 2,000 problems against 500 measures stay fast enough to run in the pane', () => {
    const problems = Array.from({ length: 2000 }, (_, i) => `问题${i}，XX第${i}项目进度滞后，涉及土地流转和冷链仓储配套。`);
    const measures = Array.from({ length: 500 }, (_, i) => `推进第${i}项目，解决土地流转和冷链仓储配套。`);
    const r = sharedPhrases(problems, measures, []);
    expect(r).toHaveLength(2000);
    // Each trigram's posting list is capped, so no problem is compared with every measure.
    expect(Math.max(...r.map((x) => x.length))).toBeLessThanOrEqual(8);
  });
});
