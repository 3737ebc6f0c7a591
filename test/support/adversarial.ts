/**
 * Adversarial text shapes for the robustness property test and `npm run bench`: inputs built to hit
 * super-linear steps (regex backtracking, walks from every heading to the end of the document,
 * nested numbering, floods of one character). Each shape makes a text of about `chars` UTF-16 units
 * from a seed (`k`, 0..) so a generator can vary its details while its size is chosen exactly.
 */

/** An adversarial text shape: a name and a builder for a text of about `chars` units. */
export interface Shape {
  name: string;
  make(chars: number, k?: number): string;
}

const ASPECTS = [
  '在带头深刻感悟“两个确立”的决定性意义方面',
  '在带头践行以人民为中心的发展思想方面',
  '在带头严格落实全面从严治党政治责任方面',
  '在带头学习运用党在不同历史时期成功应对风险挑战的丰富经验方面',
  '在带头增强党性、提高工作本领方面',
];
const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const ITEM = '理论学习不够深入，学用结合不够紧密，比如对新思想的学习停留在读原文、记笔记上。';

/** Repeat `unit(i)` until the text reaches `chars`. */
function fill(chars: number, unit: (i: number) => string, sep = ''): string {
  const out: string[] = [];
  let n = 0;
  for (let i = 0; n < chars; i++) {
    const u = unit(i);
    out.push(u);
    n += u.length + sep.length;
  }
  return out.join(sep);
}

export const SHAPES: Shape[] = [
  {
    // Aspect headings and their items with no 存在的主要问题 part: each aspect used to read to the end.
    name: 'aspects without a problems part',
    make: (chars, k = 0) =>
      fill(chars, (i) => `${CN[i % 10]}、${ASPECTS[(i + k) % 5]}\n一是${ITEM}\n二是${ITEM}`, '\n') + '\n二、原因分析\n理想信念有所松懈。\n三、整改措施\n加强学习。',
  },
  { name: 'aspect headings only', make: (chars, k = 0) => fill(chars, (i) => `（${CN[(i + k) % 10]}）${ASPECTS[i % 5]}`, '\n') },
  { name: 'part headings repeated', make: (chars) => fill(chars, (i) => ['一、存在的主要问题', '二、原因分析', '三、整改措施'][i % 3], '\n') },
  { name: 'one long line of prose', make: (chars) => fill(chars, () => ITEM) },
  { name: 'one long line, no punctuation', make: (chars) => '一、' + '学'.repeat(chars) },
  {
    name: 'deep nesting',
    make: (chars, k = 0) => fill(chars, (i) => ['一、', '（一）', '1.', '（1）', '①', '一是', '第一，', '# '][(i + k) % 8] + ITEM.slice(0, 8 + (i % 9)), '\n'),
  },
  { name: 'pipe run', make: (chars) => '|'.repeat(chars) },
  { name: 'pipe rows with a remark', make: (chars) => fill(chars, () => '| 一 | 二 | 备注', '\n') },
  { name: 'pipe row with a remark, one line', make: (chars) => fill(chars, () => '| 一 | 二 | 备注') },
  { name: 'pipe rule flood', make: (chars) => '|' + fill(chars, () => ' :---- |') + 'x' },
  { name: 'dash run in a row', make: (chars) => '| ' + '-'.repeat(chars) + ' |x' },
  {
    name: 'pipe table',
    make: (chars) => '| 序号 | 问题 | 整改措施 | 责任人 | 完成时限 |\n|---|---|---|---|---|\n' + fill(chars, (i) => `| ${i + 1} | ${ITEM} | 加强学习 | 本人 | 年底前 |`, '\n'),
  },
  { name: 'inline marker flood', make: (chars, k = 0) => fill(chars, (i) => `${CN[(i + k) % 10]}是学习不够；`) },
  { name: 'paren marker flood', make: (chars) => fill(chars, (i) => `（${CN[i % 10]}）`) },
  { name: 'numbered line flood', make: (chars) => fill(chars, (i) => `${(i % 99) + 1}.`, '\n') },
  { name: 'blank flood', make: (chars) => '\n'.repeat(chars) },
  // Tiny-paragraph floods (the memory target): a paragraph object per one or two characters of input.
  { name: 'one-character lines', make: (chars, k = 0) => fill(chars, (i) => ITEM[(i + k) % ITEM.length], '\n') },
  { name: '"一是" flood', make: (chars) => fill(chars, () => '一是', '\n') },
  { name: 'blank lines between text', make: (chars, k = 0) => fill(chars, (i) => (i % (20 + k) === 0 ? ITEM : ''), '\n') },
  { name: 'space flood', make: (chars) => ' '.repeat(chars >> 1) + '\u3000'.repeat(chars >> 1) },
  { name: 'emphasis flood', make: (chars) => '**'.repeat(chars >> 1) + 'x' },
  { name: 'heading mark flood', make: (chars) => fill(chars, () => '#'.repeat(7) + ' ', '\n') },
  { name: 'quote flood', make: (chars) => fill(chars, () => '“‘「『') },
  { name: 'bracket flood', make: (chars) => '（'.repeat(chars >> 1) + '）'.repeat(chars >> 1) },
  { name: 'placeholder flood', make: (chars) => fill(chars, (i) => `${(i % 9) + 1}.……（写明具体措施`, '\n') },
  { name: 'closing formula flood', make: (chars) => fill(chars, () => '以上对照检查，不妥之处，请同志们批评指正。', '\n') },
  { name: 'repeated sentences', make: (chars) => '一、存在的主要问题\n' + fill(chars, () => ITEM, '\n') + '\n二、原因分析\n' + fill(chars >> 2, () => ITEM, '\n') },
  { name: 'comma run inside a sentence', make: (chars) => `一、存在的主要问题\n一是${'，'.repeat(chars)}学习不够\n二、原因分析\n${'；'.repeat(chars >> 2)}x` },
  { name: 'inner ideographic space run', make: (chars) => `一、${'\u3000'.repeat(chars)}存在的主要问题。\n${'　'.repeat(chars >> 1)}x` },
  { name: 'colon run in a heading', make: (chars) => `（一）在学习方面${'：'.repeat(chars)}一是` },
  { name: 'control characters', make: (chars) => fill(chars, (i) => String.fromCharCode((i % 31) + 1) + '学\u202e\u0085\u001b[2J') },
];
