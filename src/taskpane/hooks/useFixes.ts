/**
 * Applying fixes from the pane: one click applies a finding's fix through the gateway (checked
 * against the current text, one edit), the pane re-checks, and the last pane write can be taken
 * back with 撤销: Word does not promise that one Ctrl+Z takes back an add-in's edits
 * (OfficeDev/office-js#1827), so the pane's 撤销 is the way back that restores exactly the text
 * before it. The last write is a fix (its inverse fix, applied the same checked way), an
 * insertion (gateway `undoInsert`: exactly the paragraphs it added, only while unchanged) or the
 * headings 仅补缺失标题 put in place (their inverse fixes, last first, all or none). Failures become
 * Chinese notices; a withdrawn fix ('changed') re-checks so the finding shows the current text.
 * Fix buttons stay disabled (`busy`) until the re-check after a write lands.
 */
import { useCallback, useState } from 'react';
import type { DocumentGateway, GatewayProblem, InsertedBlock } from '../../word/gateway';
import { PROBLEM_MESSAGES, ROLLBACK_MESSAGES } from '../../word/errors';
import type { Fix } from '../../engine/types';
import { GATEWAY_PROBLEM, IS, S } from '../strings';
import { problemMessage } from './useDocumentActions';
import type { NoticeIntent } from './useNotice';

/** What 撤销 takes back: the last fix, the last insertion, or the headings one 仅补缺失标题 put in (their undo fixes, in the order applied). */
export type UndoEntry = { kind: 'fix'; fix: Fix } | { kind: 'insert'; block: InsertedBlock } | { kind: 'fixes'; undos: Fix[] };

type WriteOutcome = { ok: true; note?: string } | { ok: false; problem: GatewayProblem; message: string };

export function useFixes(gateway: DocumentGateway, notify: (intent: NoticeIntent, text: string) => void, recheck: () => unknown) {
  const [busy, setBusy] = useState(false);
  const [undo, setUndo] = useState<UndoEntry | null>(null);

  /** Run one pane write; on success say `done` (with the host's note) and call `then`; re-check either way. */
  const perform = useCallback(
    async (write: () => Promise<WriteOutcome>, done: string, then: () => void): Promise<boolean> => {
      setBusy(true);
      try {
        const r = await write();
        if (!r.ok) {
          notify(r.problem === 'changed' ? 'warning' : 'error', problemMessage(r));
          return false;
        }
        then();
        if (r.note) notify('warning', `${done}${r.note}`);
        else notify('success', done);
        return true;
      } catch {
        notify('error', GATEWAY_PROBLEM.unknown);
        return false;
      } finally {
        // Busy until the re-check lands: the findings shown meanwhile were computed on the text
        // before this write, and their fixes (anchors, numbers) no longer fit it.
        try {
          await recheck();
        } catch {
          // the check reports its own failure
        }
        setBusy(false);
      }
    },
    [notify, recheck],
  );

  /** Apply `fix`; on success say `done` and hand its inverse to `then` (before the re-check). */
  const run = useCallback(
    (fix: Fix, done: string, then: (inverse: Fix) => void): Promise<boolean> => {
      let inverse: Fix | undefined;
      return perform(
        async () => {
          const r = await gateway.applyFix(fix);
          if (!r.ok) return r;
          inverse = r.value.undo;
          return { ok: true, note: r.value.note };
        },
        done,
        () => then(inverse!),
      );
    },
    [gateway, perform],
  );

  /** Apply a fix; remembers its inverse for 撤销. */
  const apply = useCallback((fix: Fix): Promise<boolean> => run(fix, S.fixApplied(fix.label), (inverse) => setUndo({ kind: 'fix', fix: inverse })), [run]);

  /** Remember a write made elsewhere (an insertion) as the one 撤销 takes back. */
  const remember = useCallback((entry: UndoEntry | null) => setUndo(entry), []);

  /**
   * The undo fixes of 仅补缺失标题, last first, all or none: when one is refused (the writer
   * changed that heading), the ones already taken back are put back (their own inverses).
   */
  const undoChain = useCallback(
    async (undos: Fix[]): Promise<WriteOutcome> => {
      const redo: Fix[] = [];
      for (const u of [...undos].reverse()) {
        const r = await gateway.applyFix(u);
        if (r.ok) {
          redo.push(r.value.undo);
          continue;
        }
        for (const back of redo.reverse()) await gateway.applyFix(back);
        return r.problem === 'changed' ? { ok: false, problem: 'changed', message: ROLLBACK_MESSAGES.insertChanged } : r;
      }
      return { ok: true };
    },
    [gateway],
  );

  /** Take back the last pane write. */
  const undoLast = useCallback(async () => {
    if (!undo) return;
    const clear = () => setUndo(null);
    if (undo.kind === 'fix') {
      await run(undo.fix, S.fixUndone, clear);
    } else if (undo.kind === 'fixes') {
      await perform(() => undoChain(undo.undos), IS.headingsUndone(undo.undos.length), clear);
    } else {
      const block = undo.block;
      await perform(
        async () => {
          if (!gateway.undoInsert) return { ok: false, problem: 'unsupported', message: PROBLEM_MESSAGES.unsupported };
          const r = await gateway.undoInsert(block);
          return r.ok ? { ok: true } : r;
        },
        IS.insertUndone(block.paragraphs.length),
        clear,
      );
    }
  }, [run, perform, undoChain, undo, gateway]);

  return { apply, undoLast, remember, canUndo: undo !== null, undoKind: undo?.kind, busy };
}
