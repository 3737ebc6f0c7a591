/**
 * Recognisers for commitments in measures (quantity, frequency, deadline, owner), for concrete
 * instances in problem items (比如/例如, a figure, a dated or named event), and for the
 * dimensions a cause analysis touches. All are regular expressions over one item's text, with no
 * lookbehind (older WebKit in Word for Mac lacks it).
 */
import { toHalfWidth } from './text';
import { exactList } from './sparse-profile';

export type CommitmentKind = 'quantity' | 'frequency' | 'deadline' | 'owner' | 'rule';

export interface Evidence<K extends string> {
  kind: K;
  /** The text that matched. */
  text: string;
}

interface Pattern<K extends string> {
  kind: K;
  re: RegExp;
  /** Reject a match by looking at the text around it. */
  reject?: (text: string, index: number, match: string) => boolean;
  /**
   * Words every match contains one of: a text holding none of them is not scanned (the pattern
   * starts with a run of numerals, tried at every numeral of the text, but ends in these).
   */
  needs?: string[];
}

/** Chinese numerals as written in counts (十二, 两, 三十). */
const CN = '[一二两三四五六七八九十百千]+';
/** Arabic numbers (after full-width folding). */
const AR = '\\d+(?:\\.\\d+)?';
/** Measure words that make a number a count of work done. */
const UNIT = '(?:人次|家次|户次|课时|学时|小时|个工作日|次|场|期|轮|项|个|条|件|篇|天|日|家|户|名|人|批|所|份|遍|处|起|堂|课|批次|%)';
const TIME_UNIT = '(?:天|日|周|个月|月|个工作日|工作日|季度|年)';
/** Counted things (not work done): 7套材料, 200亩, 5座水库, 12栋楼, 7宗用地, 23种台账, 7块牌子. */
const COUNTED = '(?:套|本|部|册|台|辆|亩|吨|公里|平方米|座|栋|宗|种|块|间|张|株|棵)';

const precededBy = (text: string, index: number, chars: string) => index > 0 && chars.includes(text[index - 1]);

/**
 * A project named by its place (see EXAMPLES). Every match ends in 项目 or 工程 and is at most
 * PLACE_PROJECT_MAX characters long (8 + 2 + 8 + 2).
 */
const PLACE_PROJECT = '[\\u4e00-\\u9fa5]{1,8}(?:路|街|河|湖|湾|园|片区|小区|新区|大道|大桥|水库|广场|中心|学校|医院|镇|村|社区)[\\u4e00-\\u9fa5]{0,8}(?:项目|工程)';
const PLACE_PROJECT_MAX = 20;
const PLACE_PROJECT_ENDS = ['项目', '工程'];

/**
 * The writer naming themself as owner in a personal material, as a clause of its own: 本人负责,
 * 由我牵头, 我本人亲自抓, 本人为责任人 — followed by punctuation or the end, never by more words
 * (“我负责的领域”, “本人负责分管科室” are descriptions, not an owner). `m[1]` is the self word.
 * Use with `selfOwnerStarts` on the match index.
 */
export const SELF_OWNER = /由?(我本人|本人|个人|我)(?:亲自)?(?:牵头|负责|抓)(?=[，。；,;）)、\s]|$)|(我本人|本人|我)(?:为|是)(?:本项)?责任人/g;

/** Whether a SELF_OWNER match at `index` starts a clause (text start, punctuation, space, 由…). */
export function selfOwnerStarts(text: string, index: number): boolean {
  return index === 0 || '，。；,;：:（(、！？!? \t\u3000'.includes(text[index - 1]) || text[index] === '由';
}

const COMMITMENTS: Pattern<CommitmentKind>[] = [
  // Frequencies: 每月, 每季度, 每半年, 每周一 …; 全年/年内/每年 … N次; N次以上; a regular report or meeting (季度通报, 月度调度).
  { kind: 'frequency', re: /(?:月度|季度|半年度?|年度)(?:通报|调度|例会|分析会?|督查|讲评|点评|研判|报告)/g },
  { kind: 'frequency', re: /每(?:天|日|周|星期|旬|月|季度|季|半年|年|学期|年度)/g },
  { kind: 'frequency', re: new RegExp(`(?:全年|年内|每年|一年|年度内)[^。；;]{0,24}?(?:${AR}|${CN})(?:次|场|期|轮|回|批)`, 'g') },
  { kind: 'frequency', re: new RegExp(`(?:${AR}|${CN})(?:次|场|期|轮)(?:以上|及以上)`, 'g'), needs: ['以上'] },
  // Quantities: 不少于12次, 至少3项, 10项以上, 3个专题, 80%.
  { kind: 'quantity', re: new RegExp(`(?:不少于|不低于|不超过|至少|达到|超过|多于)(?:${AR}(?:${UNIT})?|${CN}${UNIT})`, 'g') },
  { kind: 'quantity', re: new RegExp(`(?:${AR}|${CN})${UNIT}(?:以上|及以上|以内|左右)`, 'g'), needs: ['以上', '以内', '左右'] },
  {
    kind: 'quantity',
    re: new RegExp(`${AR}${UNIT}`, 'g'),
    // "第3次" is an ordinal, not a commitment.
    reject: (text, index) => precededBy(text, index, '第'),
  },
  // Counted things and amounts a measure promises: 5座水库, 12栋小区, 7宗用地, 提高到12万元, 翻1倍.
  {
    kind: 'quantity',
    re: new RegExp(`${AR}(?:${COUNTED}|万元|亿元|元|倍)`, 'g'),
    reject: (text, index) => precededBy(text, index, '第'),
  },
  // Shares in words: 压缩三分之一, 减少一半, 降低两成.
  { kind: 'quantity', re: /[一二两三四五六七八九十百]分之[一二三四五六七八九十]+|(?:压缩|减少|降低|提高|提升|增加|缩短|节约)(?:到|至)?(?:一半|一倍|[一二两三四五六七八九]成)/g },
  // Deadlines: 年底前, 6月底前, 2022年3月前, 限期, 3个月内, 上半年.
  { kind: 'deadline', re: new RegExp(`(?:\\d{4}年)?(?:\\d{1,2}|${CN})月(?:\\d{1,2}日)?(?:底|末|中旬|上旬|下旬)?(?:前|之前|以前|底前|内)`, 'g'), needs: ['月'] },
  { kind: 'deadline', re: /(?:\d{4}年|今年|明年|本年度?|当年)(?:底|末|内|年底|年内)?(?:前|之前|以前|完成)/g },
  // "时限" alone is no deadline ("压缩审批时限" is a goal): only a time limit set or stated.
  // Not a date still to be written: "××年××月底前", "X月底前" (a skeleton's placeholder, no deadline set).
  {
    kind: 'deadline',
    re: /年(?:底|末)(?:前|之前|以前)|年内完成|年底完成|年内|季度末|月底前|限期|(?:明确|规定|限定|完成|整改|办结)时限|截止/g,
    // Nor the 年内 of 上半年内 (the half year is the deadline, read whole below); 半年内 is one.
    reject: (text, index) => precededBy(text, index, '×xXＸ*') || (text[index - 1] === '半' && (text[index - 2] === '上' || text[index - 2] === '下')),
  },
  { kind: 'deadline', re: new RegExp(`(?:${AR}|${CN})${TIME_UNIT}(?:内|之内)`, 'g'), needs: ['内'] },
  // A half year, with the year it is of when written with it (2026年上半年前: the 整改清单 keeps the year).
  { kind: 'deadline', re: /(?:\d{4}年|今年|明年)?(?:上|下)半年(?:内|前|完成)?/g, needs: ['半年'] },
  // A year's end or a month of a named year: 2027年底, 明年6月, 今年9月 (a date a measure sets).
  { kind: 'deadline', re: /(?:\d{4}年|今年|明年)(?:底|末|\d{1,2}月(?:\d{1,2}日)?(?:底|末|中旬|上旬|下旬)?)(?:前|之前|以前)?/g },
  // A quarter: 一季度前, 第二季度末, 三季度内; a quarter named as when it is done (2023年一季度开展…,
  // 第一季度完成…, 明年二季度): a time set, as 上半年 is. Not 每季度 or 一个季度 (a frequency, a span),
  // nor the 一 of 每一季度.
  { kind: 'deadline', re: /(?:\d{4}年|今年|明年)?第?[一二三四1-4]季度(?:前|末|底|内|完成)?/g, needs: ['季度'], reject: (text, index) => precededBy(text, index, '每0123456789一二三四五六七八九十') },
  // A time of the year set as a limit: 春节前完成, 汛前全部…, 开学前解决 — not a season's routine
  // named by it ("做好汛前农业设施隐患排查" is a task, not a deadline).
  {
    kind: 'deadline',
    re: /(?:\d{4}年|今年|明年)?(?:春节|元旦|国庆|五一|端午|中秋|清明|主汛期|汛期|汛|秋收|夏收|三夏|三秋|开学|放假|年前|节前)(?:前|之前)(?=[，,]?(?:完成|全部|实现|办结|建成|销号|清零|到位|兑现|发放|解决|整改))/g,
  },
  // Put right at once: 立行立改, 立即整改/执行/纠正…, 即知即改, 即查即改 (a 整改清单's 完成时限 as often
  // as a date). Not 长期坚持, which sets no time at all.
  { kind: 'deadline', re: /立行立改|立即(?:整改|执行|落实|纠正|改正|停止|办理|清退|退还)|即知即改|即查即改|即改即办/g },
  // Owners: 责任人, 牵头, 责任单位 … ("第一责任人" is a duty, not an owner).
  {
    kind: 'owner',
    // "牵头" names an owner as 牵头单位, 由…牵头, 牵头负责 or "牵头：…", not as a verb ("主动牵头协调").
    re: /责任人|责任单位|责任领导|责任部门|牵头(?:单位|部门|领导|人|负责|抓总|[：:])|由[^，。；,;]{1,12}?(?:牵头|负责|督办|约谈)|负责人|具体负责|专人负责|包保|分工负责|领办/g,
    reject: (text, index, m) => m === '责任人' && text.slice(Math.max(0, index - 2), index) === '第一',
  },
  // The writer as owner of a personal material: 由本人负责, 本人牵头, 我亲自抓, 本人为责任人.
  { kind: 'owner', re: SELF_OWNER, reject: (text, index) => !selfOwnerStarts(text, index) },
  // Binding rules, checked at every case they cover: 一律事前报告, 一律不得, 凡…必须/均须/一律….
  // 一律 needs the action it binds (two letters at least); 凡 needs its binding word in the clause.
  { kind: 'rule', re: /一律[^，。；,;！!？?\s（()]{2,12}/g, needs: ['一律'] },
  { kind: 'rule', re: /凡[^，。；,;（(]{2,20}?(?:均须|均需|均应|必须|都须|都必须|须经|一律)[^，。；,;（()]{0,12}/g, needs: ['凡'], reject: (text, index) => precededBy(text, index, '平非不超大') },
];

function run<K extends string>(patterns: Pattern<K>[], raw: string, at?: number[]): Evidence<K>[] {
  const text = toHalfWidth(raw);
  const out: Evidence<K>[] = [];
  for (const p of patterns) {
    if (p.needs && !p.needs.some((w) => text.includes(w))) continue;
    p.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = p.re.exec(text))) {
      if (m[0].length === 0) {
        p.re.lastIndex++;
        continue;
      }
      if (p.reject && p.reject(text, m.index, m[0])) continue;
      out.push({ kind: p.kind, text: m[0] });
      at?.push(m.index);
    }
  }
  return out;
}

/** The commitment patterns with the words they need (for tests: every match holds one of them). */
export function commitmentPatterns(): { re: RegExp; needs?: string[] }[] {
  return COMMITMENTS.map((p) => ({ re: new RegExp(p.re.source, 'g'), needs: p.needs }));
}

export interface Concreteness {
  concrete: boolean;
  kinds: CommitmentKind[];
  evidence: Evidence<CommitmentKind>[];
}

/** Does a measure state a measurable commitment (quantity, frequency, deadline, owner, or a binding rule: 一律…, 凡…必须…)? */
/** Past this many distinct matches, containment is read by place (see withoutShorter). */
const MAX_DISTINCT = 64;

/**
 * The matches (`at`: where each starts in the text) no longer match holds: a match is dropped when a longer one's text includes its text
 * (不少于12次 holds 12次). Compared by distinct text, so a measure repeating one phrase is cheap; a text
 * with more than MAX_DISTINCT distinct matches (no measure a writer writes; a measure whose text
 * runs over a flood of table rows) is read by place instead — dropped when a longer match spans
 * it — which is linear after a sort (comparing each with each was quadratic, issue 13).
 */
function withoutShorter<T extends { text: string }>(all: T[], at: readonly number[]): T[] {
  if (all.length < 2) return all;
  const distinct = [...new Set(all.map((e) => e.text))];
  if (distinct.length <= MAX_DISTINCT) {
    const held = new Set(distinct.filter((t) => distinct.some((o) => o.length > t.length && o.includes(t))));
    return held.size ? all.filter((e) => !held.has(e.text)) : all;
  }
  const order = all.map((_, i) => i).sort((a, b) => at[a] - at[b] || all[b].text.length - all[a].text.length);
  const drop = new Set<number>();
  let end = -1;
  let longest = 0;
  for (const i of order) {
    const from = at[i];
    const to = from + all[i].text.length;
    if (to <= end && all[i].text.length < longest) drop.add(i);
    if (to > end) {
      end = to;
      longest = all[i].text.length;
    }
  }
  return all.filter((_, i) => !drop.has(i));
}

/** The lists of a measure with no commitment, shared (never written to). */
const NO_EVIDENCE: Evidence<CommitmentKind>[] = [];
const NO_KINDS: CommitmentKind[] = [];

export function measureConcreteness(text: string): Concreteness {
  // Overlapping patterns find 全年…不少于12次, 不少于12次 and 12次 in one phrase: keep the longest.
  const at: number[] = [];
  const all = run(COMMITMENTS, text, at);
  // Lists of their exact size: a measure's concreteness is kept for the whole analysis, and a list
  // built by push keeps a store of 17 slots (a 整改清单 of 20k rows a MB, issue 13).
  const evidence = exactList(withoutShorter(all, at), NO_EVIDENCE);
  const kinds = evidence.length === 0 ? NO_KINDS : exactList([...new Set(evidence.map((e) => e.kind))], NO_KINDS);
  return { concrete: evidence.length > 0, kinds, evidence };
}

export type ExampleKind = 'cue' | 'figure' | 'date' | 'named' | 'event';

const EXAMPLES: Pattern<ExampleKind>[] = [
  // Cue words introducing an instance.
  { kind: 'cue', re: /比如|例如|譬如|诸如|举例来说/g },
  { kind: 'cue', re: /(?:^|[。；;，,：:！？\s])如[：:，,]/g },
  // A figure: a number with a measure word, a percentage, an amount; "x"/"X" stand for
  // digits in anonymised materials.
  // 余/多 after the number ("3100余万元", "30多人") is still a figure.
  { kind: 'figure', re: new RegExp(`(?:${AR}|[xX×]{1,3})(?:余|多)?(?:${UNIT}|万元|亿元|元|万|亿)`, 'g') },
  {
    kind: 'figure',
    re: /[一二两三四五六七八九十]+(?:个|家|所|名|起|件|处|条|批)(?:项目|单位|部门|乡镇|街道|村|社区|企业|学校|医院|问题|案件|工程|小区)/g,
  },
  // Counted things a problem cites that measures seldom promise: 7套材料, 读原著不到3本, 200亩, 3台.
  // …and words written (读书笔记仅5000字, 心得不足3000字).
  { kind: 'figure', re: new RegExp(`(?:${AR}|[xX×]{1,3})(?:余|多)?(?:${COUNTED}|学期|个学期|周|个月|字)`, 'g') },
  // People counted in words: 一名科级干部, 两名村干部 — not the writer's role ("作为一名党员", "做一名
  // 合格党员", "每一名党员"): the character before the count is none of 为/是/做/当/每/第/争.
  { kind: 'figure', re: /(?:^|[^为是做当每第争])[一二两三四五六七八九十]+名[\u4e00-\u9fa5]/g, needs: ['名'] },
  // A delay that happened, in words: 推迟了两周, 拖了一个学期, 滞后半年.
  { kind: 'figure', re: /(?:推迟|拖延|延误|延迟|滞后|拖了|晚了|超期|耽误)了?[一二两三四五六七八九十半]+个?(?:天|周|星期|月|学期|季度|年)/g },
  // A date or a time of year.
  { kind: 'date', re: /\d{4}年|\d{1,2}月(?:份|\d{1,2}日)?|今年|去年|上半年|下半年|年初|年底/g },
  // A quarter as a time something happened: 三季度末才拨付, 第二季度支委会记录, 2023年一季度 (not 每季度,
  // which names no numbered quarter).
  { kind: 'date', re: /第[一二三四1-4]季度|[一二三四1-4]季度(?:末|底|初)|(?:\d{4}年|今年|去年|上年)[一二三四1-4]季度/g },
  // A named document, project or campaign.
  { kind: 'named', re: /《[^》]{1,40}》/g },
  { kind: 'named', re: /[“"][^”"]{1,20}[”"](?:工程|项目|行动|活动|专项|工作法|平台|计划|大讨论|大调研|实践活动)/g },
  { kind: 'named', re: /[xX]{1,3}(?:公司|地区|项目|县|区|市|镇|乡|村|街道|社区|企业|单位|园区|工程)/g },
  // A project named by its place: "城南片区改造项目", "幸福路提升工程" (a bare "重点项目" is no name).
  { kind: 'named', re: new RegExp(PLACE_PROJECT, 'g') },
  // An event or finding that happened.
  { kind: 'event', re: /(?:督查|检查|巡视|巡察|审计|考核|调研|暗访)(?:中)?(?:发现|反馈|指出)|(?:活动|行动|督查|检查|巡视|巡察|专项整治|大讨论)中/g },
  // A case that happened ("个别乡镇发生了违规发放津补贴问题", "先后发生2起…事故"): not one to prevent
  // ("防止发生…问题" has no 了 and no 先后/曾).
  { kind: 'event', re: /(?:发生了|曾发生|先后发生|相继发生|接连发生|多次发生)[^，。；;,！？!?]{0,20}?(?:问题|事件|案件|事故|情况)/g },
  // A difficulty named as people name it (停车难问题, 办证难现象): a thing of its own, unlike 困难/疑难/
  // 老大难, which name none.
  { kind: 'named', re: /[\u4e00-\u9fa5](?![疑困艰畏为两急刁责犯发苦灾排解克患危万避险大重])[\u4e00-\u9fa5]难(?:的)?(?:问题|现象)/g, needs: ['难'] },
];

/**
 * One regular expression for "is there any instance at all" (the rule's question): one scan, of
 * every pattern but the place-named project and those with `needs`. The place-named project starts
 * at any Chinese character and reads up to eight more before it can fail, so at every position of
 * the text: most of the scan's cost. It is tried only where its last two characters (项目, 工程)
 * stand, on the window a match could fill. A pattern with `needs` (…名…, …难问题) starts with a
 * character class any character passes, so among the alternatives it made V8 try the whole scan at
 * every position; alone (ANY_NEEDING) it is tried only on a text holding what it needs, which is
 * the same answer: without that literal it cannot match.
 */
const ANY_EXAMPLE = new RegExp(
  EXAMPLES.filter((p) => p.re.source !== PLACE_PROJECT && !p.needs)
    .map((p) => `(?:${p.re.source})`)
    .join('|'),
);
/** The any-instance patterns with `needs` (ANY_EXAMPLE), each with what it needs. */
const ANY_NEEDING: { needs: string[]; re: RegExp }[] = EXAMPLES.filter((p) => p.re.source !== PLACE_PROJECT && p.needs).map((p) => ({
  needs: p.needs!,
  re: new RegExp(p.re.source),
}));
/** A place-named project ending exactly at the end of the text tested. */
const PLACE_PROJECT_AT_END = new RegExp(`(?:${PLACE_PROJECT})$`);

/** Is there a place-named project in `text`: the same answer as testing PLACE_PROJECT on all of it. */
function hasPlaceProject(text: string): boolean {
  for (const end of PLACE_PROJECT_ENDS) {
    for (let at = text.indexOf(end); at >= 0; at = text.indexOf(end, at + 1)) {
      const to = at + end.length;
      if (PLACE_PROJECT_AT_END.test(text.slice(Math.max(0, to - PLACE_PROJECT_MAX), to))) return true;
    }
  }
  return false;
}

/** Does the problem item give any concrete instance? */
export function hasExample(text: string): boolean {
  const t = toHalfWidth(text);
  return ANY_EXAMPLE.test(t) || ANY_NEEDING.some((p) => p.needs.some((w) => t.includes(w)) && p.re.test(t)) || hasPlaceProject(t);
}

/** The concrete instances a problem item gives (empty when it has none). */
export function problemExamples(text: string): Evidence<ExampleKind>[] {
  return run(EXAMPLES, text);
}

export interface Dimension {
  id: string;
  label: string;
  re: RegExp;
}

/** The subjective dimensions a cause analysis is expected to cover. */
export const CAUSE_DIMENSIONS: Dimension[] = [
  { id: 'thought', label: '思想（理想信念）', re: /思想|理想信念|信仰|信念|理论学习|理论武装|世界观|初心|放松了?(?:政治)?学习|主观世界/ },
  { id: 'politics', label: '政治', re: /政治/ },
  { id: 'organisation', label: '组织（党性修养）', re: /组织|党性|党内政治生活|组织生活|党员意识|党员标准|先锋模范/ },
  { id: 'style', label: '作风（宗旨意识）', re: /作风|宗旨|为民|群众|务实|担当|落实/ },
  { id: 'discipline', label: '纪律（纪律规矩）', re: /纪律|规矩|廉洁|自律|廉政|要求不严|标准不严|管党治党|从严治党|主体责任|一岗双责/ },
  { id: 'performance', label: '政绩观', re: /政绩观|权力观|利益观|事业观|政绩/ },
];

/** Fixed formulations that contain a dimension word without speaking of it. */
const DIMENSION_NOISE = /习近平新时代中国特色社会主义思想|以人民为中心的发展思想|思想政治工作/g;

/** Which dimensions a text touches (a cause heading, or the causes' whole text: cause-dimensions). */
export function causeDimensions(text: string): Dimension[] {
  const t = text.replace(DIMENSION_NOISE, '');
  return CAUSE_DIMENSIONS.filter((d) => d.re.test(t));
}
