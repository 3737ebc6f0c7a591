/**
 * Wrong forms of the formulations (formulations.json) read as the right ones by the concept
 * matcher (link/misspellings.ts), and the lexicon's forms for 精文减会 and 党史. Our own texts.
 */
import { expandPlain, withMisspellings } from '../../src/engine/link/misspellings';
import { buildMatcher, lexiconMatcher, type Concept } from '../../src/engine/link/concepts';
import { linkOutline } from '../../src/engine/link/link';
import { outline } from './fixtures';

describe('expandPlain', () => {
  test.each([
    ['一岗两责|一岗(?:两|双)职', ['一岗两责', '一岗两职', '一岗双职']],
    ['三会一[科棵]', ['三会一科', '三会一棵']],
    ['两个(?:维[户互]|唯护)', ['两个维户', '两个维互', '两个唯护']],
    ['四种意识', ['四种意识']],
  ])('%s', (source, expected) => {
    expect(expandPlain(source)).toEqual(expected);
  });

  test.each(['(?<=[“"])两个确定(?=[”"])', '十九大([一二三])中全会', '习近平(?!新时代)中国', '看齐[“"]?意思', 'a.b', '[^x]'])('not plain: %s', (source) => {
    expect(expandPlain(source)).toBeUndefined();
  });
});

describe('withMisspellings', () => {
  const concepts: Concept[] = [
    { id: 'a', label: 'A', forms: ['甲乙丙丁'], institutions: [['甲乙丙丁']] },
    { id: 'b', label: 'B', forms: ['戊己庚'] },
  ];
  const entries = [
    { wrong: '甲乙丙[戊丁]|甲乙(?:丁|戊)丁', right: '甲乙丙丁' },
    { wrong: '戊己辛', right: '“戊己庚”' },
    { wrong: '(?<=x)子丑', right: '戊己庚' },
    { wrong: '寅卯', right: '不在词表' },
  ];
  const out = withMisspellings(concepts, entries);

  test('a wrong form joins the institution naming the right one, or the concept’s forms', () => {
    expect(out[0].institutions).toEqual([['甲乙丙丁', '甲乙丙戊', '甲乙丁丁', '甲乙戊丁']]);
    expect(out[1].forms).toEqual(['戊己庚', '戊己辛']);
    // The input is not changed.
    expect(concepts[0].institutions).toEqual([['甲乙丙丁']]);
  });

  test('the matcher reads a wrong form as its concept and institution', () => {
    const m = buildMatcher(out);
    const hits = [...m.match('落实甲乙丁丁不到位').values()];
    expect(hits.map((h) => h.concept)).toEqual([0]);
    expect(m.institutions.map((i) => i.label)).toEqual(['甲乙丙丁']);
  });

  test('the bundled matcher reads the formulations’ slips', () => {
    const m = lexiconMatcher();
    for (const [wrong, right] of [
      ['一岗两责', '一岗双责'],
      ['三会两课', '三会一课'],
      ['四种意识', '四个意识'],
      ['中央八条规定', '中央八项规定'],
    ]) {
      expect([...m.match(wrong).keys()]).toEqual([...m.match(right).keys()]);
      expect(m.match(wrong).size).toBe(1);
    }
  });
});

describe('linking on the right formulation and the lexicon’s new forms', () => {
  const DISTRACTOR = '（九）丰富机关文化生活，年内举办两次职工运动会。';
  const linkOne = (problem: string, measure: string) => linkOutline(outline({ aspects: [{ aspect: null, problems: [problem] }], measures: [measure, DISTRACTOR] })).links[0];

  test.each([
    ['二是履行“一岗两责”有偏差。', '（二）严格履行一岗双责，每半年听取一次分管部门汇报。'],
    ['三是三会两课坚持不经常。', '（三）严格落实三会一课，每月检查一次记录。'],
    ['一是文件多、会议多现象仍然突出。', '（一）坚持精文减会，全年发文数量压减15%。'],
    ['二是会议多，有的会议可开可不开。', '（二）大力精文减会，能合并的会议一律合并。'],
    ['一是学党史不深入不系统。', '（一）每季度研读一本党史著作。'],
  ])('%s', (problem, measure) => {
    expect(linkOne(problem, measure)).toEqual(expect.objectContaining({ strength: 'strong', measure: 0 }));
  });

  test('a slip read as another institution still answers only that one (三会两课 is not 谈心谈话)', () => {
    expect(linkOne('三是三会两课坚持不经常。', '（三）每季度开展一次谈心谈话。').strength).not.toBe('strong');
  });
});
