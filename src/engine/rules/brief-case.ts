import type { Rule } from '../rule';
import { messages } from '../messages';
import { signOffStart } from '../outline';
import { headSpan, partLetters, spanFields } from './util';
import type { Outline, OutlineNode, Paragraph } from '../types';

/**
 * Least letters, digits and ideographs the 反面典型案例剖析 (with its sub-parts) must hold besides its
 * headings. The 2024年度 and 2025年度 notices ask for the case to be dissected and for the writer's
 * own gap against it (../shared/templates.md: （一）案例原因剖析 （二）对照案例查摆自身差距). A sentence or
 * two that name the case and say it was a warning do neither ("对照某县财政局原局长违纪违法案件，本人深受
 * 警醒。", 22; "对照…张某严重违纪违法案件，深刻剖析其理想信念动摇的根源，本人深受警醒，要引以为戒。", 45),
 * while the shortest dissection naming the case's causes and one gap of one's own with its instance
 * ("某某案的根源在于理想信念动摇、纪律规矩意识淡薄、权力观扭曲。对照反思，本人在落实八项规定精神上还有
 * 差距，比如去年有2次公务接待超出标准。") counts 62.
 */
export const MIN_CASE_CHARS = 50;

/**
 * A 反面典型案例剖析 part of a sentence or two: the case named, not dissected. The part's text is what
 * follows its heading and its sub-parts' headings up to the next part of another role (or the
 * sign-off); an unfilled skeleton ("……") is left to the placeholder rule.
 * before: 二、反面典型案例剖析  对照某县财政局原局长违纪违法案件，本人深受警醒。
 * after:  二、反面典型案例剖析  （一）案例原因剖析  ……理想信念动摇、权力观扭曲、纪律意识淡薄……
 *         （二）对照案例查摆自身差距  对照这一案例反观自己，一是……，比如……；二是……
 */
export const briefCase: Rule = {
  id: 'brief-case',
  severity: 'warning',
  description: '反面典型案例剖析只有一两句，没有剖析案例的原因，也没有对照案例查摆自身差距。',
  advice: messages.briefCaseAdvice,
  example: {
    before: '二、反面典型案例剖析　对照某县财政局原局长违纪违法案件，本人深受警醒。',
    after: '（一）案例原因剖析　……理想信念动摇、纪律规矩意识淡薄……（二）对照案例查摆自身差距　对照这一案例反观自己，一是……，比如……',
  },
  run({ outline, input }, report) {
    const brief = briefCaseOf(outline, input.paragraphs);
    if (!brief) return;
    const { node, letters } = brief;
    report({ paragraph: node.paragraph, message: messages.briefCase(letters), ...spanFields(headSpan(input.paragraphs, node, node.heading)) });
  },
};

/**
 * The 反面典型案例剖析 when it is a sentence or two: its first heading node and the letters it holds
 * (fewer than MIN_CASE_CHARS besides its headings and its sub-parts'); undefined when there is no
 * case part, it says more, or it is an unfilled draft (the placeholder rule's). brief-case reports
 * it, and case-self-comparison then says nothing (one finding says what is missing).
 */
export function briefCaseOf(outline: Outline, paragraphs: readonly Paragraph[]): { node: OutlineNode; letters: number } | undefined {
  const cases = outline.parts.filter((p) => p.role === 'cases').sort((a, b) => a.node.paragraph - b.node.paragraph);
  if (!cases.length) return undefined;
  const starts = outline.parts.map((p) => p.node.paragraph).sort((a, b) => a - b);
  // Sub-parts read as parts of their own (（一）案例原因剖析, （二）对照…): one part with all of them.
  const letters = partLetters(paragraphs, cases.map((p) => p.node), starts, signOffStart(paragraphs));
  return letters === undefined || letters >= MIN_CASE_CHARS ? undefined : { node: cases[0].node, letters };
}
