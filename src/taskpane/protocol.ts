/** Messages between the pane and the analysis worker. */
import type { DocumentInput } from '../engine/types';
import type { PaneReport } from './report';

export interface AnalysisRequest {
  id: number;
  input: DocumentInput;
  templateId?: string;
}

export type AnalysisResponse = { id: number; ok: true; report: PaneReport } | { id: number; ok: false; error: string };
