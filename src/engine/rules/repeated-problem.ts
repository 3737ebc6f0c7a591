import type { Rule } from '../rule';
import { messages } from '../messages';
import { headSpan, spanFields } from './util';

/**
 * With last year's material (`check --previous`): a problem of this year's that repeats one of
 * last year's nearly word for word (previous.ts: 60% or more of its 8-character windows, numbers
 * counting as one character, so a problem copied with this year's figures repeats too), or whose
 * heading sentence of 8 characters or more is last year's (but for a character) over a new example
 * (previous.ts sameHeading: the message says the heading is the same). The
 * same material with a new date is what reviewers send back first. Says nothing without last
 * year's material, or when the file given as last year's is this year's own text or states a
 * year not earlier than this one.
 * before: （一）…一是理论学习不够系统，比如全年自学仅8次……（与上年度材料第5段几乎相同）
 * after:  （一）…一是学用结合不够紧密，比如学习二十届四中全会精神后，指导分管领域工作的举措仍不具体……
 */
export const repeatedProblem: Rule = {
  id: 'repeated-problem',
  severity: 'warning',
  description: '本年度查摆的问题与上年度材料中的问题几乎相同（需用 --previous 给出上年度材料）。',
  advice: messages.repeatedProblemAdvice,
  example: {
    before: '一是理论学习不够系统，比如全年自学仅8次。（与上年度材料第5段几乎相同）',
    after: '一是学用结合不够紧密，比如学习全会精神后，指导分管领域工作的举措仍不具体。',
  },
  run({ outline, input, previous }, report) {
    if (!previous) return;
    const c = previous.comparison;
    if (c.sameText || c.notEarlier || !c.repeats.length) return;
    // Keyed by paragraph AND offset: items written inline (一是…。二是…。) share a paragraph, and
    // the finding must select the one it names.
    const nodes = new Map(outline.aspects.flatMap((a) => a.problems).map((p) => [`${p.paragraph}:${p.offset}`, p] as const));
    for (const r of c.repeats) {
      const node = nodes.get(`${r.paragraph}:${r.offset}`);
      const span = node ? spanFields(headSpan(input.paragraphs, node, node.heading)) : {};
      const place = previous.lastPlaces.at(r.lastParagraph);
      const message = r.heading ? messages.repeatedProblemHeading(r.lastText, place, r.heading === 'near') : messages.repeatedProblem(r.lastText, place, Math.round(r.similarity * 100));
      report({ paragraph: r.paragraph, message, ...span });
    }
  },
};
