/**
 * The preview's document: a contenteditable page with one <p> per paragraph, bound to a
 * MemoryDocument. The DOM is managed here by hand (not by React) so typing never fights a
 * re-render: user edits flow DOM → model; host changes (insert, select) flow model → DOM.
 */
import { useEffect, useRef } from 'react';
import type { Caret, MemoryDocument } from './memoryDocument';
import { unwrapText } from '../engine/readers/unwrap';

export interface DocumentViewProps {
  doc: MemoryDocument;
  /** Accessible name of the editing area. */
  label: string;
  className?: string;
  /**
   * Filled with the function that puts keyboard focus into the page at the document's current
   * selection (what the pane selected, else the writer's own): F6 / Esc from the pane.
   */
  focusRef?: { current: (() => void) | null };
  /** F6 / Shift+F6 in the page: the caller moves focus to the pane (as Word cycles its panes). */
  onF6?: () => void;
}

const SELECTED = 'is-selected';

function paragraphElements(root: HTMLElement): HTMLElement[] {
  return Array.from(root.children).filter((c): c is HTMLElement => c instanceof HTMLElement);
}

function render(root: HTMLElement, doc: MemoryDocument) {
  const frag = document.createDocumentFragment();
  for (const p of doc.paragraphs) {
    const el = document.createElement('p');
    el.dataset.id = p.id;
    if (p.level > 0) {
      el.dataset.level = String(p.level);
      el.setAttribute('role', 'heading');
      el.setAttribute('aria-level', String(p.level));
    }
    if (p.text === '') el.appendChild(document.createElement('br'));
    else el.textContent = p.text;
    frag.appendChild(el);
  }
  root.replaceChildren(frag);
}

/** Read paragraphs back from the DOM after the user typed. */
function readDom(root: HTMLElement): Array<{ id?: string; text: string; level?: number }> {
  const out: Array<{ id?: string; text: string; level?: number }> = [];
  for (const node of Array.from(root.childNodes)) {
    if (node instanceof HTMLElement) {
      // Plain text (the paragraph as typed, or with the <br> an emptied one keeps) is read without
      // innerText, which lays out the page: on every keystroke, for every paragraph, that is what
      // made typing in a 1,000-paragraph document slow. Anything else (a line break typed inside)
      // needs innerText's line breaks.
      const plain = node.childElementCount === 0 || (node.childElementCount === 1 && node.lastElementChild?.tagName === 'BR');
      const text = (plain ? node.textContent ?? '' : node.innerText ?? node.textContent ?? '').replace(/\n+$/, '');
      // A pasted block with line breaks becomes several paragraphs (a PDF's hard wraps joined first).
      const lines = (text.includes('\n') ? unwrapText(text) : text).split('\n');
      lines.forEach((line, i) =>
        out.push({
          id: i === 0 ? node.dataset.id : undefined,
          text: line,
          level: node.dataset.level ? Number(node.dataset.level) : 0,
        }),
      );
    } else if (node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '') {
      out.push({ text: node.textContent ?? '' });
    }
  }
  return out;
}

/** Paragraph index and text offset of a DOM position inside the page, or null outside it. */
function caretOf(root: HTMLElement, children: HTMLElement[], node: Node, offset: number): Caret | null {
  if (!root.contains(node)) return null;
  if (node === root) {
    const i = Math.min(offset, children.length - 1);
    return i >= 0 ? { paragraph: i, offset: offset >= children.length ? (children[i].textContent ?? '').length : 0 } : null;
  }
  let el: Node | null = node;
  while (el && el.parentNode !== root) el = el.parentNode;
  if (!el) return null;
  const paragraph = children.indexOf(el as HTMLElement);
  if (paragraph < 0) return null;
  const range = document.createRange();
  range.setStart(el, 0);
  range.setEnd(node, offset);
  return { paragraph, offset: range.toString().length };
}

/** The DOM position of a UTF-16 offset in a paragraph element's text. */
function domPoint(el: HTMLElement, offset: number): { node: Node; offset: number } {
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  let left = offset;
  let last: Text | null = null;
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const len = n.data.length;
    if (left <= len) return { node: n, offset: left };
    left -= len;
    last = n;
  }
  return last ? { node: last, offset: last.data.length } : { node: el, offset: 0 };
}

/** The name of the CSS highlight that shows what the pane selected (CSS Custom Highlight API). */
export const FOUND_HIGHLIGHT = 'dz-found';

interface HighlightRegistry {
  set(name: string, value: unknown): void;
  delete(name: string): void;
}

function highlights(): { registry: HighlightRegistry; make: (r: Range) => unknown } | null {
  const css = (globalThis as { CSS?: { highlights?: HighlightRegistry } }).CSS;
  const Ctor = (globalThis as { Highlight?: new (...r: Range[]) => unknown }).Highlight;
  return css?.highlights && Ctor ? { registry: css.highlights, make: (r) => new Ctor(r) } : null;
}

/**
 * Show the model's selection (a whole paragraph or words in one) WITHOUT moving the DOM selection
 * or focus into the page: Chromium types into an editable selection even while a button has focus,
 * so the words are shown with a CSS highlight (and the paragraph marked), and become the DOM
 * selection only when the writer puts focus into the page. Returns that range.
 */
function showSelection(root: HTMLElement, doc: MemoryDocument): Range | null {
  const { start, end } = doc.selection;
  const children = paragraphElements(root);
  for (const c of children) c.classList.remove(SELECTED);
  const el = children[start.paragraph];
  if (!el) return null;
  el.classList.add(SELECTED);
  const endEl = children[end.paragraph] ?? el;
  const range = document.createRange();
  const a = domPoint(el, start.offset);
  const b = domPoint(endEl, end.offset);
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  const sel = window.getSelection();
  if (sel && sel.rangeCount > 0 && root.contains(sel.getRangeAt(0).startContainer) && document.activeElement !== root) {
    sel.removeAllRanges();
  }
  highlights()?.registry.set(FOUND_HIGHLIGHT, highlights()!.make(range));
  root.dataset.selection = doc.selectedText;
  if (document.activeElement === root) {
    sel?.removeAllRanges();
    sel?.addRange(range);
  }
  scrollWithin(el, 'center');
  return range;
}

/**
 * Bring a paragraph into view inside the document's own scrolling box only. scrollIntoView would
 * scroll every scrollable ancestor, the page included, pushing the preview's top bar off screen.
 */
function scrollWithin(el: HTMLElement, where: 'center' | 'nearest') {
  let box: HTMLElement | null = el.parentElement;
  while (box && !/(auto|scroll)/.test(getComputedStyle(box).overflowY)) box = box.parentElement;
  if (!box) return;
  const b = box.getBoundingClientRect();
  const r = el.getBoundingClientRect();
  if (where === 'nearest' && r.top >= b.top && r.bottom <= b.bottom) return;
  const delta = where === 'center' ? r.top - b.top - (b.height - r.height) / 2 : r.top < b.top ? r.top - b.top : r.bottom - b.bottom;
  box.scrollTop += delta;
}

/** Put a collapsed DOM caret at a model position (after an insert). */
function placeCaret(root: HTMLElement, caret: Caret) {
  const el = paragraphElements(root)[caret.paragraph];
  if (!el) return;
  const range = document.createRange();
  const text = el.firstChild;
  if (text && text.nodeType === Node.TEXT_NODE) range.setStart(text, Math.min(caret.offset, text.textContent?.length ?? 0));
  else range.setStart(el, 0);
  range.collapse(true);
  const sel = window.getSelection();
  sel?.removeAllRanges();
  sel?.addRange(range);
  scrollWithin(el, 'nearest');
}

/** A DOM range over the model's selection. */
function selectionRange(root: HTMLElement, doc: MemoryDocument): Range | null {
  const { start, end } = doc.selection;
  const children = paragraphElements(root);
  const a = children[start.paragraph];
  const b = children[end.paragraph] ?? a;
  if (!a) return null;
  const range = document.createRange();
  const p = domPoint(a, start.offset);
  const q = domPoint(b, end.offset);
  range.setStart(p.node, p.offset);
  range.setEnd(q.node, q.offset);
  return range;
}

export function DocumentView({ doc, label, className, focusRef, onF6 }: DocumentViewProps) {
  const ref = useRef<HTMLDivElement>(null);
  const f6 = useRef(onF6);
  f6.current = onF6;

  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    try {
      document.execCommand('defaultParagraphSeparator', false, 'p');
    } catch {
      /* older engines */
    }
    render(root, doc);

    // What the pane selected, applied as the DOM selection when the writer focuses the page.
    let pending: Range | null = null;
    const clearFound = () => {
      pending = null;
      highlights()?.registry.delete(FOUND_HIGHLIGHT);
      delete root.dataset.selection;
    };
    const onFocus = () => {
      if (!pending) return;
      const sel = window.getSelection();
      sel?.removeAllRanges();
      sel?.addRange(pending);
      pending = null;
    };
    root.addEventListener('focus', onFocus);
    if (focusRef) {
      focusRef.current = () => {
        // What the pane selected (pending), else the model's selection: set it after the focus,
        // which may itself move the caret to the page's start.
        const range = pending ?? selectionRange(root, doc);
        pending = null;
        root.focus({ preventScroll: true });
        if (range) {
          const sel = window.getSelection();
          sel?.removeAllRanges();
          sel?.addRange(range);
        }
      };
    }

    const unsubscribe = doc.subscribe((e) => {
      if (e.type === 'content') {
        clearFound();
        // Keep the DOM caret where the model has it, or the next selectionchange would move it.
        render(root, doc);
        placeCaret(root, doc.selection.end);
      } else if (e.type === 'selection' && e.source === 'host') {
        pending = showSelection(root, doc);
      } else if (e.type === 'edit') {
        clearFound();
      }
    });

    const onInput = () => {
      doc.applyEdit(readDom(root));
    };
    const onSelectionChange = () => {
      const sel = window.getSelection();
      if (!sel || sel.rangeCount === 0 || !sel.anchorNode || !sel.focusNode) return;
      const children = paragraphElements(root);
      const a = caretOf(root, children, sel.anchorNode, sel.anchorOffset);
      const f = caretOf(root, children, sel.focusNode, sel.focusOffset);
      if (!a || !f) return;
      const selected = root.querySelector(`.${SELECTED}`);
      if (selected && children.indexOf(selected as HTMLElement) !== a.paragraph) selected.classList.remove(SELECTED);
      doc.setUserSelection(a, f);
    };
    // Ctrl+Z right after a pane write (a fix, an insertion, a 撤销) takes it back as one step (the
    // model's undo entry), Ctrl+Y / Ctrl+Shift+Z does it again; after typing, the browser's own
    // undo and redo apply. F6 goes to the pane.
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key === 'F6' && !e.ctrlKey && !e.altKey && !e.metaKey && f6.current) {
        e.preventDefault();
        f6.current();
        return;
      }
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey && doc.canUndo()) {
        e.preventDefault();
        doc.undo();
      } else if (((key === 'z' && e.shiftKey) || (key === 'y' && !e.shiftKey)) && doc.canRedo()) {
        e.preventDefault();
        doc.redo();
      }
    };
    root.addEventListener('keydown', onKeyDown);
    root.addEventListener('input', onInput);
    document.addEventListener('selectionchange', onSelectionChange);
    return () => {
      unsubscribe();
      root.removeEventListener('input', onInput);
      root.removeEventListener('focus', onFocus);
      root.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('selectionchange', onSelectionChange);
      if (focusRef) focusRef.current = null;
    };
  }, [doc, focusRef]);

  return (
    <div
      ref={ref}
      className={className}
      contentEditable
      suppressContentEditableWarning
      tabIndex={0}
      role="textbox"
      aria-multiline="true"
      aria-label={label}
      spellCheck={false}
      lang="zh-CN"
      data-testid="document"
    />
  );
}
