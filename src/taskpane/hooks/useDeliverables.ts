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
   * `where` says which, `heading` the heading line put above it (none when the writer's was there).
   */
  insertChecklist(rows: string[][], place?: ChecklistPlace): Promise<GatewayResult<{ rows: number; where?: ChecklistWhere; heading?: string }>>;
}

/** The deliverable action under way: 添加为批注, 移除本助手的批注, 插入整改清单. */
export type DeliverableAction = 'comments' | 'remove' | 'checklist';

/**
 * Let the browser paint before the host's work starts: a long material's comments or table take
 * seconds (Word's round trip; the preview's own drawing of the page runs on the pane's thread),
 * and the busy state set just before must be on screen while they do. A timer, not a microtask:
 * only a task boundary lets the frame be drawn.
 */
export function paintFirst(): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const go = () => {
      if (done) return;
      done = true;
      resolve();
    };
    // After the next frame's callbacks (the paint follows them); at most 100 ms (a hidden page has no frames).
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(go, 0));
    setTimeout(go, 100);
  });
}

export function useDeliverables(host: PaneDeliverables | undefined, notify: (intent: NoticeIntent, text: string) => void) {
  // Which action runs (null: none): the bar shows its progress and keeps the others disabled.
  const [working, setWorking] = useState<DeliverableAction | null>(null);
  const busy = working !== null;
  const act = useCallback(
    async <T,>(action: DeliverableAction, fn: () => Promise<GatewayResult<T>>, done: (v: T) => string) => {
      setWorking(action);
      try {
        await paintFirst();
        const r = await fn();
        if (r.ok) notify('success', done(r.value));
        else notify('warning', problemMessage(r));
      } catch {
        notify('warning', problemMessage({ ok: false, problem: 'unknown', message: '' }));
      } finally {
        setWorking(null);
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
      return act('comments', () => host.addComments(withText), (v) => t.commentsAdded(v.added, v.missing, v.kept, v.removed));
    },
    [host, act, notify],
  );
  const removeComments = useCallback(() => {
    if (!host) return Promise.resolve();
    if (!host.commentsSupported) {
      notify('warning', t.commentsUnsupported);
      return Promise.resolve();
    }
    return act('remove', () => host.removeComments(), (v) => t.commentsRemoved(v.removed));
  }, [host, act, notify]);
  const insertChecklist = useCallback(
    (rows: string[][], place?: ChecklistPlace) => (host ? act('checklist', () => host.insertChecklist(rows, place), (v) => t.checklistInserted(v.rows, v.where, v.heading)) : Promise.resolve()),
    [host, act],
  );
  return { busy, working, addComments, removeComments, insertChecklist };
}
