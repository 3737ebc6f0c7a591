import { buildMatcher, lexiconMatcher } from '../../src/engine/link/concepts';
import { linkOutline, sharedLinks, LINK_KEY, type LinkResult } from '../../src/engine/link/link';
import { getTemplate } from '../../src/engine/template';
import { outline } from './fixtures';
import { analyze } from '../../src/engine';
import { completeLines, textDoc } from '../support/docs';

const template = getTemplate('five-aspects-2021')!;

describe('concept matcher', () => {
  test('longest form wins and forms do not overlap', () => {
    const m = buildMatcher([
      { id: 'a', label: 'A', forms: ['宗旨意识'] },
      { id: 'b', label: 'B', forms: ['宗旨'] },
      { id: 'c', label: 'C', forms: ['意识'] },
    ]);
    const hits = [...m.match('树牢宗旨意识').values()].map((h) => m.concepts[h.concept].id);
    expect(hits).toEqual(['a']);
  });

  test('a strong form upgrades an earlier loose hit of the same concept', () => {
    const m = buildMatcher([{ id: 'study', label: '理论学习', forms: ['理论武装'], loose: ['学习'] }]);
    expect([...m.match('加强学习').values()][0].loose).toBe(true);
    expect([...m.match('加强学习，强化理论武装').values()][0]).toEqual(expect.objectContaining({ loose: false, form: '理论武装' }));
  });

  test('the bundled lexicon names domain concepts, not boilerplate', () => {
    const m = lexiconMatcher();
    const labels = (t: string) => [...m.match(t).values()].map((h) => m.concepts[h.concept].label);
    expect(labels('落实“一岗双责”不到位')).toContain('全面从严治党');
    expect(labels('宗旨意识不牢固')).toContain('宗旨意识');
    expect(labels('进一步加强工作，解决存在的问题，不断提高水平')).toEqual([]);
  });
});

describe('linkOutline', () => {
  const o = outline({
    aspects: [
      { aspect: 1, problems: ['一是理论学习不够深入。满足于读原文、记笔记，学懂弄通做实有差距。', '二是意识形态工作抓得不紧。对历史虚无主义等错误言论抵制不力。'] },
      { aspect: 3, problems: ['一是宗旨意识不牢固。联系群众不够紧密，为民办实事成效不明显。'] },
      { aspect: 5, problems: ['一是落实“一岗双责”不到位。对分管领域党风廉政建设督促检查少。', '二是形式主义问题依然存在。文山会海还没有根治，会议多、文件多。'] },
    ],
    measures: [
      '（一）强化理论武装。全年安排不少于12次中心组学习，学懂弄通做实。',
      '（二）树牢宗旨意识。每月深入基层调研走访3次以上，为群众办实事。',
      '（三）加强意识形态工作。落实意识形态工作责任制，敢于对错误言论亮剑。',
      '（四）推进生态环保。加快污染防治，改善环境质量。',
    ],
  });
  const r = linkOutline(o, template);

  test('each problem goes to the measure that names its point, with readable evidence', () => {
    const byHead = (s: string) => r.links.find((l) => l.head.includes(s))!;
    expect(byHead('理论学习')).toEqual(expect.objectContaining({ measure: 0, strength: 'strong' }));
    expect(byHead('理论学习').evidence).toContain('理论学习');
    expect(byHead('意识形态')).toEqual(expect.objectContaining({ measure: 2, strength: 'strong' }));
    expect(byHead('宗旨意识')).toEqual(expect.objectContaining({ measure: 1, strength: 'strong' }));
    expect(byHead('宗旨意识').evidence).toContain('宗旨意识');
  });

  test('problems no measure speaks to are unanswered, and their aspect uncovered', () => {
    const five = r.links.filter((l) => l.aspect === 5);
    expect(five.map((l) => l.strength)).toEqual(['none', 'none']);
    expect(five.every((l) => l.measure === null && l.measures.length === 0)).toBe(true);
    expect(r.aspects.map((a) => a.coverage)).toEqual(['covered', 'covered', 'uncovered']);
  });

  test('a measure that answers nothing is an orphan; concreteness is judged per measure', () => {
    expect(r.measures.map((m) => m.answers.length > 0)).toEqual([true, true, true, false]);
    expect(r.measures.map((m) => m.concrete)).toEqual([true, true, false, false]);
  });

  test('items are numbered within their aspect', () => {
    expect(r.links.map((l) => [l.aspect, l.item])).toEqual([[1, 1], [1, 2], [3, 1], [5, 1], [5, 2]]);
  });

  test('generic wording alone never links', () => {
    const g = outline({
      aspects: [{ aspect: 2, problems: ['一是工作推进不够有力。进一步加强的措施不多，存在的问题解决不够及时。'] }],
      measures: ['（一）进一步加强工作。切实解决存在的问题，不断提高工作水平，推动各项工作取得新成效。'],
    });
    expect(linkOutline(g, template).links[0].strength).toBe('none');
  });

  test('shared body details without the point make a weak link, not a strong one', () => {
    const w = outline({
      aspects: [{ aspect: 4, problems: ['一是改革步子不大。忧患意识不强，存在本领恐慌，应对风险挑战的能力不足。'] }],
      measures: ['（一）强化责任担当。增强防范化解风险的意识，克服本领恐慌，真抓实干。'],
    });
    const res = linkOutline(w, template);
    expect(res.links[0].strength).toBe('weak');
    expect(res.links[0].evidence).toEqual(expect.arrayContaining(['防范化解风险', '能力本领']));
    expect(res.aspects[0].coverage).toBe('weak');
    // The same measure with the problem's point in it answers strongly.
    const s = outline({
      aspects: [{ aspect: 4, problems: ['一是改革步子不大。忧患意识不强，存在本领恐慌，应对风险挑战的能力不足。'] }],
      measures: ['（一）深化改革创新。增强防范化解风险的意识，全面深化改革，克服本领恐慌。'],
    });
    expect(linkOutline(s, template).links[0].strength).toBe('strong');
  });

  test('an aspect whose problems are mostly unanswered is only weakly covered', () => {
    const m = outline({
      aspects: [{ aspect: 3, problems: ['一是宗旨意识不强。', '二是调查研究不够。', '三是信访化解不力。', '四是民生短板突出。'] }],
      measures: ['（一）树牢宗旨意识。践行全心全意为人民服务的宗旨。'],
    });
    const res = linkOutline(m, template);
    expect(res.links.filter((l) => l.strength === 'strong')).toHaveLength(1);
    expect(res.aspects[0].coverage).toBe('weak');
  });

  test('no measures: every link is none and nothing throws', () => {
    const n = outline({ aspects: [{ aspect: 1, problems: ['一是理论学习不深。'] }] });
    const res = linkOutline(n, template);
    expect(res.links[0]).toEqual(expect.objectContaining({ strength: 'none', measure: null }));
    expect(res.measures).toEqual([]);
  });

  test("a file of two materials: problems of one with no measures of its own are compared with all measures, the other material's with its own", () => {
    // Material A: problems and causes only. Material B: complete. A's problems can only be answered by B's measures.
    const a = completeLines().slice(0, 15);
    const b = completeLines().map((l) => l.replace('理论学习不深', '理论学习不系统'));
    const analysis = analyze(textDoc([...a, ...b]));
    const r = sharedLinks(analysis);
    expect(analysis.outline.measures).toHaveLength(2);
    const studyLinks = r.links.filter((l) => l.head.includes('理论学习'));
    expect(studyLinks).toHaveLength(2);
    // Both the problem in A (no measures of its own) and the one in B reach 强化理论武装.
    for (const l of studyLinks) expect(l.measures).toContain(0);
    expect(studyLinks.map((l) => l.paragraph)[0]).toBeLessThan(a.length);
  });

  test('sharedLinks computes once per analysis', () => {
    const shared = new Map<string, unknown>();
    const a = sharedLinks({ outline: o, template, shared });
    const b = sharedLinks({ outline: o, template, shared });
    expect(b).toBe(a);
    expect(shared.get(LINK_KEY)).toBe(a);
  });

  test('cost grows linearly: a document with thousands of items stays fast', () => {
    const big = (n: number) =>
      outline({
        aspects: Array.from({ length: n }, (_, i) => ({
          aspect: (i % 5) + 1,
          problems: ['一是理论学习不够深入。学懂弄通做实有差距。', '二是宗旨意识不牢。联系群众不紧密。', '三是一岗双责落实不到位。'],
        })),
        measures: Array.from({ length: n }, (_, i) => (i % 2 ? '（一）强化理论武装。全年学习不少于12次。' : '（二）树牢宗旨意识。每月调研3次以上。')),
      });
    const small = big(200);
    const large = big(1600);
    const time = (x: typeof small) => {
      let best = Infinity;
      for (let i = 0; i < 5; i++) {
        const t0 = performance.now();
        linkOutline(x, template);
        best = Math.min(best, performance.now() - t0);
      }
      return best;
    };
    time(small);
    time(large);
    const ts = time(small);
    const tl = time(large);
    const res: LinkResult = linkOutline(large, template);
    expect(res.links).toHaveLength(4800);
    // 8x the input: allow generous headroom for a loaded CI machine, but not quadratic (64x).
    expect(tl / Math.max(ts, 0.5)).toBeLessThan(32);
  });
});

describe('linkOutline: shared specific phrases', () => {
  const o = outline({
    aspects: [
      { aspect: 2, problems: ['二是抓落实的韧劲不足。比如，XX现代农业产业园项目完成投资仅占计划的53.8%。', '三是资产盘活聚焦不够。投资较为分散。'] },
      { aspect: 4, problems: ['一是斗争精神不强。面对矛盾绕着走。'] },
    ],
    measures: ['（一）压实发展责任。聚焦XX现代农业产业园等重点项目，实行清单化管理。', '（二）聚焦资产盘活。压减非主业投资。', '（三）加强学习。'],
  });
  const r = linkOutline(o, template);

  test('a named project in the problem and a measure links them, with the project as evidence', () => {
    expect(r.links[0]).toEqual(expect.objectContaining({ measure: 0, strength: 'strong' }));
    expect(r.links[0].evidence).toContain('现代农业产业园');
  });

  test('four characters of the heading sentence repeated in a measure are enough', () => {
    expect(r.links[1]).toEqual(expect.objectContaining({ measure: 1, strength: 'strong', evidence: ['资产盘活'] }));
  });

  test('switched off, the same problems go unanswered', () => {
    const off = linkOutline(o, template, { phrases: false, sharedWords: false });
    expect(off.links.slice(0, 2).map((l) => l.strength)).toEqual(['none', 'none']);
    // Below the phrases, a word of two characters of the heading sentence (资产) still answers it, weakly.
    const wordsOnly = linkOutline(o, template, { phrases: false, exampleWords: false });
    expect(wordsOnly.links.slice(0, 2).map((l) => l.strength)).toEqual(['none', 'weak']);
    // …and a word of the example's project (a figure in its sentence) that a measure answering nothing names, weakly.
    const exampleToo = linkOutline(o, template, { phrases: false });
    expect(exampleToo.links[0]).toEqual(expect.objectContaining({ measure: 0, strength: 'weak' }));
    expect(wordsOnly.links[1]).toEqual(expect.objectContaining({ measure: 1, evidence: ['资产'] }));
    expect(off.links[2].strength).toBe('none');
    expect(r.links[2].strength).toBe('none');
  });
});
