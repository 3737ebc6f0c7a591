/**
 * Shortfall wording shared by two items (推进缓慢, 进度滞后, 查处不力) is no shared thing
 * (link/shortfall.ts): it links nothing, while a phrase that names a thing as well still does.
 */
import { linkOutline } from '../../src/engine/link/link';
import { shortfallOnly } from '../../src/engine/link/shortfall';
import { getTemplate } from '../../src/engine/template';
import { outline } from './fixtures';

describe('shortfallOnly', () => {
  test.each(['推进缓慢', '进展缓慢', '进度滞后', '整改推进缓慢', '查处不够有力', '落实不到位', '执行不够严格', '办理不及时'])('%s says only that something falls short', (x) => {
    expect(shortfallOnly(x)).toBe(true);
  });
  test.each(['智慧监管建设推进缓慢', '证照分离改革推进缓慢', '通组路硬化进度滞后', '信访积案', '推进老旧小区改造', '流动党员管理'])('%s names a thing', (x) => {
    expect(shortfallOnly(x)).toBe(false);
  });
});

describe('two items sharing only shortfall wording are not linked by it', () => {
  const template = getTemplate('five-aspects-2025')!;
  const other = '5.从严管党治党。党组每半年专题研究一次党风廉政建设。';
  test.each([
    ['推进缓慢', '一是创新意识不足，“智慧监管”建设推进缓慢。', '1.“证照分离”改革推进缓慢问题，已在全部乡镇实现一窗通办。'],
    ['进度滞后', '一是攻坚克难的劲头不足，城区排水管网改造进度滞后。', '1.老旧小区加装电梯进度滞后问题，年底前完成12部。'],
    ['查处不够有力', '一是对执法人员“吃拿卡要”问题查处不够有力。', '1.对违规收费问题查处不够有力的，年内开展专项整治。'],
  ])('%s', (_n, problem, measure) => {
    const o = outline({ aspects: [{ aspect: 4, problems: [problem] }], measures: [measure, other] });
    const l = linkOutline(o, template).links[0];
    expect([l.measure, l.strength]).not.toEqual([0, 'strong']);
    expect(l.evidence.join()).not.toMatch(/缓慢|滞后|不够有力/);
  });

  test('a phrase naming the thing as well still links', () => {
    const o = outline({
      aspects: [{ aspect: 4, problems: ['一是创新意识不足，“智慧监管”平台二期建设推进缓慢。'] }],
      measures: ['1.“智慧监管”平台二期建设推进缓慢问题，已于6月底前建成投用。', other],
    });
    const l = linkOutline(o, template).links[0];
    expect([l.measure, l.strength]).toEqual([0, 'strong']);
  });
});
