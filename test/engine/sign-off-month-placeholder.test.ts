/**
 * A sign-off dated by the month with its year (or month) still a placeholder ("20XX年12月",
 * "××××年×月") after the measures is the sign-off, no further measure. A newcomer trial (t27 #7)
 * found "20XX年12月" read as 措施（四）, vague and answering nothing. outline.ts SIGN_OFF_MONTH.
 */
import { analyze } from '../../src/engine';
import { textDoc, completeLines } from '../support/docs';

test.each([['20XX年12月'], ['20xx年1月'], ['××××年×月'], ['20ＸＸ年12月'], ['XXXX年XX月'], ['2026年1月']])('%s after the measures is no measure', (date) => {
  const base = analyze(textDoc(completeLines()));
  const a = analyze(textDoc([...completeLines(), date]));
  expect(a.outline.measures.map((m) => m.body)).toEqual(base.outline.measures.map((m) => m.body));
});

test('a measure naming its deadline month stays a measure', () => {
  const base = analyze(textDoc(completeLines()));
  const a = analyze(textDoc([...completeLines(), '完成时限20XX年12月']));
  expect(a.outline.measures.length).toBeGreaterThanOrEqual(base.outline.measures.length);
  expect(a.outline.measures.map((m) => m.body).join('\n')).toContain('20XX年12月');
});
