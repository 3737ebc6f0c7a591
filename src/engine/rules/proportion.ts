import type { Rule } from '../rule';
import type { Outline, PartRole } from '../types';
import { messages } from '../messages';
import { forEachBodyPiece } from '../outline';

/** Below this share of problems and causes in the three main parts, the finding is made. */
const MIN_SHARE = 0.5;

/** What countPiece adds to (module state: no closure a call). */
let counted = 0;
const countPiece = (piece: string) => {
  counted += nonSpaceLength(piece);
};

/**
 * Characters of the parts of `role`, white space left out. Counted piece by piece (outline.ts
 * forEachBodyPiece): a part's body is its pieces joined by line breaks, which are white space.
 */
function length(outline: Outline, role: PartRole): number {
  counted = 0;
  for (const p of outline.parts) if (p.role === role) forEachBodyPiece(p.node, countPiece);
  return counted;
}

/**
 * UTF-16 units of `s` that are not white space as JavaScript's \s defines it (the length of
 * s.replace(/\s/g, ''), counted without building that copy of a whole part).
 */
export function nonSpaceLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // Every \s unit is U+0009–U+000D, U+0020, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029,
    // U+202F, U+205F, U+3000 or U+FEFF: most text (CJK above U+3000) is decided by the first test.
    if (c > 0x3000 ? c === 0xfeff : c <= 0x20 ? c === 0x20 || (c >= 0x09 && c <= 0x0d) : c >= 0xa0 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000)) n--;
  }
  return n;
}

/**
 * Problems and causes should be the bulk of a material; measures written longer than both
 * together suggest the self-examination is thin.
 * before: 问题 600 字、原因 150 字、措施 1200 字   after: 问题与原因写深写透，占材料主体
 */
export const proportion: Rule = {
  id: 'proportion',
  severity: 'info',
  description: '查摆问题和剖析原因的篇幅偏少，不到问题、原因、措施三部分的一半。',
  advice: '问题和原因应是材料的主体，要写深写透；整改措施简明可行即可。',
  example: { before: '问题 600 字、原因 150 字、措施 1200 字', after: '问题 1500 字、原因 900 字、措施 800 字' },
  run({ outline }, report) {
    const measures = outline.parts.find((p) => p.role === 'measures');
    if (!measures || !outline.parts.some((p) => p.role === 'problems')) return;
    // Measures written under each aspect (整改措施： below 问题：): the problems part holds them, no
    // separate length to weigh.
    if (outline.parts.some((p) => p.role === 'problems' && p.node === measures.node)) return;
    const own = length(outline, 'problems') + length(outline, 'causes');
    const m = length(outline, 'measures');
    if (own + m > 0 && own / (own + m) < MIN_SHARE) report({ paragraph: measures.node.paragraph, message: messages.proportion(own, m) });
  },
};
