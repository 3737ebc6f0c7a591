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

/** Problems and instances of the kind a material's inline items hold (for the typed-material shapes). */
const FAULTS = [
  '理论学习不够深入系统，满足于读原文、记笔记，学用结合不够紧密',
  '调查研究不够扎实，下基层次数不少但解决实际问题不多，习惯于听汇报、看材料',
  '担当作为不够有力，面对改革发展中的难题存在畏难情绪，缺乏攻坚克难的闯劲',
  '联系服务群众不够经常，对群众反映的急难愁盼问题跟踪督办不够',
  '落实全面从严治党责任不够到位，对分管领域的监督管理失之于宽、失之于软',
];
const INSTANCES = [
  '比如，今年参加中心组集体学习12次，但结合分管工作撰写心得体会仅2篇。',
  '比如：全年到基层调研8次，形成的调研报告只有1篇，提出的对策建议针对性不强。',
  '比如在推进老旧小区改造中，对资金缺口问题研究不深，导致3个项目进度滞后。',
  '比如，2025年信访件办理中，有5件群众反映的问题办理时限超过规定。',
  '比如对个别干部苗头性、倾向性问题提醒谈话不及时。',
];

/** One paragraph of inline items 一是…二是…三是…, each with a 比如 instance (the seed `i` varies them). */
function inlineItems(i: number): string {
  return [0, 1, 2].map((j) => `${CN[j]}是${FAULTS[(i + j) % FAULTS.length]}。${INSTANCES[(i + 2 * j) % INSTANCES.length]}`).join('');
}

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

/**
 * Sections of a heading line and body paragraphs until the text reaches `chars`: about `count`
 * sections whatever the size (each body has as many paragraphs as that takes; one at least).
 */
function sections(chars: number, head: (i: number) => string, para: (i: number, j: number) => string, count = 200): string {
  const per = Math.max(1, Math.ceil(chars / count / (para(0, 0).length + 1)));
  return fill(chars, (i) => [head(i), ...Array.from({ length: per }, (_, j) => para(i, j))].join('\n'), '\n');
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
  // Concrete measures with empty 责任人/完成时限 cells: every row a table-gap finding (each row's
  // cells once looked up by a pass over the whole document: quadratic).
  {
    name: 'checklist rows with empty cells',
    make: (chars) =>
      '一、存在的主要问题\n一是学习不够，比如全年只读了2本书。\n二、原因分析\n理想信念有所松懈，对理论学习的重要性认识不足，满足于读文件、听报告。\n三、整改措施\n| 序号 | 问题 | 整改措施 | 责任人 | 完成时限 |\n|---|---|---|---|---|\n' +
      fill(chars, (i) => `| ${i + 1} | 学习不够 | 每月学习${(i % 9) + 1}次 |  |  |`, '\n'),
  },
  // Many small 整改清单 tables restating the material: each was compared with the whole material
  // (and a measure's text over them held thousands of overlapping commitments, each compared with each).
  {
    name: 'restated checklist tables',
    make: (chars) =>
      '一、存在的主要问题\n一是学习不够深入系统。\n二、原因分析\n理想信念有所松懈。\n三、整改措施\n一是每月学习2次。\n' +
      fill(chars, (i) => `\n| 序号 | 问题 | 整改措施 | 责任人 | 完成时限 |\n|---|---|---|---|---|\n| 1 | 学习不够深入系统 | 每月学习2次 | 本人 | 年底前 |\n\n段落${i}`, '\n'),
  },
  // A realistic material typed without part headings (a new user's trial: 45 MB above the baseline at
  // 0.94 MB): aspect headings with no 存在的主要问题 part, their bodies paragraphs of inline 一是…二是…
  // items, each item with a 比如 instance, repeated to size. Up to some 200 aspects whatever the size
  // (more top-level sections are no list of aspects, outline.ts MAX_IMPLICIT_CANDIDATES: the
  // material's cost is in its aspects' items). Close variants: run-in aspect headings (一是在…方面，…),
  // and （一）… sub-items under each aspect.
  {
    name: 'aspects with inline items and instances',
    make: (chars, k = 0) => sections(chars, (i) => `${CN[i % 10]}、${ASPECTS[(i + k) % 5]}`, (i, j) => inlineItems(i + j + k)),
  },
  {
    name: 'run-in aspect headings with instances',
    make: (chars, k = 0) =>
      sections(
        chars,
        (i) => `${CN[i % 5]}是${ASPECTS[(i + k) % 5]}，${FAULTS[(i + k) % FAULTS.length]}。${INSTANCES[i % INSTANCES.length]}`,
        (i, j) => `同时，${FAULTS[(i + j + k + 2) % FAULTS.length]}。${INSTANCES[(i + j + 3) % INSTANCES.length]}`,
      ),
  },
  {
    name: 'aspects with sub-items and instances',
    make: (chars, k = 0) =>
      sections(chars, (i) => `${CN[i % 10]}、${ASPECTS[(i + k) % 5]}`, (i, j) => `（${CN[j % 10]}）${FAULTS[(i + j + k) % FAULTS.length].split('，')[0]}。${inlineItems(i + j + k)}`),
  },
  {
    // Problems and measures all naming one institution (请示报告): every problem claimed every measure
    // naming it, a check in time and memory of their product (link.ts hitsOf caps it).
    name: 'problems and measures naming one institution',
    make: (chars, k = 0) =>
      '一、存在的问题\n（一）带头强化政治忠诚、提高政治能力方面\n' +
      fill(chars >> 1, (i) => `${(i % 9) + 1}.请示报告制度执行不严格，第${i + k}项重大事项未请示。`, '\n') +
      '\n二、原因分析\n理想信念有所松懈。\n三、整改措施\n' +
      fill(chars >> 1, (i) => `（${i + 1}）建立分管领域请示报告台账，第${i + k}项每月检查1次。`, '\n'),
  },
  // A 整改清单 pasted from a PDF with its columns spaced apart (spaced-table.ts), wrapped cell text
  // between its rows; prose lines of many double spaces; tab rows with empty cells; and problems
  // each followed by its instance and a new shortfall sentence (a cut at each, outline.ts).
  {
    name: 'spaced checklist rows',
    make: (chars, k = 0) =>
      '三、整改措施\n序号  问题  整改措施  责任人  完成时限\n' + fill(chars, (i) => `${i + 1}  学习不深  每月学习${(i + k) % 9}次，  本人  2026年上半年前\n续写的措施文字`, '\n'),
  },
  { name: 'double-space prose lines', make: (chars, k = 0) => fill(chars, (i) => `${(i + k) % 3 ? '学习不够' : '1'}  比如  只学了${i % 9}次  `, '\n') },
  { name: 'tab rows with empty cells', make: (chars) => '序号\t问题\t整改措施\t责任人\t完成时限\n' + fill(chars, (i) => `${i + 1}\t\t每月学习2次\t\t`, '\n') },
  {
    name: 'a shortfall sentence after each instance',
    make: (chars, k = 0) => '一、存在的主要问题\n（一）在理论学习方面\n' + fill(chars, (i) => `${FAULTS[(i + k) % FAULTS.length].slice(0, 12)}不够。比如全年只学了${i % 9}次。`),
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

/** A hostile embedded part (issue 12: RTF and MHT altChunks): a name and a builder for about `bytes` bytes. */
export interface ByteShape {
  name: string;
  kind: 'rtf' | 'mht';
  make(bytes: number): Uint8Array;
}

const ascii = (s: string): Uint8Array => new TextEncoder().encode(s);

/** RTF and MHT shapes aimed at the readers' loops: floods of groups, escapes, control words, boundaries. */
export const CHUNK_SHAPES: ByteShape[] = [
  { name: 'rtf: open braces', kind: 'rtf', make: (n) => ascii('{\\rtf1 ' + '{'.repeat(n)) },
  { name: 'rtf: close braces', kind: 'rtf', make: (n) => ascii('{\\rtf1 ' + '}'.repeat(n)) },
  { name: 'rtf: nested groups with text', kind: 'rtf', make: (n) => ascii('{\\rtf1 ' + '{\\b x'.repeat(n >> 5) + '}'.repeat(n >> 5)) },
  { name: 'rtf: hex escapes', kind: 'rtf', make: (n) => ascii('{\\rtf1\\ansicpg936 ' + "\\'d6\\'d0".repeat(n >> 3) + '}') },
  { name: 'rtf: unicode with fallbacks', kind: 'rtf', make: (n) => ascii('{\\rtf1\\uc2 ' + "\\u20013\\'d6\\'d0".repeat(n >> 4) + '}') },
  { name: 'rtf: long control word', kind: 'rtf', make: (n) => ascii('{\\rtf1 \\' + 'a'.repeat(n) + '}') },
  { name: 'rtf: long parameter', kind: 'rtf', make: (n) => ascii('{\\rtf1 \\u' + '9'.repeat(n) + ' x}') },
  { name: 'rtf: paragraph flood', kind: 'rtf', make: (n) => ascii('{\\rtf1 ' + '\\par '.repeat(n / 5) + '}') },
  { name: 'rtf: short paragraphs', kind: 'rtf', make: (n) => ascii('{\\rtf1 ' + 'x\\par '.repeat(n / 6) + '}') },
  { name: 'rtf: backslash flood', kind: 'rtf', make: (n) => ascii('{\\rtf1 ' + '\\'.repeat(n) + '}') },
  { name: 'rtf: ignorable destinations', kind: 'rtf', make: (n) => ascii('{\\rtf1 ' + '{\\*\\x '.repeat(n >> 3) + '}') },
  { name: 'rtf: font table flood', kind: 'rtf', make: (n) => ascii('{\\rtf1{\\fonttbl' + '{\\f1\\fcharset134 x;}'.repeat(n / 21) + '}x}') },
  { name: 'rtf: huge \\bin', kind: 'rtf', make: (n) => ascii('{\\rtf1 \\bin99999999999 ' + 'x'.repeat(n) + '}') },
  { name: 'rtf: table cell flood', kind: 'rtf', make: (n) => ascii('{\\rtf1 \\intbl ' + 'a\\cell '.repeat(n / 7) + '\\row}') },
  {
    name: 'mht: boundary flood',
    kind: 'mht',
    make: (n) => ascii('MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n' + '--b\r\n'.repeat(n / 5)),
  },
  {
    name: 'mht: near-boundary lines',
    kind: 'mht',
    make: (n) => ascii('Content-Type: multipart/related; boundary="bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"\r\n\r\n' + '-'.repeat(n)),
  },
  { name: 'mht: header flood', kind: 'mht', make: (n) => ascii('Content-Type: text/html\r\n' + 'X-A: b\r\n'.repeat(n / 8) + '\r\n<p>x</p>') },
  { name: 'mht: folded header', kind: 'mht', make: (n) => ascii('Content-Type: text/html;\r\n' + ' a=b;\r\n'.repeat(n / 7) + '\r\n<p>x</p>') },
  {
    name: 'mht: quoted-printable flood',
    kind: 'mht',
    make: (n) => ascii('Content-Type: text/html; charset=gbk\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n' + '=D6=D0=\r\n'.repeat(n / 9)),
  },
  {
    name: 'mht: equals flood',
    kind: 'mht',
    make: (n) => ascii('Content-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n' + '='.repeat(n)),
  },
  {
    name: 'mht: nested multiparts',
    kind: 'mht',
    make: (n) => ascii('Content-Type: multipart/related; boundary=a\r\n\r\n' + '--a\r\nContent-Type: multipart/mixed; boundary=a\r\n\r\n'.repeat(n / 50)),
  },
];
