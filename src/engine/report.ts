/**
 * The readable Chinese report of `check`: the template map (each part and aspect found or
 * missing, item counts), then findings by severity. Plain text, no colours: it is also what a
 * reviewer pastes into a reply.
 */
import type { Analysis } from './index';
import type { Finding, OutlineNode, Severity } from './types';
import { ROLE_LABEL, SEVERITY_LABEL, messages } from './messages';
import { countBySeverity } from './severity';
import { coverageSection } from './link';
import { describeFix } from './fix';
import { clip, isPlaceholder } from './text';
import { TextMemo } from './collections';
import { PARAGRAPH_PLACES, type Places } from './places';

const ORDER: Severity[] = ['error', 'warning', 'info'];

/** Cuts made (cut), by `max` and then by the start of the text that decides them (at most max + 16 units each). */
const cuts = new TextMemo<string>(8192);

/** Forget the kept cuts (benchmarks: each timed run starts as a fresh process would). */
export function forgetCuts(): void {
  cuts.clear();
}

/**
 * `s` with each run of white space one space, trimmed, in at most `max` UTF-16 units then “…”
 * (clip: cut where a word ends). The same as `clip(s.replace(/\s+/g, ' ').trim(), max)`, cheaper:
 * clip reads only the first max + 16 units of its text (and whether there are more than `max`), so
 * only a start of a long `s` is cleaned, and each distinct start is clipped once per process — the
 * materials of a folder share headings and sentences, and segmenting words (Intl.Segmenter) is
 * what clip costs.
 */
export function cut(s: string, max: number): string {
  const need = max + 16;
  let key: string | undefined;
  if (s.length > 2 * need + 2) {
    // Collapsing white space in a start of `s` gives a start of the whole collapsed text; with
    // more than `need` units left after trimming its start, the trimmed end of the whole cannot
    // reach into its first `need` units (a collapsed run is one unit).
    const head = s.slice(0, 2 * need + 2).replace(/\s+/g, ' ').trimStart();
    if (head.length > need) key = head.slice(0, need);
  }
  if (key === undefined) {
    const t = s.replace(/\s+/g, ' ').trim();
    if (t.length <= max) return t;
    key = t.length > need ? t.slice(0, need) : t;
  }
  let x = cuts.get(max, key);
  if (x === undefined) {
    // clip(key, max) is clip(t, max): key holds the units clip reads, and both run past `max`.
    x = clip(key, max);
    cuts.set(max, key, x);
  }
  return x;
}

/**
 * One line of the report joined from its pieces into one flat string. A template literal leaves a
 * tree of joined pieces (some 160 bytes for a part's line, against 80 flat), and a line a part of a
 * flood of part headings made the report the largest thing a check held (issue 13: peak memory).
 */
function line(...pieces: string[]): string {
  return pieces.join('');
}

/** Items written (unfilled skeleton items, "……", count as none: issue 11), as the pane's map counts them. */
function written(items: readonly OutlineNode[]): number {
  let n = 0;
  for (const x of items) if (!isPlaceholder(x.body)) n++;
  return n;
}

/** Fewest unstyled-heading findings with a style fix that the readable report says as one entry. */
export const HEADING_STYLE_GROUP = 2;

/**
 * The unstyled-heading findings of one severity's list that each carry a heading-style fix (a
 * heading alone in its paragraph), when there are at least HEADING_STYLE_GROUP: said as one entry
 * at the first (`where` lists every paragraph as `places` says them, `fix` each style with its paragraphs). The run-in
 * headings' finding (no fix) keeps its own entry. Undefined when there are fewer.
 */
function headingStyleGroup(list: readonly Finding[], places: Places): { findings: Set<Finding>; first: Finding; where: string; message: string; fix: string } | undefined {
  const each = list.filter((f) => f.rule === 'unstyled-heading' && f.fix?.edits.length === 1 && f.fix.edits[0].style !== undefined);
  if (each.length < HEADING_STYLE_GROUP) return undefined;
  const levels = new Map<number, number[]>();
  for (const f of each) {
    const level = f.fix!.edits[0].style!;
    const at = levels.get(level) ?? [];
    at.push(f.paragraph);
    levels.set(level, at);
  }
  const byLevel = [...levels].sort((a, b) => a[0] - b[0]).map(([level, paragraphs]) => ({ level, paragraphs: places.list(paragraphs) }));
  // The first heading as the finding quotes it (its paragraph's text), cut as the report cuts excerpts.
  const heading = cut((each[0].excerpt ?? '').trim(), 20);
  return {
    findings: new Set(each),
    first: each[0],
    where: places.list(each.map((f) => f.paragraph)),
    message: messages.unstyledHeadingsInReport(heading, each.length),
    fix: messages.unstyledHeadingsFix(byLevel),
  };
}

/** Choices of the readable report. */
export interface ReportOptions {
  /**
   * Show each finding's rule id ("[numbering]") — for reviewers who match the report with
   * `--json`'s `rule` or the README's rule table (`check --verbose`). Writers need only the message.
   */
  ruleIds?: boolean;
  /**
   * `check --level`: the findings were cut to this severity and above; `hidden` counts those left
   * out by severity (a note under the counts says so when any were).
   */
  level?: { level: Severity; hidden: Record<Severity, number> };
  /**
   * How places are said (places.ts `placesOf` of the checked input): 第12行 for a text file, the
   * line its paragraph starts on; 第12段 (the default) for Word and .docx.
   */
  places?: Places;
}

/** The report's structure block (parts, and each problems part's aspects) appended to `lines`. */
function structureLines(analysis: Analysis, lines: string[], places: Places): void {
  const { outline, template } = analysis;
  const at = (paragraph: number) => places.at(paragraph);
  lines.push('', '结构：');
  // The aspects of one problems part (a file may hold several materials), or all of them.
  const aspectOf = new Map(outline.aspects.map((a) => [a.node, a]));
  // One string per aspect for its "missing" line, however many problems parts repeat it (issue 13:
  // a flood of part headings made the same line thousands of times over).
  const missingLines = template.aspects.map((a) => `      ✗ 方面${a.number} ${a.short}　（缺失）`);
  const aspectLines = (part?: OutlineNode) => {
    // A part with no entries whose aspects are written as sentences in its text (outline.ts
    // topicSentences): the aspects standing in its paragraphs.
    const inText = (p: OutlineNode) => (p.children.length ? [] : outline.aspects.filter((a) => a.node.inline && !a.unsectioned && p.textParagraphs.includes(a.node.paragraph)));
    const own = part ? (part.children.length ? part.children.flatMap((c) => aspectOf.get(c) ?? []) : inText(part)) : outline.aspects;
    for (const [i, a] of template.aspects.entries()) {
      const mapped = own.filter((x) => x.aspect === a.number);
      if (!mapped.length) lines.push(missingLines[i]);
      for (const m of mapped) lines.push(line('      ✓ 方面', String(a.number), ' ', a.short, '　', at(m.node.paragraph), '，', String(written(m.problems)), ' 个问题'));
    }
    // Problems listed with no aspect headings: the part's own entry (its node is the part's heading).
    for (const m of outline.aspects.filter((x) => x.unsectioned && x.node === part)) {
      lines.push(line('      · ', messages.unsectionedLine, '，', String(written(m.problems)), ' 个问题'));
    }
    for (const m of own.filter((x) => x.aspect === null)) {
      // With no aspects to check (a year whose notice is not in yet), a section is one of the
      // writer's own, not outside a template that has none.
      lines.push(line(template.aspects.length ? '      · 模板外：“' : '      · 小节：“', cut(m.node.heading, 20), '”　', at(m.node.paragraph), '，', String(written(m.problems)), ' 个问题'));
    }
  };
  for (const tp of template.parts) {
    const parts = outline.parts.filter((p) => p.role === tp.role);
    if (!parts.length) {
      if (tp.role === 'problems' && outline.aspects.length) {
        lines.push(`  △ ${tp.label}　（无总标题，各方面已识别）`);
        aspectLines();
      } else if (tp.required) lines.push(`  ✗ ${tp.label}　（缺失）`);
      continue;
    }
    parts.forEach((p, k) => {
      // Several parts of one role (四、整改措施 and a 整改清单 after it): each counts the entries from
      // its heading to the next one's (the first also those written before it, as aspect fields).
      const own = (entries: OutlineNode[]) => {
        if (parts.length === 1) return entries;
        const from = k === 0 ? -Infinity : p.node.paragraph;
        const to = k + 1 < parts.length ? parts[k + 1].node.paragraph : Infinity;
        return entries.filter((e) => e.paragraph >= from && e.paragraph < to);
      };
      let detail = '';
      if (p.role === 'causes') detail = `，${written(own(outline.causes))} 条原因`;
      if (p.role === 'measures') detail = `，${written(own(outline.measures))} 条措施`;
      lines.push(line('  ✓ ', ROLE_LABEL[p.role], '　', at(p.node.paragraph), '“', cut(p.node.heading, 24), '”', detail));
      if (p.role === 'problems') aspectLines(p.node);
    });
  }
  // Parts the template does not name (a case analysis in a year that asked for none).
  for (const p of outline.parts.filter((x) => x.role !== 'other' && !template.parts.some((tp) => tp.role === x.role))) {
    lines.push(line('  · ', ROLE_LABEL[p.role], '　', at(p.node.paragraph), '“', cut(p.node.heading, 24), '”'));
  }
  for (const p of outline.parts.filter((x) => x.role === 'other')) {
    lines.push(line('  · ', ROLE_LABEL.other, '　', at(p.node.paragraph), '“', cut(p.node.heading, 24), '”'));
  }
}

/** The readable report's lines: template and why, structure, coverage, then the findings by severity. */
export function formatReport(analysis: Analysis, file: string, options: ReportOptions = {}): string[] {
  const { outline, template, findings } = analysis;
  const places = options.places ?? PARAGRAPH_PLACES;
  const lines: string[] = [];
  lines.push(`【${file}】 模板：${template.name}`);
  if (analysis.templateReason) lines.push(`　　${analysis.templateReason}`);
  if (outline.title) lines.push(`标题：${cut(outline.title.text, 50)}`);
  // A notice or plan among the materials (rule not-a-material): no list of all a material would lack.
  if (findings.some((f) => f.rule === 'not-a-material')) lines.push('', `结构：${messages.notAMaterialStructure}`);
  else structureLines(analysis, lines, places);
  const coverage = coverageSection(analysis);
  if (coverage.length) lines.push('', ...coverage);
  // The count is of every finding, also those --level leaves unlisted (the note below names them).
  const c = countBySeverity(findings);
  const all = (s: Severity) => c[s] + (options.level?.hidden[s] ?? 0);
  lines.push('', `发现：错误 ${all('error')} 个，警告 ${all('warning')} 个，提示 ${all('info')} 个`);
  const hidden = options.level ? ORDER.filter((s) => options.level!.hidden[s] > 0) : [];
  if (options.level && hidden.length) {
    const { level, hidden: count } = options.level;
    lines.push(messages.levelNote(SEVERITY_LABEL[level], hidden.map((s) => `${SEVERITY_LABEL[s]} ${count[s]} 个`).join('、'), level === ORDER[0]));
  }
  // Findings on one paragraph share its excerpt: each distinct excerpt is clipped once.
  const clipped = new Map<string, string>();
  const excerptOf = (s: string) => {
    let x = clipped.get(s);
    if (x === undefined) clipped.set(s, (x = cut(s, 20)));
    return x;
  };
  for (const sev of ORDER) {
    const list = findings.filter((f) => f.severity === sev).sort((a, b) => a.paragraph - b.paragraph);
    if (!list.length) continue;
    lines.push(`${SEVERITY_LABEL[sev]}：`);
    const styled = headingStyleGroup(list, places);
    for (const f of list) {
      if (styled && styled.findings.has(f)) {
        // Every heading lacking a style, said once where the first is (a typed-number .docx has a
        // dozen): the pane and --fix-preview still list each with its own fix.
        if (f !== styled.first) continue;
        lines.push(`  ${styled.where} ${options.ruleIds ? `[${f.rule}] ` : ''}${styled.message}`);
        lines.push(`      ${styled.fix}`);
        continue;
      }
      lines.push(`  ${places.at(f.paragraph)} ${options.ruleIds ? `[${f.rule}] ` : ''}${f.message}${f.excerpt ? `　「${excerptOf(f.excerpt)}」` : ''}`);
      if (f.fix) lines.push(`      ${describeFix(f.fix, 3, places)}`);
    }
  }
  return lines;
}
