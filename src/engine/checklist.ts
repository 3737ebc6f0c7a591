/**
 * The 整改清单 (rectification checklist: 问题 | 整改措施 | 责任人 | 完成时限) built from an analysis.
 * One row per problem item with the measures linked to it (src/engine/link); when the material's
 * measures are already a table (a 整改清单 pasted into the material), one row per measure row,
 * with the problems it answers best (each problem in one row), then a row with empty cells for
 * each problem no row answers. Owner and deadline are read from the measure text — or, in a
 * table, from the row's own 责任人 and 时限 cells, as written (长期坚持, 立行立改), the 措施 cell then
 * holding the measure alone; a cell stays empty when none is written, so the gap is visible.
 */
import type { Analysis } from './index';
import type { DocumentInput, Paragraph } from './types';
import { effectiveText } from './outline';
import { blank, claimedProblem, columnValues, headerRoles, type ColumnRole, type RowCell } from './table-rows';
import { linksOf, measureConcreteness } from './link';
import { SELF_OWNER, selfOwnerStarts } from './link/patterns';
import { stripMarker, toHalfWidth } from './link/text';
import { stripLeadingMarker } from './markers';
import { deliverableText as t } from './messages';
import { clip } from './text';
import { unwrapValues } from './wrapped-values';

export interface ChecklistRow {
  /**
   * The aspect's short title (template aspect); for a section outside the template its own
   * heading in short form (sectionLabel), 其他 only when that heading has no words left.
   */
  aspect: string;
  /** The problem item's heading sentence(s); empty for a measure that answers no listed problem. */
  problem: string;
  /** 0-based paragraph of the problem (first one), or null. */
  problemParagraph: number | null;
  /** The linked measures, whole (heading sentence and body), best first. */
  measures: string[];
  /** Their 0-based paragraphs. */
  measureParagraphs: number[];
  /** Owners named in those measures (责任人：…, 由…牵头), joined with 、; '' when none is written. */
  owner: string;
  /** Deadlines written in those measures (6月底前, 年内完成 …), joined with 、; '' when none. */
  deadline: string;
  /**
   * The problem's best link is weak (link.ts Strength): its measures share a word or a place with
   * it, not its point, so they are a hint, not the answer. The 整改措施 cell shows them marked
   * （待确认） (measuresCell), so a reviewer sees the gap. Absent for a strong link, a measure's own
   * row and a row of the writer's own table.
   */
  tentative?: true;
}

const OWNER_LABELLED = /(?:责任人|责任单位|责任领导|责任部门|牵头单位|牵头部门|牵头领导|牵头人|负责人|责任主体)\s*[：:]\s*([^；;。，,）)\n]{1,30})/g;
/** 由…牵头/负责, where 负责 is no part of the owner (由局主要负责同志牵头: 局主要负责同志). */
const OWNER_LED = /由([^，。；,;：:\n]{1,12}?)(?:牵头|负责)(?!同志|人|领导|干部)/g;
/** “责任人 本人” (a space for the colon, as in a table pasted as text): only for the writer themself. */
const OWNER_SPACED = /(?:责任人|负责人)[ \t\u3000]+(我本人|本人|个人|我)(?![\u4e00-\u9fff])/g;
/** Where a labelled owner's value stops when the next label follows after a space: “本人　完成时限：…”. */
const NEXT_LABEL = /[ \t\u3000]+(?:(?:完成|整改|办结)?(?:时限|时间|期限)|截止|责任|牵头|配合|督办|备注)/;
/** Adverbs between an owner and 负责/牵头 (由分管副局长具体负责): no part of the owner's name. */
const OWNER_ADVERB = /(?:具体|全面|直接|统一|亲自|主要|共同|专门|统筹|总体|分别|切实|重点|一并|协调|配合)+$/;
/** The writer's words for themself, written 本人 in the checklist (the word a 整改清单 uses). */
const SELF = /^(?:我本人|本人|个人|我)$/;

/**
 * Owners a measure names: “责任人：张三” → 张三, “由组织部牵头” → 组织部, and the writer of a
 * personal material as owner — “责任人：本人”, “由我负责”, “本人亲自抓”, “责任人 我” → 本人 (a
 * sentence that only mentions 本人 names no owner, see link/patterns SELF_OWNER). In order,
 * without repeats.
 */
export function ownersIn(text: string): string[] {
  // A value broken over two lines (责任人：党↵组书记) read whole; two owners a line each as a list.
  text = unwrapValues(text);
  const found: { at: number; name: string }[] = [];
  for (const re of [OWNER_LABELLED, OWNER_LED, OWNER_SPACED]) {
    for (const m of text.matchAll(re)) {
      const cut = m[1].search(NEXT_LABEL);
      const name = (cut >= 0 ? m[1].slice(0, cut) : m[1]).trim();
      found.push({ at: m.index ?? 0, name: re === OWNER_LED ? name.replace(OWNER_ADVERB, '') : name });
    }
  }
  for (const m of text.matchAll(SELF_OWNER)) if (selfOwnerStarts(text, m.index ?? 0)) found.push({ at: m.index ?? 0, name: m[1] ?? m[2] });
  const out: string[] = [];
  for (const f of found.sort((a, b) => a.at - b.at)) {
    const name = SELF.test(f.name) ? '本人' : f.name;
    if (name && !out.includes(name)) out.push(name);
  }
  return out;
}

/** A labelled deadline, “完成时限：长期坚持”: its value is what the writer set, whatever its words. */
const DEADLINE_LABELLED = /(?:完成|整改|办结)?(?:时限|时间|期限)\s*[：:]\s*([^；;。，,）)\n]{1,20})/g;
/** Evidence that only says a limit is set (明确完成时限, 整改时限), not the limit itself. */
const LIMIT_WORD = /时限$/;

/**
 * Deadlines a measure names, without repeats: a labelled value as written (完成时限：长期坚持 →
 * 长期坚持), then the deadline evidence of its concreteness (6月底前, 年内完成) — but not the
 * bare words 完成时限 / 明确时限, which say that a limit is set, not which.
 */
export function deadlinesIn(text: string): string[] {
  // A value broken over two lines (完成时限：2026年↵6月底) read whole.
  text = unwrapValues(text);
  const out: string[] = [];
  for (const m of text.matchAll(DEADLINE_LABELLED)) {
    const cut = m[1].search(NEXT_LABEL);
    const value = (cut >= 0 ? m[1].slice(0, cut) : m[1]).trim();
    if (value && !out.includes(value)) out.push(value);
  }
  for (const e of measureConcreteness(text).evidence) {
    if (e.kind !== 'deadline' || LIMIT_WORD.test(e.text) || out.some((d) => d.includes(e.text))) continue;
    out.push(e.text);
  }
  return withTheirYear(out, text);
}

/** A deadline written without its year: a month, a half year, a quarter, the year's end, a holiday (6月底前, 上半年前, 年底前, 二季度末). */
const YEARLESS_DATE = /^(?:\d{1,2}月|[一二三四五六七八九十]{1,3}月|[上下]半年|年(?:底|末|内)|第?[一二三四1-4]季度|春节|元旦|国庆|五一|端午|中秋|清明)/;
/**
 * A year a measure names as the time of its work ("2026年，…", "2026年3月启动", "在2026年要…",
 * "2026年上半年…"): four digits and 年 followed by a comma, a month, a half year, a quarter, its
 * end, or a verb of starting or planning. Not 2025年度, 2024年以来 or 2025年发现的问题 (a year the
 * work is not in). Checked at each 年 found by indexOf (no scan of the text by a regular expression).
 */
const TIME_OF_WORK = /^(?:[，,]|\d{1,2}月|[一二三四五六七八九十]{1,3}月|[上下]半年|第?[一二三四1-4]季度|底|末|内|起|开始|全年|要|将|计划|力争|确保)/;
/** Deadlines a text may have whose year is looked up (a measure sets a few; a flood of them is left as written). */
const MAX_YEARED = 16;

/**
 * `deadlines` as the 整改清单 writes them: one written without its year (YEARLESS_DATE) after a
 * year named earlier in `text` as the time of the work (TIME_OF_WORK) takes that year, the latest
 * one before it — "2026年，开展专项整治，上半年前完成摸排，年底前全部销号" gives 2026年上半年前 and
 * 2026年底前, as "2026年上半年前" written together does (a deadline the year is written with keeps
 * it; 今年/明年 stay as written). Linear: the text's years read once, each deadline found once.
 */
function withTheirYear(deadlines: string[], text: string): string[] {
  if (!deadlines.length || !text.includes('年')) return deadlines;
  const half = toHalfWidth(text);
  // Where each year of the work is named: [offset after "NNNN年", the year].
  const years: [number, string][] = [];
  for (let at = half.indexOf('年'); at >= 0; at = half.indexOf('年', at + 1)) {
    if (at < 4 || !/^\d{4}$/.test(half.slice(at - 4, at)) || /\d/.test(half[at - 5] ?? '')) continue;
    if (TIME_OF_WORK.test(half.slice(at + 1, at + 5))) years.push([at + 1, half.slice(at - 4, at)]);
  }
  if (!years.length) return deadlines;
  return deadlines.map((d, k) => {
    if (k >= MAX_YEARED || !YEARLESS_DATE.test(d)) return d;
    const where = half.indexOf(toHalfWidth(d));
    if (where < 0) return d;
    let year = '';
    for (const [after, y] of years) if (after <= where) year = y;
    return year ? (d[0] === '年' ? year + d : `${year}年${d}`) : d;
  });
}

/** The CJK character runs of a text as 3-character keys (digits, Latin and punctuation break runs). */
function trigrams(text: string): Set<string> {
  const out = new Set<string>();
  for (const run of text.match(/[\u4e00-\u9fff]{3,}/g) ?? []) for (let i = 0; i + 3 <= run.length; i++) out.add(run.slice(i, i + 3));
  return out;
}

/** Do two texts share three CJK characters running (a word of the problem in the measure)? */
function sharesWords(a: string, b: string): boolean {
  const keys = trigrams(b);
  for (const k of trigrams(a)) if (keys.has(k)) return true;
  return false;
}

/** Clauses of a measure: cut at ；。 and line ends (commas keep a clause whole). */
const CLAUSE_END = /[；;。\n]/;

/**
 * The owners and deadlines of measure `body` for the problem whose text is `problem`, when the
 * measure answers several problems (t23 m05: the row of “依法行政意识还需加强” took 2026年6月底前, the
 * deadline of the clause answering 养老服务中心).
 * Labelled values (责任人：…, 完成时限：…) hold for the whole measure; the others (由…牵头, 6月底前) only
 * from the clauses sharing three characters running with the problem, when some clause does — else
 * from the whole measure. `problem` '' reads the whole measure.
 */
export function ownersAndDeadlinesFor(body: string, problem: string): { owners: string[]; deadlines: string[] } {
  // Its clauses are cut at line ends: a value broken over two lines is joined first (wrapped-values.ts).
  body = unwrapValues(body);
  const keys = problem ? trigrams(problem) : new Set<string>();
  const clauses = body.split(CLAUSE_END).filter((c) => c.trim());
  const related = clauses.filter((c) => [...trigrams(c)].some((k) => keys.has(k)));
  if (!keys.size || !related.length || related.length === clauses.length) return { owners: ownersIn(body), deadlines: deadlinesIn(body) };
  const near = related.join('。');
  const owners: string[] = [];
  const deadlines: string[] = [];
  const add = (list: string[], v: string) => {
    if (v && !list.includes(v)) list.push(v);
  };
  for (const m of body.matchAll(OWNER_LABELLED)) for (const o of ownersIn(m[0])) add(owners, o);
  for (const o of ownersIn(near)) add(owners, o);
  // A deadline of these clauses written without its year takes the year named before it in the whole measure (withTheirYear).
  for (const m of body.matchAll(DEADLINE_LABELLED)) for (const d of withTheirYear(deadlinesIn(m[0]), body)) add(deadlines, d);
  for (const d of withTheirYear(deadlinesIn(near), body)) if (!deadlines.some((x) => x.includes(d))) add(deadlines, d);
  return { owners, deadlines };
}

/**
 * A sign-off run into the last measure (t23 m07: “4、严守工作纪律，杜绝迟到早退。\n对照人：赵××”, the
 * outline reading it as the measure's text): a line (or a part after a space or full stop) opening
 * with the signer's label — 对照人, 对照检查人, 检查人, 发言人, 汇报人, 剖析人 — and all after it.
 */
const SIGN_OFF = /(?:^|[\n。．；;\s\u3000])(?:对照(?:检查)?人|检查人|发言人|汇报人|剖析人)\s*[：:][\s\S]*$/;
/** A date alone on the last line (the sign-off's, 2025年1月15日). */
const DATE_LINE = /\n[ \t\u3000]*(?:\d{4}|[〇零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,2}月[\d一二三四五六七八九十]{1,3}日[ \t\u3000]*$/;

/**
 * A measure's text without a sign-off run into it (SIGN_OFF, DATE_LINE): the checklist's 整改措施
 * cell, owner and deadline never take the signer's name or the material's date. The text as it is
 * when it holds none, or when nothing would be left.
 */
export function withoutSignOff(text: string): string {
  const m = SIGN_OFF.exec(text);
  let out = m ? text.slice(0, m.index + (m[0].length && /[。．；;]/.test(m[0][0]) ? 1 : 0)) : text;
  out = out.replace(DATE_LINE, '').trimEnd();
  return out.trim() ? out : text;
}

/** Longest section label before it is cut with “…”. */
const LABEL_MAX = 16;

/**
 * The short form of a section heading outside the template, as the 方面 column shows it:
 * “（六）在加强基层组织建设方面存在的问题。” → 加强基层组织建设. The number, a leading
 * 在/关于, the tail 方面(存在的(主要|突出)问题)/存在的问题, markdown marks and closing
 * punctuation are left out; a long heading is cut at its first comma, then at 16 characters (…).
 * '' when nothing is left.
 */
export function sectionLabel(heading: string): string {
  let s = stripLeadingMarker(heading.replace(/[*#]/g, '').trim()).trim();
  s = s.replace(/^(?:在|关于)/, '');
  const comma = s.search(/[，,；;。：:]/);
  if (comma > 0) s = s.slice(0, comma);
  s = s.replace(/(?:方面)?(?:存在的?|查摆的?)?(?:主要|突出)?问题$/, '').replace(/方面$/, '').trim();
  // Cut where a word ends (clip), never inside one.
  return clip(s, LABEL_MAX);
}

/**
 * Build the checklist rows of `analysis` made from `input` (see the module comment). Never
 * throws; [] when the material lists neither problems nor measures.
 */
export function buildChecklist(analysis: Analysis, input: DocumentInput): ChecklistRow[] {
  const r = linksOf(analysis);
  const { outline, template } = analysis;
  // A template aspect by its short title; a section outside the template by its own heading.
  const aspectName = (l: { aspect: number | null; aspectIndex: number }) => {
    const section = outline.aspects[l.aspectIndex];
    // Problems listed with no aspect headings: 未分方面, not the part's own heading.
    const own = () => (section?.unsectioned ? t.unsectioned : sectionLabel(section?.node.heading ?? '') || t.otherAspect);
    return l.aspect === null ? own() : (template.aspects.find((a) => a.number === l.aspect)?.short ?? own());
  };
  // The outline may read a sign-off as the last measure's text (outline.ts; t23 m07): left out here.
  const body = (i: number) => withoutSignOff(outline.measures[i]?.body ?? r.measures[i]?.head ?? '');
  // Measures written as rows of a 整改清单 table: their own cells (measure, owner, deadline as
  // written), also when other measures of the material are not in the table (a line after it).
  const cellMeasures = r.measures.filter((m) => input.paragraphs[m.paragraph]?.cell !== undefined).map((m) => m.paragraph);
  const rows = cellMeasures.length ? measureRows(input.paragraphs, cellMeasures) : new Map<number, MeasureRow>();
  const rowOf = (i: number) => (r.measures[i] ? rows.get(r.measures[i].paragraph) : undefined);
  /** A problem's own text: its paragraph from its heading sentence on, up to the next item (二是…). */
  const problemOwnText = (l: { head: string; paragraph: number }) => {
    const text = input.paragraphs[l.paragraph] ? effectiveText(input.paragraphs[l.paragraph]) : '';
    const at = text.indexOf(l.head);
    const rest = at < 0 ? '' : text.slice(at + l.head.length);
    const next = rest.search(/[一二三四五六七八九十]是/);
    return l.head + (next < 0 ? rest : rest.slice(0, next));
  };
  // How many problems' rows list each measure: one listed in several is read clause by clause.
  const rowsOf = new Map<number, number>();
  const fill = (measureIdx: number[], problem = '') => {
    const owners: string[] = [];
    const deadlines: string[] = [];
    const add = (list: string[], v: string) => {
      if (v && !list.includes(v)) list.push(v);
    };
    for (const i of measureIdx) {
      const row = rowOf(i);
      if (row) {
        add(owners, row.owner);
        add(deadlines, row.deadline);
        continue;
      }
      // A measure answering several problems: each row takes what its own clauses set (t23 m05 row 6).
      const own = ownersAndDeadlinesFor(body(i), (rowsOf.get(i) ?? 0) > 1 ? problem : '');
      // An item of a group of measures that names no owner (or no deadline) has its group heading's
      // ("（二）围绕增强党性、砥砺作风（责任人：党组书记）" above "1.…2.…"): the group sets it for all its items.
      const group = outline.measures[i]?.group;
      for (const o of own.owners.length || !group ? own.owners : ownersIn(group)) add(owners, o);
      for (const d of own.deadlines.length || !group ? own.deadlines : deadlinesIn(group)) add(deadlines, d);
    }
    return {
      // The whole measure, as a 整改清单 lists it (its heading sentence alone drops the commitments);
      // a table row's measure cell alone (its owner and deadline have their columns).
      // Without the item's own number (二是, 1., （三）): the cell is numbered ①② in the row, and the
      // writer's numbering (六是 in the first row) means nothing in the table.
      measures: measureIdx.map((i) => rowOf(i)?.measure || stripMarker(body(i).trim()).trim() || r.measures[i].head),
      measureParagraphs: measureIdx.map((i) => r.measures[i].paragraph),
      owner: owners.join('、'),
      deadline: deadlines.join('、'),
    };
  };
  const tableRows = r.measures.length > 0 && r.measures.every((m) => input.paragraphs[m.paragraph]?.cell !== undefined);
  if (tableRows) {
    const listed = new Set<number>();
    const out: ChecklistRow[] = r.measures.map((m) => {
      // A problem is listed in the row of the measure that answers it best (a table row names one
      // problem); a measure that is no problem's best lists those it answers at all.
      const best = m.answers.filter((k) => r.links[k].measure === m.index);
      const keys = best.length ? best : m.answers;
      for (const k of keys) listed.add(k);
      const answered = keys.map((k) => r.links[k]);
      const own = rows.get(m.paragraph);
      return {
        aspect: [...new Set(answered.map(aspectName))].join('、'),
        problem: answered.map(problemText).join('\n'),
        problemParagraph: answered.length ? answered[0].paragraph : null,
        ...fill([m.index]),
        // The table's own cells: the measure without the owner and deadline its row gives apart.
        ...(own ? { measures: [own.measure], owner: own.owner, deadline: own.deadline } : {}),
      };
    });
    // Problems no row answers: a row each with empty cells, so the gap is visible.
    r.links.forEach((l, k) => {
      if (!listed.has(k) && !l.placeholder) out.push({ aspect: aspectName(l), problem: problemText(l), problemParagraph: l.paragraph, ...fill([]) });
    });
    return out;
  }
  // A problem's row lists its best measure, those answering it that are no other problem's best,
  // and another's best only when it shares words with this problem (t23 m05: the row of “改革攻坚
  // 韧劲不足” ran in 践行为民宗旨's 养老服务中心 and 行政复议 too).
  const texts = r.links.map(problemOwnText);
  const bestOf = new Map<number, number[]>();
  r.links.forEach((l, k) => {
    if (l.measure !== null) bestOf.set(l.measure, [...(bestOf.get(l.measure) ?? []), k]);
  });
  const own = (l: (typeof r.links)[number], k: number) =>
    l.measures.filter((i) => i === l.measure || (bestOf.get(i) ?? []).every((x) => x === k) || sharesWords(body(i), texts[k]));
  const lists = r.links.map(own);
  // A row of the writer's 整改清单 answering no problem by its words, whose own 问题 cell names a
  // listed problem: it answers that one (“配套政策落地慢 | 重要政策出台后1个月内…”, t23 m05).
  const linked = new Set<number>();
  for (const l of r.links) for (const i of l.measures) linked.add(i);
  const alone: number[] = [];
  r.measures.forEach((m, i) => {
    if (linked.has(i) || m.placeholder) return;
    const claimed = rowOf(i)?.problem ? claimedProblem(rowOf(i)!.problem, texts) : -1;
    if (claimed >= 0 && !r.links[claimed].placeholder) lists[claimed].push(i);
    else alone.push(i);
  });
  for (const list of lists) for (const i of list) rowsOf.set(i, (rowsOf.get(i) ?? 0) + 1);
  const out: ChecklistRow[] = r.links.map((l, k) => ({
    aspect: aspectName(l),
    problem: problemText(l),
    problemParagraph: l.paragraph,
    ...fill(lists[k], texts[k]),
    ...(l.strength === 'weak' && lists[k].length ? { tentative: true as const } : {}),
  }));
  // Measures that answer no listed problem keep their row: the writer's owner and deadline are part
  // of the deliverable. The 问题 cell is empty, so the gap shows — or, for a row of the writer's own
  // table, its own 问题 cell as written.
  for (const i of alone) out.push({ aspect: '', problem: rowOf(i)?.problem ?? '', problemParagraph: null, ...fill([i]) });
  return out;
}


/**
 * A problem as the 存在问题 cell shows it: its heading sentence without the item's own number
 * (一是, 1., （二）, 三 typed without 是) — the table has its 序号 column, and the writer's numbering mistakes (二是
 * twice) would otherwise be carried into the deliverable.
 */
function problemText(l: { head: string }): string {
  return stripMarker(l.head).trim() || l.head;
}

/** A measure row of a 整改清单 table, split by its header's columns. */
interface MeasureRow {
  /** The cells of the measure's column(s), one line each. */
  measure: string;
  /** The row's own 问题 cells as written, one line each ('' when none or the main cell is the 问题 one). */
  problem: string;
  /** The owner cells (责任人/责任单位/牵头…) as written, joined with 、; else owners named in the measure. */
  owner: string;
  /** The deadline cells (时限/完成时间…) as written — 长期坚持 and 立行立改 too; else deadlines in the measure. */
  deadline: string;
}

/**
 * The rows of the tables holding the measures at `paragraphs` (0-based indexes of each measure's
 * main cell), by that paragraph. A table is read as the outline reads it (table-rows.ts): its first
 * row that reads as a header names the columns. The measure is the text of the main cell's column
 * role (措施, or the column that stood for it), without 序号, 问题, 责任人 or 时限 cells; a cell of
 * several paragraphs keeps them as lines. Rows of a table without a header are left out (the
 * caller keeps the measure as the outline joined it).
 */
function measureRows(all: readonly Paragraph[], paragraphs: number[]): Map<number, MeasureRow> {
  const out = new Map<number, MeasureRow>();
  const tables = new Set(paragraphs.map((i) => all[i].cell?.table));
  // The cells of every row of those tables, in order: one small array per row.
  const rows = new Map<number, Map<number, RowCell[]>>();
  for (const p of all) {
    const c = p.cell;
    if (!c || !tables.has(c.table)) continue;
    const text = effectiveText(p).trim();
    if (!text) continue;
    let table = rows.get(c.table);
    if (!table) rows.set(c.table, (table = new Map()));
    let row = table.get(c.row);
    if (!row) table.set(c.row, (row = []));
    row.push({ text, column: c.column, paragraph: p.index });
  }
  const headers = new Map<number, ColumnRole[] | undefined>();
  const headerOf = (table: number): ColumnRole[] | undefined => {
    if (!headers.has(table)) {
      let found: ColumnRole[] | undefined;
      for (const cells of rows.get(table)?.values() ?? []) if ((found = headerRoles(cells))) break;
      headers.set(table, found);
    }
    return headers.get(table);
  };
  for (const i of paragraphs) {
    const c = all[i].cell;
    if (!c) continue;
    const header = headerOf(c.table);
    const cells = rows.get(c.table)?.get(c.row);
    if (!header || !cells) continue;
    const role = (x: RowCell): ColumnRole => header[x.column] ?? 'other';
    const main = cells.find((x) => x.paragraph === i);
    if (!main) continue;
    const texts = (r: ColumnRole) => cells.filter((x) => role(x) === r && !blank(x.text)).map((x) => x.text);
    const measure = texts(role(main)).join('\n');
    // An owner or deadline cell broken over two lines (党↵组书记, 2026年↵6月底) is one value; two owners a line each stay two.
    const owners = columnValues(cells, header, 'owner');
    const deadlines = columnValues(cells, header, 'deadline');
    out.set(i, {
      measure,
      problem: role(main) === 'problem' ? '' : texts('problem').join('\n'),
      owner: (owners.length ? owners : ownersIn(measure)).join('、'),
      deadline: (deadlines.length ? deadlines : deadlinesIn(measure)).join('、'),
    });
  }
  return out;
}

/** Circled numbers that set several measures of one row apart (①…⑳, then （21）…). */
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/**
 * The 整改措施 cell: one measure as it is; several, each on its own line behind ①②③ (t23 m05: three
 * measures ran together, one of them a table row with no number of its own). `tentative` (a weak
 * link, ChecklistRow.tentative): the cell opens with （待确认）, on a line of its own before ①②③.
 */
export function measuresCell(measures: readonly string[], tentative = false): string {
  // A weak link's measures (ChecklistRow.tentative) open with （待确认）: the one place that decides
  // it, for the .docx and .xlsx writers and the pane's table alike (all go through checklistTable).
  const mark = tentative && measures.length ? t.checklistTentative : '';
  if (measures.length < 2) return mark + measures.join('');
  return mark + (mark ? '\n' : '') + measures.map((m, k) => (k < CIRCLED.length ? CIRCLED[k] : `（${k + 1}）`) + m).join('\n');
}

/** The checklist as a table of strings, header first (序号 | 方面 | 存在问题 | 整改措施 | 责任人 | 完成时限). */
export function checklistTable(rows: ChecklistRow[]): string[][] {
  return [t.checklistHeader, ...rows.map((r, k) => [String(k + 1), r.aspect, r.problem, measuresCell(r.measures, r.tentative === true), r.owner, r.deadline])];
}
