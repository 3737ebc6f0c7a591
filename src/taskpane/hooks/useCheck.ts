/**
 * State of the check: read the document through the gateway, analyse it with the analyzer, keep
 * the result. No UI here; the hook only sequences side effects supplied from outside.
 *
 * Between an edit and the re-check that follows it, findings on changed paragraphs are "stale":
 * `stale` holds their 0-based indexes in the paragraphs the report was computed from, and
 * `current` is the latest read (so paragraph numbers follow the document before the re-check lands).
 */
import { startTransition, useCallback, useRef, useState } from 'react';
import type { DocumentGateway } from '../../word/gateway';
import type { Paragraph } from '../../engine/types';
import type { Analyzer } from '../analyzer';
import { shareUnchanged, type PaneReport } from '../report';
import type { Template } from '../../engine/template';
import { S } from '../strings';
import { chineseMessageOf } from './useDocumentActions';
import { AnalysisError } from '../analysisError';

export type CheckPhase = 'idle' | 'reading' | 'analyzing' | 'done' | 'empty' | 'error';

export interface CheckState {
  phase: CheckPhase;
  report: PaneReport | null;
  /** The paragraphs the report was computed from (to build paragraph references). */
  paragraphs: Paragraph[];
  error: string | null;
  /** Indexes (in `paragraphs`) of paragraphs changed since the report was computed. */
  stale: ReadonlySet<number>;
  /** The latest read of the document (equals `paragraphs` once a re-check lands). */
  current: Paragraph[];
  /** How many checks have completed (a re-check bumps it too). */
  checks: number;
  /** One notice about how the document was read (tracked changes whose deleted text may be included), or null. */
  readNotice?: string | null;
}

const NONE: ReadonlySet<number> = new Set();
const initial: CheckState = { phase: 'idle', report: null, paragraphs: [], error: null, stale: NONE, current: [], checks: 0, readNotice: null };

export function isBlankDocument(paragraphs: Paragraph[]): boolean {
  return paragraphs.every((p) => p.text.trim() === '' && !(p.listString ?? '').trim());
}

/**
 * Indexes of `before` whose paragraph changed in `after`: matched by host id when both have ids
 * (a paragraph whose id is gone was deleted), else by position; a different text or list number
 * is a change.
 */
export function changedParagraphs(before: readonly Paragraph[], after: readonly Paragraph[]): Set<number> {
  const out = new Set<number>();
  const byId = new Map<string, Paragraph>();
  for (const p of after) if (p.id) byId.set(p.id, p);
  before.forEach((p, i) => {
    const now = p.id && byId.size > 0 ? byId.get(p.id) : after[i];
    if (!now || now.text !== p.text || (now.listString ?? '') !== (p.listString ?? '')) out.add(i);
  });
  return out;
}

/** Indexes (in `paragraphs`) of the paragraphs with these host ids. */
export function indexesOfIds(paragraphs: readonly Paragraph[], ids: readonly string[]): Set<number> {
  const want = new Set(ids);
  const out = new Set<number>();
  paragraphs.forEach((p, i) => {
    if (p.id && want.has(p.id)) out.add(i);
  });
  return out;
}

export function useCheck(gateway: DocumentGateway, analyzer: Analyzer, templateId?: string, template?: Template) {
  const [state, setState] = useState<CheckState>(initial);
  const generation = useRef(0);

  const run = useCallback(async (): Promise<CheckState> => {
    const gen = ++generation.current;
    // As a transition: rendered in a task of its own, after the document is read and posted to
    // the analysis worker. An ordinary update here (from a click) would render the whole pane in
    // a microtask before the read below continues, delaying the analysis by that render.
    startTransition(() => setState((s) => ({ ...s, phase: 'reading', error: null })));
    let paragraphs: Paragraph[];
    try {
      paragraphs = await gateway.read();
    } catch (err) {
      const hostMessage = chineseMessageOf(err);
      const next: CheckState = {
        ...initial,
        phase: 'error',
        error: hostMessage ? `${hostMessage}（${S.unchanged}）` : S.readFailed,
      };
      if (gen === generation.current) setState((s) => ({ ...next, report: s.report, paragraphs: s.paragraphs, current: s.current, checks: s.checks }));
      return next;
    }
    if (gen !== generation.current) return initial;
    const notes = gateway.lastReadNotes?.();
    const readNotices: string[] = [];
    if (notes?.mayIncludeDeleted) readNotices.push(S.trackedChangesNotice);
    else if (notes?.listStringsMissing) readNotices.push(S.listNumbersNotice);
    if (notes?.mayIncludeHidden) readNotices.push(S.hiddenTextNotice);
    const readNotice = readNotices.length ? readNotices.join(' ') : null;
    if (isBlankDocument(paragraphs)) {
      setState((s) => ({ ...initial, phase: 'empty', paragraphs, current: paragraphs, checks: s.checks + 1 }));
      return { ...initial, phase: 'empty', paragraphs, current: paragraphs };
    }
    setState((s) => {
      const changed = s.report ? changedParagraphs(s.paragraphs, paragraphs) : NONE;
      const stale = changed.size ? new Set([...s.stale, ...changed]) : s.stale;
      return { ...s, phase: 'analyzing', current: paragraphs, stale };
    });
    try {
      const report = await analyzer.analyze({ paragraphs, source: 'word' }, templateId, template);
      const next: CheckState = { phase: 'done', report, paragraphs, error: null, stale: NONE, current: paragraphs, checks: 0, readNotice };
      // Findings unchanged since the last report keep their objects: only changed lines render again.
      if (gen === generation.current) setState((s) => ({ ...next, report: shareUnchanged(s.report, report), checks: s.checks + 1 }));
      return next;
    } catch (e) {
      const next: CheckState = { ...initial, phase: 'error', error: e instanceof AnalysisError ? e.message : S.analyzeFailed };
      if (gen === generation.current) setState((s) => ({ ...next, report: s.report, paragraphs: s.paragraphs, current: s.current, stale: s.stale, checks: s.checks }));
      return next;
    }
  }, [gateway, analyzer, templateId, template]);

  /** Mark the findings of these paragraphs (host ids) stale until the next check lands. */
  const markStale = useCallback((ids: readonly string[]) => {
    setState((s) => {
      const hit = indexesOfIds(s.paragraphs, ids);
      if (hit.size === 0) return s;
      return { ...s, stale: new Set([...s.stale, ...hit]) };
    });
  }, []);

  return { state, run, markStale };
}
