/**
 * Applying fixes from the pane: one click applies a finding's fix through the gateway (checked
 * against the current text, one edit), the pane re-checks, and the last fix can be taken back
 * with 撤销 (its inverse fix, applied the same checked way): Word does not promise that one Ctrl+Z
 * takes back an add-in's edits (OfficeDev/office-js#1827), so the pane's 撤销 is the way back that
 * restores exactly the text before the fix. Failures become Chinese notices; a withdrawn fix
 * ('changed') re-checks so the finding shows the current text. Fix buttons stay disabled (`busy`)
 * until the re-check after a fix lands.
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

  /** Apply `fix`; on success say `done` and hand its inverse to `then` (before the re-check). */
  const run = useCallback(
    async (fix: Fix, done: string, then: (inverse: Fix) => void): Promise<boolean> => {
      setBusy(true);
      try {
        const r = await gateway.applyFix(fix);
        if (!r.ok) {
          notify(r.problem === 'changed' ? 'warning' : 'error', problemMessage(r));
          return false;
        }
        then(r.value.undo);
        if (r.value.note) notify('warning', `${done}${r.value.note}`);
        else notify('success', done);
        return true;
      } catch {
        notify('error', GATEWAY_PROBLEM.unknown);
        return false;
      } finally {
        // Busy until the re-check lands: the findings shown meanwhile were computed on the text
        // before this fix, and their fixes (anchors, numbers) no longer fit it.
        try {
          await recheck();
        } catch {
          // the check reports its own failure
        }
        setBusy(false);
      }
    },
    [gateway, notify, recheck],
  );

  /** Apply a fix; remembers its inverse for 撤销. */
  const apply = useCallback((fix: Fix): Promise<boolean> => run(fix, S.fixApplied(fix.label), setUndo), [run]);

  /** Take back the last applied fix. */
  const undoLast = useCallback(async () => {
    if (!undo) return;
    await run(undo, S.fixUndone, () => setUndo(null));
  }, [run, undo]);

  return { apply, undoLast, canUndo: undo !== null, busy };
}
