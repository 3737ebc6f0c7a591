/**
 * Web Worker entry: analyses documents off Word's UI thread. Loaded only through
 * workerFactory.ts (webpack's `new Worker(new URL(...))`).
 */
import { runAnalysis } from './analysisCore';
import type { AnalysisRequest, AnalysisResponse } from './protocol';

interface WorkerScope {
  onmessage: ((event: MessageEvent<AnalysisRequest>) => void) | null;
  postMessage(message: AnalysisResponse): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const { id, input, templateId, template, deliverables } = event.data;
  try {
    scope.postMessage({ id, ok: true, report: runAnalysis(input, templateId, template, deliverables ?? true) });
  } catch (err) {
    scope.postMessage({ id, ok: false, error: err instanceof Error ? err.message : String(err) });
  }
};
