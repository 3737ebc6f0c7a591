/**
 * Pure performance changes of issue 14 (rules' time in a 200-material folder): patterns that start
 * with any Chinese character are tried only on a text holding the literal they need. These tests
 * check the gated scans answer exactly what the full scans answer, on varied texts.
 */
import { hasExample, problemExamples } from '../../src/engine/link/patterns';
import { ANY, anyHanGate, scanPatternFor } from '../../src/engine/rules/formulation';

/** Texts with and without the gated literals (名, 难, 意识), at the start, the end, in runs. */
const TEXTS = [
  '',
  '难',
  '名',
  '意识',
  '二是学习领会不深刻，理解不深不透，处于浅表化的阶段。',
  '个别乡镇有两名村干部长期不在岗。',
  '作为一名党员，要做一名合格党员。',
  '每一名党员都要参加。',
  '三名干部',
  '群众反映停车难问题突出，办证难的现象仍然存在。',
  '面对困难问题，遇到疑难问题，克难攻坚。',
  '难问题',
  '增强政治意识、大局意识、核心意识和看齐意识。',
  '增强政治意识、大局意识、核心意识和看起意识，做到两个维护。',
  '增强政治意识、大局意识、看齐意识及核新意识。',
  '树立四个意识，坚定四个自信，做到两个维护。',
  '紧密团结在以习近平总书记为核心的党中央周围，落实一岗两责。',
  '学习不够系统，比如全年只撰写心得2篇，参加研讨3次。',
  '今年以来，城南片区改造项目推进缓慢。',
  '意识形态工作责任制落实不到位，风险意识不强，忧患意识淡薄。',
  'ABC名单，名列前茅，难得糊涂，知难而进。',
  '三会一科、两个确力、四个意实、社会注意思想',
];

/** Every text's pieces and joins, so literals fall at every place around a match. */
function variants(): string[] {
  const out = new Set<string>(TEXTS);
  for (const a of TEXTS) for (const b of TEXTS) out.add(a + b);
  for (const t of TEXTS) for (let i = 0; i <= t.length; i++) out.add(t.slice(i));
  return [...out];
}

function allMatches(re: RegExp, text: string): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push([m.index, m[0]]);
    if (!m[0]) re.lastIndex++;
  }
  return out;
}

describe('gated scans answer what the full scans answer', () => {
  test('hasExample (combined scan, patterns needing 名/难 apart) equals reading every example pattern', () => {
    let withExample = 0;
    for (const t of variants()) {
      const expected = problemExamples(t).length > 0;
      expect([t, hasExample(t)]).toEqual([t, expected]);
      if (expected) withExample++;
    }
    expect(withExample).toBeGreaterThan(50);
  });

  test('the 名 and 难 patterns still count as instances', () => {
    expect(hasExample('个别乡镇有两名村干部长期不在岗。')).toBe(true);
    expect(hasExample('群众反映停车难问题突出。')).toBe(true);
    expect(hasExample('作为一名党员。')).toBe(false);
    expect(hasExample('面对困难问题。')).toBe(false);
  });

  test('the formulation scan finds the same matches in the same order as the full pattern', () => {
    let found = 0;
    for (const t of variants()) {
      const full = allMatches(ANY, t);
      expect([t, allMatches(scanPatternFor(t), t)]).toEqual([t, full]);
      found += full.length;
    }
    expect(found).toBeGreaterThan(100);
  });

  test('anyHanGate reads the literal of an any-Chinese pattern only', () => {
    expect(anyHanGate('[\\u4e00-\\u9fff]{2}意识')).toBe('意识');
    expect(anyHanGate('四个意识')).toBeUndefined();
    expect(anyHanGate('[“"]国之大事[”"]')).toBeUndefined();
    expect(anyHanGate('[\\u4e00-\\u9fff]{2}意识(?!形态)')).toBeUndefined();
  });
});
