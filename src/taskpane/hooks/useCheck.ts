/**
 * State of the check: read the document through the gateway, analyse it with the analyzer, keep
 * the result. No UI here; the hook only sequences side effects supplied from outside.
 */
import { useCallback, useRef, useState } from 'react';
import type { DocumentGateway } from '../../word/gateway';
import type { Paragraph } from '../../engine/types';
import type { Analyzer } from '../analyzer';
import type { PaneReport } from '../report';
import type { Template } from '../../engine/template';
import { S } from '../strings';
import { chineseMessageOf } from './useDocumentActions';

export type CheckPhase = 'idle' | 'reading' | 'analyzing' | 'done' | 'empty' | 'error';

export interface CheckState {
  phase: CheckPhase;
  report: PaneReport | null;
  /** The paragraphs the report was computed from (to build paragraph references). */
  paragraphs: Paragraph[];
  error: string | null;
}

const initial: CheckState = { phase: 'idle', report: null, paragraphs: [], error: null };

export function isBlankDocument(paragraphs: Paragraph[]): boolean {
  return paragraphs.every((p) => p.text.trim() === '' && !(p.listString ?? '').trim());
}

export function useCheck(gateway: DocumentGateway, analyzer: Analyzer, templateId?: string, template?: Template) {
  const [state, setState] = useState<CheckState>(initial);
  const generation = useRef(0);

  const run = useCallback(async (): Promise<CheckState> => {
    const gen = ++generation.current;
    setState((s) => ({ ...s, phase: 'reading', error: null }));
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
      if (gen === generation.current) setState((s) => ({ ...next, report: s.report, paragraphs: s.paragraphs }));
      return next;
    }
    if (gen !== generation.current) return initial;
    if (isBlankDocument(paragraphs)) {
      const next: CheckState = { ...initial, phase: 'empty', paragraphs };
      setState(next);
      return next;
    }
    setState((s) => ({ ...s, phase: 'analyzing' }));
    try {
      const report = await analyzer.analyze({ paragraphs, source: 'word' }, templateId, template);
      const next: CheckState = { phase: 'done', report, paragraphs, error: null };
      if (gen === generation.current) setState(next);
      return next;
    } catch {
      const next: CheckState = { ...initial, phase: 'error', error: S.analyzeFailed };
      if (gen === generation.current) setState((s) => ({ ...next, report: s.report, paragraphs: s.paragraphs }));
      return next;
    }
  }, [gateway, analyzer, templateId, template]);

  return { state, run };
}
