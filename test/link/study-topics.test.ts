/**
 * Study topics (study-topics.ts): a measure promising to study 关于X的重要论述 does not promise to act
 * on X, so X links nothing; the measure's own actions still do.
 */
import { maskStudyTopics, TOPIC_MASK } from '../../src/engine/link/study-topics';
import { linkOutline } from '../../src/engine/link/link';
import { getTemplate } from '../../src/engine/template';
import { outline } from './fixtures';

describe('maskStudyTopics', () => {
  test.each([
    ['one topic', '认真学习习近平总书记关于保障和改善民生的重要论述。', '保障和改善民生'],
    ['two topics joined by 、关于', '学习关于扩大内需、关于防范化解重大风险的重要论述', '扩大内需、关于防范化解重大风险'],
    ['重要讲话', '深入学习关于基层治理的重要讲话精神', '基层治理'],
    ['重要指示批示', '及时传达关于安全生产的重要指示批示精神', '安全生产'],
  ])('%s: the topic is blanked, length kept', (_n, text, topic) => {
    const out = maskStudyTopics(text);
    expect(out.length).toBe(text.length);
    expect(out).not.toContain(topic);
    expect(out).toContain(TOPIC_MASK.repeat(topic.length));
  });

  test.each([
    ['no 的重要', '每月走访外贸企业一次，关于企业诉求当场答复。'],
    ['a sentence end between', '建立关于投诉的台账。把这项工作作为重要任务'],
    ['的重要 without 关于', '把安全生产作为党组会的重要议题'],
  ])('%s: the text is returned as it is', (_n, text) => {
    expect(maskStudyTopics(text)).toBe(text);
  });
});

const template = getTemplate('five-aspects-2021')!;

describe('a study topic answers no problem', () => {
  test.each([
    [
      '民生 in a study measure, not 投诉',
      '二是消费维权投诉处理不及时。全年有近两成投诉超过时限才办结。',
      '1.强化理论武装。党组中心组每月集中学习1次；认真学习习近平总书记关于保障和改善民生、回应群众投诉诉求的重要论述。',
    ],
    [
      '法治 in a study measure, not 依法行政',
      '二是依法行政意识有待加强。对执法中以罚代管问题纠正不够坚决。',
      '1.持续强化政治忠诚。每月自学不少于8小时，认真学习习近平总书记关于加快建设交通强国、关于法治政府建设的重要论述。',
    ],
    [
      '治理 in a study measure, not 基层治理',
      '一是基层治理能力不足。对社区矛盾纠纷化解办法不多。',
      '（一）坚持学深悟透。每周至少自学1次，重点研读习近平总书记关于推进社会治理现代化的重要论述。',
    ],
  ])('%s', (_n, problem, measure) => {
    const o = outline({ aspects: [{ aspect: 3, problems: [problem] }], measures: [measure, '2.从严管党治党。每半年讲一次廉政党课。'] });
    expect(linkOutline(o, template).links[0].strength).toBe('none');
  });

  test('the same measure acting on the topic outside the study promise answers it', () => {
    const o = outline({
      aspects: [{ aspect: 3, problems: ['二是消费维权投诉处理不及时。全年有近两成投诉超过时限才办结。'] }],
      measures: ['1.强化理论武装。认真学习习近平总书记关于保障和改善民生的重要论述；对消费维权投诉实行限时办结，超期件每周通报。'],
    });
    expect(linkOutline(o, template).links[0].strength).not.toBe('none');
  });
});
