/**
 * A rule is one small file: a stable id, a default severity, and a function that reads the
 * analysed document and reports findings. Rules never throw on odd input and never see Office.
 */
import type { DocumentInput, Fix, Outline, Severity } from './types';
import type { Template } from './template';
import type { Places } from './places';
import type { Surface } from './messages';
import type { PreviousComparison } from './previous';

export interface RuleContext {
  input: DocumentInput;
  outline: Outline;
  template: Template;
  /** Results computed once and shared by several rules (e.g. problem–measure links), by key. */
  shared: Map<string, unknown>;
  /** Where the findings will be read (messages that name commands word them for it); 'cli' when absent. */
  surface?: Surface;
  /**
   * This material against last year's (AnalyzeOptions.previous: `check --previous`), with where last
   * year's paragraphs are (`lastPlaces`: lines of a text file, paragraphs of a .docx). Absent when
   * no last year's material was given: the rules that read it say nothing.
   */
  previous?: { comparison: PreviousComparison; lastPlaces: Places };
}

export interface Report {
  /**
   * `message` comes from the catalogue (messages.ts); severity defaults to the rule's own.
   * `start`/`length` are UTF-16 offsets in the paragraph's EFFECTIVE text (listString + text, the
   * coordinates of `OutlineNode.offset`); the kernel moves them into `Paragraph.text` and drops a
   * span that falls inside the automatic number. `fix` edits are already in `Paragraph.text`.
   */
  (finding: { paragraph: number; message: string; severity?: Severity; start?: number; length?: number; fix?: Fix }): void;
  /**
   * Will the rule's next finding of this severity (the rule's own when absent) be listed? False
   * once the kernel's cap per rule is reached: such a finding is only counted ("另有 N 处"), so a
   * rule may report it without building its message and span (`message: ''`). Absent on reports
   * made outside the kernel (tests): treat as true.
   */
  listed?(severity?: Severity): boolean;
}

export interface Rule {
  id: string;
  severity: Severity;
  /** One line in Chinese for the rule list and docs. */
  description: string;
  /** What reviewers expect, in Chinese: shown once above the rule's findings in the pane. */
  advice?: string;
  /** The rule's before → after example as data (Chinese text as a writer would type it). */
  example?: { before: string; after: string };
  /**
   * When true for a document, this rule's findings are its only ones: the document is no material
   * (a notice put among them) and the other rules would only list what a material would lack.
   */
  alone?(ctx: RuleContext): boolean;
  run(ctx: RuleContext, report: Report): void;
}
