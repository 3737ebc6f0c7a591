import type { Rule } from '../rule';
import { messages } from '../messages';
import { effectiveText } from '../outline';
import type { OutlineNode, Paragraph } from '../types';
import data from '../excuses.json';

const EXCUSE = new RegExp(data.excuses.join('|'));

/**
 * A cause that blames circumstances (任务重、人手少、时间紧) instead of the writer's own thinking,
 * politics, organisation, style or discipline. The finding points at the sentence that gives it.
 * before: （一）工作任务繁重，忙于事务，放松了理论学习。   after: （一）理论学习的自觉性不强，把学习当成软任务。
 */
export const objectiveCause: Rule = {
  id: 'objective-cause',
  severity: 'info',
  description: '原因分析写了客观原因（任务重、人手少、时间紧等），应从主观上查找。',
  advice: '原因分析要从主观上找，审阅者会退回把问题归于任务重、人手少、时间紧等客观原因的写法。',
  example: { before: '（一）工作任务繁重，忙于事务，放松了理论学习。', after: '（一）理论学习的自觉性不强，把学习当成软任务。' },
  run({ outline, input }, report) {
    for (const c of outline.causes) {
      const m = EXCUSE.exec(c.body);
      if (!m) continue;
      const at = quotedSentence(input.paragraphs, c, m[0]);
      report({ paragraph: at.paragraph, message: messages.objectiveCause(m[0]), start: at.start, length: at.length });
    }
  },
};

const SENTENCE_END = /[。！？；!?;]/;

/**
 * Where the excuse stands: the first paragraph of the cause's text (from the node's own offset,
 * then the paragraphs after it that its body runs into) holding `excuse`, and the sentence around
 * it as UTF-16 offsets in that paragraph's effective text. Falls back to the cause's own paragraph
 * without a span when the words are not found (the body is built from those paragraphs, so only
 * odd inputs get there).
 */
export function quotedSentence(
  paragraphs: readonly Paragraph[],
  cause: Pick<OutlineNode, 'paragraph' | 'offset' | 'body' | 'marker'>,
  excuse: string,
): { paragraph: number; start?: number; length?: number } {
  const lines = cause.body.split('\n').length;
  const last = Math.min(paragraphs.length - 1, cause.paragraph + lines + 8);
  for (let i = cause.paragraph; i <= last; i++) {
    const text = effectiveText(paragraphs[i]);
    let from = i === cause.paragraph ? cause.offset : 0;
    // The sentence starts after the cause's typed marker ("（一）", "一是").
    const raw = i === cause.paragraph && cause.marker && !cause.marker.auto ? cause.marker.raw : '';
    if (raw && text.startsWith(raw, from)) from += raw.length;
    const at = text.indexOf(excuse, from);
    if (at < 0) continue;
    let start = at;
    while (start > from && !SENTENCE_END.test(text[start - 1])) start--;
    while (start < at && /\s/.test(text[start])) start++;
    let end = at + excuse.length;
    while (end < text.length && !SENTENCE_END.test(text[end])) end++;
    if (end < text.length) end++; // the sentence's own full stop
    return { paragraph: i, start, length: end - start };
  }
  return { paragraph: cause.paragraph };
}
