/** @jest-environment jsdom */
/**
 * A finding line (memo over forwardRef) re-renders without React's "`ref` is not a prop" warning
 * (its props comparison read props.ref, on every re-check of a long list), and a new ref still
 * reaches the line's button: React compares a memo's ref itself.
 */
import * as React from 'react';
import { render } from '@testing-library/react';
import { FindingLine } from '../../src/taskpane/components/FindingLine';
import type { PaneFinding } from '../../src/taskpane/report';

const finding = { key: 'k1', rule: 'missing-part', severity: 'warning', message: '缺少“原因分析”部分。', paragraph: 2, excerpt: '一是学习不深。' } as unknown as PaneFinding;
const onOpen = () => {};

let errors: jest.SpyInstance;
beforeEach(() => {
  errors = jest.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => errors.mockRestore());
const refWarnings = () => errors.mock.calls.filter((c) => c.map(String).join(' ').includes('is not a prop'));

test.each([
  ['the same object ref', () => React.createRef<HTMLButtonElement>(), false],
  ['a new object ref each render', () => React.createRef<HTMLButtonElement>(), true],
  ['a callback ref', () => jest.fn(), true],
])('%s: no "ref is not a prop" warning, and the ref holds the button', (_name, make, fresh) => {
  const first = make();
  const { rerender } = render(<FindingLine ref={first as React.Ref<HTMLButtonElement>} finding={finding} paragraph={2} onOpen={onOpen} />);
  const second = fresh ? make() : first;
  rerender(<FindingLine ref={second as React.Ref<HTMLButtonElement>} finding={finding} paragraph={2} onOpen={onOpen} />);
  rerender(<FindingLine ref={second as React.Ref<HTMLButtonElement>} finding={finding} paragraph={3} onOpen={onOpen} />);
  expect(refWarnings()).toEqual([]);
  if (typeof second === 'function') expect((second as jest.Mock).mock.calls.some(([el]) => el instanceof HTMLButtonElement)).toBe(true);
  else expect((second as React.RefObject<HTMLButtonElement>).current).toBeInstanceOf(HTMLButtonElement);
});
