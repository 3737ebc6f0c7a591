/**
 * The analysis worker's message loop, apart from the Worker globals so it can be tested:
 * answer each request, then warm the engine up.
 *
 * Warm-up: a request with `warmRuns` makes the loop run the analysis that many more times on the
 * latest input, one run per task (`schedule`, a zero-delay timer in the worker) and only while no
 * request waits — a request that arrives meanwhile waits for at most the run in progress. The
 * results are dropped. A fresh worker runs the engine unoptimised, several times slower than once
 * V8 has compiled it; warming it while the writer reads the first results makes their next check
 * fast (`npm run bench`, pane part).
 */
import type { AnalysisRequest, AnalysisResponse, WorkerTiming } from './protocol';
import type { PaneReport } from './report';

export interface WorkerLoopDeps {
  /** The analysis (runAnalysis in the worker). */
  run(request: AnalysisRequest): PaneReport;
  /** Post to the pane. */
  post(message: AnalysisResponse): void;
  /** Run `task` later, in a task of its own (setTimeout 0 in the worker). */
  schedule(task: () => void): void;
  /** Absolute time in ms, comparable across threads (performance.timeOrigin + performance.now()). */
  now(): number;
}

export interface WorkerLoop {
  /** Handle one request: `read` returns it (reading a MessageEvent's data makes the copy). */
  onRequest(read: () => AnalysisRequest): void;
  /** Warm-up runs done so far. */
  readonly warmRunsDone: number;
}

export function createWorkerLoop(deps: WorkerLoopDeps): WorkerLoop {
  let warm: { request: AnalysisRequest; left: number } | null = null;
  let scheduled = false;
  let warmRunsDone = 0;

  function warmStep() {
    scheduled = false;
    if (!warm || warm.left <= 0) {
      warm = null;
      return;
    }
    warm.left--;
    try {
      deps.run(warm.request);
      warmRunsDone++;
    } catch {
      // The same input failed for the writer already; nothing to warm with.
      warm = null;
      return;
    }
    scheduleWarm();
  }

  function scheduleWarm() {
    if (warm && warm.left > 0 && !scheduled) {
      scheduled = true;
      deps.schedule(warmStep);
    }
  }

  return {
    get warmRunsDone() {
      return warmRunsDone;
    },
    onRequest(read) {
      const startedAt = deps.now();
      const request = read();
      const copiedAt = deps.now();
      try {
        const report = deps.run(request);
        const timing: WorkerTiming = {
          startedAt,
          copiedAt,
          engineDoneAt: copiedAt + (report.engineMs ?? 0),
          reportDoneAt: deps.now(),
          warmRunsDone,
        };
        deps.post({ id: request.id, ok: true, report, timing });
      } catch (err) {
        deps.post({ id: request.id, ok: false, error: err instanceof Error ? err.message : String(err) });
        return;
      }
      // Later warm-up runs use the latest input; a request asking for more runs tops the count up.
      if (request.warmRuns && request.warmRuns > 0) warm = { request, left: Math.max(request.warmRuns, warm?.left ?? 0) };
      else if (warm) warm.request = request;
      scheduleWarm();
    },
  };
}
