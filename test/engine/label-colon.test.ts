/**
 * The colon of a field a measure names inside its text (责任人：本人, 完成时限：6月底前) ends no
 * heading: a trial's measure read "…廉政谈话，责任人：" in --json and the checklist, 本人 dropped.
 * The colon of a run-in heading ("（一）强化理论武装：…") still ends it.
 */
import { analyze } from '../../src/engine';
import { completeLines, textDoc } from '../support/docs';

const before = completeLines().slice(0, completeLines().indexOf('三、整改措施') + 1);
const measuresOf = (...measures: string[]) => analyze(textDoc([...before, ...measures])).outline.measures.map((m) => m.heading);

test.each([
  ['责任人', '1.每季度开展一次廉政谈话，责任人：本人。'],
  ['责任单位', '1.6月底前完成台账销号，责任单位：办公室。'],
  ['牵头单位', '1.建立项目调度机制，牵头单位：规划科。'],
  ['完成时限', '1.完成全部整改，完成时限：2026年6月底前。'],
  ['时限', '1.开展专项检查，时限：9月底前。'],
  ['a half-width colon', '1.开展专项检查，责任人:本人。'],
])('a field named inside a measure (%s): the heading runs on past its colon', (_name, measure) => {
  expect(measuresOf(measure, '2.每月学习2次。')[0]).toBe(measure);
});

test.each([
  ['（一）强化理论武装：每月学习2次。', '（一）强化理论武装：'],
  ['1.践行为民宗旨：每季度到村调研3次。', '1.践行为民宗旨：'],
])('a run-in heading with a colon still ends there: %s', (measure, heading) => {
  expect(measuresOf(measure, '（二）每月学习2次。')[0]).toBe(heading);
});
