/**
 * Actions on the document: go to a paragraph, insert a skeleton. Every failure becomes a Chinese
 * notice; nothing here ever deletes or overwrites the writer's text (the gateway only inserts).
 */
import { useCallback, useState } from 'react';
import type { DocumentGateway, GatewayResult, InsertResult, ParagraphRef, TextSpan } from '../../word/gateway';
import type { Fix, Paragraph, SkeletonParagraph } from '../../engine/types';
import type { Template } from '../../engine/template';
import { buildSkeleton, type SkeletonScope } from '../../engine/skeleton';
import { GATEWAY_PROBLEM, IS, S } from '../strings';
import type { NoticeIntent } from './useNotice';
import type { CheckState } from './useCheck';
import type { UndoEntry } from './useFixes';

const CJK = /[\u4e00-\u9fff]/;

/** The host's own Chinese message when it gave one, else the pane's message for the problem. */
export function problemMessage(result: Extract<GatewayResult<unknown>, { ok: false }>): string {
  if (result.message && CJK.test(result.message)) return result.message;
  return GATEWAY_PROBLEM[result.problem] ?? GATEWAY_PROBLEM.unknown;
}

/** A Chinese message carried by a thrown error, if any. */
export function chineseMessageOf(err: unknown): string | null {
  const m = err instanceof Error ? err.message : typeof err === 'string' ? err : '';
  return m && CJK.test(m) ? m : null;
}

export function paragraphRef(paragraphs: Paragraph[], index: number, fallbackText = ''): ParagraphRef {
  const p = paragraphs[index];
  return p ? { index, id: p.id, text: p.text } : { index, text: fallbackText };
}

export function useDocumentActions(
  gateway: DocumentGateway,
  notify: (intent: NoticeIntent, text: string) => void,
) {
  const [busy, setBusy] = useState(false);

  const select = useCallback(
    async (ref: ParagraphRef, span?: TextSpan): Promise<boolean> => {
      try {
        const result = span ? await gateway.select(ref, span) : await gateway.select(ref);
        if (!result.ok) {
          notify('warning', problemMessage(result));
          return false;
        }
        return true;
      } catch {
        notify('warning', `${S.selectFailed}${S.staleHint}`);
        return false;
      }
    },
    [gateway, notify],
  );

  /**
   * Insert paragraphs at the cursor; says where they went. With `remember`, what was added is
   * handed over for 撤销 (the host's `InsertResult.added`) and the message says 撤销 takes it back.
   * `say`: where the outcome is said (default: the pane's notice).
   */
  const insert = useCallback(
    async (paragraphs: SkeletonParagraph[], remember?: (entry: UndoEntry | null) => void, say: (intent: NoticeIntent, text: string) => void = notify): Promise<number | null> => {
      if (paragraphs.length === 0) {
        say('info', S.insertedNone);
        return 0;
      }
      setBusy(true);
      try {
        const result = await gateway.insert(paragraphs);
        if (!result.ok) {
          say('error', problemMessage(result));
          return null;
        }
        const v = result.value;
        const undoable = Boolean(remember && v.added && gateway.undoInsert);
        if (remember) remember(undoable ? { kind: 'insert', block: v.added! } : null);
        say('success', `${whereText(v)}${undoable ? IS.insertedUndoHint : ''}`);
        return result.value.inserted;
      } catch {
        say('error', GATEWAY_PROBLEM.unknown);
        return null;
      } finally {
        setBusy(false);
      }
    },
    [gateway, notify],
  );

  /**
   * Select the next placeholder after the document's selection (the host's
   * `selectNextPlaceholder`, wrapping around); hosts without it select `fallback` (the finding's
   * first placeholder). Keyboard focus stays where it is.
   */
  const selectNextPlaceholder = useCallback(
    async (fallback: () => Promise<unknown>): Promise<void> => {
      if (!gateway.selectNextPlaceholder) {
        await fallback();
        return;
      }
      try {
        const r = await gateway.selectNextPlaceholder();
        if (!r.ok) notify('warning', problemMessage(r));
        else if (!r.value.found) notify('info', IS.noPlaceholder);
      } catch {
        notify('warning', `${S.selectFailed}${S.staleHint}`);
      }
    },
    [gateway, notify],
  );

  return { select, insert, selectNextPlaceholder, busy };
}

/** Where inserted text went, in the writer's words (1-based paragraph numbers). */
function whereText(v: InsertResult): string {
  return v.at === 'at-end'
    ? S.insertedAtEndN(v.inserted)
    : v.at === 'after-paragraph' && v.after !== undefined
      ? S.insertedAfterParagraph(v.inserted, v.after + 1)
      : v.at === 'after-table'
        ? S.insertedAfterTable(v.inserted)
        : S.insertedAtCursor(v.inserted);
}

/** What `insertScope` needs from the pane. */
export interface InsertionDeps {
  gateway: DocumentGateway;
  /** Check now; resolves to the check's state (a fresh reading of the document). */
  run: () => Promise<CheckState>;
  /** Where the outcome of an insertion is said (the pane's result bar). */
  notify: (intent: NoticeIntent, text: string) => void;
  /** Hands what was inserted to 撤销 (null: nothing to take back). */
  remember: (entry: UndoEntry | null) => void;
  insert: (paragraphs: SkeletonParagraph[], remember?: (entry: UndoEntry | null) => void, say?: (intent: NoticeIntent, text: string) => void) => Promise<number | null>;
}

/** Apply a missing-part or missing-aspect fix (an insertion in its place): its 撤销 and note, or null once the problem is said. */
async function applyInserting(deps: InsertionDeps, fix: Fix): Promise<{ undo: Fix; note?: string } | null> {
  const r = await deps.gateway.applyFix(fix);
  if (!r.ok) {
    deps.notify('warning', problemMessage(r));
    return null;
  }
  return { undo: r.value.undo, ...(r.value.note ? { note: r.value.note } : {}) };
}

/**
 * One choice of the 插入框架 menu, start to end:
 *  - 仅补缺失标题: from a fresh reading, each missing part / aspect heading in its place (the
 *    missing-part / missing-aspect fixes, one at a time with a re-check between, so numbers and
 *    anchors are those of the current text); 撤销 takes all of them back. Nothing placeable (no
 *    part to anchor to, or a blank document): the missing skeleton at the cursor.
 *  - 整篇框架: in a document with content, 'confirm' first (the caller asks, then calls again
 *    with `confirmed`); then the skeleton without a second title and preamble.
 *  - a part or an aspect: where it belongs when missing (`PaneReport.placements`); a part already
 *    there: nothing (said); an aspect already there, or no structure to place it in: at the cursor.
 * Resolves to 'confirm' when the writer must be asked, 'done' when something was written (its
 * 撤销 remembered), 'none' otherwise (the reason said through `notify`).
 */
export async function insertScope(deps: InsertionDeps, template: Template, scope: SkeletonScope, confirmed = false): Promise<'confirm' | 'done' | 'none'> {
  const { run, notify, remember, insert } = deps;
  if (scope.kind === 'missing') {
    let fresh = await run();
    if (fresh.phase === 'error') return 'none';
    if (fresh.phase === 'empty') return (await insert(buildSkeleton(template, { kind: 'all' }), remember, notify)) ? 'done' : 'none';
    const undos: Fix[] = [];
    let note = '';
    for (let guard = 0; guard < template.parts.length + template.aspects.length; guard++) {
      const next = fresh.report?.groups
        .flatMap((g) => g.findings)
        .find((f) => (f.rule === 'missing-part' || f.rule === 'missing-aspect') && f.fix && f.fix.edits.length > 0);
      if (!next) break;
      const r = await applyInserting(deps, next.fix!);
      if (!r) break;
      undos.push(r.undo);
      if (r.note) note = r.note;
      fresh = await run();
      if (fresh.phase !== 'done') break;
    }
    if (undos.length > 0) {
      remember({ kind: 'fixes', undos });
      notify(note ? 'warning' : 'success', `${S.insertedHeadings(undos.length)}${note}${IS.insertedUndoHint}`);
      return 'done';
    }
    const paragraphs = fresh.report?.missingSkeleton ?? [];
    return (await insert(paragraphs, remember, notify)) ? 'done' : 'none';
  }
  if (scope.kind === 'part' || scope.kind === 'aspect') {
    // A part or aspect the material lacks goes where the missing-part / missing-aspect fix puts it
    // (engine/placement.ts: before the next part in the template's order, after the previous
    // aspect's section; later headings renumbered), wherever the cursor is. With no structure to
    // place it in: at the cursor.
    const fresh = await run();
    if (fresh.phase === 'error') return 'none';
    const placed = scope.kind === 'part' ? fresh.report?.placements?.parts[scope.role] : fresh.report?.placements?.aspects[scope.aspect];
    // A part it has is not inserted again; an aspect it has goes at the cursor (a second block for
    // it, as before: test/taskpane/App.test.tsx).
    if (fresh.phase === 'done' && placed?.kind === 'present' && scope.kind === 'part') {
      notify('info', IS.partPresent(template.parts.find((p) => p.role === scope.role)?.label ?? ''));
      return 'none';
    }
    if (fresh.phase === 'done' && placed?.kind === 'fix') {
      const r = await applyInserting(deps, placed.fix);
      if (!r) return 'none';
      remember({ kind: 'fixes', undos: [r.undo] });
      notify(r.note ? 'warning' : 'success', `${S.insertedHeadings(1)}${r.note ?? ''}${IS.insertedUndoHint}`);
      return 'done';
    }
  }
  if (scope.kind === 'all') {
    const fresh = await run();
    if (fresh.phase === 'error') return 'none';
    const hasContent = fresh.phase !== 'empty';
    if (hasContent && !confirmed) return 'confirm';
    // A document with content already has (or needs no second) title and preamble.
    const skeleton = buildSkeleton(template, scope).filter((_, i) => !hasContent || i >= 2);
    return (await insert(skeleton, remember, notify)) ? 'done' : 'none';
  }
  return (await insert(buildSkeleton(template, scope), remember, notify)) ? 'done' : 'none';
}
