/**
 * Problem names (problemCore) whose first clause only sets the circumstances with 面对/针对/围绕/随着
 * and names no shortfall (trial 20): the name goes on into the next clause, as for 在工作中，… —
 * it named no problem ("针对重污染天气应对", "面对新形势新任务"). A first clause that names the
 * shortfall itself, one clause alone, and the nouns 面对面/针对性 are named as before.
 */
import { problemCore } from '../../src/engine/rules/util';

test.each([
  ['一是针对重污染天气应对，措施不够精准，比如预警响应滞后3次。', '针对重污染天气应对，措施不够精准'],
  ['二是面对新形势新任务，本领恐慌问题比较突出。', '面对新形势新任务，本领恐慌问题比较突出'],
  ['三是围绕全市中心工作，主动谋划少。', '围绕全市中心工作，主动谋划少'],
  ['四是随着分管领域扩大，学习有所放松；', '随着分管领域扩大，学习有所放松'],
  ['（二）面对复杂严峻的大气污染防治形势，应对办法不多，工作推进缓慢。', '面对复杂严峻的大气污染防治形势，应对办法不多'],
])('a lead-in with 面对/针对/围绕/随着 goes on into its clause: %s', (head, name) => {
  expect(problemCore(head)).toBe(name);
});

test.each([
  ['一是面对风险挑战斗争精神不足，有时存在畏难情绪。', '面对风险挑战斗争精神不足'],
  ['二是面对急难险重任务不够主动，比如有2次推诿。', '面对急难险重任务不够主动'],
  ['三是面对重污染天气应对习惯于等上级指令，比如今年有3次预警响应滞后。', '面对重污染天气应对习惯于等上级指令'],
  ['一是针对性和实效性不强，调研多停留在表面。', '针对性和实效性不强'],
  ['二是面对面的提醒少，谈心谈话流于形式。', '面对面的提醒少'],
  ['三是在工作中，有时把自己混同于一般群众。', '在工作中，有时把自己混同于一般群众'],
])('named as before: %s', (head, name) => {
  expect(problemCore(head)).toBe(name);
});
