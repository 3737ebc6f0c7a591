/**
 * The preview's document: a contenteditable page with one <p> per paragraph, bound to a
 * MemoryDocument. The DOM is managed here by hand (not by React) so typing never fights a
 * re-render: user edits flow DOM → model; host changes (insert, select) flow model → DOM.
 */
import { useEffect, useRef } from 'react';
import type { Caret, MemComment, MemoryDocument } from './memoryDocument';
import { unwrapText } from '../engine/readers/unwrap';
import { elementHeadingLevel, headingKey, htmlHeadingLevels } from './pastedHeadings';

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

/**
 * The elements that are the document's paragraphs, in order: each child of the page, except a
 * table, whose cells' paragraphs (rows, then cells, then the paragraphs of each cell) come instead
 * — the order `render` writes and `readDom` reads.
 */
export function paragraphElements(root: HTMLElement): HTMLElement[] {
  const out: HTMLElement[] = [];
  for (const c of Array.from(root.children)) {
    if (!(c instanceof HTMLElement)) continue;
    if (c instanceof HTMLTableElement) {
      for (const row of Array.from(c.rows)) for (const cell of Array.from(row.cells)) for (const b of cellBlocks(cell)) out.push(b);
    } else out.push(c);
  }
  return out;
}

/** The paragraph elements of a table cell as `render` writes them (its element children). */
function cellBlocks(cell: HTMLTableCellElement): HTMLElement[] {
  return Array.from(cell.children).filter((c): c is HTMLElement => c instanceof HTMLElement && c.tagName !== 'BR');
}

/** What a paragraph's comments show under it (data-comment, drawn by CSS: not part of the text). */
function commentLabel(comments: readonly MemComment[]): string {
  return comments.map((c) => `批注${c.quote ? `（${c.quote}）` : ''}：${c.text}`).join('\n');
}

function paragraphElement(p: MemoryDocument['paragraphs'][number], comments?: readonly MemComment[]): HTMLElement {
  const el = document.createElement('p');
  el.dataset.id = p.id;
  if (p.level > 0) {
    el.dataset.level = String(p.level);
    el.setAttribute('role', 'heading');
    el.setAttribute('aria-level', String(p.level));
  }
  if (p.text === '') el.appendChild(document.createElement('br'));
  else el.textContent = p.text;
  if (comments?.length) el.dataset.comment = commentLabel(comments);
  return el;
}

/** The model into the page: a <p> a paragraph; the paragraphs of one table as a <table> with their rows and cells. */
export function render(root: HTMLElement, doc: MemoryDocument) {
  const frag = document.createDocumentFragment();
  const notes = new Map<string, MemComment[]>();
  for (const c of doc.comments) notes.set(c.paragraphId, [...(notes.get(c.paragraphId) ?? []), c]);
  let table: { n: number; el: HTMLTableElement; row: number; tr: HTMLTableRowElement | null; column: number; td: HTMLTableCellElement | null } | null = null;
  for (const p of doc.paragraphs) {
    if (!p.cell) {
      table = null;
      frag.appendChild(paragraphElement(p, notes.get(p.id)));
      continue;
    }
    if (!table || table.n !== p.cell.table) {
      const el = document.createElement('table');
      el.appendChild(document.createElement('tbody'));
      frag.appendChild(el);
      table = { n: p.cell.table, el, row: -1, tr: null, column: -1, td: null };
    }
    if (!table.tr || table.row !== p.cell.row) {
      table.tr = document.createElement('tr');
      table.el.tBodies[0].appendChild(table.tr);
      table.row = p.cell.row;
      table.column = -1;
      table.td = null;
    }
    if (!table.td || table.column !== p.cell.column) {
      table.td = document.createElement('td');
      table.tr.appendChild(table.td);
      table.column = p.cell.column;
    }
    table.td.appendChild(paragraphElement(p, notes.get(p.id)));
  }
  root.replaceChildren(frag);
}

type DomParagraph = { id?: string; text: string; level?: number; cell?: { table: number; row: number; column: number } };

/** The text of one paragraph element as typed (see readDom). */
function elementText(node: HTMLElement): string {
  // Plain text (the paragraph as typed, or with the <br> an emptied one keeps) is read without
  // innerText, which lays out the page: on every keystroke, for every paragraph, that is what
  // made typing in a 1,000-paragraph document slow. Anything else (a line break typed inside)
  // needs innerText's line breaks.
  const plain = node.childElementCount === 0 || (node.childElementCount === 1 && node.lastElementChild?.tagName === 'BR');
  return (plain ? node.textContent ?? '' : node.innerText ?? node.textContent ?? '').replace(/\n+$/, '');
}

/**
 * A table in the page (pasted from Word or a web page, or rendered from the model) as paragraphs:
 * each cell's paragraphs (its block children, else its lines; an empty cell one empty paragraph)
 * with the cell's table number, row and column, as Word's reader gives them.
 */
function readTable(table: HTMLTableElement, n: number, out: DomParagraph[]) {
  Array.from(table.rows).forEach((row, r) => {
    let column = 0;
    for (const cell of Array.from(row.cells)) {
      const where = { table: n, row: r, column };
      column += Math.max(1, cell.colSpan || 1);
      const blocks = Array.from(cell.children).filter((c): c is HTMLElement => c instanceof HTMLElement && /^(P|DIV|H[1-6]|LI)$/.test(c.tagName));
      const parts: { id?: string; text: string; level?: number }[] = [];
      if (blocks.length > 0 && blocks.length === cellBlocks(cell).length) {
        for (const b of blocks)
          elementText(b)
            .split('\n')
            .forEach((line, i) => parts.push({ id: i === 0 ? b.dataset.id : undefined, text: line, level: b.dataset.level ? Number(b.dataset.level) : 0 }));
      } else {
        for (const line of (cell.innerText ?? cell.textContent ?? '').replace(/\n+$/, '').split('\n')) parts.push({ text: line });
      }
      if (parts.length === 0) parts.push({ text: '' });
      for (const p of parts) out.push({ ...p, text: p.text.replace(/\u00a0/g, ' ').trim() === '' ? '' : p.text, cell: { ...where } });
    }
  });
}

/**
 * Read paragraphs back from the DOM after the user typed. A paragraph element of ours carries its
 * level (data-level); one the browser pasted is a heading by its tag (<h1>…<h6>, capped at 4) or,
 * by its text, in `headings` (what the paste's HTML made headings: pastedHeadings.ts; t24 M9).
 */
export function readDom(root: HTMLElement, headings?: ReadonlyMap<string, number>): DomParagraph[] {
  const out: DomParagraph[] = [];
  readBlocks(root, { tables: 0 }, out, headings);
  return out;
}

/** The level of a paragraph element (see readDom): 0 for body text. */
function levelOf(node: HTMLElement, text: string, headings?: ReadonlyMap<string, number>): number {
  if (node.dataset.level) return Number(node.dataset.level);
  // Ours (data-id) are <p>; the browser may have merged the first pasted line into one of them.
  const tagged = node.dataset.id ? undefined : elementHeadingLevel(node);
  return tagged ?? (headings && headings.size > 0 ? headings.get(headingKey(text)) : undefined) ?? 0;
}

/** The paragraphs of `container`'s children (see readDom); a block holding a pasted table is read through. */
function readBlocks(container: HTMLElement, count: { tables: number }, out: DomParagraph[], headings?: ReadonlyMap<string, number>) {
  for (const node of Array.from(container.childNodes)) {
    if (node instanceof HTMLTableElement) {
      readTable(node, count.tables++, out);
    } else if (node instanceof HTMLElement && node.querySelector('table')) {
      readBlocks(node, count, out, headings);
    } else if (node instanceof HTMLElement) {
      const text = elementText(node);
      // A pasted block with line breaks becomes several paragraphs (a PDF's hard wraps joined first).
      const lines = (text.includes('\n') ? unwrapText(text) : text).split('\n');
      const level = lines.length === 1 ? levelOf(node, text, headings) : node.dataset.level ? Number(node.dataset.level) : 0;
      lines.forEach((line, i) =>
        out.push({
          id: i === 0 ? node.dataset.id : undefined,
          text: line,
          level,
        }),
      );
    } else if (node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '') {
      out.push({ text: node.textContent ?? '' });
    }
  }
}

/** Paragraph index and text offset of a DOM position inside the page, or null outside it. */
function caretOf(root: HTMLElement, children: HTMLElement[], node: Node, offset: number): Caret | null {
  if (!root.contains(node)) return null;
  if (node === root) {
    const i = Math.min(offset, children.length - 1);
    return i >= 0 ? { paragraph: i, offset: offset >= children.length ? (children[i].textContent ?? '').length : 0 } : null;
  }
  let el: Node | null = node;
  while (el && el !== root && !children.includes(el as HTMLElement)) el = el.parentNode;
  if (!el || el === root) return null;
  const paragraph = children.indexOf(el as HTMLElement);
  if (paragraph < 0) return null;
  const range = document.createRange();
  range.setStart(el, 0);
  range.setEnd(node, offset);
  return { paragraph, offset: range.toString().length };
}

/**
 * The window's selection as carets in the page (anchor `a`, focus `f`: paragraph index and UTF-16
 * offset) with the page's paragraph elements, or null when there is none or it lies outside the page.
 */
function selectionCarets(root: HTMLElement): { a: Caret; f: Caret; children: HTMLElement[] } | null {
  const sel = window.getSelection();
  if (!sel || sel.rangeCount === 0 || !sel.anchorNode || !sel.focusNode) return null;
  const children = paragraphElements(root);
  const a = caretOf(root, children, sel.anchorNode, sel.anchorOffset);
  const f = caretOf(root, children, sel.focusNode, sel.focusOffset);
  return a && f ? { a, f, children } : null;
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
      if (e.type === 'comments') {
        // Only the comment marks change: the paragraphs and the caret stay as they are.
        // By index: the model is read from the page one element a paragraph (a pasted paragraph's
        // element has no data-id until the page is drawn again).
        const model = doc.paragraphs;
        paragraphElements(root).forEach((el, i) => {
          const shown = commentLabel(model[i] ? doc.commentsOn(model[i].id) : []);
          if (shown) el.dataset.comment = shown;
          else delete el.dataset.comment;
        });
      } else if (e.type === 'content') {
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

    // The heading levels of the HTML the browser is pasting (onPaste → the input it makes).
    let pastedHeadings: Map<string, number> | undefined;
    const onInput = (e: Event) => {
      const pasted = (e as InputEvent).inputType === 'insertFromPaste';
      const headings = pasted ? pastedHeadings : undefined;
      pastedHeadings = undefined;
      doc.applyEdit(readDom(root, headings));
      // A paste that brought a table or headings is drawn again from the model, so that the page's
      // paragraph elements are the model's, one for one (selection, highlight and caret go by
      // index), and a heading keeps its level (data-level) when typed in later.
      if (pasted && (root.querySelector('table, h1, h2, h3, h4, h5, h6') || (headings && headings.size > 0))) {
        const sel = window.getSelection();
        const caret = sel && sel.focusNode ? caretOf(root, paragraphElements(root), sel.focusNode, sel.focusOffset) : null;
        render(root, doc);
        placeCaret(root, caret ?? doc.selection.end);
      }
    };
    // Plain text with line breaks is pasted through the model, drawn once: Chromium's own paste
    // into a page of <p> paragraphs is quadratic in the lines (30K characters froze it 18 s). A
    // paste bringing a table, one line, or a selection touching a table stays the browser's.
    const onPaste = (e: ClipboardEvent) => {
      const data = e.clipboardData;
      if (!data || e.defaultPrevented) return;
      const html = data.getData('text/html');
      // Headings the HTML carries (a styled .docx from Word: <h1>, 标题 1 classes), kept by either path (t24 M9).
      const headings = html ? htmlHeadingLevels(html) : undefined;
      pastedHeadings = headings;
      if (/<table[\s>]/i.test(html)) return;
      const text = data.getData('text/plain');
      if (!/[\r\n]/.test(text)) return;
      const at = selectionCarets(root);
      if (!at) return;
      // The model is the page (read back on every input); the selection event may still be queued.
      doc.setUserSelection(at.a, at.f);
      if (doc.pasteText(text, headings)) {
        pastedHeadings = undefined;
        e.preventDefault();
      }
    };
    const onSelectionChange = () => {
      const at = selectionCarets(root);
      if (!at) return;
      const selected = root.querySelector(`.${SELECTED}`);
      if (selected && at.children.indexOf(selected as HTMLElement) !== at.a.paragraph) selected.classList.remove(SELECTED);
      doc.setUserSelection(at.a, at.f);
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
    root.addEventListener('paste', onPaste);
    document.addEventListener('selectionchange', onSelectionChange);
    return () => {
      unsubscribe();
      root.removeEventListener('input', onInput);
      root.removeEventListener('paste', onPaste);
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
