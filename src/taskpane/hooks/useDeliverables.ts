/**
 * The pane's deliverable actions (issue 14): findings as Word comments, removing this add-in's
 * comments, the 整改清单 as a table at the cursor. Each outcome becomes one Chinese notice.
 */
import { useCallback, useState } from 'react';
import type { GatewayResult } from '../../word/gateway';
import type { AddedComments, PaneComment } from '../../word/deliverables';
import type { Paragraph } from '../../engine/types';
import { paneDeliverableText as t } from '../../engine/deliverables/messages';
import { problemMessage } from './useDocumentActions';
import type { NoticeIntent } from './useNotice';
import type { ChecklistPlace } from '../checklistPlace';

export type ChecklistWhere = 'cursor' | 'measures' | 'end';

/** What the host offers (Word through src/word/deliverables.ts; the preview offers nothing). */
export interface PaneDeliverables {
  /** Whether comments can be added (WordApi 1.4). */
  commentsSupported: boolean;
  /** In place of this pane's earlier comments: the same ones kept, stale ones removed (word/deliverables.ts). */
  addComments(comments: PaneComment[]): Promise<GatewayResult<AddedComments>>;
  removeComments(): Promise<GatewayResult<{ removed: number }>>;
  /**
   * The table at the cursor when it is inside `place` (or there is no place), else after `place.last`;
   * `where` says which.
   */
  insertChecklist(rows: string[][], place?: ChecklistPlace): Promise<GatewayResult<{ rows: number; where?: ChecklistWhere }>>;
}

export function useDeliverables(host: PaneDeliverables | undefined, notify: (intent: NoticeIntent, text: string) => void) {
  const [busy, setBusy] = useState(false);
  const act = useCallback(
    async <T,>(fn: () => Promise<GatewayResult<T>>, done: (v: T) => string) => {
      setBusy(true);
      try {
        const r = await fn();
        if (r.ok) notify('success', done(r.value));
        else notify('warning', problemMessage(r));
      } catch {
        notify('warning', problemMessage({ ok: false, problem: 'unknown', message: '' }));
      } finally {
        setBusy(false);
      }
    },
    [notify],
  );

  const addComments = useCallback(
    (comments: { paragraph: number; start?: number; length?: number; lines: string[] }[], paragraphs: Paragraph[]) => {
      if (!host) return Promise.resolve();
      if (!host.commentsSupported) {
        notify('warning', t.commentsUnsupported);
        return Promise.resolve();
      }
      const withText: PaneComment[] = comments.map((c) => ({ ...c, text: paragraphs[c.paragraph]?.text ?? '' }));
      return act(() => host.addComments(withText), (v) => t.commentsAdded(v.added, v.missing, v.kept, v.removed));
    },
    [host, act, notify],
  );
  const removeComments = useCallback(() => {
    if (!host) return Promise.resolve();
    if (!host.commentsSupported) {
      notify('warning', t.commentsUnsupported);
      return Promise.resolve();
    }
    return act(() => host.removeComments(), (v) => t.commentsRemoved(v.removed));
  }, [host, act, notify]);
  const insertChecklist = useCallback(
    (rows: string[][], place?: ChecklistPlace) => (host ? act(() => host.insertChecklist(rows, place), (v) => t.checklistInserted(v.rows, v.where)) : Promise.resolve()),
    [host, act],
  );
  return { busy, addComments, removeComments, insertChecklist };
}
