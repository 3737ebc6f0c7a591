/**
 * The paragraphs the rules read: the document's own, with a leading outline of its headings
 * (leading-outline.ts) and a 整改清单 table restating its problems and measures
 * (restated-checklist.ts) emptied, indexes kept. One place for analyze and for what must anchor
 * where the rules anchor (placement.ts).
 */
import type { DocumentInput } from './types';
import { withoutLeadingOutline } from './leading-outline';
import { withoutRestatedChecklists } from './restated-checklist';

/** `input` as the rules see it: the same object when nothing is emptied, else a copy with new paragraphs. */
export function rulesInput(input: DocumentInput): DocumentInput {
  const paragraphs = withoutRestatedChecklists(withoutLeadingOutline(input.paragraphs));
  return paragraphs === input.paragraphs ? input : { ...input, paragraphs };
}
