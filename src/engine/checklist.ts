/**
 * The 整改清单 (rectification checklist: 问题 | 整改措施 | 责任人 | 完成时限) built from an analysis.
 * One row per problem item with the measures linked to it (src/engine/link); when the material's
 * measures are already a table (a 整改清单 pasted into the material), one row per measure row,
 * with the problems it answers. Owner and deadline are read from the measure text; a cell stays
 * empty when the measure names none, so the gap is visible to the writer.
 */
import type { Analysis } from './index';
import type { DocumentInput } from './types';
import { linksOf, measureConcreteness } from './link';
import { deliverableText as t } from './messages';

export interface ChecklistRow {
  /** The aspect's short title (template aspect), or 其他 for a section outside the template. */
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
}

const OWNER_LABELLED = /(?:责任人|责任单位|责任领导|责任部门|牵头单位|牵头部门|牵头领导|牵头人|负责人|责任主体)\s*[：:]\s*([^；;。，,）)\n]{1,30})/g;
const OWNER_LED = /由([^，。；,;：:\n]{1,12}?)(?:牵头|负责)/g;

/** Owners a measure names: “责任人：张三” → 张三, “由组织部牵头” → 组织部. In order, without repeats. */
export function ownersIn(text: string): string[] {
  const out: string[] = [];
  for (const re of [OWNER_LABELLED, OWNER_LED]) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const name = m[1].trim();
      if (name && !out.includes(name)) out.push(name);
    }
  }
  return out;
}

/** Deadlines a measure names (the deadline evidence of its concreteness), without repeats. */
export function deadlinesIn(text: string): string[] {
  const out: string[] = [];
  for (const e of measureConcreteness(text).evidence) if (e.kind === 'deadline' && !out.includes(e.text)) out.push(e.text);
  return out;
}

/**
 * Build the checklist rows of `analysis` made from `input` (see the module comment). Never
 * throws; [] when the material lists neither problems nor measures.
 */
export function buildChecklist(analysis: Analysis, input: DocumentInput): ChecklistRow[] {
  const r = linksOf(analysis);
  const { outline, template } = analysis;
  const aspectName = (n: number | null) => (n === null ? t.otherAspect : (template.aspects.find((a) => a.number === n)?.short ?? t.otherAspect));
  const body = (i: number) => outline.measures[i]?.body ?? r.measures[i]?.head ?? '';
  const fill = (measureIdx: number[]) => {
    const owners: string[] = [];
    const deadlines: string[] = [];
    for (const i of measureIdx) {
      for (const o of ownersIn(body(i))) if (!owners.includes(o)) owners.push(o);
      for (const d of deadlinesIn(body(i))) if (!deadlines.includes(d)) deadlines.push(d);
    }
    return {
      // The whole measure, as a 整改清单 lists it (its heading sentence alone drops the commitments).
      measures: measureIdx.map((i) => body(i).trim() || r.measures[i].head),
      measureParagraphs: measureIdx.map((i) => r.measures[i].paragraph),
      owner: owners.join('、'),
      deadline: deadlines.join('、'),
    };
  };
  const tableRows = r.measures.length > 0 && r.measures.every((m) => input.paragraphs[m.paragraph]?.cell !== undefined);
  if (tableRows) {
    return r.measures.map((m) => {
      const answered = m.answers.map((k) => r.links[k]);
      return {
        aspect: [...new Set(answered.map((l) => aspectName(l.aspect)))].join('、'),
        problem: answered.map((l) => l.head).join('\n'),
        problemParagraph: answered.length ? answered[0].paragraph : null,
        ...fill([m.index]),
      };
    });
  }
  return r.links.map((l) => ({
    aspect: aspectName(l.aspect),
    problem: l.head,
    problemParagraph: l.paragraph,
    ...fill(l.measures),
  }));
}


/** The checklist as a table of strings, header first (序号 | 方面 | 存在问题 | 整改措施 | 责任人 | 完成时限). */
export function checklistTable(rows: ChecklistRow[]): string[][] {
  return [t.checklistHeader, ...rows.map((r, k) => [String(k + 1), r.aspect, r.problem, r.measures.join('\n'), r.owner, r.deadline])];
}
