/** isPlaceholderNode: isPlaceholder of a node's body, read once per node, read again when the body changes. */
import fc from 'fast-check';
import { isPlaceholder, isPlaceholderNode } from '../../src/engine/text';

describe('isPlaceholderNode', () => {
  const body = fc.array(fc.constantFrom('……', '××', '一是', '（写明具体措施）', '学习不够深入', '。', 'XX', '比如，', '*'), { maxLength: 6 }).map((xs) => xs.join(''));

  test('the same answer as isPlaceholder on the body, asked once or many times', () => {
    fc.assert(
      fc.property(body, (b) => {
        const node = { body: b };
        expect(isPlaceholderNode(node)).toBe(isPlaceholder(b));
        expect(isPlaceholderNode(node)).toBe(isPlaceholder(b));
      }),
      { numRuns: 500 },
    );
  });

  test('a node whose body changed is read again, never answered from the old body', () => {
    fc.assert(
      fc.property(body, body, (a, b) => {
        const node = { body: a };
        isPlaceholderNode(node);
        node.body = b;
        expect(isPlaceholderNode(node)).toBe(isPlaceholder(b));
      }),
      { numRuns: 500 },
    );
  });

  test.each([
    ['……', true],
    ['一是……。比如，……。', true],
    ['一是理论学习不深入。', false],
  ])('%p → %p', (b, expected) => {
    expect(isPlaceholderNode({ body: b })).toBe(expected);
  });
});
