import type { Rule } from '../rule';
import { messages } from '../messages';
import { effectiveText } from '../outline';
import type { OutlineNode, Paragraph } from '../types';
import data from '../excuses.json';

const EXCUSE = new RegExp(data.excuses.join('|'), 'g');

/**
 * Words that name the circumstance as the writer's excuse rather than give it as the cause:
 * 以工作忙为由减少参加组织生活, 借口工作忙、事务多, 把任务重当作挡箭牌 — self-criticism, which
 * reviewers ask for, not blame laid on circumstances.
 */
const NAMED_AS_EXCUSE = /为由|借口|为理由|挡箭牌|托词|推脱|推托|搪塞/;
/** Where a clause ends (、 does not: 以资金紧、条件差为由 is one clause). */
const CLAUSE_END = /[，。；！？,;!?：:\n]/;

/** The clause of `text` around [at, at + length). */
function clauseAround(text: string, at: number, length: number): string {
  let start = at;
  while (start > 0 && !CLAUSE_END.test(text[start - 1])) start--;
  let end = at + length;
  while (end < text.length && !CLAUSE_END.test(text[end])) end++;
  return text.slice(start, end);
}

/**
 * The circumstances `body` gives as causes: the first excuse word whose clause does not name it as
 * the writer's excuse, with how many times the same word stood before it, named so (0-based), and
 * every distinct such word in the body in order (`all`, the first included: 任务重、人手少、经费紧张).
 * Null when there is none.
 */
export function objectiveExcuse(body: string): { excuse: string; nth: number; all: string[] } | null {
  const seen = new Map<string, number>();
  let first: { excuse: string; nth: number } | undefined;
  const all: string[] = [];
  EXCUSE.lastIndex = 0;
  for (let m = EXCUSE.exec(body); m; m = EXCUSE.exec(body)) {
    const nth = seen.get(m[0]) ?? 0;
    seen.set(m[0], nth + 1);
    if (NAMED_AS_EXCUSE.test(clauseAround(body, m.index, m[0].length))) continue;
    first ??= { excuse: m[0], nth };
    if (!all.includes(m[0])) all.push(m[0]);
  }
  return first ? { ...first, all } : null;
}

/**
 * Distinct circumstances in one cause from which the finding is a warning: a cause that piles up
 * circumstances (任务重、人手少、经费紧张) lays its problems on them, what reviewers send back
 * (原因分析强调客观); one circumstance beside the writer's own failings is told as a hint.
 */
const PILED_UP = 2;

/**
 * A cause that blames circumstances (任务重、人手少、时间紧) instead of the writer's own thinking,
 * politics, organisation, style or discipline. The finding points at the sentence that gives it.
 * A circumstance named as the writer's excuse (以工作忙为由…, 借口工作忙…) is self-criticism: not told.
 * The message names every circumstance the cause gives; two or more make it a warning (PILED_UP).
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
      const m = objectiveExcuse(c.body);
      if (!m) continue;
      const at = quotedSentence(input.paragraphs, c, m.excuse, m.nth);
      const piled = m.all.length >= PILED_UP;
      report({ paragraph: at.paragraph, message: messages.objectiveCause(m.all), ...(piled ? { severity: 'warning' as const } : {}), start: at.start, length: at.length });
    }
  },
};

const SENTENCE_END = /[。！？；!?;]/;

/**
 * Where the excuse stands: the paragraph of the cause's text (from the node's own offset, then the
 * paragraphs after it that its body runs into) holding `excuse` the (`nth` + 1)th time (0: the
 * first; the earlier ones were named as the writer's excuse, objectiveExcuse), and the sentence around
 * it as UTF-16 offsets in that paragraph's effective text. Falls back to the cause's own paragraph
 * without a span when the words are not found (the body is built from those paragraphs, so only
 * odd inputs get there).
 */
export function quotedSentence(
  paragraphs: readonly Paragraph[],
  cause: Pick<OutlineNode, 'paragraph' | 'offset' | 'body' | 'marker'>,
  excuse: string,
  nth = 0,
): { paragraph: number; start?: number; length?: number } {
  let skip = nth;
  const lines = cause.body.split('\n').length;
  const last = Math.min(paragraphs.length - 1, cause.paragraph + lines + 8);
  for (let i = cause.paragraph; i <= last; i++) {
    const text = effectiveText(paragraphs[i]);
    let from = i === cause.paragraph ? cause.offset : 0;
    // The sentence starts after the cause's typed marker ("（一）", "一是").
    const raw = i === cause.paragraph && cause.marker && !cause.marker.auto ? cause.marker.raw : '';
    if (raw && text.startsWith(raw, from)) from += raw.length;
    let at = text.indexOf(excuse, from);
    while (at >= 0 && skip > 0) {
      skip--;
      at = text.indexOf(excuse, at + excuse.length);
    }
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
