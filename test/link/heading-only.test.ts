/**
 * Aspect-level measures (link.ts headingOnly): a measure whose heading sentence names the aspect's
 * theme as a label and whose body answers another problem by name does not answer a problem it
 * meets only through that heading. Its heading still answers when its body is about nothing a
 * problem names (the heading is then its promise).
 */
import { linkOutline } from '../../src/engine/link/link';
import { getTemplate } from '../../src/engine/template';
import { outline } from './fixtures';

const template = getTemplate('five-aspects-2021')!;

type Case = [name: string, answered: string, other: string, measure: string];

const CASES: Case[] = [
  [
    '为民 heading, 农贸市场 body',
    '一是为群众办实事的力度不够。城区3个农贸市场设施陈旧，改造一拖再拖。',
    '二是消费维权投诉处理不及时。近两成投诉超过时限才办结。',
    '3.坚持人民至上。2022年10月底前完成城区3个农贸市场提升改造，由分管副局长负责。',
  ],
  [
    '为民办事 heading, 加装电梯 body',
    '一是解决民生问题的力度不够。老旧小区加装电梯进展缓慢，全年只完成6部。',
    '二是回应群众关切不够及时。12345热线工单按时办结率低于全市平均水平。',
    '（四）用心用情为民办事。加装电梯纳入督查台账，2026年完成老旧小区加装电梯20部以上。',
  ],
  [
    '服务群众 heading, 志愿服务 body',
    '一是党员参加志愿服务不积极。与联系社区共建的志愿服务活动党员参加少。',
    '二是服务群众办事效率不高。不动产登记窗口群众排队时间较长。',
    '（三）提升服务群众水平。每名党员每季度参加联系社区共建的志愿服务活动不少于1次。',
  ],
];

describe.each(CASES)('%s', (_n, answered, other, measure) => {
  const o = outline({ aspects: [{ aspect: 3, problems: [answered, other] }], measures: [measure, '5.从严管党治党。党组每半年专题研究一次党风廉政建设。'] });

  test('the problem its body names is answered', () => {
    expect(linkOutline(o, template).links[0].strength).not.toBe('none');
  });

  test('the other is not answered through the heading alone', () => {
    expect(linkOutline(o, template).links[1].strength).toBe('none');
  });

  test('with headings answering (the old rule), it is', () => {
    expect(linkOutline(o, template, { headingsAnswer: true }).links[1].strength).not.toBe('none');
  });
});

test('a heading whose body no problem names still answers its point', () => {
  const o = outline({
    aspects: [{ aspect: 2, problems: ['一是把方向、管大局的作用发挥不够。议题安排上业务多、全局性问题少。'] }],
    measures: ['（三）坚持和加强党的全面领导。党组每季度至少专题研究一次党建和意识形态工作。'],
  });
  expect(linkOutline(o, template).links[0].strength).toBe('strong');
});
