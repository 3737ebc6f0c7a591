/**
 * A material's closing formula after its last measure is no text of that measure: "以上是我的个人
 * 对照检查，请各位党员同志批评帮助。" was read into the last measure (its body, its 整改清单 row), and
 * the placeholder measure a fix adds for an unanswered problem went below the closing line.
 * Shapes: 以上是/以上为/以上就是 + 我的/本人/班子 + 对照检查/发言; …批评帮助 at the end. Not: a measure
 * that only mentions 以上 ("以上措施…每月…").
 */
import { analyze } from '../../src/engine';
import { textDoc } from '../support/docs';

const LINES = [
  '某局党组2026年度民主生活会对照检查材料',
  '一、存在的主要问题',
  '（一）在理论学习方面',
  '一是学习不够系统，全年集中学习只有5次。',
  '二是对信访积案化解不力，3件积案拖了两年。',
  '二、原因分析',
  '理想信念有所松懈，党性锻炼有所放松。',
  '三、整改措施',
  '（一）强化理论学习。每月集中学习1次。',
  '（二）改进工作作风。班子成员每季度到基层调研1次。',
];

describe('a closing formula ends the last measure', () => {
  test.each([
    ['以上是我的个人对照检查，请各位党员同志批评帮助。'],
    ['以上为班子对照检查材料，不当之处请批评帮助。'],
    ['以上就是本人的发言，请大家批评帮助。'],
    ['恳请各位同志对我多提宝贵意见，多批评帮助！'],
  ])('%s', (closing) => {
    const a = analyze(textDoc([...LINES, closing]));
    const last = a.outline.measures[a.outline.measures.length - 1];
    expect(last.body).not.toContain(closing.slice(0, 6));
    // The placeholder for the unanswered problem goes after the last measure, above the closing.
    const fix = a.findings.find((f) => f.rule === 'uncovered-problem' && f.message.includes('信访积案'))?.fix;
    expect(fix?.edits[0].paragraph).toBe(LINES.length - 1);
  });

  test('not: a measure that opens with 以上 and commits to something', () => {
    const a = analyze(textDoc([...LINES, '以上措施由党组书记牵头，每月调度1次进展。']));
    const last = a.outline.measures[a.outline.measures.length - 1];
    expect(last.body).toContain('每月调度1次');
  });
});
