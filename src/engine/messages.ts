/**
 * Every Chinese message the engine shows, in one place. Rules call these; nothing else builds
 * user-facing text. Link-rule messages (problem–measure links) are spread in from link/messages.ts.
 */
import type { MarkerKind, PartRole } from './types';
import { formatMarker } from './markers';
import { linkMessages } from './link/messages';
import { insideQuotes } from './quotes';

export const ROLE_LABEL: Record<PartRole, string> = {
  previous: '上年度问题整改落实情况',
  problems: '存在的主要问题',
  cases: '反面典型案例剖析',
  causes: '原因分析',
  measures: '整改措施',
  other: '其他部分',
};

export const SEVERITY_LABEL = { error: '错误', warning: '警告', info: '提示' } as const;

/**
 * Each rule's short name, by rule id: the 规则 column of the folder workbook and wherever a finding's
 * rule is named to a reader (the id itself stays in --json and --verbose, and has its own column in the workbook). A test checks
 * that every registered rule has one and that no two share a name.
 */
export const RULE_NAME: Record<string, string> = {
  'not-a-material': '非对照检查材料',
  'unknown-template': '无当年模板',
  'missing-part': '缺少部分',
  'missing-aspect': '缺少方面',
  'outside-template': '模板外小节',
  'other-year-aspects': '沿用往年方面',
  'case-self-comparison': '案例未对照自身',
  'empty-aspect': '方面无问题',
  'aspect-order': '方面重复或顺序',
  numbering: '编号',
  placeholder: '未填占位内容',
  formulation: '规范表述',
  'repeated-text': '整句重复',
  'objective-cause': '强调客观原因',
  proportion: '篇幅比例',
  'unstyled-heading': '标题未用样式',
  'uncovered-problem': '问题无对应措施',
  'weak-link': '措施对应较弱',
  'unanswered-case-gap': '案例差距无措施',
  'orphan-measure': '措施无对应问题',
  'vague-measure': '措施不具体',
  'table-gap': '清单空栏',
  'no-example': '问题无具体事例',
  'cause-dimensions': '原因分析维度少',
  'brief-previous': '上年度整改过简',
  'previous-unreported': '上年度问题未说明',
  'repeated-problem': '问题照搬上年度',
  'brief-case': '案例剖析过简',
  'brief-causes': '原因分析过简',
};

/**
 * Where something is, as every report says it (places.ts): 第12段 in Word and a .docx (the
 * paragraph's number), 第12行 in a text file (the line it starts on, as an editor shows it).
 */
export const placeText = {
  paragraph: '段',
  line: '行',
  /** `n`: 1-based; `unit`: placeText.paragraph or placeText.line. */
  at: (n: number, unit: string) => `第${n}${unit}`,
  /** Several places: 第3、5、8段. */
  list: (ns: readonly number[], unit: string) => `第${ns.join('、')}${unit}`,
};

/** The short name of rule `id` (RULE_NAME); the id itself for a rule without one (a caller's own rule). */
export function ruleName(id: string): string {
  return Object.prototype.hasOwnProperty.call(RULE_NAME, id) ? RULE_NAME[id] : id;
}

/**
 * Where the writer reads a finding: the command line (its report, --json, --annotate) or the task
 * pane (Word and the preview). A message that tells the writer what to do next names that place's
 * own commands (`AnalyzeOptions.surface`).
 */
export type Surface = 'cli' | 'pane' | 'document';

/** How to import the year's notice, in the words of each surface (unknown-template's message and advice). */
export const IMPORT_NOTICE_HOW: Record<Surface, string> = {
  cli: '请导入当年通知列出的方面：用“duizhao template from-notice 通知.docx -o 模板.json”生成模板，再以 --template-file 模板.json 检查。',
  pane: '请导入当年通知列出的方面：点“模板”旁的“从通知导入…”，粘贴通知中列出各方面的那一段，核对后点“使用此模板”。',
  // An annotated copy goes back to the writer, who has neither the command nor the pane.
  document: '请对照当年通知列出的方面，逐项检查各方面标题和查摆的问题。',
};

/**
 * `message` as another surface words it: the instruction of `from` (IMPORT_NOTICE_HOW) replaced by
 * that of `to` (the command line's report is also what --annotate writes into the writer's copy).
 * A message without such an instruction is returned as it is.
 */
export function inWordsOf(message: string, from: Surface, to: Surface): string {
  const how = IMPORT_NOTICE_HOW[from];
  const at = message.indexOf(how);
  return at < 0 ? message : message.slice(0, at) + IMPORT_NOTICE_HOW[to] + message.slice(at + how.length);
}

const KIND_LABEL: Record<MarkerKind, string> = {
  'cn-dun': '“一、”',
  'cn-paren': '“（一）”',
  'arabic-dot': '“1.”',
  'arabic-paren': '“（1）”',
  circled: '“①”',
  'cn-shi': '“一是”',
  'cn-di': '“第一，”',
  style: '标题样式',
};

/**
 * A number in a message, quoted and without the comma of 第一，: “三是”, “（二）”, “3.”, “第三”.
 * Unquoted, a marker's own punctuation ran into the sentence's (此处应为3.，写成了4.。; 第三，，).
 */
function markerQuoted(kind: MarkerKind, value: number, raw?: string): string {
  return `“${markerLike(kind, value, raw).replace(/[，,]$/, '')}”`;
}

/** A numeral: Arabic digits (ASCII or full-width), or Chinese ones. */
const NUMERAL = /[0-9０-９]+|[〇零一二三四五六七八九十百]+/;

/**
 * Number `value` of `kind` written the way the writer wrote `raw` (its punctuation: “4、” rather than
 * the standard “4.”, “（3）” rather than “(3)”): raw's numeral replaced by the standard form's;
 * the standard form when raw is absent or holds no numeral.
 */
function markerLike(kind: MarkerKind, value: number, raw?: string): string {
  const standard = formatMarker(kind, value);
  const written = raw?.trim();
  const mine = written ? NUMERAL.exec(written) : null;
  const theirs = NUMERAL.exec(standard);
  if (!written || !mine || !theirs) return standard;
  return written.slice(0, mine.index) + theirs[0] + written.slice(mine.index + mine[0].length);
}

/** How a material's aspect headings correspond to another year's aspects (other-year-aspects). */
export interface OtherYearMatch {
  /** Aspect headings of the material. */
  headings: number;
  /** Distinct aspects of the other year they name. */
  named: number;
  /** Aspects the other year has. */
  total: number;
}

/**
 * "4 个方面标题与X的 4 个方面一一对应" only when the headings and all the other year's aspects pair
 * off one to one; otherwise how many of how many ("对应X的 5 个方面中的 4 个").
 */
function otherYearMatch(other: string, m: OtherYearMatch): string {
  if (m.headings === m.named && m.named === m.total) return `${m.headings} 个方面标题与${other}的 ${m.total} 个方面一一对应`;
  if (m.named === m.total) return `${m.headings} 个方面标题对应${other}的全部 ${m.total} 个方面`;
  return `${m.headings} 个方面标题对应${other}的 ${m.total} 个方面中的 ${m.named} 个`;
}

export const messages = {
  missingPart: (label: string) => `缺少“${label}”部分：材料应包括这一部分，请补写或检查标题是否写全。`,
  missingPartHeading: (label: string) => `没有“${label}”这一部分的总标题：各方面的问题已识别，建议在它们前面加上“${label}”标题。`,
  missingAspect: (n: number, title: string) => `未找到第${n}个方面“${insideQuotes(title)}”的问题查摆。`,
  noAspects: (n: number) => `存在的主要问题没有按当年通知的${n}个方面分列：请按方面分设小标题，逐一查摆。`,
  emptyAspect: (title: string) => `“${insideQuotes(title)}”方面只有标题，没有列出具体问题。`,
  aspectDuplicate: (n: number, title: string) => `第${n}个方面“${insideQuotes(title)}”出现了不止一次，请合并或核对方面标题。`,
  aspectOutOfOrder: (n: number, prev: number) => `方面顺序与通知不一致：第${n}个方面写在了第${prev}个方面之后。`,
  numberRepeated: (kind: MarkerKind, value: number) => `编号重复：${markerQuoted(kind, value)}出现了两次。`,
  /** A repeated number that is the one mistake of its sequence: what it should be. */
  numberRepeatedAt: (kind: MarkerKind, value: number, expected: number, raw?: string) =>
    `编号重复：${markerQuoted(kind, value, raw)}出现了两次，此处应为${markerQuoted(kind, expected, raw)}。`,
  /**
   * An item written twice, number and words alike (三是对…不到位。三是对…不到位。): the second is a
   * repeat to delete, not a number to change.
   */
  numberDuplicateItem: (kind: MarkerKind, value: number, raw?: string) =>
    `重复的一条：${markerQuoted(kind, value, raw)}这一条与上一条${markerQuoted(kind, value, raw)}文字完全相同，请删去重复的一条（不必改编号）。`,
  /** `raw`, where given: the marker as written, whose punctuation the numbers quoted keep (“4、”, not “4.”). */
  numberSkipped: (kind: MarkerKind, expected: number, found: number, raw?: string) =>
    `编号跳号：此处应为${markerQuoted(kind, expected, raw)}，写成了${markerQuoted(kind, found, raw)}。`,
  numberNotFirst: (kind: MarkerKind, found: number, raw?: string) => `编号没有从${markerQuoted(kind, 1, raw)}开始（此处为${markerQuoted(kind, found, raw)}）。`,
  numberAutoNotFirst: (kind: MarkerKind, found: number) =>
    `自动编号没有从${markerQuoted(kind, 1)}开始（此处为${markerQuoted(kind, found)}，接续了上一节的编号）：可在 Word 中右键这个编号，选“重新开始于 1”。`,
  numberBroken: (raw: string, kind: MarkerKind, value: number) => `编号书写不规范：“${raw.trim()}”应写作“${formatMarker(kind, value)}”。`,
  /** A broken marker that is also out of sequence ("一是… 三 斗争…"): the number due here, written right. */
  numberBrokenAt: (raw: string, kind: MarkerKind, expected: number) => `编号书写不规范，且与上一条不连续：“${raw.trim()}”此处应写作${markerQuoted(kind, expected)}。`,
  mixedItemStyles: (part: string, kinds: MarkerKind[]) =>
    `“${part}”部分混用了 ${kinds.map((k) => KIND_LABEL[k]).join('、')} 等不同的条目编号，建议统一。`,
  placeholder: (n: number, mark?: string) =>
    n === 1
      ? mark
        ? `有 1 处占位内容尚未填写（“${mark}”）。`
        : '有 1 处占位内容（“……”或“××”）尚未填写。'
      : mark
        ? `共 ${n} 处占位内容尚未填写，这是第 1 处（“${mark}”）。`
        : `共 ${n} 处占位内容（“……”或“××”）尚未填写，这是第 1 处。`,
  /** `first`: where the sentence was first written (places.ts: 第5段, 第7行). */
  repeatedText: (first: string, sentence: string) => `这句话与${first}重复：「${sentence}」。各部分宜针对各自内容分别写。`,
  formulation: (written: string, right: string) => `规范表述应为“${insideQuotes(right)}”，此处写作“${insideQuotes(written)}”。`,
  repeatedTextMore: (n: number) => `从这里起还有 ${n} 处整句重复，不再逐一列出；材料可能整段复制。`,
  objectiveCause: (excuses: string[]) => `原因分析应从主观上查找，这里写了客观原因${excuses.map((e) => `“${insideQuotes(e)}”`).join('、')}。`,
  proportion: (own: number, measures: number) => `查摆问题和剖析原因共 ${own} 字，整改措施却有 ${measures} 字：问题和原因应是材料的主体，宜写深写透。`,
  unstyledHeading: (heading: string) => `“${insideQuotes(heading)}”是标题，但未使用 Word 标题样式，导航窗格中看不到它。`,
  /** unstyled-heading in a copy for the writer (--annotate): one comment, at the first, for all `n` headings. */
  unstyledHeadingsInCopy: (heading: string, n: number) =>
    `“${insideQuotes(heading)}”等 ${n} 个标题未使用 Word 标题样式，导航窗格中看不到它们（不影响审阅；如需导航和目录，可为部分标题设“标题 1”样式、方面标题设“标题 2”样式）。`,
  /** unstyled-heading in the readable report: one entry for all `n` headings with a style fix, at the first. */
  unstyledHeadingsInReport: (heading: string, n: number) =>
    `“${insideQuotes(heading)}”等 ${n} 个标题未使用 Word 标题样式，导航窗格中看不到它们。`,
  /** The fix line of that entry: each style with the paragraphs (“第5、8段”) it goes to. */
  unstyledHeadingsFix: (byLevel: { level: number; paragraphs: string }[]) =>
    `修改：设为标题样式（${byLevel.map((x) => `${x.paragraphs}设为“标题 ${x.level}”`).join('，')}）`,
  /** Headings run into body text (unstyled-heading): why no fix, and what to do; one finding for all `n`. */
  unstyledRunInHeadings: (heading: string, n: number) =>
    `${n > 1 ? `“${insideQuotes(heading)}”等 ${n} 个标题` : `标题“${insideQuotes(heading)}”`}与正文写在同一段，未使用 Word 标题样式：整段设为标题样式会把正文也变成标题，所以不提供自动修改。` +
    '这种写法可以保留；如需在导航窗格和目录中看到它们，请在标题句后按回车另起一段，再设为标题样式（部分标题用“标题 1”，方面标题用“标题 2”）。',
  // Templates: files, detection, the year with no template, the case part, notices.
  templateNotJson: () => '模板文件不是有效的 JSON（应是 duizhao template from-notice 生成的 .json 文件）。',
  templateFieldMissing: (field: string) => `模板文件缺少字段“${field}”。`,
  templateFieldUnknown: (field: string) => `模板文件中有无法识别的字段“${field}”。`,
  templateFieldType: (field: string, type: string) => `模板文件的字段“${field}”类型不对，应为 ${TYPE_LABEL[type] ?? type}。`,
  templateFieldEnum: (field: string, allowed: string[]) => `模板文件的字段“${field}”取值不对，可选：${allowed.join('、')}。`,
  templateFieldInvalid: (field: string) => `模板文件的字段“${field}”取值无效。`,
  templatePatternUnsafe: (field: string, max: number) =>
    `模板文件的字段“${field}”的标题规则可能运行很久（超过 ${max} 个字符、反向引用，或对含重复的分组再加 * + 重复）：请改用有上限的写法，如 .{0,10}。`,
  templateAspectNumber: (field: string, expected: number, found: number) => `模板文件的字段“${field}”应为 ${expected}（方面须从 1 起依次编号），写的是 ${found}。`,
  /** CLI `--template X`: X is neither a template id nor a year (template.ts templatesNamed). */
  templateArgUnknown: (arg: string, ids: string[]) => `未知的模板：${arg}。可写模板编号（${ids.join('、')}），或年度（如 2024、2024年度组织生活会）。`,
  /** `--template 2026`: no built-in template of that year (and meeting). */
  templateArgNoYear: (year: number, meeting?: string) =>
    `没有${year}年度${meeting ?? ''}的内置模板：当年通知下发后，可用“template from-notice 通知.docx -o 模板.json”生成模板文件，再用 --template-file 指定；不给 --template 时按材料自动识别。`,
  /** `--template 2023`: several templates of that year; each as "id（name）". */
  templateArgSeveral: (year: number, choices: string[]) => `${year}年度有 ${choices.length} 个模板，请用编号指定其一：${choices.join('；')}。`,
  /** `--template 2024`: the one template chosen, and that year's templates of other meetings. */
  templateArgChosen: (chosen: string, others: string[]) =>
    `按模板 ${chosen}检查${others.length ? `（同年还有 ${others.join('；')}，如是该会议的材料请改用其编号）` : ''}。`,
  unknownTemplateName: (year: number | null, meeting?: string) =>
    year === null ? '未匹配到模板（不按方面检查）' : `${year}年度${meeting ?? ''}（尚无模板，不按方面检查）`,
  unknownTemplate: (year: number | null, surface: Surface = 'cli', meeting?: string) =>
    `${year === null ? '材料的各方面标题与已有模板都对不上' : `识别为${year}年度${meeting ?? ''}的材料，但还没有该年度${meeting ?? ''}的模板`}：本次不按方面检查，结构、编号和问题—措施对应照常检查。` +
    IMPORT_NOTICE_HOW[surface],
  /** unknown-template: parts the last two years' notices both required that the material lacks. */
  unknownTemplateRecentParts: (labels: string[], years: number[]) =>
    `另：${years.map((y) => `${y}年度`).join('、')}的通知都要求“${labels.join('”“')}”，本材料没有，请以当年通知为准。`,
  /** unknown-template's advice (the pane's explanation card): what to do, in the pane's own words. */
  unknownTemplateAdvice: () => `每年的通知规定当年对照检查的方面，还没有该年度模板时不按方面检查。${IMPORT_NOTICE_HOW.pane}`,
  /** other-year-aspects: the headings are another year's aspects (`match`: how they correspond, otherYearMatch). */
  otherYearAspects: (other: string, earlier: boolean, match: OtherYearMatch, unnamed: number, template: string, aspects: string[]) =>
    `${otherYearMatch(other, match)}${unnamed > 0 ? `，其中 ${unnamed} 个与本材料所按的${template}对不上` : ''}：是否${earlier ? '沿用了往年' : '套用了其他年度'}的方面？应对照的是：${aspects.map((a, i) => `${i + 1}.${a}`).join('；')}。`,
  /** other-year-aspects in a year with no template yet: whose aspects the headings are, and that the year's notice decides. */
  otherYearAspectsNoTemplate: (other: string, earlier: boolean, match: OtherYearMatch, year: number) =>
    `${otherYearMatch(other, match)}：是否${earlier ? '沿用了往年' : '套用了其他年度'}的方面？每年对照检查的方面由当年通知规定、年年不同，${year}年度的材料应按${year}年度通知列出的方面逐项查摆。`,
  outsideTemplate: (heading: string, template: string) => `“${insideQuotes(heading)}”与${template}的各方面都对不上，作为模板外内容，不计入方面检查。`,
  briefPrevious: (chars: number) =>
    chars === 0
      ? '上年度整改落实情况只有标题，没有写明整改情况：请逐条说明上年度查摆问题的整改措施和成效，未完成的写明原因和下一步打算。'
      : `上年度整改落实情况只写了 ${chars} 个字的概括：请逐条说明上年度查摆问题的整改措施和成效，未完成的写明原因和下一步打算。`,
  briefPreviousAdvice: '上年度整改落实情况要对照上年度查摆的问题逐条说明：采取了哪些措施、取得了什么成效、还有哪些没有完成。审阅时会与上年度材料对照，“已全部整改到位”一句话会被退回。',
  /** `place`: where in last year's material (第5段, 第7行); `shared`: words a passage of this year's part shares with it, when only those tie them. */
  previousUnreported: (problem: string, place: string, shared: readonly string[]) =>
    `上年度材料${place}查摆的问题“${problem}”，本部分没有说明整改情况${shared.length ? `（只在${shared.map((w) => `“${w}”`).join('、')}上有文字相合，没有明确说到这一问题）` : ''}：请写明采取了哪些措施、取得了什么成效，未完成的说明原因和下一步打算。`,
  previousUnreportedAdvice: '上年度整改落实情况要对照上年度查摆的问题逐条说明，审阅时会拿上年度材料逐项核对，漏掉的问题会被退回。',
  /** `place`: where in last year's material; `percent`: the share of this problem's text found in last year's. */
  repeatedProblem: (lastProblem: string, place: string, percent: number) =>
    `这一问题与上年度材料${place}的问题“${lastProblem}”几乎相同（约${percent}%的文字相同）：照搬上年度的问题会被退回。请查摆本年度新的问题；确属同一问题仍未解决的，应写明上年度整改后为何仍然存在。`,
  /** A problem whose heading sentence is last year's (`near`: but for a character or two), its example new. */
  repeatedProblemHeading: (lastProblem: string, place: string, near: boolean) =>
    `这一问题的标题与上年度材料${place}的问题“${lastProblem}”${near ? '几乎' : '完全'}相同：即使换了事例，照写上年度的问题也会被退回。请查摆本年度新的问题；确属同一问题仍未解决的，应写明上年度整改后为何仍然存在。`,
  repeatedProblemAdvice: '对照检查材料要查摆本年度的问题。与上年度材料几乎相同的问题，审阅时会被视为“换了日期的旧材料”而退回。',
  briefCase: (chars: number) =>
    chars === 0
      ? '反面典型案例剖析只有标题，没有内容：请剖析案例的原因，并对照案例查摆自身差距。'
      : `反面典型案例剖析只写了 ${chars} 个字：请剖析案例的原因（理想信念、纪律规矩、权力观等），并对照案例查摆自身差距、举出实例。`,
  briefCauses: (chars: number, labels: string[]) =>
    labels.length
      ? `原因分析只列了 ${labels.length} 条标题（${labels.slice(0, 2).map((l) => `“${insideQuotes(l)}”`).join('、')}${labels.length > 2 ? '等' : ''}），没有展开剖析：请逐条联系自身，写明问题产生的思想根源和具体表现。`
      : `原因分析只写了 ${chars} 个字：请从理想信念、宗旨意识、党性修养、纪律规矩等方面，逐条联系自身剖析问题产生的根源。`,
  briefCausesAdvice: '原因分析要针对查摆的问题，从理想信念、宗旨意识、党性修养、纪律规矩、政绩观等方面逐条剖析，联系自身写明为什么会出现这些问题。只列几条标题或一句“学习不够、要求不严”会被退回。',
  briefCaseAdvice: '2024、2025年度通知要求剖析反面典型案例：写明案例的主要事实，从理想信念、纪律规矩、权力观等方面剖析原因，再对照案例反观自己，写出类似的苗头或差距和实例。“深受警醒”一句话会被退回。',
  caseNoSelfComparison: () => '反面典型案例剖析只写了案例本身，没有对照案例查摆自身差距：请写明对照案例反观自己、查找到的差距。',
  reasonTitleYear: (year: string) => `标题“${year}”`,
  reasonPreambleYear: (year: string) => `开头“${year}”`,
  reasonThemeWords: (words: string[]) => `${words.map((w) => `“${w}”`).join('、')}`,
  reasonFitAll: (n: number, of: number | null = null) => `${n} 个方面标题均与该模板一致${of === null ? '' : `（该模板共 ${of} 个方面）`}`,
  reasonFitSome: (n: number, total: number, of: number | null = null) => `${total} 个方面标题中 ${n} 个与该模板一致${of === null ? '' : `（该模板共 ${of} 个方面）`}`,
  reasonNoAspects: () => '未见方面标题',
  reasonFitOther: (name: string) => `各方面标题更符合“${name}”`,
  /** The stated year yields to the title's theme words and the headings (a meeting held in the following year). */
  reasonYearNotDeciding: (year: string) => `“${year}”应为召开年份`,
  reasonEmpty: (name: string) => `文档中还没有可判断年度的内容，按最新模板“${name}”`,
  reasonNothing: (name: string) => `标题和开头未写年度，各方面标题也无法判断，按最新模板“${name}”`,
  reasonFitNone: () => '各方面标题与已有模板都对不上',
  reasonUnknownYear: (year: number, meeting?: string) => `还没有${year}年度${meeting ?? ''}的模板`,
  /** A material stating no year, dated in a season no template covers (detect.ts `dated`). */
  reasonDated: (date: string, year: number) => `材料日期“${date.replace(/^[（(]|[）)]$/g, '')}”，应为${year}年度的材料`,
  /** An empty document checked in a season no template covers (detect.ts `season`). */
  reasonSeasonEmpty: (year: number) => `文档中还没有可判断年度的内容；现在撰写的是${year}年度的材料，还没有该年度的模板，可从通知导入当年的方面`,
  /** A document that says nothing of its year or aspects, checked in such a season. */
  reasonSeasonNothing: (year: number, meeting?: string) =>
    `标题和开头未写年度，各方面标题也无法判断；现在撰写的是${year}年度${meeting ?? ''}的材料，还没有该年度的模板，可从通知导入当年的方面`,
  /** A material read by its headings alone (no year stated) in such a season. */
  reasonSeasonMaybe: (year: number, meeting?: string) => `材料未写年度；如是${year}年度${meeting ?? ''}的材料，应以当年通知的方面为准（可从通知导入）`,
  /** Another year's template of the same meeting names most of the headings: the writer may choose it. */
  reasonOtherYearFits: (name: string, id: string) => `各方面标题与“${name}”的方面一致，如当年沿用这些方面，可指定该模板检查（${id}）`,
  /** A local set (Template.localVariants) whose aspects the headings mostly do not name. */
  reasonLocalSet: (name: string, named: number, of: number) => `各方面标题只对上“${name}”${of} 个方面中的 ${named} 个：组织生活会的方面各地不同，不按该模板检查`,
  reasonJoin: (parts: string[]) => `依据：${parts.join('；')}`,
  reasonChosen: (name: string) => `已指定模板“${name}”`,
  notAMaterial: (title: string, kind: string) =>
    `标题“${insideQuotes(title)}”${kind ? `像是一份${kind}，不是` : '不像是'}对照检查材料（没有找到存在的问题、原因分析和整改措施），不再逐项检查：如果是放错的文件，可不必理会；如果是材料，请按通知要求写出各部分。`,
  /** A document mostly not in Chinese (an English README, code): `title` its title or first line. */
  notAMaterialForeign: (title: string) =>
    `“${insideQuotes(title)}”大部分不是中文（像是英文说明或代码），不是对照检查材料，不再逐项检查：如果是放错的文件，可不必理会。`,
  /** The readable report's structure line for problems listed with no aspect headings (AspectNode.unsectioned). */
  unsectionedLine: '未分方面（问题直接列在部分标题下）',
  /** The readable report's structure line for a document that is no material. */
  notAMaterialStructure: '不像对照检查材料，未逐项列出（见下方警告）',
  /**
   * The readable report's note under its counts when `check --level` left findings out: `label`
   * the level (警告), `hidden` what was left out (“提示 10 个”), `most` whether the level is the most
   * serious one (错误: nothing is above it).
   */
  /**
   * A 整改清单 row's empty owner/deadline cells (rule table-gap): `measure` the measure's label, each
   * gap its column's header (完成时限) and what the cell holds ('' for nothing, else “/”, “待定” …).
   */
  tableGap: (measure: string, gaps: { role: 'owner' | 'deadline'; header: string; written: string }[]) =>
    `整改清单中措施“${measure}”的${gaps.map((g) => `${g.header || (g.role === 'owner' ? '责任人' : '完成时限')}一栏${g.written ? `只写了“${g.written}”` : '空着'}`).join('，')}：请写明${gaps.map((g) => (g.role === 'owner' ? '责任人（单位）' : '完成时限')).join('和')}，整改才可检验。`,
  /**
   * A 整改清单 row with no measure (rule table-gap): `number` its 序号 (or place), `problem` its 问题
   * cell ('' when blank too), `blanks` the headers of its empty 措施/责任人/时限 columns.
   */
  tableEmptyRow: (number: string, problem: string, blanks: string[]) =>
    `整改清单第${number}行${problem ? `（问题“${insideQuotes(problem)}”）` : ''}的${blanks.join('、')}${blanks.length > 1 ? '都' : ''}空着：${problem ? '请写明针对这一问题的整改措施、责任人和完成时限' : '请写明这一行的问题、整改措施、责任人和完成时限，用不着的空行请删去'}。`,
  levelNote: (label: string, hidden: string, most: boolean) => `（按 --level 只列出“${label}”${most ? '' : '及以上'}级别的问题；另有${hidden}未列出）`,
  notAMaterialAdvice: '对照检查材料应写出存在的主要问题、原因分析和整改措施；会议通知、方案等文件不必检查。',
  /** Added to a chosen template's reason when the material states another meeting year. */
  reasonYearDiffers: (year: number, years: number[]) => `；但材料写的是${year}年度，所选模板是${years.map((y) => `${y}年度`).join('、')}的`,
  noticeNoList: () =>
    '没有在通知中找到方面列表：应有“重点对照以下N个方面：一是…；二是…”、“（一）带头…方面”或逐行编号的方面。请检查文件是否为当年的通知，或把方面列表整理成逐行编号后再导入。',
  noticeTooMany: (n: number) => `通知中读出 ${n} 个方面，多于 16 个，可能不是方面列表：请只保留方面列表后再导入。`,
  /** A material (not a notice) given to the notice reader, with no aspect list to read. */
  noticeMaterialNoList: () =>
    '这份文字看起来是对照检查材料（有“存在的问题”“整改措施”等部分标题），不是会议通知，读不出要对照的方面。请使用当年民主生活会（组织生活会）通知中列出对照方面的那一段。',
  noticeLooksLikeMaterial: () =>
    '这份文字看起来是对照检查材料（有“存在的问题”“整改措施”等部分标题），不是会议通知：读出的方面来自材料自己的方面标题，请核对后再使用，或改用当年的通知。',
  noticeTemplateName: (year: number | null, meeting: string) => `${year === null ? '' : `${year}年度`}${meeting}（从通知导入）`,
  reasonFile: (name: string, source?: string) => `使用模板文件“${name}”${source ? `（来自 ${source}）` : ''}`,
  /** The summary finding that stands for a rule's findings beyond the per-document cap (rules/index.ts). */
  moreOfRule: (n: number) => `另有 ${n} 处同类问题未逐条列出（自本段起）：请先改正上面列出的各处，重新检查后其余的会逐条显示。`,
  ...linkMessages,
};

export { RULE_ADVICE, deliverableText, paneDeliverableText, panePreviousText, COMMENT_AUTHOR, COMMENT_INITIALS } from './deliverables/messages';

const TYPE_LABEL: Record<string, string> = { string: '文字', integer: '整数', number: '数字', boolean: 'true 或 false', array: '列表', object: '对象' };

/** Words about dismissed findings (the CLI report and the pane). */
export const dismissalText = {
  reportTitle: (n: number) => `已忽略（文档中标记，共 ${n} 项）：`,
  byRule: '〔本文档不检查此规则〕',
  byFinding: '〔已忽略此条〕',
  reason: (r: string) => `理由：${r}`,
};

/** Labels of fixes (shown on the fix button and in the CLI report) and the text fixes insert. */
export const fixText = {
  replaceWith: (text: string) => `改为“${insideQuotes(text)}”`,
  /** The fix deleting an item written twice (rule numbering). */
  deleteRepeat: '删去重复的一条',
  renumber: (first: string, more: number) => (more > 0 ? `改为“${insideQuotes(first)}”，其后 ${more} 项顺延` : `改为“${insideQuotes(first)}”`),
  applyHeadingStyle: (level: number) => `设为“标题 ${level}”样式`,
  applyAllHeadingStyles: (n: number) => `全部应用：${n} 个标题设为标题样式`,
  insertAspect: (heading: string) => `在此处插入“${insideQuotes(heading)}”及占位内容`,
  insertPart: (heading: string) => `在此处插入“${insideQuotes(heading)}”及占位内容`,
  insertPartHeading: (heading: string) => `在各方面之前插入总标题“${insideQuotes(heading)}”`,
  addMeasureStub: '在整改措施末尾补一条对应措施（占位）',
  measureStub: (marker: string, problem: string) => `${marker}针对“${problem}”的问题，……（写明具体措施、完成时限和责任人）。`,
  selectPlaceholder: '选中下一处占位内容',
  /**
   * One edit, for the readable report: 「四是」→「三是」, 第8段后插入「…」, 第2段设为标题 1. A
   * `place` is said by places.ts (第8段, or 第8行 in a text file).
   */
  editReplace: (before: string, after: string) => `「${before}」→「${after}」`,
  editInsert: (after: string) => `插入「${after}」`,
  editNewParagraph: (place: string, text: string) => `${place}后插入「${text}」`,
  editStyle: (place: string, level: number) => `${place}设为“标题 ${level}”`,
  editSelect: (place: string) => `选中${place}的占位内容`,
  /**
   * A selecting fix over several placeholders: the first (`place`), that applying it again goes on,
   * and where they are (`places`: the first ones, said together as 第3、5段, or '' when there is one
   * place; `more`: places after them, said as 等).
   */
  editSelectNext: (place: string, places = '', more = 0) =>
    `先选中${place}的占位内容，再次执行依次选中下一处${places ? `；各处在${places}${more > 0 ? '等' : ''}` : ''}`,
  /** --fix-preview of a selecting fix: the placeholders it walks through, in order. */
  previewSelect: (place: string, text: string) => `  ▸ ${place}「${text}」`,
  previewSelectMore: (n: number) => `  ▸ ……另有 ${n} 处`,
  /** --fix-preview: a selecting fix changes no text. */
  previewSelectNote: '  （只选中，不改动文字；依次选中以下各处）',
  reportFix: (label: string, edits: string) => `修改：${label}${edits ? `（${edits}）` : ''}`,
  moreEdits: (n: number) => `等 ${n} 处`,
  /**
   * `place`: where the edit goes (第26段, 第26段后); `rule`: the rule id, shown only when asked
   * (--verbose), undefined leaves it out; `about`: the finding's place when the edit is elsewhere.
   */
  previewTitle: (place: string, rule: string | undefined, label: string, about?: string) =>
    `@@ ${place} ${rule ? `[${rule}] ` : ''}${label}${about ? `（问题在${about}）` : ''}`,
  /** --fix-preview: a paragraph inserted after the one at `place`. */
  previewAfter: (place: string) => `${place}后`,
  previewNone: '没有可以自动修改的问题。',
  previewWithdrawn: '（文字已变化，此修改不适用）',
  previewStyle: (level: number) => `〔标题 ${level}〕`,
  /**
   * Under a plain-text (.txt/.md) preview: heading styles mean nothing there, so inserted headings
   * are shown without a style and `skipped` style-only fixes are left out.
   */
  previewPlainText: (skipped: number) =>
    `（纯文本文件没有标题样式：插入的标题不标样式${skipped ? `，${skipped} 处只设标题样式的修改不适用，未列出` : ''}。）`,
};
