/** Messages between the pane and the analysis worker. */
import type { DocumentInput } from '../engine/types';
import type { PaneReport } from './report';
import type { Template } from '../engine/template';

export interface AnalysisRequest {
  id: number;
  input: DocumentInput;
  templateId?: string;
  /** A template object (imported from a notice, kept in the document): overrides templateId. */
  template?: Template;
  /** Build the 整改清单 table and the comments too (default true; see runAnalysis). */
  deliverables?: boolean;
  /**
   * After answering, run the engine this many more times on the latest input while no request
   * waits, and drop the results: a fresh worker runs the engine unoptimised (several times slower
   * than once V8 has compiled it), so the writer's next check would pay for the warm-up itself.
   */
  warmRuns?: number;
}

/**
 * Where the worker's time went for one report (ms on the worker's clock, `performance.now()`
 * plus `performance.timeOrigin`, so comparable with the pane's): read by the bench only.
 */
export interface WorkerTiming {
  /** The request's handler started. */
  startedAt: number;
  /** The request read (the structured-clone copy of the input is made on first read). */
  copiedAt: number;
  /** The engine and its JSON done (`copiedAt` plus the report's `engineMs`). */
  engineDoneAt: number;
  /** The pane's report built, just before it is posted back. */
  reportDoneAt: number;
  /** Warm-up runs done so far by this worker. */
  warmRunsDone: number;
}

export type AnalysisResponse = { id: number; ok: true; report: PaneReport; timing?: WorkerTiming } | { id: number; ok: false; error: string };
