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
}

export type AnalysisResponse = { id: number; ok: true; report: PaneReport } | { id: number; ok: false; error: string };
