/**
 * A measure forbidding itself one act (不与管理服务对象一同用餐, 严禁…, 不接受…宴请) binds itself
 * to a rule: no slogan, though it has no number, date or owner. It answers the problem about that
 * act under the meeting's theme (八项规定精神 in 2025); the theme's slogan alone still does not.
 */
import { linkOutline } from '../../src/engine/link/link';
import { getTemplate } from '../../src/engine/template';
import { outline } from './fixtures';

const template = getTemplate('five-aspects-2025')!;
const other = '（一）每月参加中心组学习1次，年底前撰写研讨材料2篇。';

function link(problem: string, measure: string) {
  return linkOutline(outline({ aspects: [{ aspect: 2, problems: [problem] }], measures: [other, measure] }), template).links[0];
}

test.each([
  ['不与', '一是对照中央八项规定精神，自我要求有所放松，偶尔和企业负责人一起吃工作餐。', '（二）严守八项规定，不与管理服务对象一同用餐，本人带头。'],
  ['不接受', '一是对照中央八项规定精神，自我要求有所放松，偶尔参加企业安排的宴请。', '（二）严守八项规定，不接受管理服务对象宴请。'],
  ['严禁', '一是对照中央八项规定精神，自我要求有所放松，有时在工作日中午饮酒。', '（二）严守八项规定，严禁公务活动期间饮酒。'],
])('a prohibition (%s) answers the problem', (_n, problem, measure) => {
  expect(link(problem, measure)).toMatchObject({ measure: 1, unanswered: false });
});

test.each([
  ['the theme alone', '一是对照中央八项规定精神，自我要求有所放松，偶尔和企业负责人一起吃工作餐。', '（二）严守八项规定，锲而不舍落实中央八项规定精神。'],
  ['不断 is no prohibition', '一是对照中央八项规定精神，自我要求有所放松，偶尔和企业负责人一起吃工作餐。', '（二）不断加强作风建设，严守八项规定。'],
])('%s: no answer', (_n, problem, measure) => {
  expect(link(problem, measure).unanswered).toBe(true);
});
