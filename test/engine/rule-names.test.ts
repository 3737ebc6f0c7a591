import { RULE_NAME, ruleName } from '../../src/engine/messages';
import { rules } from '../../src/engine/rules';

test('every registered rule has a short Chinese name, and no two rules share one', () => {
  const ids = rules.map((r) => r.id);
  for (const id of ids) expect(RULE_NAME[id]).toMatch(/^[\u4e00-\u9fff]{2,8}$/);
  // No name for a rule that does not exist (a renamed id leaves its old name behind).
  expect(Object.keys(RULE_NAME).sort()).toEqual([...ids].sort());
  expect(new Set(ids.map((id) => RULE_NAME[id])).size).toBe(ids.length);
});

test.each([
  ['uncovered-problem', '问题无对应措施'],
  ['numbering', '编号'],
  ['a-caller-rule', 'a-caller-rule'],
  ['constructor', 'constructor'],
  ['toString', 'toString'],
])('ruleName(%s) is %s', (id, name) => {
  expect(ruleName(id)).toBe(name);
});
