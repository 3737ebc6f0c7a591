/**
 * Dismissals in the pane: read from the document's settings (key duizhao.dismissals), written back
 * on every change, and applied to the findings of the last check. State only; no UI. `counts` are
 * the severity counts of the findings still shown: the verdict, the filters and the announcement
 * use them, so a dismissed finding is counted nowhere but in 已忽略 N 条 (as in the CLI).
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { DocumentGateway } from '../../word/gateway';
import type { Finding, Paragraph } from '../../engine/types';
import {
  applyDismissals,
  dismissFinding,
  dismissRule,
  DISMISSALS_KEY,
  NO_DISMISSALS,
  parseDismissals,
  restore,
  type DismissedFinding,
  type Dismissals,
} from '../../engine/dismissals';
import { countBySeverity } from '../../engine/severity';
import { S } from '../strings';
import { problemMessage } from './useDocumentActions';
import type { NoticeIntent } from './useNotice';

export function useDismissals(
  gateway: DocumentGateway,
  findings: readonly Finding[],
  paragraphs: readonly Paragraph[],
  notify: (intent: NoticeIntent, text: string) => void,
) {
  const [store, setStore] = useState<Dismissals>(NO_DISMISSALS);

  useEffect(() => {
    let live = true;
    gateway
      .readSetting<unknown>(DISMISSALS_KEY)
      .then((v) => live && setStore(parseDismissals(v)))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [gateway]);

  const save = useCallback(
    async (next: Dismissals) => {
      setStore(next);
      const r = await gateway.writeSetting(DISMISSALS_KEY, next);
      if (!r.ok) notify('warning', `${S.dismissSaveFailed}${problemMessage(r)}`);
    },
    [gateway, notify],
  );

  const split = useMemo(() => applyDismissals(findings, paragraphs, store), [findings, paragraphs, store]);
  const counts = useMemo(() => countBySeverity(split.active), [split]);

  return {
    active: split.active,
    /** Findings by severity, dismissed ones left out. */
    counts,
    dismissed: split.dismissed as DismissedFinding[],
    dismissOne: (f: Finding, reason?: string) => save(dismissFinding(store, f, paragraphs, reason, new Date().toISOString())),
    dismissRule: (rule: string, reason?: string) => save(dismissRule(store, rule, reason, new Date().toISOString())),
    restoreOne: (f: Finding) => save(restore(store, { finding: f, paragraphs })),
    restoreRule: (rule: string) => save(restore(store, { rule })),
  };
}
