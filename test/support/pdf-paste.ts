/**
 * Text as a PDF page lays it out, for the tests of joining hard-wrapped lines back (readers/unwrap,
 * word/unwrapped, the line map of places.ts): long problem items written for these tests, and a cut
 * into lines of a fixed width.
 */

/** `text` cut into lines of `width` characters, as a PDF page does. */
export function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += width) out.push(text.slice(i, i + width));
  return out;
}

/** Three long problem items (each well past a PDF line's width). */
export const LONG_ITEMS = [
  '理论学习不够深入系统，满足于读原文、记笔记，学用结合不够紧密，比如对新思想的学习停留在会议传达上，没有结合分管工作深入思考。',
  '调查研究不够扎实，到基层调研次数不多，听汇报多、看现场少，比如今年到分管单位调研仅3次，对群众反映的问题了解不深不透。',
  '担当作为不够有力，面对矛盾问题有时畏难，比如对历史遗留的信访积案推进缓慢，协调有关部门时缺乏一抓到底的韧劲和办法。',
] as const;
