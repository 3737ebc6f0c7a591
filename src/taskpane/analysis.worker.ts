/**
 * Web Worker entry: analyses documents off Word's UI thread (the loop, with its warm-up, is in
 * workerLoop.ts). Loaded only through workerFactory.ts (webpack's `new Worker(new URL(...))`).
 */
import { runAnalysis } from './analysisCore';
import type { AnalysisRequest, AnalysisResponse } from './protocol';
import { createWorkerLoop } from './workerLoop';

interface WorkerScope {
  onmessage: ((event: MessageEvent<AnalysisRequest>) => void) | null;
  postMessage(message: AnalysisResponse): void;
}

const scope = self as unknown as WorkerScope;

const loop = createWorkerLoop({
  run: (r) => runAnalysis(r.input, r.templateId, r.template, r.deliverables ?? true),
  post: (m) => scope.postMessage(m),
  schedule: (task) => void setTimeout(task, 0),
  now: () => performance.timeOrigin + performance.now(),
});

scope.onmessage = (event) => loop.onRequest(() => event.data);
