/**
 * Text shared between the materials of a folder (sentences.ts sharedBetween), by folder size:
 * near-copies of one material are named with a high share whatever the folder's size, and
 * materials written independently to the same notice — sharing its aspect titles, the Party's fixed
 * formulations and the template's vocabulary — are never named.
 */
import { analyze } from '../../src/engine';
import { getTemplate } from '../../src/engine/template';
import { copyGroups, longSentences, sharedBetween, sharedBetweenListed, SHARE_FOLDER } from '../../src/engine/sentences';
import { seededRandom } from '../support/random';
import { textDoc } from '../support/docs';

const TEMPLATE = getTemplate('five-aspects-2021')!;

/** Short clauses of the problems writers list (none of 8 characters or more: independent writers share no window by them). */
const CLAUSES = [
  '理论学习不深', '学用结合不紧', '调研不够深入', '办法不多', '落实不力', '标准不高', '作风不实', '主动性不强',
  '担当不够', '创新不足', '服务意识淡化', '联系群众少', '督促检查少', '统筹不够', '谋划不细', '推进缓慢',
  '遇事绕着走', '满足于现状', '跟踪问效少', '听汇报多', '到一线少', '重部署', '轻落实', '重显绩',
  '效果不佳', '有畏难情绪', '斗争本领弱', '风险意识淡', '预判不足', '处置迟缓', '监督偏软', '提醒不及时',
  '廉政教育少', '警示不够', '制度执行松', '台账不全', '数据不准', '研判不够', '协调不畅', '责任压得不实',
  '会议偏多', '文件偏长', '基层负担重', '回应关切慢', '诉求办理慢', '满意度不高', '短板明显', '后劲不足',
  '项目进度慢', '招商成效差', '营商环境待优化', '审批环节多', '政策宣传少', '学习笔记少', '发言照本宣科',
  '心得体会浅', '研讨不深入', '批评辣味不足', '自我要求放松', '廉洁防线松动',
];

/**
 * The fixed wording any writer of this notice may write as a sentence of its own (standard
 * formulations with a few words around them): independent materials share these word for word.
 */
const STANDARD = [
  '学习贯彻习近平新时代中国特色社会主义思想不够系统深入',
  '在思想上政治上行动上同以习近平同志为核心的党中央保持高度一致还不够自觉',
  '增强“四个意识”、坚定“四个自信”、做到“两个维护”还不够坚定',
  '持续深入落实中央八项规定及其实施细则精神还有差距',
  '践行以人民为中心的发展思想还不够自觉主动',
];

/** How writers lead into the notice's title (each material picks its own). */
const OPENERS = ['对照', '认真对照', '对标', '按照', '对照通知提出的', '对照上级关于'];

/**
 * A material written on its own: each aspect's problems open by quoting the notice's long title
 * (as many writers do, with words of their own and their own count of problems around it), write a
 * standard formulation as a sentence, then list the writer's own problems — clauses in an order
 * of their own, with their own figures. Returns its lines.
 */
function ownMaterial(seed: number): string[] {
  const rnd = seededRandom(1000 + seed);
  const pick = () => CLAUSES[Math.floor(rnd() * CLAUSES.length)];
  const sentence = (lead: string) => `${lead}${Array.from({ length: 5 }, pick).join('，')}，全年仅${2 + Math.floor(rnd() * 90)}次。`;
  const lines = ['一、存在的主要问题'];
  TEMPLATE.aspects.forEach((a, i) => {
    lines.push(`（${'一二三四五'[i]}）${a.title}方面`);
    const opener = OPENERS[(seed + i) % OPENERS.length];
    lines.push(`一是${opener}“${a.long}”的要求，查找出${seed * 5 + i + 1}个问题。${STANDARD[i]}。${sentence('比如，')}`);
    lines.push(`二是${sentence('')}${sentence('例如，')}`);
  });
  lines.push('二、原因分析', `（一）理想信念有所松懈。${sentence('')}`, `（二）宗旨意识有所淡化。${sentence('')}`);
  lines.push('三、整改措施', '（一）强化理论武装。每月学习2次。', '（二）践行为民宗旨。年底前走访20户。');
  return lines;
}

/**
 * A near-copy of `lines`, as a writer makes one of another's material: the figure of every third
 * of its own sentences changed (全年仅N次) and the first cause's instance left out.
 */
function nearCopy(lines: string[], seed: number): string[] {
  let sentence = 0;
  const cause = lines.indexOf('二、原因分析') + 1;
  return lines.map((line, i) => {
    if (i === cause) return line.replace(/。.*$/, '。');
    return line.replace(/全年仅(\d+)次/g, (all, n: string) => (sentence++ % 3 === seed % 3 ? `全年仅${Number(n) + seed}次` : all));
  });
}

/** The long sentences of a material, as the folder check reads them. */
function sentencesOf(lines: string[]) {
  const input = textDoc(lines);
  return longSentences(input.paragraphs, analyze(input).outline);
}

/**
 * A folder: `groups` sets of near-copies (each set copies of one material of its own) and `own`
 * independent materials; names say which (c0.1 is the second copy of set 0, o3 an independent one).
 */
function folder(groups: number[], own: number) {
  const materials: { name: string; sentences: ReturnType<typeof sentencesOf> }[] = [];
  groups.forEach((size, g) => {
    const base = ownMaterial(100 + g);
    for (let c = 0; c < size; c++) materials.push({ name: `c${g}.${c}`, sentences: sentencesOf(c === 0 ? base : nearCopy(base, c)) });
  });
  for (let k = 0; k < own; k++) materials.push({ name: `o${k}`, sentences: sentencesOf(ownMaterial(k)) });
  return materials;
}

// [near-copy sets, independent materials]: folders of 2, 3, 4, 5, 8, 10, 12 and 20.
const FOLDERS: [number[], number][] = [
  [[2], 0],
  [[], 2],
  [[3], 0],
  [[2], 1],
  [[3], 1],
  [[3], 2],
  [[4], 1],
  [[3], 5],
  [[5], 3],
  [[3, 3], 14],
  [[6], 14],
  // Copies of one material as most of the folder (a trial: six of ten read 约0% alike, their text taken for common usage).
  [[6], 4],
  [[8], 4],
  [[15], 5],
  [[6, 6], 8],
  [[10, 2], 0],
];

test.each(FOLDERS)('near-copies %j among %i independent materials: copies named with a high share, the independent ones not at all', (groups, own) => {
  const materials = folder(groups, own);
  const n = materials.length;
  expect([2, 3, 4, 5, 8, 10, 12, 20]).toContain(n);
  const got = sharedBetween(materials);
  const group = (name: string) => (name.startsWith('c') ? name.slice(0, name.indexOf('.')) : name);
  materials.forEach((m, k) => {
    const named = got[k].map((x) => x.other).sort();
    const copies = materials.filter((o) => o !== m && m.name.startsWith('c') && group(o.name) === group(m.name)).map((o) => o.name).sort();
    expect([m.name, named]).toEqual([m.name, copies]);
    for (const x of got[k]) expect([m.name, x.other, x.similarity]).toEqual([m.name, x.other, expect.any(Number)]);
    for (const x of got[k]) expect(x.similarity).toBeGreaterThanOrEqual(0.8);
  });
});

test('the folders above hold what the test is about: independent materials share the notice\'s wording, copies share their own', () => {
  // Without the set phrases (an empty list), two independent materials are named by the notice's
  // wording they both quote: what the list keeps out.
  const own = folder([], 2);
  expect(sharedBetween(own, [])[0].map((x) => x.other)).toEqual(['o1']);
  // Three copies share whole sentences as well as windows.
  const copies = sharedBetween(folder([3], 0));
  expect(copies[0].every((x) => x.count > 0)).toBe(true);
  expect(SHARE_FOLDER).toBeGreaterThan(5);
});

/** `lines` with `text` written after the first aspect's first problem. */
function withText(lines: string[], text: string): string[] {
  const at = lines.findIndex((l) => l.startsWith('一是'));
  return lines.map((l, i) => (i === at ? `${l}${text}` : l));
}

/** Common usage no lexicon names yet: what many independent writers of one year may all write. */
const COMMON = [
  '坚持把开展批评和自我批评作为增强党内政治生活战斗性的锐利武器常抓不懈。',
  '始终把群众满意不满意作为衡量工作成效的根本标准推动各项工作落地见效。',
  '坚持把调查研究作为谋事之基成事之道深入基层一线察实情出实招求实效。',
  '始终保持赶考的清醒和坚定以永远在路上的执着把全面从严治党引向深入。',
].join('');

/**
 * A folder of `copies` copies of one material (c0.*) and `own` independent materials (o*), where
 * the first `holders` of them write COMMON: the likeness of each pair of independent materials.
 */
function commonFolder(copies: number, own: number, holders: number) {
  const lines = (k: number) => (k < copies ? nearCopy(ownMaterial(100), k) : ownMaterial(k - copies));
  const names = (k: number) => (k < copies ? `c0.${k}` : `o${k - copies}`);
  const materials = Array.from({ length: copies + own }, (_, k) => ({
    name: names(k),
    sentences: sentencesOf(k < holders ? withText(lines(k), COMMON) : lines(k)),
  }));
  const got = sharedBetween(materials);
  const likeness = new Map<string, number>();
  materials.forEach((m, k) => {
    for (const x of got[k]) if (!(m.name.startsWith('c') && x.other.startsWith('c'))) likeness.set(`${m.name}|${x.other}`, x.similarity);
  });
  return { got, likeness };
}

test.each([
  ['twelve writers', 0, 12, 8],
  ['eleven writers, one of whom passes four copies of a material round', 4, 10, 12],
  ['twenty writers', 0, 20, 11],
])('wording more than half the writers share, in no list (%s): it does not make them alike', (_name, copies, own, holders) => {
  const { got, likeness } = commonFolder(copies, own, holders);
  // The wording is shared word for word, so pairs are named by it; it must not make them alike.
  expect(likeness.size).toBeGreaterThan(0);
  for (const [pair, similarity] of likeness) expect([pair, similarity < 0.1]).toEqual([pair, true]);
  for (let k = 0; k < copies; k++) for (const x of got[k].filter((x) => x.other.startsWith('c'))) expect(x.similarity).toBeGreaterThanOrEqual(0.8);
  // Held by a few of them (no majority), the same wording is counted: the pairs holding it read alike.
  const few = commonFolder(copies, own, copies + 3).likeness;
  expect(Math.max(...few.values())).toBeGreaterThan(0.1);
});

/**
 * A material whose problems are written on their aspect's heading line, in `shape`: the heading
 * run into its text ("1、政治信仰方面。对…"), with a colon ("（一）在…方面：…"), or with its
 * 一是/二是 items on the heading line. A common layout of 组织生活会 materials; the trial found
 * three identical copies of one not named at all (only the aspect headings' paragraphs held text).
 */
function runInMaterial(seed: number, shape: 'period' | 'colon' | 'items'): string[] {
  const rnd = seededRandom(5000 + seed);
  const pick = () => CLAUSES[Math.floor(rnd() * CLAUSES.length)];
  const sentence = (lead: string) => `${lead}${Array.from({ length: 5 }, pick).join('，')}，全年仅${2 + Math.floor(rnd() * 90)}次。`;
  const lines = ['一、存在的问题'];
  TEMPLATE.aspects.forEach((a, i) => {
    if (shape === 'period') lines.push(`${i + 1}、${a.title}方面。${sentence('')}${sentence('比如，')}`);
    else if (shape === 'colon') lines.push(`（${'一二三四五'[i]}）在${a.title}方面：${sentence('')}${sentence('比如，')}`);
    else lines.push(`（${'一二三四五'[i]}）${a.title}方面。一是${sentence('')}二是${sentence('比如，')}`);
  });
  lines.push('二、原因分析', `1.理想信念有所松懈。`, `2.宗旨意识有所淡化。`);
  lines.push('三、整改措施', '1.强化理论武装。每月学习2次。', '2.践行为民宗旨。年底前走访20户。');
  return lines;
}

test.each(['period', 'colon', 'items'] as const)('problems run into their aspect headings (%s): copies named, an independent material in the same layout not', (shape) => {
  const base = runInMaterial(1, shape);
  const materials = [
    { name: 'c.0', sentences: sentencesOf(base) },
    { name: 'c.1', sentences: sentencesOf(base) },
    { name: 'c.2', sentences: sentencesOf(nearCopy(base, 1)) },
    { name: 'o', sentences: sentencesOf(runInMaterial(2, shape)) },
  ];
  // What the test is about: the headings are the aspects (their paragraphs hold the problems).
  expect(analyze(textDoc(base)).outline.aspects).toHaveLength(TEMPLATE.aspects.length);
  const got = sharedBetween(materials);
  for (const k of [0, 1, 2]) {
    expect(got[k].map((x) => x.other).sort()).toEqual(['c.0', 'c.1', 'c.2'].filter((n) => n !== materials[k].name));
    for (const x of got[k]) expect(x.similarity).toBeGreaterThanOrEqual(0.8);
  }
  expect(got[3]).toEqual([]);
});

test.each([
  ['identical pair', 3, [[1, 0, 10]], [10, 10, 10], [0, 0, 1]],
  ['copies of copies are one group', 4, [[1, 0, 6], [2, 1, 6]], [10, 10, 10, 10], [0, 0, 0, 1]],
  ['half of the smaller material is enough', 2, [[1, 0, 5]], [40, 10], [0, 0]],
  ['under half is not', 2, [[1, 0, 4]], [40, 10], [0, 1]],
  ['two sentences are never enough', 2, [[1, 0, 2]], [2, 2], [0, 1]],
  ['no sentences at all', 3, [], [0, 0, 0], [0, 1, 2]],
] as [string, number, [number, number, number][], number[], number[]][])('copyGroups: %s', (_name, n, pairs, sizes, groups) => {
  const exact = (k: number, j: number) => pairs.find(([a, b]) => (a === k && b === j) || (a === j && b === k))?.[2] ?? 0;
  const got = copyGroups(n, exact, (k) => sizes[k]);
  expect([...got.group]).toEqual(groups);
  expect(got.count).toBe(new Set(groups).size);
});

test.each([0, 1, 2, 5, 50])('sharedBetweenListed keeping %i a material: the first of every sharedBetween list, and its length', (most) => {
  for (const [groups, own] of FOLDERS) {
    const materials = folder(groups, own);
    const whole = sharedBetween(materials);
    const listed = sharedBetweenListed(materials, undefined, most);
    expect(listed.map((l) => l.total)).toEqual(whole.map((w) => w.length));
    expect(listed.map((l) => l.first)).toEqual(whole.map((w) => w.slice(0, most)));
  }
  // The folders hold lists longer than the few kept, and lists of none.
  const lengths = FOLDERS.flatMap(([groups, own]) => sharedBetween(folder(groups, own)).map((w) => w.length));
  expect(Math.max(...lengths)).toBeGreaterThan(5);
  expect(Math.min(...lengths)).toBe(0);
});
