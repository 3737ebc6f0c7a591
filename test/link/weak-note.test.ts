/**
 * The weak-link note for a measure that names the problem's whole point: a general mention when
 * the measure states no commitment, a loose tie to check when it does (年内发展35岁以下党员2名 is
 * no general mention of 发展党员). Our own texts.
 */
import { linkMessages } from '../../src/engine/link/messages';
import { analyze } from '../../src/engine/index';
import { readText } from '../../src/engine/readers/text';

describe('weakLink note by the measure’s concreteness', () => {
  test.each([
    ['发展党员', ['发展党员']],
    ['党费', ['党费']],
    ['学习', ['学习', '理论学习']],
  ])('%s: concrete → check the tie; not concrete → a general mention', (word, point) => {
    const concrete = linkMessages.weakLink('某问题', 0, [word], [], point, true);
    const general = linkMessages.weakLink('某问题', 0, [word], [], point, false);
    expect(concrete).toContain('写了具体要求');
    expect(concrete).not.toContain('笼统');
    expect(general).toContain('只是笼统提及');
    // A point the measure leaves out is said so, whatever its concreteness.
    expect(linkMessages.weakLink('某问题', 0, [word], point, point, true)).toContain('措施没有提到问题所说的');
  });

  test('the rule passes the measure’s concreteness (a whole material)', () => {
    const text = [
      'XX村党支部2026年度组织生活会对照检查材料',
      '一、存在的问题',
      '1、对党员要求不严，有3名党员连续5个月未交会费。',
      '2、村务公开不及时。',
      '二、原因分析',
      '支部书记抓党建精力不足。',
      '三、整改措施',
      '1、会费收缴由组织委员每月催缴。',
      '2、会费管理要进一步规范。',
      '3、每季度公开一次村务财务。',
    ].join('\n');
    const findings = analyze({ paragraphs: readText(text), source: 'text' }).findings.filter((f) => f.rule === 'weak-link');
    const note = findings.find((f) => f.message.includes('对党员要求不严'));
    expect(note?.message).toContain('写了具体要求');
  });
});
