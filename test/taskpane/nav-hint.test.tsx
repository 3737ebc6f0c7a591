/** @jest-environment jsdom */
/**
 * F8 / Shift+F8 work only while focus is in the pane: Word gives an add-in the keys pressed in its
 * own pane, not those pressed in the document (document-wide shortcuts need a shared runtime and
 * Word 2408 or later; F8 in the document is Word's 扩展选定). A trial writer pressed F8 in the
 * document and nothing happened. The pane's help says so, and how to get there (F6).
 */
import { render, screen } from '@testing-library/react';
import { FindingNav } from '../../src/taskpane/components/FindingNav';
import { S } from '../../src/taskpane/strings';

test.each([
  ['next', () => screen.getByTestId('next'), 'F8'],
  ['previous', () => screen.getByTestId('previous'), 'Shift+F8'],
])('%s: its description and hover title say the keys work from the pane, and F6 gets there', (_name, button, key) => {
  render(<FindingNav groups={[]} rule="" onRule={() => {}} position={1} total={3} onPrevious={() => {}} onNext={() => {}} />);
  const b = button();
  const hint = document.getElementById(b.getAttribute('aria-describedby') ?? '')!;
  expect(hint.textContent).toContain(key);
  expect(hint.textContent).toMatch(/只在焦点位于助手窗格时有效/);
  expect(hint.textContent).toMatch(/先按 F6/);
  expect(b.getAttribute('title')).toContain(key);
  expect(b.getAttribute('title')).toContain(S.navKeyWhere);
});
