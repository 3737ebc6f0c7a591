/**
 * @jest-environment jsdom
 *
 * Comments the pane adds show under their paragraphs in the preview's page — also on paragraphs
 * pasted in (whose elements carry no id until the page is drawn again: they were not shown) — and
 * are no part of the text the page reads back.
 */
import { act, render } from '@testing-library/react';
import { DocumentView, readDom } from '../../src/preview/DocumentView';
import { MemoryDocument } from '../../src/preview/memoryDocument';

function mount(doc: MemoryDocument): HTMLElement {
  render(<DocumentView doc={doc} label="文档" />);
  return document.querySelector('[data-testid=document]') as HTMLElement;
}

test.each([
  ['drawn from the model', false],
  ['pasted (no ids on the elements)', true],
])('paragraphs %s: each comment under its own paragraph, the text read back unchanged, removal clears them', (_n, pasted) => {
  const doc = new MemoryDocument(pasted ? '' : '甲段\n乙段\n丙段');
  const root = mount(doc);
  if (pasted) {
    act(() => {
      root.innerHTML = '<p>甲段</p><p>乙段</p><p>丙段</p>';
      root.dispatchEvent(new Event('input', { bubbles: true }));
    });
  }
  expect(doc.paragraphs.map((p) => p.text)).toEqual(['甲段', '乙段', '丙段']);
  const before = JSON.stringify(readDom(root).map((p) => p.text));
  act(() => {
    doc.addComments([{ paragraph: 1, quote: '乙', text: '【对照检查助手】一' }, { paragraph: 1, quote: '', text: '【对照检查助手】二' }, { paragraph: 2, quote: '', text: '审阅人' }]);
  });
  const ps = [...root.querySelectorAll('p')];
  expect(ps.map((p) => p.dataset.comment ?? null)).toEqual([null, '批注（乙）：【对照检查助手】一\n批注：【对照检查助手】二', '批注：审阅人']);
  expect(JSON.stringify(readDom(root).map((p) => p.text))).toBe(before);
  act(() => {
    doc.removeComments('【对照检查助手】');
  });
  expect([...root.querySelectorAll('p')].map((p) => p.dataset.comment ?? null)).toEqual([null, null, '批注：审阅人']);
});
