/**
 * The domain's own means of a concept are its forms (lexicon.json): a leader's 接访/下访 and
 * 联系点/联系村 are how 密切联系群众 is done, 理论书籍/读书笔记 how 理论学习 is, and 党课,
 * 党员大会, 党小组会 are the 三会一课 institution. A measure naming them answers a problem about the
 * concept or institution; it answers nothing else through them.
 */
import { linkOutline } from '../../src/engine/link/link';
import { getTemplate } from '../../src/engine/template';
import { outline } from './fixtures';

const template = getTemplate('five-aspects-2025')!;
const other = '（五）从严管党治党。每半年专题研究一次党风廉政建设，年底前完成廉政风险排查。';

/** The link of `problem` (aspect 3) with `measure` first among the measures. */
function link(problem: string, measure: string) {
  return linkOutline(outline({ aspects: [{ aspect: 3, problems: [problem] }], measures: [measure, other] }), template).links[0];
}

test.each([
  ['接访', '一是联系群众不够紧密。本人全年接访群众只有6次，下访2次。', '（四）每月接访不少于1次，每季度下访不少于1次。'],
  ['接访下访', '一是密切联系群众做得不够，群众反映问题渠道不畅。', '（三）建立领导干部接访下访制度，每月安排1天接待来访。'],
  ['联系村', '一是联系服务群众不够经常。本人联系的××村，全年只去了4次。', '（三）每季度到联系村调研不少于2次，群众反映的问题1个月内办结。'],
  ['基层联系点', '一是联系群众不够深入，与群众面对面交流少。', '（三）每月到基层联系点蹲点1天，年底前走访困难群众50户。'],
  ['理论书籍', '一是理论学习缺乏系统性，很少读原著。', '1.每月读一本理论书籍，写读书笔记。'],
  ['学习笔记', '一是理论学习浮于表面，满足于完成积分。', '1.每周自学不少于3小时，全年撰写学习笔记2万字。'],
  ['党课', '一是“三会一课”质量不高，党课多是读文件。', '（二）每季度至少上一次高质量党课，由支部书记和委员轮流讲。'],
  ['党员大会', '一是三会一课坚持不经常，有时以会代训。', '（二）每季度召开1次党员大会，每月召开1次党小组会。'],
])('%s answers the problem', (_n, problem, measure) => {
  expect(link(problem, measure)).toMatchObject({ measure: 0, strength: 'strong' });
});

test.each([
  ['接访 for 廉洁', '一是对廉洁风险的警惕性不够高，对身边人要求不严。', '（三）每月接访不少于1次，每季度下访不少于1次。'],
  ['联系村 for 理论学习', '一是理论学习缺乏系统性，很少读原著。', '（三）每季度到联系村调研不少于2次。'],
  ['党课 for 谈心谈话', '一是谈心谈话开展不经常，与班子成员交流少。', '（二）每季度至少上一次高质量党课。'],
  ['读书笔记 for 为民办实事', '一是为群众办实事不够主动，群众诉求回应慢。', '1.每月读一本理论书籍，写读书笔记。'],
])('%s: no answer', (_n, problem, measure) => {
  expect(link(problem, measure).measure).not.toBe(0);
});
