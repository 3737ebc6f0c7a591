/**
 * Runs analyses without freezing Word: in a Web Worker when one can be started, otherwise on the
 * main thread after yielding to the UI (setTimeout) so the pane paints its busy state first.
 */
import type { DocumentInput } from '../engine/types';
import type { Template } from '../engine/template';
import type { AnalysisRequest, AnalysisResponse } from './protocol';
import type { PaneReport } from './report';
import { createAnalysisWorker } from './workerFactory';

export interface Analyzer {
  /** `template` (an imported one) wins over `templateId`; with neither the engine detects the template. */
  analyze(input: DocumentInput, templateId?: string, template?: Template): Promise<PaneReport>;
  dispose(): void;
}

/** Let the browser render (and handle input) before continuing. */
export function yieldToUi(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Main-thread analysis: the engine is loaded on first use, work starts after a yield. */
export function createMainThreadAnalyzer(): Analyzer {
  return {
    async analyze(input, templateId, template) {
      await yieldToUi();
      const core = await import('./analysisCore');
      await yieldToUi();
      const report = core.runAnalysis(input, templateId, template);
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
}

/**
 * Worker-backed analyzer. If the worker cannot start or dies, pending and later requests go to
 * the main-thread analyzer instead, so a check never fails just because workers are blocked.
 */
export function createAnalyzer(makeWorker: () => Worker | null = createAnalysisWorker): Analyzer {
  const fallback = createMainThreadAnalyzer();
  let worker: Worker | null = null;
  let broken = false;
  let nextId = 1;
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
      fallback.analyze(p.request.input, p.request.templateId, p.request.template).then(p.resolve, p.reject);
    }
  }

  function ensureWorker(): Worker | null {
    if (broken) return null;
    if (worker) return worker;
    worker = makeWorker();
    if (!worker) {
      broken = true;
      return null;
    }
    worker.onmessage = (event: MessageEvent<AnalysisResponse>) => {
      const msg = event.data;
      const p = pending.get(msg.id);
      if (!p) return;
      pending.delete(msg.id);
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
      const request: AnalysisRequest = { id: nextId++, input, templateId, ...(template ? { template } : {}) };
      return new Promise<PaneReport>((resolve, reject) => {
        pending.set(request.id, { resolve, reject, request });
        try {
          w.postMessage(request);
        } catch {
          failOver();
        }
      });
    },
    dispose() {
      if (worker) worker.terminate();
      worker = null;
      for (const p of pending.values()) p.reject(new Error('disposed'));
      pending.clear();
    },
  };
}
