import type { Rule } from '../rule';
import { fixText, messages } from '../messages';
import { textEdit } from '../fix';
import data from '../formulations.json';
import { effectiveText } from '../outline';
import { nearFormulationMatches } from '../formulation-near';
import { clearList } from '../collections';

interface Formulation {
  /** The wrong form, matched where the combined pattern found it (sticky: its look-arounds see the paragraph). */
  at: RegExp;
  /** The standard form; $1… take the wrong form's groups. */
  right: string;
}

const FORMULATIONS: Formulation[] = data.formulations.map((f) => ({ at: new RegExp(f.wrong, 'y'), right: f.right }));

/** The formulation whose wrong form is `written` at `index` of `text`, with the standard form it stands for. */
function wrongAt(text: string, index: number, written: string): string | undefined {
  for (const f of FORMULATIONS) {
    f.at.lastIndex = index;
    const m = f.at.exec(text);
    if (m && m[0].length === written.length) return f.right.replace(/\$(\d)/g, (_, d: string) => m[Number(d)] ?? '');
  }
  return undefined;
}
/**
 * All wrong forms in one pattern: a paragraph with none of them costs one scan. A form with a
 * look-behind gives its `find` (what it starts with, no look-around) here, and is itself checked
 * only where that is found (wrongAt): a look-behind among the alternatives made V8 try the whole
 * pattern at every position of every paragraph (some 27 ms a 200-material folder).
 */
const ANY_SOURCES = (data.formulations as { wrong: string; find?: string }[]).map((f) => f.find ?? f.wrong);
/** Every form's pattern (exported for tests: scanPatternFor must find what it finds). */
export const ANY = new RegExp(ANY_SOURCES.map((s) => `(?:${s})`).join('|'), 'g');

/**
 * What a pattern that starts with any Chinese characters ([\u4e00-\u9fff]{2}意识) must hold: its
 * literal tail (意识); undefined for any other pattern.
 */
export function anyHanGate(source: string): string | undefined {
  return /^\[\\u4e00-\\u9fff\]\{\d+\}([\u4e00-\u9fff]+)$/.exec(source)?.[1];
}
/** The literals the any-Chinese forms need (anyHanGate). */
const GATES = [...new Set(ANY_SOURCES.map(anyHanGate).filter((g): g is string => g !== undefined))];
/**
 * ANY without the forms that start with any Chinese characters: those made V8 try the whole
 * pattern at every Chinese character. A paragraph holding none of GATES cannot match them, so this
 * finds there exactly what ANY finds (same matches, same order).
 */
const ANY_UNGATED = new RegExp(
  ANY_SOURCES.filter((s) => anyHanGate(s) === undefined)
    .map((s) => `(?:${s})`)
    .join('|'),
  'g',
);

/** The pattern to scan `text` with: ANY where it holds an any-Chinese form's literal, else ANY_UNGATED. */
export function scanPatternFor(text: string): RegExp {
  for (const g of GATES) if (text.includes(g)) return ANY;
  return ANY_UNGATED;
}

/**
 * The wrong forms found in one paragraph, [start, end) offsets: one list kept between paragraphs
 * (read by nearFormulationMatches before the next), not a fresh one a paragraph.
 */
const foundScratch: Array<[number, number]> = [];

/**
 * Standard formulations written wrongly (以习近平同志为核心的党中央, 一岗双责, 四个意识 …). The
 * finding points at the wrong wording; its fix replaces exactly that wording by the standard one.
 * before: 紧密团结在以习近平总书记为核心的党中央周围   after: 紧密团结在以习近平同志为核心的党中央周围
 * Also any long standard formulation misspelled by one character (formulation-near.ts):
 * before: 深入学习习近平新世代中国特色社会主义思想     after: 深入学习习近平新时代中国特色社会主义思想
 * (a character replaced, dropped, added, or two adjacent ones swapped), with the same fix when the
 * near miss has one reading (no overlapping near miss of another form that would read it otherwise).
 */
export const formulation: Rule = {
  id: 'formulation',
  severity: 'warning',
  description: '规范表述写得不准确（如“以习近平同志为核心的党中央”“一岗双责”“四个意识”）。',
  advice: '规范表述要与中央文件一字不差，审阅时会逐字核对。',
  example: { before: '紧密团结在以习近平总书记为核心的党中央周围', after: '紧密团结在以习近平同志为核心的党中央周围' },
  run({ input }, report) {
    for (const p of input.paragraphs) {
      const text = effectiveText(p);
      const scan = scanPatternFor(text);
      scan.lastIndex = 0;
      const found = foundScratch;
      clearList(found);
      for (let m = scan.exec(text); m; m = scan.exec(text)) {
        const written = m[0];
        // What a form's `find` found where its `wrong` does not hold ("四个意思明确") is no finding.
        const right = wrongAt(text, m.index, written);
        if (right === undefined) continue;
        found.push([m.index, m.index + written.length]);
        const edit = textEdit(p, m.index, written.length, right);
        report({
          paragraph: p.index,
          message: messages.formulation(written, right),
          start: m.index,
          length: written.length,
          ...(edit ? { fix: { label: fixText.replaceWith(right), edits: [edit] } } : {}),
        });
      }
      // One character off a long standard formulation (formulation-near.ts).
      // Its fix replaces exactly the misspelt words, where that is the only reading of the place.
      // An index loop: the list is often the shared frozen empty one, and iterating two kinds of
      // array with for…of built an iterator a paragraph.
      const near = nearFormulationMatches(text, found);
      for (let k = 0; k < near.length; k++) {
        const n = near[k];
        const edit = n.unambiguous ? textEdit(p, n.start, n.written.length, n.right) : undefined;
        report({
          paragraph: p.index,
          message: messages.formulation(n.written, n.right),
          start: n.start,
          length: n.written.length,
          ...(edit ? { fix: { label: fixText.replaceWith(n.right), edits: [edit] } } : {}),
        });
      }
    }
  },
};
