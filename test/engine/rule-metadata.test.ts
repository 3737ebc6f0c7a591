/** Every rule carries what the pane explains once per group: advice and a before → after example. */
import { rules } from '../../src/engine/rules';

const CJK = /[\u4e00-\u9fff]/;

describe.each(rules.map((r) => [r.id, r] as const))('%s', (_id, rule) => {
  test('has Chinese advice and a before → after example that differ', () => {
    expect(rule.advice).toMatch(CJK);
    expect(rule.example?.before).toMatch(CJK);
    expect(rule.example?.after).toMatch(CJK);
    expect(rule.example?.before).not.toBe(rule.example?.after);
  });
});

test('rule ids are unique', () => {
  expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
});
