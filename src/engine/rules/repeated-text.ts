import type { Rule } from '../rule';
import { messages } from '../messages';
import { longSentences } from '../sentences';
import { excerpt } from '../text';

/**
 * The same long sentence written twice in the problems or causes: copied between sections.
 * before: 一是…缺乏迎难而上的勇气。…（二）…缺乏迎难而上的勇气。   after: each section in its own words
 */
export const repeatedText: Rule = {
  id: 'repeated-text',
  severity: 'info',
  description: '问题或原因部分有整句重复，像是在不同部分之间复制。',
  run({ input, outline }, report) {
    for (const refs of longSentences(input.paragraphs, outline).values()) {
      const first = refs[0];
      for (const r of refs.slice(1)) {
        if (r.paragraph !== first.paragraph) report({ paragraph: r.paragraph, message: messages.repeatedText(first.paragraph, excerpt(r.text, 30)) });
      }
    }
  },
};
