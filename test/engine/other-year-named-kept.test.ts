/**
 * other-year-aspects keeps namedBy's answers across materials (issue 14: a folder repeats its
 * headings). The kept answers must equal the uncached ones, for every template and both readings.
 */
import { forgetNamedBy, namedBy, namedByUncached } from '../../src/engine/rules/other-year-aspects';
import { allTemplates } from '../../src/engine/template';

const HEADINGS: string[][] = [
  ['带头强化政治忠诚、提高政治能力方面', '带头固本培元、增强党性方面', '带头敬畏人民、敬畏组织、敬畏法纪方面', '带头担当作为、干事创业方面', '带头落实全面从严治党政治责任方面'],
  ['在严守政治纪律和政治规矩方面', '在增强党性、严守纪律、砥砺作风方面', '在担当作为、狠抓落实方面', '在落实全面从严治党责任方面'],
  ['政治忠诚', '党性修养', '敬畏意识', '担当作为', '管党治党'],
  ['理论学习方面', '为民服务方面', '廉洁自律方面'],
  ['学习贯彻习近平新时代中国特色社会主义思想方面', '政治素质方面', '作风方面', '纪律方面'],
  ['一', '二', '三'],
];

describe('namedBy keeps answers equal to mapping afresh', () => {
  test('every template, both readings, asked twice and after forgetting', () => {
    forgetNamedBy();
    let compared = 0;
    for (const headings of HEADINGS) {
      for (const body of ['', '学习不够深入，比如全年只撰写心得2篇。']) {
        const cands = headings.map((heading) => ({ heading, body }));
        for (const t of allTemplates()) {
          for (const wordingOnly of [false, true]) {
            const fresh = namedByUncached(cands, t, wordingOnly);
            expect(namedBy(cands, t, wordingOnly)).toEqual(fresh);
            // The kept answer, and a copy: changing one answer never changes the next.
            const kept = namedBy(cands, t, wordingOnly);
            expect(kept).toEqual(fresh);
            kept.named = -1;
            expect(namedBy(cands, t, wordingOnly)).toEqual(fresh);
            compared++;
          }
        }
      }
    }
    forgetNamedBy();
    expect(compared).toBeGreaterThan(20);
  });

  test('different bodies or readings are kept apart', () => {
    forgetNamedBy();
    const t = allTemplates().find((x) => x.aspects.length >= 4)!;
    const a = HEADINGS[0].map((heading) => ({ heading, body: '' }));
    const b = HEADINGS[0].map((heading) => ({ heading: heading + '方面', body: '' }));
    expect(namedBy(a, t, true)).toEqual(namedByUncached(a, t, true));
    expect(namedBy(b, t, true)).toEqual(namedByUncached(b, t, true));
    expect(namedBy(a, t, false)).toEqual(namedByUncached(a, t, false));
    // A very long heading list is not kept and still answers the same.
    const long = Array.from({ length: 200 }, (_, i) => ({ heading: `第${i}个方面的标题写得很长很长`, body: '' }));
    expect(namedBy(long, t, true)).toEqual(namedByUncached(long, t, true));
  });
});
