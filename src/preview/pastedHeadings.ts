/**
 * The heading levels a pasted HTML fragment carries (t24 M9: a styled .docx pasted from Word lost
 * its heading styles in the preview — 11 unstyled-heading hints against 1 from the CLI on the same
 * file — because the preview pasted the plain text, or read the browser's <h1>/<h2> as body text).
 * Read from the clipboard's HTML: <h1>…<h6>; Word's paragraphs whose class is a heading style in
 * the fragment's style sheet (mso-style-name "标题 1" / "heading 1", or mso-outline-level); an
 * inline mso-outline-level. DOM only (DOMParser): no layout, linear in the fragment.
 */
import { headingLevelOfName } from '../engine/readers/docx-styles';

/** The deepest level the preview's paragraphs hold (MemoryDocument: 0 = body text, 1…4 headings). */
const MAX_LEVEL = 4;

/** A paragraph's text as a key: whitespace left out (HTML source wraps lines; the page collapses them). */
export function headingKey(text: string): string {
  return text.replace(/[\s\u00a0\u3000]+/g, '');
}

/** 1…9 from an mso-outline-level in CSS text, else undefined (Word writes 1 for Heading 1). */
function outlineLevel(css: string): number | undefined {
  const m = /mso-outline-level\s*:\s*["']?([1-9])\b/i.exec(css);
  return m ? Number(m[1]) : undefined;
}

/**
 * Class name → heading level (1…9) from a fragment's style sheets (Word's clipboard HTML keeps its
 * style definitions: `p.a3, li.a3, div.a3 {mso-style-name:"标题 1"; … mso-outline-level:1;}`).
 */
export function headingClasses(css: string): Map<string, number> {
  const out = new Map<string, number>();
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const m of text.matchAll(/([^{}@]+)\{([^{}]*)\}/g)) {
    const body = m[2];
    const name = /mso-style-name\s*:\s*["']?([^;"']+)/i.exec(body)?.[1];
    const level = (name !== undefined ? headingLevelOfName(name) : undefined) ?? outlineLevel(body);
    if (level === undefined) continue;
    for (const selector of m[1].split(',')) {
      const cls = /^\s*(?:p|li|div|h[1-6])?\.([\w-]+)\s*$/i.exec(selector)?.[1];
      if (cls && !out.has(cls)) out.set(cls, level);
    }
  }
  return out;
}

/**
 * The heading level (1…4; deeper ones as 4) an element of pasted HTML stands for, else undefined:
 * its tag (<h2> → 2), an inline mso-outline-level, or a class `classes` maps to a heading style.
 */
export function elementHeadingLevel(el: Element, classes?: ReadonlyMap<string, number>): number | undefined {
  const tag = /^H([1-6])$/.exec(el.tagName.toUpperCase());
  let level = tag ? Number(tag[1]) : outlineLevel(el.getAttribute('style') ?? '');
  if (level === undefined && classes && classes.size > 0) {
    for (const c of Array.from(el.classList)) {
      level = classes.get(c);
      if (level !== undefined) break;
    }
  }
  return level === undefined ? undefined : Math.min(level, MAX_LEVEL);
}

/**
 * The headings of a pasted HTML fragment: each heading paragraph's key (headingKey of its text) →
 * its level (1…4). Paragraphs in table cells are left out (a cell is never a part heading). Empty
 * when the fragment has none, or there is no DOMParser.
 */
export function htmlHeadingLevels(html: string): Map<string, number> {
  const out = new Map<string, number>();
  if (!html || typeof DOMParser === 'undefined') return out;
  const page = new DOMParser().parseFromString(html, 'text/html');
  const classes = headingClasses(Array.from(page.querySelectorAll('style')).map((s) => s.textContent ?? '').join('\n'));
  for (const el of Array.from(page.body.querySelectorAll('h1,h2,h3,h4,h5,h6,p,div,li'))) {
    if (el.closest('td,th')) continue;
    const level = elementHeadingLevel(el, classes);
    if (level === undefined) continue;
    const key = headingKey(el.textContent ?? '');
    if (key && !out.has(key)) out.set(key, level);
  }
  return out;
}
