/**
 * 管理服务对象 — those one regulates or serves in office — is the wording of 八项规定 and 廉洁
 * rules (不接受管理服务对象宴请, 不与管理服务对象一同用餐): a measure naming it promises about
 * meals, gifts and banquets, not 为民办实事 through its 服务对象 (lexicon.json 八项规定与四风).
 */
import { linkOutline } from '../../src/engine/link/link';
import { getTemplate } from '../../src/engine/template';
import { outline } from './fixtures';

const template = getTemplate('five-aspects-2025')!;
const rules = [
  '（二）严守八项规定，不与管理服务对象一同用餐，本人带头。',
  '（二）不接受管理服务对象宴请，节假日前开展一次提醒。',
  '（二）坚决拒收管理服务对象礼品礼金，年底前签订承诺书。',
];

function link(problem: string, measures: string[]) {
  return linkOutline(outline({ aspects: [{ aspect: 3, problems: [problem] }], measures }), template).links[0];
}

test.each(rules)('the 执法 problem is answered by the 执法 measure, not by %s', (rule) => {
  const l = link('一是执法检查中存在“一刀切”倾向，统一要求停业整改，群众意见较大。', [rule, '（三）改进执法方式，推行包容审慎监管，2026年6月底前印发清单。']);
  expect(l).toMatchObject({ measure: 1, strength: 'strong' });
});

test.each(rules)('a problem about serving people is not answered strongly by %s', (rule) => {
  const l = link('一是为群众办实事不够主动，群众诉求回应慢。', [rule, '（一）每月参加中心组学习1次。']);
  expect(l.measure === 0 && l.strength === 'strong').toBe(false);
});
