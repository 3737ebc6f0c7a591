/**
 * Which template a material follows, decided from two kinds of evidence:
 *
 *  - what the writer says: the meeting year in the title or preamble ("2025年度", "2023年…民主生活会"),
 *    the meeting (民主生活会 / 组织生活会), and the theme words each year's notice uses (党史学习教育,
 *    主题教育, 党纪学习教育, 八项规定精神学习教育 … — `themeWords` of each template);
 *  - how well the material's aspect headings (and, where a heading says nothing, its items) fit each
 *    template's aspects (the positive evidence of aspects.ts).
 *
 * A stated year decides when a template exists for it and the headings do not clearly contradict it;
 * a year with no template (2026年度, whose notice is not out yet) gives the unknown template: no
 * aspect is demanded. Without a year, theme words and fit decide together, and fit alone when the
 * material says nothing; a material whose headings fit no template gets the unknown template too.
 * An empty document gets the newest template. Domain facts: ../shared/templates.md.
 */
import type { DocumentInput } from './types';
import type { MappingOptions } from './aspects';
import { headingFeatures, mapAspects } from './aspects';
import { allTemplates, getTemplate, NEWEST_TEMPLATE_ID, unknownTemplate, type MeetingKind, type Template } from './template';
import { aspectCandidates, effectiveText, type AspectPool, type Structure } from './outline';
import { messages } from './messages';
import { asciiDigits } from './text';
import { emptyDocumentTemplate, meetingSeason, seasonCovered } from './season';

export { dayText, meetingSeason, parseDay } from './season';

export interface Detection {
  template: Template;
  /** Chinese: the evidence that decided (依据：标题“2025年度”；5 个方面标题均与该模板一致). */
  reason: string;
  /** The meeting year read from the title or preamble, or null. */
  year: number | null;
  /**
   * Fit of the headings to each built-in template (0..1), by id: for eval and tests. Computed when
   * first read (detection itself maps the headings only to the templates its decision weighs).
   */
  fits: Record<string, number>;
}

/** Choices compared by `npm run eval -- --variants`; defaults are the chosen ones. */
export interface DetectOptions {
  /** Ignore the title and preamble (fit alone). */
  fitOnly?: boolean;
  /** Ignore the fit (title and preamble alone; newest template when they say nothing). */
  metaOnly?: boolean;
  /** Fit below which a material fits no template. */
  minFit?: number;
  mapping?: MappingOptions;
  /**
   * The meeting year of the season the check runs in (`meetingSeason` of today's date; the CLI
   * and the pane pass it, tests and eval leave it out). When a document says nothing of its year
   * and no template exists for the season's year, an empty document or one whose headings say
   * nothing gets that year's unknown template instead of the newest template, and a material read
   * by its headings alone is told its year may need the new notice.
   */
  season?: number;
}

/** What the title and preamble say about the meeting. */
export interface MeetingFacts {
  /** The meeting year and the words it was read from ("2025年度"), and where. */
  year: { value: number; text: string; inTitle: boolean } | null;
  meeting: MeetingKind | null;
  /** Theme words found, per template id, with their weight (title 2, preamble 1) and how many stand in the title. */
  themes: Map<string, { words: string[]; weight: number; inTitle: number }>;
  /**
   * The material's own date — a line that is only a date under the title ("（2026年12月）") or in the
   * sign-off ("2026年12月15日") — and the meeting season it falls in (meetingSeason); null when none.
   */
  dated?: { season: number; text: string } | null;
}

/** A line that is only a date: year, month, maybe day, maybe in brackets (after asciiYears). */
const DATE_LINE = /^[（(]?\s*((?:19|20)\d\d)\s*年\s*([0-9]{1,2}|十[一二]?|[一二三四五六七八九])\s*月(?:\s*(?:[0-9]{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])\s*日)?\s*[）)]?$/;
/** Lines read for a date line at each end of the document (non-empty lines). */
const DATE_LINES = 4;

/** The month of a DATE_LINE's month group (1..12). */
function monthOf(m: string): number {
  if (/^\d+$/.test(m)) return Number(m);
  if (m.startsWith('十')) return 10 + (m.length > 1 ? '一二'.indexOf(m[1]) + 1 : 0);
  return '一二三四五六七八九'.indexOf(m) + 1;
}

/**
 * The material's date from a line that is only a date, among its first and last DATE_LINES
 * non-empty lines (under the title, or the sign-off), the sign-off's first; null when none.
 */
function datedOf(input: DocumentInput): { season: number; text: string } | null {
  const lines: string[] = [];
  const ps = input.paragraphs;
  for (let i = ps.length - 1, n = 0; i >= 0 && n < DATE_LINES; i--) {
    const t = effectiveText(ps[i]).trim();
    if (t) (lines.push(t), n++);
  }
  for (let i = 0, n = 0; i < ps.length && n < DATE_LINES; i++) {
    const t = effectiveText(ps[i]).trim();
    if (t) (lines.push(t), n++);
  }
  for (const line of lines) {
    if (line.length > 24) continue;
    const m = DATE_LINE.exec(asciiYears(line));
    if (!m) continue;
    const month = monthOf(m[2]);
    if (month < 1 || month > 12) continue;
    return { season: meetingSeason(new Date(Number(m[1]), month - 1, 1)), text: line };
  }
  return null;
}

/** Fit below which the headings fit no template. */
const MIN_FIT = 0.5;
/** Fit a template must reach to overrule the stated year or theme words. */
const STRONG_FIT = 0.6;
/** Below this fit the stated template is contradicted by its headings. */
const WEAK_FIT = 0.2;
/**
 * Least share of a local set's aspects (Template.localVariants) a material's headings must name to
 * be held against it: half. Fewer, and the material follows a set of its own.
 */
const LOCAL_MIN_RECALL = 0.5;
/**
 * Share of a material's headings a local set must explain to be held against it: more than half.
 * A 支部班子 material naming 发挥政治引领作用, 党员教育管理监督 … beside two or three of the 党员个人
 * set's words follows a set of its own, even when those few cover half the set.
 */
const LOCAL_MIN_PRECISION = 0.5;
/** Preamble read for the year and theme words (characters). */
const PREAMBLE_CHARS = 600;
/** Item text read per heading for the fit (characters): enough to judge, cheap on long materials. */
const BODY_CHARS = 300;
/**
 * Problems parts and headings read for the fit: a file holding many materials (a 班子 and its
 * members) is decided by its first ones, so detection costs the same on any length of file.
 */
const MAX_POOLS = 2;
const MAX_CANDIDATES = 12;

const CN_DIGITS = '〇一二三四五六七八九';

/** Full-width and Chinese-numeral years to ASCII digits ("二〇二五年" → "2025年"), length-preserving. */
function asciiYears(s: string): string {
  return asciiDigits(s).replace(/[〇零一二三四五六七八九]{4}(?=年)/g, (m) => [...m].map((c) => String(Math.max(0, CN_DIGITS.indexOf(c === '零' ? '〇' : c)))).join(''));
}

/**
 * A year followed by a month is a date ("（2024年1月）", "2024年12月28日"), not the meeting's year:
 * meetings are held from December to February, so a material dated 2024年1月 is for 2023年度
 * (../shared/templates.md, theme-education-2023).
 */
const NOT_A_DATE = '(?!\\s*(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})\\s*月)';
const YEAR_ANY = new RegExp(`((?:19|20)\\d\\d)\\s*年度?${NOT_A_DATE}`, 'g');
/** The year and the meeting named within one clause of one line (the preamble's lines are joined by "\n"). */
const YEAR_MEETING = new RegExp(`((?:19|20)\\d\\d)\\s*年度?${NOT_A_DATE}[^，。；,;\\n]{0,16}?(民主生活会|组织生活会)`, 'g');

function maxYear(text: string, re: RegExp): { value: number; text: string } | null {
  let best: { value: number; text: string } | null = null;
  for (const m of text.matchAll(re)) {
    const value = Number(m[1]);
    if (!best || value > best.value) best = { value, text: m[0].replace(/\s+/g, '').match(/^\d{4}年度?/)![0] };
  }
  return best;
}

/** The title (first short line) and the preamble (text before the first part heading). */
function headText(input: DocumentInput, s: Structure): { title: string; preamble: string } {
  const firstPart = s.parts.length ? s.parts[0].node.paragraph : input.paragraphs.length;
  let title = '';
  let preamble = '';
  for (const p of input.paragraphs) {
    if (p.index >= firstPart || preamble.length >= PREAMBLE_CHARS) break;
    const t = effectiveText(p).trim();
    if (!t) continue;
    if (!title && !preamble && t.length <= 80 && !/[。；]/.test(t)) title = t;
    else preamble += (preamble ? '\n' : '') + t.slice(0, PREAMBLE_CHARS - preamble.length);
  }
  return { title: asciiYears(title), preamble: asciiYears(preamble) };
}

/** The meeting year, the meeting and the theme words of a material's title and preamble. */
export function meetingFacts(input: DocumentInput, s: Structure, templates: Template[] = allTemplates()): MeetingFacts {
  const { title, preamble } = headText(input, s);
  const inTitle = maxYear(title, YEAR_ANY);
  const inPreamble = maxYear(preamble, YEAR_MEETING);
  const year = inTitle ? { ...inTitle, inTitle: true } : inPreamble ? { ...inPreamble, inTitle: false } : null;
  const kindOf = (t: string): MeetingKind | null => (/组织生活会/.test(t) ? '组织生活会' : /民主生活会/.test(t) ? '民主生活会' : null);
  const meeting = kindOf(title) ?? kindOf(preamble);
  const themes = new Map<string, { words: string[]; weight: number; inTitle: number }>();
  for (const t of templates) {
    const words: string[] = [];
    let weight = 0;
    let inTitle = 0;
    for (const w of t.themeWords ?? []) {
      if (title.includes(w)) {
        weight += 2;
        inTitle++;
      } else if (preamble.includes(w)) weight += 1;
      else continue;
      words.push(w);
    }
    if (weight > 0) themes.set(t.id, { words, weight, inTitle });
  }
  return { year, meeting, themes, dated: year ? null : datedOf(input) };
}

/** How well a material's candidate headings fit one template. */
export interface Fit {
  /** Share of the headings the template's aspects explain (0..1). */
  precision: number;
  /** Share of the template's aspects some heading names (0..1). */
  recall: number;
  /** For ranking templates: headings explained first, aspects covered second. */
  score: number;
  /** Headings whose own words name their aspect, and headings read. */
  supported: number;
  headings: number;
  /** The headings are numbered sections (not items that might be aspects). */
  headed: boolean;
}

const NO_FIT: Fit = { precision: 0, recall: 0, score: 0, supported: 0, headings: 0, headed: false };

/** How well the candidate headings fit a template (see `Fit`). */
export function templateFit(pools: AspectPool[], template: Template, o: MappingOptions = {}): Fit {
  // Numbered sections when there are any; items only when nothing else is there.
  const used = pools.some((p) => p.headed) ? pools.filter((p) => p.headed) : pools;
  if (!used.length || !template.aspects.length) return { ...NO_FIT, headed: used.some((p) => p.headed) };
  let quality = 0;
  let recall = 0;
  let supported = 0;
  let headings = 0;
  for (const pool of used) {
    const choices = mapAspects(pool.cands, template, o);
    const distinct = new Set<number>();
    for (const c of choices) {
      if (c.aspect === null) continue;
      // A heading counts fully when its words name the aspect, a quarter when only its items do.
      quality += c.byHeading ? Math.max(c.quality, 0.5) : 0.25;
      if (c.byHeading) supported++;
      distinct.add(c.aspect);
    }
    headings += pool.cands.length;
    recall += distinct.size / template.aspects.length;
  }
  const precision = quality / headings;
  recall /= used.length;
  return { precision, recall, score: 0.7 * precision + 0.3 * recall, supported, headings, headed: used.some((p) => p.headed) };
}

/** The fit as evidence; names the template's own aspect count when the material writes fewer headings. */
function fitReason(f: Fit, t: Template): string {
  if (!f.headings) return messages.reasonNoAspects();
  const of = f.headings < t.aspects.length ? t.aspects.length : null;
  return f.supported === f.headings ? messages.reasonFitAll(f.headings, of) : messages.reasonFitSome(f.supported, f.headings, of);
}

function newest(templates: Template[]): Template {
  return getTemplate(NEWEST_TEMPLATE_ID) ?? templates[templates.length - 1];
}

/**
 * Decide the template of a material from its structure (see outline.ts `buildStructure`).
 * Never throws; `templates` defaults to the built-in library.
 */
export function detectTemplate(input: DocumentInput, s: Structure, options: DetectOptions = {}, templates: Template[] = allTemplates()): Detection {
  const pools = aspectCandidates(s, MAX_CANDIDATES)
    .slice(0, MAX_POOLS)
    .map((p) => ({
      ...p,
      cands: p.cands.slice(0, MAX_CANDIDATES).map((c) => ({
        heading: c.heading,
        body: c.body.length > BODY_CHARS ? c.body.slice(0, BODY_CHARS) : c.body,
        features: headingFeatures(c.heading),
      })),
    }));
  // Each template's fit is computed when a decision first reads it: a stated year or theme words
  // usually decide between one or two templates, and mapping every heading to every template was
  // most of detection's cost. `fits` (every template's) is computed only when read.
  const fitCache = new Map<string, Fit>();
  const fitOf = (t: Template): Fit => {
    let f = fitCache.get(t.id);
    if (!f) {
      f = options.metaOnly ? NO_FIT : templateFit(pools, t, options.mapping);
      fitCache.set(t.id, f);
    }
    return f;
  };
  const empty = !input.paragraphs.some((p) => effectiveText(p).trim());
  const facts: MeetingFacts = options.fitOnly ? { year: null, meeting: null, themes: new Map() } : meetingFacts(input, s, templates);
  const year = facts.year?.value ?? null;
  const stated: string[] = [];
  if (facts.year) stated.push(facts.year.inTitle ? messages.reasonTitleYear(facts.year.text) : messages.reasonPreambleYear(facts.year.text));
  const done = (chosen: Template, why: string[]): Detection => {
    let template = chosen;
    let reasons = why;
    // A local set (组织生活会) whose aspects the headings mostly do not name: the material follows
    // another set (a 支部班子 set, 四个对照 …), which is what importing its notice is for.
    if (chosen.localVariants && !options.metaOnly) {
      const f = fitOf(chosen);
      if (f.headed && f.headings > 0 && (f.recall < LOCAL_MIN_RECALL || f.precision <= LOCAL_MIN_PRECISION)) {
        template = unknownTemplate(null, facts.meeting);
        reasons = [...stated, messages.reasonLocalSet(chosen.name, Math.round(f.recall * chosen.aspects.length), chosen.aspects.length)];
      }
    }
    const d = { template, reason: messages.reasonJoin(reasons), year } as Detection;
    let fits: Record<string, number> | undefined;
    Object.defineProperty(d, 'fits', {
      enumerable: true,
      get: () => (fits ??= Object.fromEntries(templates.map((t) => [t.id, Math.round(fitOf(t).score * 1000) / 1000]))),
    });
    return d;
  };
  // The season's year when no template covers it (a check in December 2026, before its notice is
  // imported): a document that says nothing is taken as that year's, not held against the newest
  // template's aspects.
  const season = options.season !== undefined && !seasonCovered(options.season, templates) ? options.season : undefined;
  if (empty) {
    // One rule with the pane's 整篇框架 before a check (season.ts).
    const t = emptyDocumentTemplate(season, templates);
    return done(t, [season !== undefined ? messages.reasonSeasonEmpty(season) : messages.reasonEmpty(t.name)]);
  }

  // The best-fitting template over all (the first of the highest fit, in the library's order).
  let ranked: Template[] | undefined;
  const rankedAll = () => (ranked ??= [...templates].sort((a, b) => fitOf(b).score - fitOf(a).score));
  const kindOk = (t: Template) => facts.meeting === null || (t.meeting ?? '民主生活会') === facts.meeting;
  // Another meeting's template whose theme the title names and whose aspects the headings follow:
  // a 主题教育专题组织生活会 checked against the theme education's six aspects, as its notice had it.
  const themedOtherKind = (t: Template) => !options.metaOnly && (facts.themes.get(t.id)?.inTitle ?? 0) > 0 && fitOf(t).precision >= STRONG_FIT;
  const kindOrTheme = (t: Template) => kindOk(t) || themedOtherKind(t);

  // 1. A stated year.
  if (facts.year) {
    const forYear = templates.filter((t) => (t.years ?? []).includes(facts.year!.value) && kindOrTheme(t));
    if (!forYear.length) {
      // A common local set of the same meeting (组织生活会) from another year that the headings
      // follow: named, so the writer may choose it; never chosen for them (a year's own notice decides).
      const local = options.metaOnly
        ? undefined
        : templates.find((t) => t.localVariants && kindOk(t) && facts.meeting !== null && fitOf(t).recall >= LOCAL_MIN_RECALL && fitOf(t).precision >= STRONG_FIT);
      return done(unknownTemplate(year, facts.meeting), [
        ...stated,
        messages.reasonUnknownYear(facts.year.value, facts.meeting ?? undefined),
        ...(local ? [messages.reasonOtherYearFits(local.name, local.id)] : []),
      ]);
    }
    const chosen = [...forYear].sort((a, b) => fitOf(b).score - fitOf(a).score)[0];
    const f = fitOf(chosen);
    // The title names another meeting's theme (2024年…主题教育专题民主生活会, held in the year after
    // the 2023 theme education) and the headings fit that meeting better: title and headings win.
    // When the title names the chosen template's theme too (组织生活会 beside 主题教育), the other
    // wins only as strongly named and explaining more of the headings.
    const ownInTitle = facts.themes.get(chosen.id)?.inTitle ?? 0;
    const titleTheme = options.metaOnly
      ? undefined
      : templates
          .filter((t) => {
            const named = facts.themes.get(t.id)?.inTitle ?? 0;
            if (t.id === chosen.id || !kindOrTheme(t) || named === 0 || fitOf(t).score <= f.score) return false;
            return ownInTitle === 0 || (named >= ownInTitle && fitOf(t).precision > f.precision);
          })
          .sort((a, b) => fitOf(b).score - fitOf(a).score)[0];
    if (titleTheme) {
      const tf = fitOf(titleTheme);
      return done(titleTheme, [messages.reasonThemeWords(facts.themes.get(titleTheme.id)!.words.slice(0, 2)), fitReason(tf, titleTheme), messages.reasonYearNotDeciding(facts.year.text)]);
    }
    // The headings clearly follow another year's notice: the stronger evidence wins.
    if (!options.metaOnly && f.headed && f.precision < WEAK_FIT) {
      const best = rankedAll()[0];
      const bestFit = fitOf(best);
      if (bestFit.precision >= STRONG_FIT && kindOk(best)) return done(best, [...stated, messages.reasonFitOther(best.name), fitReason(bestFit, best)]);
    }
    return done(chosen, [...stated, fitReason(f, chosen)]);
  }

  // 1b. No year stated, but the material is dated in a season no template of its meeting covers
  // (（2026年12月） under the title, a sign-off of 2026年12月15日): that year's material, whatever
  // theme words or headings it shares with an earlier year (a notice repeats the plenum it follows).
  const dated = facts.dated;
  if (dated && !templates.some((t) => (t.years ?? []).includes(dated.season) && kindOk(t))) {
    return done(unknownTemplate(dated.season, facts.meeting), [messages.reasonDated(dated.text, dated.season), messages.reasonUnknownYear(dated.season, facts.meeting ?? undefined)]);
  }

  // 2. Theme words (the meeting's own vocabulary), weighed against the fit.
  const themed = templates
    .filter((t) => facts.themes.has(t.id) && kindOrTheme(t))
    .sort((a, b) => facts.themes.get(b.id)!.weight - facts.themes.get(a.id)!.weight || fitOf(b).score - fitOf(a).score);
  if (themed.length) {
    const t = themed[0];
    const f = fitOf(t);
    const words = messages.reasonThemeWords(facts.themes.get(t.id)!.words.slice(0, 2));
    if (!options.metaOnly && f.headed && f.precision < WEAK_FIT) {
      const best = rankedAll()[0];
      const bestFit = fitOf(best);
      if (bestFit.precision >= STRONG_FIT && best.id !== t.id && kindOk(best)) return done(best, [words, messages.reasonFitOther(best.name), fitReason(bestFit, best)]);
    }
    return done(t, [words, fitReason(f, t)]);
  }

  // 3. The fit alone.
  const candidates = rankedAll().filter(kindOk);
  const top = candidates[0] ?? rankedAll()[0];
  const topFit = fitOf(top);
  const fits_ = topFit.precision >= (options.minFit ?? MIN_FIT);
  // Items that might be aspects but fit nothing say nothing about the year.
  if (options.metaOnly || (!fits_ && !topFit.headed)) {
    if (season !== undefined) return done(unknownTemplate(season, facts.meeting), [messages.reasonSeasonNothing(season, facts.meeting ?? undefined)]);
    return done(newest(templates), [messages.reasonNothing(newest(templates).name)]);
  }
  if (!fits_) return done(unknownTemplate(null), [messages.reasonFitNone()]);
  // Read by its headings alone in a season no template covers: the year may be the new one — unless
  // the material is dated in a season a template covers (a sign-off of 2026年1月10日 is 2025年度's).
  return done(top, [fitReason(topFit, top), ...(season !== undefined && !dated ? [messages.reasonSeasonMaybe(season, facts.meeting ?? undefined)] : [])]);
}
