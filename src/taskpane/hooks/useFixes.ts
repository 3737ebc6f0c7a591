/**
 * Applying fixes from the pane: one click applies a finding's fix through the gateway (checked
 * against the current text, one edit), the pane re-checks, and the last fix can be taken back
 * with 撤销 (its inverse fix, applied the same checked way). Failures become Chinese notices; a
 * withdrawn fix ('changed') re-checks so the finding shows the current text.
 */
import { useCallback, useState } from 'react';
import type { DocumentGateway } from '../../word/gateway';
import type { Fix } from '../../engine/types';
import { GATEWAY_PROBLEM, S } from '../strings';
import { problemMessage } from './useDocumentActions';
import type { NoticeIntent } from './useNotice';

export function useFixes(gateway: DocumentGateway, notify: (intent: NoticeIntent, text: string) => void, recheck: () => unknown) {
  const [busy, setBusy] = useState(false);
  const [undo, setUndo] = useState<Fix | null>(null);

  const run = useCallback(
    async (fix: Fix, done: string): Promise<Fix | null> => {
      setBusy(true);
      try {
        const r = await gateway.applyFix(fix);
        if (!r.ok) {
          notify(r.problem === 'changed' ? 'warning' : 'error', problemMessage(r));
          return null;
        }
        notify('success', done);
        return r.value.undo;
      } catch {
        notify('error', GATEWAY_PROBLEM.unknown);
        return null;
      } finally {
        setBusy(false);
        void recheck();
      }
    },
    [gateway, notify, recheck],
  );

  /** Apply a fix; remembers its inverse for 撤销. */
  const apply = useCallback(
    async (fix: Fix): Promise<boolean> => {
      const inverse = await run(fix, S.fixApplied(fix.label));
      if (inverse) setUndo(inverse);
      return inverse !== null;
    },
    [run],
  );

  /** Take back the last applied fix. */
  const undoLast = useCallback(async () => {
    if (!undo) return;
    const done = await run(undo, S.fixUndone);
    if (done) setUndo(null);
  }, [run, undo]);

  return { apply, undoLast, canUndo: undo !== null, busy };
}
