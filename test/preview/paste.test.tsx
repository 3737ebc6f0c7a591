/**
 * @jest-environment jsdom
 *
 * Plain text with line breaks pasted into the preview's page goes through the model (one redraw),
 * not the browser's own paste, which is quadratic in the lines (30K characters froze the page
 * 18 s, t20). The result is what Chromium's paste leaves (the shapes below were taken from it);
 * a paste bringing a table, one line, or a selection in a table stays the browser's.
 */
import { act } from '@testing-library/react';
import { readDom } from '../../src/preview/DocumentView';
import { MemoryDocument } from '../../src/preview/memoryDocument';
import { mount, paste } from '../support/preview-page';


/** Put the DOM selection from (paragraph, offset) to (paragraph, offset) in the page. */
function select(root: HTMLElement, a: [number, number], b: [number, number] = a) {
  const ps = Array.from(root.querySelectorAll('p'));
  const at = ([p, o]: [number, number]) => (ps[p].firstChild && ps[p].firstChild!.nodeType === Node.TEXT_NODE ? { n: ps[p].firstChild!, o } : { n: ps[p], o: 0 });
  const r = document.createRange();
  const x = at(a);
  const y = at(b);
  r.setStart(x.n, x.o);
  r.setEnd(y.n, y.o);
  const s = window.getSelection()!;
  s.removeAllRanges();
  s.addRange(r);
}


const texts = (doc: MemoryDocument) => doc.paragraphs.map((p) => p.text);

describe('pasting lines into the preview goes through the model', () => {
  test.each([
    ['into an empty document', '', [0, 0], undefined, 'a\nb', ['a', 'b'], { paragraph: 1, offset: 1 }],
    ['ending in a line break', '', [0, 0], undefined, 'a\nb\n', ['a', 'b', ''], { paragraph: 2, offset: 0 }],
    ['ending in an empty line (one empty paragraph, as Chromium)', '', [0, 0], undefined, 'a\nb\n\n', ['a', 'b', ''], { paragraph: 2, offset: 0 }],
    ['inside a paragraph (split around the lines)', 'XY', [0, 1], undefined, 'a\nb', ['Xa', 'bY'], { paragraph: 1, offset: 1 }],
    ['inside a paragraph, ending in a line break', 'XY', [0, 1], undefined, 'a\nb\n', ['Xa', 'b', 'Y'], { paragraph: 2, offset: 0 }],
    ['CRLF and CR line breaks', 'XY', [0, 2], undefined, 'a\r\nb\rc', ['XYa', 'b', 'c'], { paragraph: 2, offset: 1 }],
    ['over a selection across paragraphs', '甲段\n乙段\n丙段', [0, 1], [2, 1], '一\n二', ['甲一', '二段'], { paragraph: 1, offset: 1 }],
    ['over the whole document (Ctrl+A)', '甲段\n乙段', [0, 0], [1, 2], '一\n二\n三', ['一', '二', '三'], { paragraph: 2, offset: 1 }],
  ] as const)('%s', (_n, initial, a, b, text, want, caret) => {
    const doc = new MemoryDocument(initial);
    const root = mount(doc);
    select(root, a as [number, number], b as [number, number] | undefined);
    expect(paste(root, { 'text/plain': text })).toBe(true);
    expect(texts(doc)).toEqual(want);
    // The page is drawn again from the model, one element a paragraph, and reads back the same.
    expect(readDom(root).map((p) => p.text)).toEqual(want);
    expect(doc.selection.end).toEqual(caret);
    // One undo entry: Ctrl+Z takes the whole paste back.
    act(() => {
      root.dispatchEvent(new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, bubbles: true, cancelable: true }));
    });
    expect(texts(doc)).toEqual(initial.split('\n'));
  });

  test('the first paragraph keeps its id, level and comments; the pane is told the content changed', () => {
    const doc = new MemoryDocument('一、存在的问题\n乙段');
    doc.applyEdit([{ id: doc.paragraphs[0].id, text: '一、存在的问题', level: 1 }, { id: doc.paragraphs[1].id, text: '乙段' }]);
    doc.addComments([{ paragraph: 0, quote: '', text: '批注甲' }]);
    const id = doc.paragraphs[0].id;
    const root = mount(doc);
    const events: string[] = [];
    doc.subscribe((e) => events.push(e.type));
    select(root, [0, 7]);
    expect(paste(root, { 'text/plain': '\n新段' })).toBe(true);
    expect(texts(doc)).toEqual(['一、存在的问题', '新段', '乙段']);
    expect(doc.paragraphs[0]).toMatchObject({ id, level: 1 });
    expect(doc.paragraphs[1].level).toBe(0);
    expect(doc.commentsOn(id)).toHaveLength(1);
    expect(events).toContain('content');
  });

  test.each([
    ['one line (the browser pastes it)', '甲段', { 'text/plain': '一句话' }],
    ['HTML bringing a table (the cells are the browser’s to paste)', '甲段', { 'text/plain': '措施\n时限', 'text/html': '<table><tr><td>措施</td><td>时限</td></tr></table>' }],
    ['nothing but HTML', '甲段', { 'text/html': '<p>一</p><p>二</p>' }],
  ])('left to the browser: %s', (_n, initial, data) => {
    const doc = new MemoryDocument(initial);
    const root = mount(doc);
    select(root, [0, 1]);
    expect(paste(root, data)).toBe(false);
    expect(texts(doc)).toEqual([initial]);
  });

  test('a selection in a table cell is left to the browser', () => {
    const doc = new MemoryDocument('甲段');
    doc.setUserSelection({ paragraph: 0, offset: 2 });
    doc.insertTable([['问题', '措施'], ['一', '']]);
    const before = texts(doc);
    const root = mount(doc);
    const cell = root.querySelector('td p') as HTMLElement;
    const r = document.createRange();
    r.setStart(cell.firstChild!, 1);
    r.collapse(true);
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(r);
    expect(paste(root, { 'text/plain': 'a\nb' })).toBe(false);
    expect(texts(doc)).toEqual(before);
  });

  test('a read-only document takes no paste', () => {
    const doc = new MemoryDocument('甲段');
    doc.readOnly = true;
    const root = mount(doc);
    select(root, [0, 1]);
    expect(paste(root, { 'text/plain': 'a\nb' })).toBe(false);
    expect(texts(doc)).toEqual(['甲段']);
  });
});

describe('MemoryDocument.pasteText is linear in the lines pasted', () => {
  /** Array element writes while pasting `n` lines (counted through a Proxy-free tally of pushes). */
  function pushes(n: number): number {
    const doc = new MemoryDocument('前文\n后文');
    doc.setUserSelection({ paragraph: 0, offset: 1 });
    let count = 0;
    const push = Array.prototype.push;
    Array.prototype.push = function (this: unknown[], ...xs: unknown[]) {
      count++;
      return push.apply(this, xs);
    };
    try {
      doc.pasteText(Array.from({ length: n }, (_, i) => `第${i}行`).join('\n'));
    } finally {
      Array.prototype.push = push;
    }
    expect(doc.paragraphs).toHaveLength(n + 1);
    return count;
  }

  test('ten times the lines cost at most about ten times the work', () => {
    const small = pushes(1000);
    const large = pushes(10000);
    expect(large / small).toBeLessThan(11);
  });
});
