/**
 * A measure answering no problem but a gap the 反面典型案例剖析 part finds in the writer is no
 * orphan (link/case-gaps.ts; rules/orphan-measure.ts). Our own texts.
 */
import { linkOutline } from '../../src/engine/link/link';
import { answersCaseGap, caseGapText } from '../../src/engine/link/case-gaps';
import { lexiconMatcher } from '../../src/engine/link/concepts';
import type { Outline } from '../../src/engine/types';
import { node, outline } from './fixtures';

/** An outline of one problem, the case part's lines and the measures. */
function withCase(caseLines: string[], measures: string[]): Outline {
  const o = outline({ aspects: [{ aspect: null, problems: ['一是调查研究不够深入，全年下基层仅4次。'] }], measures: ['（一）每月下基层调研不少于2次。', ...measures] });
  const heading = '二、反面典型案例剖析';
  const children = caseLines.map((l) => node(l));
  const part = { role: 'cases' as const, node: { ...node(heading, heading), depth: 1, children, body: [heading, ...children.map((c) => c.body)].join('\n') } };
  o.parts.splice(1, 0, part);
  return o;
}

const RETOLD = '某县原局长违规吃喝、收受礼金，根源在于理想信念动摇。';

describe('measures answering the case part’s self-comparison', () => {
  test.each([
    ['a concept both name (八项规定)', ['（二）对照案例查摆自身差距', '在落实中央八项规定精神上还有差距，比如参加过一次超标准的工作餐。'], '（二）严格执行中央八项规定精神。'],
    ['a thing both write (设备采购)', ['对照案例反观自己，本单位也存在类似苗头：2批次设备采购未经集体研究。'], '（二）设备采购一律经党委会集体研究。'],
    ['after 我也存在 (公车)', ['我也存在公车使用登记不全的情况，去年有3次未登记。'], '（二）公车使用一律登记，每月公示。'],
  ])('%s: no orphan', (_, lines, measure) => {
    const r = linkOutline(withCase([RETOLD, ...lines], [measure]));
    expect(r.measures[1]).toEqual(expect.objectContaining({ answers: [], caseGap: true }));
  });

  test.each([
    ['the case retold only, never turned to the writer', [RETOLD, '我们要引以为戒。'], '（二）严格执行中央八项规定精神，杜绝违规吃喝。'],
    ['a measure sharing nothing with the gap', [RETOLD, '对照案例查摆自身差距，在公务接待上还有不规范之处。'], '（二）年内举办两次职工运动会。'],
    ['a gap in the case itself before the writer turns to himself (违规吃喝 there only)', ['某县原局长违规吃喝。', '对照案例反观自己，在调查研究上还有差距。'], '（二）严禁违规吃喝，每季度自查一次。'],
  ])('%s: still an orphan', (_, lines, measure) => {
    const r = linkOutline(withCase(lines, [measure]));
    expect(r.measures[1].answers).toEqual([]);
    expect(r.measures[1].caseGap).toBeUndefined();
  });

  test('a measure answering a problem is not marked', () => {
    const r = linkOutline(withCase([RETOLD, '对照案例反观自己，在调查研究上还有差距。'], []));
    expect(r.measures[0].answers).toEqual([0]);
    expect(r.measures[0].caseGap).toBeUndefined();
  });

  test('caseGapText starts at the sentence turning to the writer; answersCaseGap reads generic runs as nothing', () => {
    const o = withCase([RETOLD, '对照案例，我在廉洁自律上还有差距。'], []);
    expect(caseGapText(o)).toBe('对照案例，我在廉洁自律上还有差距。');
    expect(caseGapText(withCase([RETOLD], []))).toBe('');
    const m = lexiconMatcher();
    expect(answersCaseGap(m, '对照案例，我在工作落实上还有差距。', '（二）进一步加强工作落实。')).toBe(false);
    expect(answersCaseGap(m, '', '（二）严格执行中央八项规定精神。')).toBe(false);
  });
});
