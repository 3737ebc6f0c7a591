/**
 * "一是在……方面。" on a line of its own is a local section heading written like an item: it names
 * where the problems lie and states none, so a reviewer counts the entries under it (its sub-items,
 * or its own problem lines) as the problems. Written with text after it ("一是在理论学习方面，学得
 * 不深", "一是在理论学习方面。学得不深…") it is an item; followed only by its instances (比如…) it is
 * one item holding them. Shapes: under an aspect and as the problems part's only sections; 一是 / 第一，
 * / ① markers; 。/：/no end; 存在的问题 tails; quotes inside; sub-items 1. / （1） / unnumbered lines.
 */
import { analyze } from '../../src/engine';
import { isTopicItem } from '../../src/engine/outline';
import type { Analysis } from '../../src/engine';
import { textDoc } from '../support/docs';

const TITLE = '党史学习教育专题民主生活会个人对照检查材料';
const ASPECT1 = '（一）带头深刻感悟“两个确立”的决定性意义方面';
const ASPECT2 = '（二）带头牢记我们党是什么、要干什么这个根本问题方面';
const TAIL = ['二、原因分析', '（一）理想信念有所松懈。', '三、整改措施', '（一）强化理论武装。每月学习2次，年底前完成。'];

/** The material with `body` as the first aspect's content. */
function underAspect(body: string[]): Analysis {
  return analyze(textDoc([TITLE, '一、存在的主要问题', ASPECT1, ...body, ASPECT2, '一是落实决策部署不到位。比如，重点项目推进滞后。', ...TAIL]));
}

/** The first aspect's problems, by the start of their heading (marker dropped). */
const problemsOf = (a: Analysis, k = 0) => a.outline.aspects[k].problems.map((p) => p.heading.replace(/^(\d+\.|（\d+）|[一二三]是|第[一二三]，|[①②③])/, '').slice(0, 8));

describe('a local section heading written like an item: the entries under it are the problems', () => {
  test.each([
    ['一是 + 1./2. sub-items', ['一是在理论学习方面。', '1.学习不够系统。比如，全年只读了两本原著。', '2.学用结合不紧。比如，笔记流于摘抄。', '二是在政治判断方面。', '1.意识形态敏感性不强。比如，去年两次没有及时处置。'], ['学习不够系统。', '学用结合不紧。', '意识形态敏感性不']],
    ['colon and 存在的问题 tail + （1） sub-items', ['一是关于理论学习方面存在的问题：', '（1）学习不够系统。', '（2）学用结合不紧。', '二是关于政治判断方面存在的问题：', '（1）意识形态敏感性不强。'], ['学习不够系统。', '学用结合不紧。', '意识形态敏感性不']],
    ['第一， markers, no end mark', ['第一，在理论学习方面', '1.学习不够系统。', '2.学用结合不紧。', '第二，在政治判断方面', '1.意识形态敏感性不强。'], ['学习不够系统。', '学用结合不紧。', '意识形态敏感性不']],
    ['quotes in the topic + unnumbered problem lines with instances', ['一是在感悟“两个确立”方面。', '对党的创新理论学习不够系统。', '比如，全年只读了两本原著。', '学用结合不紧，笔记流于摘抄。', '二是在政治判断方面。', '意识形态敏感性不强。'], ['对党的创新理论学', '学用结合不紧，笔', '意识形态敏感性不']],
  ])('%s', (_name, body, expected) => {
    const a = underAspect(body);
    expect(a.outline.aspects.map((x) => x.aspect)).toEqual([1, 2]);
    expect(problemsOf(a)).toEqual(expected.map((e) => e.slice(0, 8)));
    // The instance line stays with the problem before it.
    const withInstance = a.outline.aspects[0].problems.find((p) => p.body.includes('比如'));
    if (body.some((l) => l.startsWith('比如'))) expect(withInstance?.body).toMatch(/^对党的创新理论学习不够系统。\n比如/);
  });

  test.each([
    ['2023 topics', '主题教育专题民主生活会个人对照检查材料', ['一是在理论学习方面。', '1.学习不够系统。比如，全年只读了两本原著。', '2.学用结合不紧。', '二是在能力本领方面。', '1.应对复杂局面办法不多。', '三是在廉洁自律方面。', '1.对身边人要求不严。'], 3],
    ['2021 topics with no problems heading words', TITLE, ['一是在理论学习方面：', '（1）学习不够系统。', '二是在联系群众方面：', '（1）调研不深入。'], 2],
  ])('the problems part\'s only sections are such headings (%s): they are its sections, their sub-items the problems', (_name, title, body, sections) => {
    const a = analyze(textDoc([title, '一、存在的主要问题', ...body, ...TAIL]));
    expect(a.outline.aspects).toHaveLength(sections);
    expect(a.outline.aspects.map((x) => x.node.heading.slice(0, 3))).toEqual(body.filter((l) => /^[一二三]是/.test(l)).map((l) => l.slice(0, 3)));
    expect(a.outline.aspects.every((x) => x.problems.length >= 1 && x.problems.every((p) => !/方面[。：]?$/.test(p.heading)))).toBe(true);
    expect(a.findings.some((f) => f.rule === 'missing-aspect' && /没有分方面|未分方面/.test(f.message))).toBe(false);
  });
});

describe('still an item', () => {
  test.each([
    ['text after a comma', ['一是在理论学习方面，学得不深、悟得不透，比如全年只读了两本原著。', '二是在政治判断方面，敏感性不强。'], 2],
    ['text after the full stop on its line', ['一是在理论学习方面。学得不深，比如全年只读了两本原著。', '二是在政治判断方面。敏感性不强。'], 2],
    ['followed only by its instances', ['一是在理论学习方面。', '比如，全年只读了两本原著。', '比如，笔记流于摘抄。', '二是在政治判断方面。', '比如，去年两次没有及时处置。'], 2],
    ['no topic: a problem that mentions 方面', ['一是在学习方面下功夫不够。', '二是各方面表率作用发挥不够。'], 2],
    ['no topic: an ordinary problem', ['一是理论学习不够深入。', '二是政治判断力不强。'], 2],
  ])('%s', (_name, body, n) => {
    const a = underAspect(body);
    const ps = a.outline.aspects[0].problems;
    expect(ps).toHaveLength(n);
    expect(ps.map((p) => p.heading.slice(0, 2))).toEqual(['一是', '二是']);
    if (body.some((l) => l.startsWith('比如'))) expect(ps[0].body).toContain('比如，笔记流于摘抄。');
  });

  test('one topic heading among ordinary items at the top of the problems part does not make them sections', () => {
    const a = analyze(textDoc([TITLE, '一、存在的主要问题', '一是在理论学习方面。', '1.学习不够系统。', '二是政治判断力不强。', ...TAIL]));
    const topics = a.outline.parts.find((p) => p.role === 'problems')!.node.children.filter(isTopicItem);
    expect(topics).toHaveLength(1);
    // Read as before: items that may be aspects, taken only where they clearly read as the year's aspects.
    expect(a.outline.aspects.every((x) => x.aspect !== null)).toBe(true);
  });
});
