/**
 * The preview's page in jsdom, for the paste tests: the document view mounted on a memory
 * document, and a paste event with given clipboard types.
 */
import { act, render } from '@testing-library/react';
import { DocumentView } from '../../src/preview/DocumentView';
import type { MemoryDocument } from '../../src/preview/memoryDocument';

/** Mount the document view on `doc`; returns its page element. */
export function mount(doc: MemoryDocument): HTMLElement {
  render(<DocumentView doc={doc} label="文档" />);
  return document.querySelector('[data-testid=document]') as HTMLElement;
}

/** Fire a paste with these clipboard types (`text/html`, `text/plain` …); returns whether the page took it (default prevented). */
export function paste(root: HTMLElement, data: Record<string, string>): boolean {
  const e = new Event('paste', { bubbles: true, cancelable: true });
  Object.defineProperty(e, 'clipboardData', { value: { getData: (type: string) => data[type] ?? '' } });
  act(() => {
    root.dispatchEvent(e);
  });
  return e.defaultPrevented;
}
