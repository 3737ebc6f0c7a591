/**
 * One file of `check`: read, analyse, and everything the command prints or collects for it (the
 * report lines or JSON object, the summary line, the sentences compared between files, the
 * workbook rows), as plain data. The same function runs on the main thread and in the folder
 * workers (check-workers.ts), so a file's output does not depend on where it was checked.
 */
import { analyze, type Analysis } from '../engine';
import type { Template } from '../engine/template';
import type { DocumentInput, SourceKind } from '../engine/types';
import { toJson } from '../engine/json';
import { atLeast, countBySeverity } from '../engine/severity';
import type { Severity } from '../engine/types';
import { parseDay } from '../engine/detect';
import { formatReport } from '../engine/report';
import { sharedSentences, type SentenceRef } from '../engine/sentences';
import { applyDismissals, DISMISSALS_KEY, parseDismissals } from '../engine/dismissals';
import { InputError, loadMaterial } from './load';
import type { Limits } from './limits';
import { dismissedJson, dismissedLines } from './dismissed';
import { fixPreviewReport } from './fixPreview';
import { previousJson, previousLines } from './previous';
import { findingRows, materialRow, unansweredProblems, type Cell } from './workbook';
import { placesOf } from '../engine/places';

/** What every file of one run is checked with (plain data: it is sent to the workers). */
export interface CheckSettings {
  json: boolean;
  fixPreview: boolean;
  /** A built-in template by id; undefined = detect per file (unless `template` is given). */
  templateId?: string;
  /** --previous: last year's file, as given. */
  previous?: string;
  /** Collect the workbook rows (--xlsx / --csv). */
  table: boolean;
  /** The caps for every file: the main thread's, so a worker refuses exactly what it would. */
  limits: Limits;
  /** --verbose: the readable report and the fix preview name each finding's rule id. */
  verbose?: boolean;
  /**
   * --level: only findings of this severity or more serious are reported (text, JSON, fix
   * preview, annotated copies, workbook rows and the summary's counts); undefined: all.
   */
  level?: Severity;
  /** The day the check runs on (YYYY-MM-DD, local): a material stating no year is read in its meeting season (AnalyzeOptions.today). */
  today?: string;
}

/** Last year's material, read once (cli/previous.ts loadPrevious). */
export type Previous = { analysis: Analysis; input: DocumentInput; file: string };

/** Everything printed or collected for one file that could be checked. */
export interface CheckedFile {
  /** At least one active error-severity finding (exit code 1). */
  errors: boolean;
  /** --json: the file's object. */
  json?: Record<string, unknown>;
  /** Otherwise: the readable report's lines (not yet escaped for the terminal). */
  lines?: string[];
  /** Its line of the several-files summary. */
  summary: string;
  /** Its long sentences, for text shared between files (engine/sentences.ts). */
  sentences: Map<string, SentenceRef[]>;
  /**
   * How its places are said (places.ts `placesOf`), as plain data for the main thread: the input's
   * source and, for a text file, its line map (the summary's shared-text example says 第12行).
   */
  placing: { source: SourceKind; lines?: Int32Array };
  /** With `table`: its row of 材料汇总 and its rows of 全部问题. */
  materialRow?: Cell[];
  findingRows?: Cell[][];
}

/** A file's outcome: checked, or the Chinese reason it could not be. */
export type FileOutcome = { ok: true; file: CheckedFile } | { ok: false; reason: string };

/** Whether internal errors show their stack (DUIZHAO_DEBUG=1): for developers, never by default. */
export function debugging(): boolean {
  return !!process.env.DUIZHAO_DEBUG && process.env.DUIZHAO_DEBUG !== '0';
}

/** The Chinese line for an error that is not the input's fault (a bug, or memory running out). */
export function internalError(e: unknown, file?: string): string {
  const what = e instanceof RangeError ? '内存或长度超出限制' : '程序内部错误';
  const detail = debugging() ? `\n${e instanceof Error ? e.stack ?? e.message : String(e)}` : '';
  return `检查时出现${what}，请把此文件反馈给开发者${file ? `：${file}` : ''}${detail}`;
}

/** One line of the several-files summary: counts by severity, aspects found, coverage. */
export function summaryLine(analysis: Analysis, file: string): string {
  const c = countBySeverity(analysis.findings);
  const found = new Set(analysis.outline.aspects.map((a) => a.aspect).filter((n) => n !== null)).size;
  const unanswered = unansweredProblems(analysis);
  const k = analysis.template.aspects.length;
  // A template without aspects (a year with no template yet, or headings that fit none): say so, not 0/0.
  const aspects = k ? `方面 ${found}/${k}` : '未按方面检查';
  return `  ${file}　错误 ${c.error}，警告 ${c.warning}，提示 ${c.info}；${aspects}；未对应措施的问题 ${unanswered.count} 个${unanswered.noMeasures && unanswered.count ? '（没有整改措施）' : ''}`;
}

/**
 * Check `file` (shown in reports as `shown`) with `settings`, an imported `template` and last
 * year's material `last`. Never throws: an unreadable file or an internal error is `{ ok: false }`
 * with its Chinese reason. `local` receives the input and analysis (for --annotate and
 * --checklist, which write files from them on the main thread).
 */
export async function checkFile(
  file: string,
  shown: string,
  settings: CheckSettings,
  template?: Template,
  last?: Previous,
  local?: (input: DocumentInput, analysis: Analysis) => void,
): Promise<FileOutcome> {
  try {
    const { input, settings: saved } = await loadMaterial(file, settings.limits);
    const today = settings.today !== undefined ? parseDay(settings.today) : undefined;
    // With --previous the analysis compares the two materials, and its findings say what the
    // comparison found (previous-unreported, repeated-problem: counted, annotated, in the workbook).
    const analysis = analyze(input, {
      ...(template ? { template } : settings.templateId ? { templateId: settings.templateId } : {}),
      ...(today ? { today } : {}),
      ...(last ? { previous: last } : {}),
    });
    // Findings the writer dismissed in Word (saved in the .docx) are reported apart.
    const dismissals = parseDismissals(saved[DISMISSALS_KEY]);
    const split = applyDismissals(analysis.findings, input.paragraphs, dismissals);
    analysis.findings = split.active;
    // --level: what is left out is only counted (the report says how many); errors are never left out.
    const level = settings.level;
    // The summary line and the workbook's material row count every finding and every unanswered
    // problem whatever the level (with --level 错误 they read 未对应措施的问题 0 个 for six).
    const counted = { ...analysis, findings: analysis.findings };
    const below = level ? analysis.findings.filter((f) => !atLeast(f.severity, level)) : [];
    if (below.length) analysis.findings = analysis.findings.filter((f) => atLeast(f.severity, level!));
    const levelled = level ? { level, hidden: countBySeverity(below) } : undefined;
    const errors = analysis.findings.some((f) => f.severity === 'error');
    // Where findings are said to be: lines of a text file (第12行), paragraphs of a .docx (第12段).
    const places = placesOf(input);
    const json = settings.json ? (toJson(analysis, shown, places) as unknown as Record<string, unknown>) : undefined;
    if (json) json.dismissed = dismissedJson(split.dismissed, places);
    if (json && levelled) {
      json.level = { level: levelled.level, notListed: levelled.hidden };
      // The summary counts every finding, as the report's 发现 line does (t24: with --level 错误 it
      // read 0 warnings where the report counted 4).
      json.summary = countBySeverity(counted.findings);
    }
    const compared = analysis.previous;
    if (json && compared && settings.previous) json.previous = previousJson(compared, settings.previous);
    const lines = json
      ? undefined
      : settings.fixPreview
        ? fixPreviewReport(input, analysis, shown, !!settings.verbose)
        : [...formatReport(analysis, shown, { ruleIds: !!settings.verbose, places, ...(levelled ? { level: levelled } : {}) }), ...dismissedLines(split.dismissed, !!settings.verbose, places), ...(compared && settings.previous ? previousLines(compared, settings.previous, places, last ? placesOf(last.input) : undefined) : [])];
    local?.(input, analysis);
    return {
      ok: true,
      file: {
        errors,
        json,
        lines,
        summary: summaryLine(counted, shown),
        sentences: sharedSentences({ input, outline: analysis.outline, shared: analysis.shared }),
        placing: input.lines ? { source: input.source, lines: input.lines } : { source: input.source },
        ...(settings.table ? { materialRow: materialRow(counted, shown), findingRows: findingRows(analysis, shown, places) } : {}),
      },
    };
  } catch (e) {
    return { ok: false, reason: e instanceof InputError ? e.message : internalError(e, shown) };
  }
}
