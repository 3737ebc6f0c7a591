/**
 * Actions on the document: go to a paragraph, insert a skeleton. Every failure becomes a Chinese
 * notice; nothing here ever deletes or overwrites the writer's text (the gateway only inserts).
 */
import { useCallback, useState } from 'react';
import type { DocumentGateway, GatewayResult, ParagraphRef, TextSpan } from '../../word/gateway';
import type { Paragraph, SkeletonParagraph } from '../../engine/types';
import { GATEWAY_PROBLEM, S } from '../strings';
import type { NoticeIntent } from './useNotice';

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

  const insert = useCallback(
    async (paragraphs: SkeletonParagraph[]): Promise<number | null> => {
      if (paragraphs.length === 0) {
        notify('info', S.insertedNone);
        return 0;
      }
      setBusy(true);
      try {
        const result = await gateway.insert(paragraphs);
        if (!result.ok) {
          notify('error', problemMessage(result));
          return null;
        }
        const v = result.value;
        notify(
          'success',
          v.at === 'at-end'
            ? S.insertedAtEndN(v.inserted)
            : v.at === 'after-paragraph' && v.after !== undefined
            ? S.insertedAfterParagraph(v.inserted, v.after + 1)
            : v.at === 'after-table'
              ? S.insertedAfterTable(v.inserted)
              : S.insertedAtCursor(v.inserted),
        );
        return result.value.inserted;
      } catch {
        notify('error', GATEWAY_PROBLEM.unknown);
        return null;
      } finally {
        setBusy(false);
      }
    },
    [gateway, notify],
  );

  return { select, insert, busy };
}
