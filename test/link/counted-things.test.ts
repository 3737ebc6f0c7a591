/**
 * The example's counted thing named again with its number (link.ts countedThing): "全县仍有23公里
 * 通组路没有硬化" / "完成全县23公里通组路硬化" — the measure answers the problem by name, however
 * short the shared phrase and whatever concepts the two name.
 */
import { countedThing, linkOutline } from '../../src/engine/link/link';
import { getTemplate } from '../../src/engine/template';
import { outline } from './fixtures';

describe('countedThing', () => {
  test.each([
    ['kilometres', '全县仍有23公里通组路没有硬化。', '2026年底前完成全县23公里通组路硬化。', ['公里通组路']],
    ['schools', '2所新建学校因征地拆迁进度滞后。', '对城区2所新建学校实行周调度。', ['所新建学校']],
    ['full-width digits', '有３名流动党员长期未参加组织生活。', '与３名流动党员所在单位建立联系。', ['名流动党员']],
  ])('%s: the same number before the same phrase', (_n, p, m, phrases) => {
    expect(countedThing(p, m, phrases)).toBe(true);
  });

  test.each([
    ['another number', '全县仍有23公里通组路没有硬化。', '年内完成15公里通组路硬化。', ['公里通组路']],
    ['a date, not a count', '2024年全县农村公路养护不到位。', '2024年全县农村公路养护经费足额保障。', ['年全县农村公路养护']],
    ['no number in the measure', '全县仍有23公里通组路没有硬化。', '加快通组路硬化，方便群众出行。', ['公里通组路']],
  ])('%s: no counted thing', (_n, p, m, phrases) => {
    expect(countedThing(p, m, phrases)).toBe(false);
  });
});

describe('a measure naming the example\'s counted thing answers the problem', () => {
  const template = getTemplate('five-aspects-2025')!;
  test.each([
    ['通组路 for 政治能力', 1, '一是政治能力与岗位要求有差距。对“四好农村路”建设的政治意义认识不足，全县仍有23公里通组路没有硬化。', '1.持续强化政治忠诚。严格落实“第一议题”制度；2026年底前完成全县23公里通组路硬化。'],
    ['新建学校 for 攻坚克难', 4, '一是攻坚克难的劲头不足。城区学位紧张，2所新建学校因征地拆迁进度滞后。', '（四）勇于担当作为。对城区2所新建学校实行周调度，8月底前建成投用。'],
    ['农贸市场 for 为民办实事', 3, '一是为群众办实事的力度不够。城区3个农贸市场设施陈旧、排水不畅，改造一拖再拖。', '3.提升城市品质。2026年10月底前完成城区3个农贸市场提升改造。'],
  ])('%s', (_n, aspect, problem, measure) => {
    const o = outline({ aspects: [{ aspect, problems: [problem] }], measures: [measure, '5.从严管党治党。党组每半年专题研究一次党风廉政建设。'] });
    const l = linkOutline(o, template).links[0];
    expect(l.strength).toBe('strong');
    expect(l.measure).toBe(0);
  });

  test('without the number the same short phrase alone links nothing', () => {
    const o = outline({
      aspects: [{ aspect: 4, problems: ['一是攻坚克难的劲头不足。城区学位紧张，2所新建学校因征地拆迁进度滞后。'] }],
      measures: ['（四）提升工作效能。加快推进各所新建学校配套建设。', '5.从严管党治党。党组每半年专题研究一次党风廉政建设。'],
    });
    expect(linkOutline(o, template).links[0].strength).not.toBe('strong');
  });
});
