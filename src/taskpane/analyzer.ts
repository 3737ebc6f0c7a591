/**
 * Runs analyses without freezing Word: in a Web Worker when one can be started, under a time limit
 * (the worker is terminated when it passes it); otherwise, for documents small enough, on the main
 * thread after yielding to the UI (setTimeout) so the pane paints its busy state first. A large
 * document is never analysed on Word's thread: the pane shows why instead.
 */
import type { DocumentInput } from '../engine/types';
import type { Template } from '../engine/template';
import type { AnalysisRequest, AnalysisResponse } from './protocol';
import type { PaneReport } from './report';
import { createAnalysisWorker } from './workerFactory';
import { AnalysisError } from './analysisError';
import { S } from './strings';

export { AnalysisError } from './analysisError';

export interface Analyzer {
  /** `template` (an imported one) wins over `templateId`; with neither the engine detects the template. */
  analyze(input: DocumentInput, templateId?: string, template?: Template): Promise<PaneReport>;
  dispose(): void;
  /**
   * Start what the first analysis needs (the worker: its script fetched and parsed) while the pane
   * is still waiting for Office and reading the document. Optional; does nothing when there is nothing to start.
   */
  warm?(): void;
}

export interface AnalyzerLimits {
  /** Time limit for one analysis in the worker, ms, for a document of `chars` UTF-16 units. */
  timeLimitMs(chars: number): number;
  /** Largest document (UTF-16 units of text) analysed on the main thread when no worker runs. */
  mainThreadMaxChars: number;
  /**
   * Whether reports carry the 整改清单 table and the comments (default true). The preview, which
   * offers neither, turns it off: they are over half of a long material's report.
   */
  deliverables?: boolean;
  /**
   * Engine runs a fresh worker makes after its first analysis, on the same input while idle, so
   * V8 has optimised the engine before the writer's next check (see protocol.ts `warmRuns`).
   * Default WARM_RUNS; 0 turns warm-up off.
   */
  warmRuns?: number;
}

/**
 * Warm-up runs after a worker's first analysis. Measured on the preview's 1,000 paragraphs (CPU
 * time per run in one V8): the first run costs 7–10 times a warmed one, runs 2–5 still 2–4 times;
 * it takes about ten runs to settle. Each warm-up run is one task of the worker, off the pane's
 * thread, done once per worker while the writer reads the first results.
 */
export const WARM_RUNS = 8;

/**
 * Default limits. The engine's target is 2 s per MB of text on a slow 2-core machine (npm run
 * bench); the limit allows ten times that, and 20 s at least. 300,000 characters (a material is
 * 5,000–20,000) take well under a second, short enough to run on Word's thread when we must.
 */
export const DEFAULT_LIMITS: AnalyzerLimits = {
  timeLimitMs: (chars) => 20_000 + Math.ceil(chars / 50_000) * 1_000,
  mainThreadMaxChars: 300_000,
};

/** UTF-16 units of text in the input (typed text and automatic numbers). */
export function textSize(input: DocumentInput): number {
  let n = 0;
  for (const p of input.paragraphs) n += p.text.length + (p.listString?.length ?? 0);
  return n;
}

/** Let the browser render (and handle input) before continuing. */
export function yieldToUi(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Main-thread analysis: the engine is loaded on first use, work starts after a yield; large documents are refused. */
export function createMainThreadAnalyzer(limits: AnalyzerLimits = DEFAULT_LIMITS): Analyzer {
  return {
    async analyze(input, templateId, template) {
      const chars = textSize(input);
      if (chars > limits.mainThreadMaxChars) throw new AnalysisError(S.analyzeTooLargeHere(Math.round(chars / 10_000)));
      await yieldToUi();
      const core = await import('./analysisCore');
      await yieldToUi();
      const report = core.runAnalysis(input, templateId, template, limits.deliverables ?? true);
      await yieldToUi();
      return report;
    },
    dispose() {},
  };
}

interface Pending {
  resolve(report: PaneReport): void;
  reject(err: Error): void;
  request: AnalysisRequest;
  timer: ReturnType<typeof setTimeout>;
}

/**
 * Worker-backed analyzer. If the worker cannot start or dies, pending and later requests go to
 * the main-thread analyzer instead (which refuses large documents), so a check never fails just
 * because workers are blocked. An analysis that passes its time limit is stopped by terminating
 * the worker and rejected with an AnalysisError; the next request starts a fresh worker.
 */
export function createAnalyzer(makeWorker: () => Worker | null = createAnalysisWorker, limits: AnalyzerLimits = DEFAULT_LIMITS): Analyzer {
  const fallback = createMainThreadAnalyzer(limits);
  let worker: Worker | null = null;
  let broken = false;
  let nextId = 1;
  /** Whether the current worker has been asked to warm up (once per worker). */
  let warmAsked = false;
  const pending = new Map<number, Pending>();

  function failOver() {
    broken = true;
    if (worker) {
      worker.terminate();
      worker = null;
    }
    const waiting = [...pending.values()];
    pending.clear();
    for (const p of waiting) {
      clearTimeout(p.timer);
      fallback.analyze(p.request.input, p.request.templateId, p.request.template).then(p.resolve, p.reject);
    }
  }

  /** Stop a worker stuck on `id`: every request it holds is rejected (their work is lost with it). */
  function timeOut(id: number, ms: number) {
    if (!pending.has(id)) return;
    if (worker) worker.terminate();
    worker = null;
    const waiting = [...pending.values()];
    pending.clear();
    for (const p of waiting) {
      clearTimeout(p.timer);
      p.reject(new AnalysisError(S.analyzeTimeout(Math.round(ms / 1000))));
    }
  }

  function ensureWorker(): Worker | null {
    if (broken) return null;
    if (worker) return worker;
    worker = makeWorker();
    warmAsked = false;
    if (!worker) {
      broken = true;
      return null;
    }
    worker.onmessage = (event: MessageEvent<AnalysisResponse>) => {
      const msg = event.data;
      const p = pending.get(msg.id);
      if (!p) return;
      pending.delete(msg.id);
      clearTimeout(p.timer);
      if (msg.ok) p.resolve(msg.report);
      else p.reject(new Error(msg.error));
    };
    worker.onerror = (event: Event) => {
      event.preventDefault?.();
      failOver();
    };
    return worker;
  }

  return {
    analyze(input, templateId, template) {
      const w = ensureWorker();
      if (!w) return fallback.analyze(input, templateId, template);
      const request: AnalysisRequest = {
        id: nextId++,
        input,
        templateId,
        ...(template ? { template } : {}),
        ...(limits.deliverables === false ? { deliverables: false } : {}),
      };
      const warmRuns = limits.warmRuns ?? WARM_RUNS;
      if (!warmAsked && warmRuns > 0) {
        request.warmRuns = warmRuns;
        warmAsked = true;
      }
      const ms = limits.timeLimitMs(textSize(input));
      return new Promise<PaneReport>((resolve, reject) => {
        const timer = setTimeout(() => timeOut(request.id, ms), ms);
        pending.set(request.id, { resolve, reject, request, timer });
        try {
          w.postMessage(request);
        } catch {
          failOver();
        }
      });
    },
    warm() {
      ensureWorker();
    },
    dispose() {
      if (worker) worker.terminate();
      worker = null;
      for (const p of pending.values()) {
        clearTimeout(p.timer);
        p.reject(new Error('disposed'));
      }
      pending.clear();
    },
  };
}
