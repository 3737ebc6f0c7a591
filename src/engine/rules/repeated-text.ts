import type { Rule } from '../rule';
import { messages } from '../messages';
import { sharedSentences } from '../sentences';
import { excerpt } from '../text';
import { spanFields, spanIn } from './util';
import { placesOf } from '../places';

/**
 * The same long sentence written twice in the problems or causes: copied between sections. The
 * finding points at the repeated sentence.
 * before: 一是…缺乏迎难而上的勇气。…（二）…缺乏迎难而上的勇气。   after: each section in its own words
 */
/** Findings reported one by one before the rest are counted in one. */
const MAX_REPORTED = 20;

export const repeatedText: Rule = {
  id: 'repeated-text',
  severity: 'info',
  description: '问题或原因部分有整句重复，像是在不同部分之间复制。',
  advice: '不同部分、不同方面要各自写出具体内容，不能整句照搬。',
  example: { before: '一是……缺乏迎难而上的勇气。……（二）……缺乏迎难而上的勇气。', after: '一是……面对信访积案有畏难情绪。……（二）……推进改革时担心出错。' },
  run(ctx, report) {
    const repeats: { at: number; first: number; text: string }[] = [];
    for (const refs of sharedSentences(ctx).values()) {
      const first = refs[0];
      for (const r of refs.slice(1)) if (r.paragraph !== first.paragraph) repeats.push({ at: r.paragraph, first: first.paragraph, text: r.text });
    }
    repeats.sort((a, b) => a.at - b.at);
    // A material copied wholesale would bury every other finding: the first ones, then a count.
    // The first sentence's place as a reader finds it: 第5段, or the line in a text file (places.ts).
    const places = placesOf(ctx.input);
    for (const r of repeats.slice(0, MAX_REPORTED)) {
      // The repeated sentence itself, where it is written in this paragraph.
      const span = spanIn(ctx.input.paragraphs, r.at, r.text.trim());
      report({ paragraph: r.at, message: messages.repeatedText(places.at(r.first), excerpt(r.text, 30)), ...spanFields(span) });
    }
    if (repeats.length > MAX_REPORTED) {
      const more = repeats[MAX_REPORTED];
      report({ paragraph: more.at, message: messages.repeatedTextMore(repeats.length - MAX_REPORTED) });
    }
  },
};
