/**
 * Where the placeholders of a text are, and which comes next after a position: one reading for the
 * placeholder rule (its fix's `selections`), `nextSelection` (fix.ts) and the hosts' 选中占位内容
 * stepping over the live document (word/placeholders.ts). Imports only text.ts, so the hosts'
 * start bundle stays small.
 */
import { PLACEHOLDER_MARK, PLACEHOLDER_RUN, zhSegmenter } from './text';

/** Every run of placeholder characters (PLACEHOLDER_RUN). */
const RUNS = new RegExp(PLACEHOLDER_RUN.source, 'g');
/** Every placeholder mark (PLACEHOLDER_MARK, global): also the placeholder rule's. */
export const PLACEHOLDER_MARKS = new RegExp(PLACEHOLDER_MARK.source, 'g');

/** Every unit a PLACEHOLDER_MARK match can start with (×× ＸＸ ｘｘ XX xx X *): a text without one holds no mark. */
const MARK_START = /[×Ｘｘ*xX]/;

/** A span in one text: UTF-16 offset and length. */
export interface TextSpan {
  start: number;
  length: number;
}

/** Only letter-like marks (××, XX, xx, ＸＸ): what may stand for a name; "x人", "*年" and "……" never do. */
const NAME_LIKE = /^(?:[×Ｘｘ]{2,}|[Xx]{2,})$/;

/**
 * What a blank is followed by when a number, a date or a count is to be written there: a unit or
 * measure word (××年××月, ××项, ××次, 征求意见××条, ××人次, ××%), 余/多 (××余人). Read before the
 * name heads, so ××项 is a blank while ××项目 (a project's name) is not.
 */
const UNIT_AFTER = /^(?:[年月日号时点秒次条个人名位件家篇本场天周期届岁户座批元万亿千百十倍%％余多]|分(?!公司|局|行|院|店|厂|会|校|中心)|项(?!目)|所(?!长)|处(?!长)|公里|季度|小时)/;
/** A digit after the mark: a year or a number (××2025年度), unless a post or a surname comes before. */
const DIGIT_AFTER = /^[0-9０-９]/;

/**
 * Where a name's head can be read: the Han characters after the mark, up to 8, stopping at a
 * function word or a negation (的, 等, 和, 在, 对, 未, 不 …) — "××村等", "XX现代农业产业园项目", but
 * not the 村 of "推进××工作落实到村".
 */
const HEAD_SPAN = /^[\u3400-\u9fff]{1,8}/;
const HEAD_STOP = /[的等和与及、在到向对把被是有未不没了也都将已为从由并或而]/;
/**
 * The head of a proper name: what follows a place's, an organ's, an enterprise's, a facility's or
 * a project's name (××县委, XX经济开发区, XX现代农业产业园, XX水库扩容工程, ××街道), or a person's
 * title (×××同志, ××书记). Anywhere in HEAD_SPAN.
 */
const NAME_HEAD =
  /同志|书记|主任|部长|局长|厅长|县长|市长|区长|镇长|乡长|村长|主席|委员|经理|会长|校长|院长|所长|站长|组长|队长|先生|女士|项目|工程|小区|花园|公寓|中心|公司|集团|企业|工厂|煤矿|农场|合作社|协会|银行|医院|卫生院|学校|中学|小学|大学|单位|街道|社区|党委|党组|支部|总支|委员会|县委|市委|区委|省委|政府|片区|园区|开发区|产业园|工业园|小镇|基地|景区|水库|河道|流域|旧址|商场|市场|药店|超市|酒店|宾馆|地区|城区|乡镇|村组|大道|广场|快速路|高速|园|经营部|门市部|服务部|营业部|项目部|功能区|示范区|新区|保护区|试验区|集聚区|商圈|大桥|隧道|车站|码头|港口|机场|电站|电厂/;
/** A place or organ right after the mark (××县, ××市, ××局, XX村, XX河): one character, not the start of a common word. */
const NAME_HEAD_FIRST = /^(?:[省市县区州盟旗镇乡村屯局厅委办院社校馆站司科股室庄湾寨路街河湖山港桥厂矿园段](?!署|分|面|托|理|法|别|域|会|结|伍|位|径|线|能|长期)|部(?!署|分|门))/;

/**
 * What an anonymised name follows: a post (原局长××, 县委书记×××, 主任XX, 负责人×××), a body a
 * member is named after (党支部 党员××, 党支部 ××), or a common surname right after a boundary
 * (张××, 李××同志, 对王××), also after a post (书记李××): the person's name withheld.
 */
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵钱严覃武戴莫孔汤';
const POSTS = '长|书记|主任|委员|经理|主席|会计|出纳|干部|职工|科员|党员|同志|群众|老师|医生|负责人|责任人|当事人|支部|党委|党组';
const NAME_BEFORE = new RegExp(`(?:(?:${POSTS})[ \u3000]?[${SURNAMES}]?|(?:^|[^\u3400-\u9fff]|[对和与及向同给让把被将由是的])[${SURNAMES}])$`);

/** A common surname ending the text before a mark (the person's name withheld: 对照刘××案). */
const SURNAME_END = new RegExp(`[${SURNAMES}]$`);
/**
 * What follows a person's withheld name, and not a blank, in the sentences writers use for a case or
 * a colleague: 案/案件/案例 (对照刘××案, the case named after its official), 同志, 等 (刘××等人), 的
 * (刘××的案例). Read only after a surname (SURNAME_END) that starts a word (surnameStartsWord), or after
 * ××× for 案 (ONE_NAME).
 */
const PERSON_AFTER = /^(?:案|同志|等|的)/;
/** A case named by a withheld full name with no surname (对照×××案件): three marks or more, then 案. */
const ONE_NAME = /^(?:[×Ｘｘ]{3,}|[Xx]{3,})$/;
/** The Han characters right before a mark (at most 4): where surnameStartsWord segments. */
const HAN_BEFORE = /[\u3400-\u9fff]{1,4}$/;

/**
 * Whether the surname ending `before` (the text right before a mark) starts a word there, so it is
 * a person's surname and not the last character of a word (对照/刘, 剖析/王, 学习/刘 — not 提高, 资金,
 * 规范, 责任, 历史: 提高××的比例 is a blank). Read by the engine's word segmenter (zhSegmenter) over
 * the Han characters before the mark; where the runtime has none, only a surname after a boundary or
 * a function word counts, as NAME_BEFORE reads it.
 */
function surnameStartsWord(before: string): boolean {
  const han = HAN_BEFORE.exec(before)?.[0] ?? '';
  if (han.length <= 1) return true;
  const words = zhSegmenter();
  if (!words) return false;
  const last = han.length - 1;
  return words.segment(han).containing(last)!.index === last;
}

/**
 * Whether the mark at `start` (`length` UTF-16 units) of `text` is a name anonymised in a written
 * sentence rather than a blank to fill: a letter-like mark (××, ×××, XX) followed by a name's head
 * (NAME_HEAD_FIRST right after it, or NAME_HEAD among the next characters: ××县委, XX经济开发区,
 * ×××同志) or after a post or a surname (NAME_BEFORE: 原局长××, 张××); never followed by a unit or
 * measure word (UNIT_AFTER: ××年××月, ××项, ××次 are blanks whatever stands before them), nor by
 * a digit unless a post or surname comes before (××2025年度 a blank, 副局长××2023年度 a name).
 * A mark that is all of a quotation inside a sentence (打造“XX”品牌) is a name too, and so is a mark
 * after a surname that starts a word, followed by 案/同志/等/的 (对照刘××案, 学习王××的案例: a case
 * part's official) or by any other text but a unit or a digit (暴露出张××理想信念动摇), and ××× before
 * 案 (对照×××案件).
 * "××" alone, "比如××。", "对××进行…", "××问题", "××案", "提高××的比例" stay blanks.
 */
export function isAnonymisedName(text: string, start: number, length: number): boolean {
  if (!NAME_LIKE.test(text.slice(start, start + length))) return false;
  const end = start + length;
  // A name in quotation marks, a brand's or a campaign's (打造“XX”党建品牌), inside a sentence.
  if (text[start - 1] === '“' && text[end] === '”' && start > 1 && end + 1 < text.length) return true;
  const after = text.slice(end, end + 8);
  if (UNIT_AFTER.test(after)) return false;
  const before = text.slice(Math.max(0, start - 5), start);
  const named = NAME_BEFORE.test(before);
  // A withheld name in a case's or a colleague's sentence (对照刘××案, 学习王××的案例, 刘××等人, 对照×××案件).
  if (!named && PERSON_AFTER.test(after)) {
    if (SURNAME_END.test(before) && surnameStartsWord(before)) return true;
    if (after[0] === '案' && ONE_NAME.test(text.slice(start, end))) return true;
  }
  if (DIGIT_AFTER.test(after)) return named;
  if (named || NAME_HEAD_FIRST.test(after)) return true;
  // A surname that starts a word, then the mark, in any sentence (暴露出张××理想信念动摇, 发现李××
  // 违规): a person named with the name withheld, as after a function word; a surname character
  // ending a word (提高××, 资金××, 规范××) is none.
  if (SURNAME_END.test(before) && surnameStartsWord(before)) return true;
  const span = HEAD_SPAN.exec(after)?.[0] ?? '';
  const stop = span.search(HEAD_STOP);
  return NAME_HEAD.test(stop < 0 ? span : span.slice(0, stop));
}

/**
 * The other shapes of "……" writers type: three or more full stops, ASCII, full-width or Chinese
 * ("...", "．．．", "。。。"). Runs of …/⋯ are PLACEHOLDER_RUN's.
 */
const OTHER_ELLIPSES = /\.{3,}|．{3,}|。{3,}/g;
/** A span's text that is an ellipsis of any shape (…, ……, ⋯⋯, ..., 。。。), not ×× or ＿＿. */
const ELLIPSIS_WHOLE = /^(?:[…⋯]+|\.{3,}|．{3,}|。{3,})$/;
/** Whether a text holds an ellipsis of any shape at all (the cheap test before any scan). */
const ANY_ELLIPSIS = /[…⋯]|\.{3}|．{3}|。{3}/;
/**
 * Quotations and titles: “…”, "…", 「…」, 『…』, 《…》 (not nested: the innermost pair of its kind).
 * An ellipsis inside one that holds words of its own is the quoted text elided.
 */
const QUOTED = /“[^“”]*”|"[^"\n]*"|「[^「」]*」|『[^『』]*』|《[^《》]*》/g;
/** What a quotation holding nothing but a blank is made of: ellipses, punctuation, spaces. */
const NO_WORDS = /^[…⋯.．。，,、；;：:！!？?\s\u3000]*$/;

/**
 * The quotations and titles of `text` that hold words besides their ellipses (“我们党……必须……”,
 * 《中共中央关于……的决定》): where an ellipsis is the quoted text elided, not left to write. A
 * quotation of only an ellipsis (“……”, 《……》) is a blank and is not among them. UTF-16 spans.
 */
function wordedQuotations(text: string): TextSpan[] {
  const out: TextSpan[] = [];
  if (!/[“"「『《]/.test(text)) return out;
  for (const m of text.matchAll(QUOTED)) {
    if (!NO_WORDS.test(m[0].slice(1, -1))) out.push({ start: m.index ?? 0, length: m[0].length });
  }
  return out;
}

/**
 * What an ellipsis left to fill stands next to, unlike one a sentence runs through (学习不深……还要加强,
 * a pause or a thought trailing off in a written sentence, nor one opening an excerpt: ……各级党员领导干部
 * 要…): before it a punctuation mark, a cue (比如, 例如) or a function word a blank follows (对……, 的……, 是……, 在……,
 * 按照……, 根据……, 围绕……);
 * after it the end of the text, a punctuation mark or an opening bracket (a writing hint), or a
 * unit or measure word (……人次, ……条, ……月底前: a number still to write, UNIT_AFTER).
 */
const BLANK_BEFORE = /(?:[\s\u3000，,。．.；;：:、！!？?（(【\[“"‘「『《》』」’”"）)]|比如|例如|譬如|[对的是在把将与和及为于从向给照据绕])$/;
const BLANK_AFTER = /^(?:$|[\s\u3000，,。．.；;：:、！!？?（(【\[”"’」』》）)])/;

/** Whether the ellipsis `s` of `text` stands where a blank stands (BLANK_BEFORE, BLANK_AFTER, a unit after it). */
function standsAsBlank(text: string, s: TextSpan): boolean {
  const end = s.start + s.length;
  return BLANK_BEFORE.test(text.slice(Math.max(0, s.start - 2), s.start)) || BLANK_AFTER.test(text.slice(end, end + 1)) || UNIT_AFTER.test(text.slice(end, end + 4));
}

/** Whether span `s` lies inside one of `quotes`. */
const inside = (s: TextSpan, quotes: readonly TextSpan[]): boolean => quotes.some((q) => s.start > q.start && s.start + s.length < q.start + q.length);

/**
 * The ellipses of one paragraph's text that stand for text not yet written (left to right, UTF-16
 * offsets): every run of …/⋯ and every "..."/"．．．"/"。。。" that stands where a blank stands
 * (standsAsBlank: at the end, by punctuation, after 比如 or 对, before a unit) outside a quotation
 * or a title that holds words of its own (there it is the quote elided: 习近平总书记指出：“我们党
 * ……必须……”, 《中共中央关于……的决定》). One a sentence runs through (学习不深……还要加强) is none. In these materials an ellipsis after written text — 比如……,
 * "全年只撰写心得2篇，……", "2026年6月底前，……", "谈心谈话……人次" — is a place left to fill: a
 * finished material elides nothing of its own. Empty for a text with none.
 */
export function ellipsisBlanksIn(text: string): TextSpan[] {
  const out: TextSpan[] = [];
  if (!text || !ANY_ELLIPSIS.test(text)) return out;
  const quotes = wordedQuotations(text);
  for (const re of [RUNS, OTHER_ELLIPSES]) {
    for (const m of text.matchAll(re)) {
      const s = { start: m.index ?? 0, length: m[0].length };
      if (ELLIPSIS_WHOLE.test(m[0]) && !inside(s, quotes) && standsAsBlank(text, s)) out.push(s);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The placeholder spans of one paragraph's text, left to right (UTF-16 offsets): every run of
 * ×× / ＿＿, every ellipsis (……, "...", "。。。") but one eliding a quotation or a title with
 * words of its own (“我们党……必须……”: wordedQuotations), and every other placeholder mark not
 * overlapping a run, leaving out names anonymised in a sentence (isAnonymisedName: ××县委,
 * 张××, ×××同志). Empty for no text.
 */
export function placeholderSpansIn(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  if (!text) return spans;
  const covered: TextSpan[] = [];
  // An ellipsis eliding a quotation is no place to fill; every other one is (the hosts' stepping
  // selects 按照……通知 and 甲……乙 too), whether or not it makes a written line a draft's.
  const quotes = ANY_ELLIPSIS.test(text) ? wordedQuotations(text) : [];
  for (const m of text.matchAll(RUNS)) {
    const s = { start: m.index ?? 0, length: m[0].length };
    covered.push(s);
    if (ELLIPSIS_WHOLE.test(m[0]) ? !inside(s, quotes) : !isAnonymisedName(text, s.start, s.length)) spans.push(s);
  }
  if (quotes.length || ANY_ELLIPSIS.test(text)) {
    for (const m of text.matchAll(OTHER_ELLIPSES)) {
      const s = { start: m.index ?? 0, length: m[0].length };
      covered.push(s);
      if (!inside(s, quotes)) spans.push(s);
    }
  }
  for (const m of text.matchAll(PLACEHOLDER_MARKS)) {
    const start = m.index ?? 0;
    if (!m[0].length || covered.some((s) => start < s.start + s.length && start + m[0].length > s.start)) continue;
    if (!isAnonymisedName(text, start, m[0].length)) spans.push({ start, length: m[0].length });
  }
  return spans.sort((a, b) => a.start - b.start);
}

/**
 * The blank marks of one paragraph's text (PLACEHOLDER_MARK, not runs of "……"), left to right:
 * those that are no anonymised name (isAnonymisedName). What makes a written paragraph a draft's.
 */
export function blankMarksIn(text: string): TextSpan[] {
  const out: TextSpan[] = [];
  // Most paragraphs hold no unit a mark starts with: no search (matchAll copies its pattern each call).
  if (!MARK_START.test(text)) return out;
  for (const m of text.matchAll(PLACEHOLDER_MARKS)) {
    const start = m.index ?? 0;
    if (m[0].length && !isAnonymisedName(text, start, m[0].length)) out.push({ start, length: m[0].length });
  }
  return out;
}

/**
 * The first of `spans` (in document order) that starts at or after `after` (a 0-based paragraph
 * index and a UTF-16 offset in that paragraph's text), else, wrapping round, the first; undefined
 * for no spans.
 */
export function spanAfter<T extends { paragraph: number; start: number }>(spans: readonly T[], after: { paragraph: number; offset: number }): T | undefined {
  for (const s of spans) if (s.paragraph > after.paragraph || (s.paragraph === after.paragraph && s.start >= after.offset)) return s;
  return spans[0];
}
