import type { Rule } from '../rule';
import { messages } from '../messages';
import { briefCaseOf } from './brief-case';
import { SHORTFALL } from '../outline';

/**
 * Words that turn a case analysis back on the writer (2024年度 and 2025年度 notices: 对照案例查摆自身
 * 差距): looking at oneself (反观自己, 查摆自身, 联系/结合/检视自身), 对照 the case and then, in the same
 * sentence, the writer (我, 本人, 自己; a 班子's 我们, 班子, 党组, 党委) or a gap (差距, 不足, 苗头, 短板),
 * or the writer's own gap (我/本人…也存在…). Not the set phrases that end a retelling of the case
 * (引以为戒, 以案为鉴, 举一反三, 警钟长鸣): a trial's case part that only retold the case and closed
 * "我们要引以为戒" passed, and reviewers send exactly that back.
 */
const SELF =
  /反观自[己身]|查摆自身|联系自身|结合自身|检视自身|自身(?:差距|不足|问题|存在)|对照[^。；;]{0,40}?(?:我|本人|自己|自身|班子|党组|党委|常委会|支部|差距|不足|苗头|短板)|(?:我|本人)(?:自己)?(?:[^。；;]{0,12}?(?:也|还|同样|仍然?))?(?:存在|有)(?!所)/;

/** 对照 and what follows it in its sentence, up to 80 characters (list items after a colon included). */
const AFTER_COMPARE = /对照([^。]{0,80})/g;

/**
 * Does `text` compare the case with oneself: SELF, or 对照 followed in its sentence by a shortfall
 * (“常委会对照查摆：一是政治警觉性不够…；二是对权力集中部门监督偏软”: the gaps listed are the writer's).
 */
export function comparesWithSelf(text: string): boolean {
  return selfComparisonAt(text) >= 0;
}

/** Where `text` first turns to the writer (comparesWithSelf), as a UTF-16 offset; -1 when it never does. */
export function selfComparisonAt(text: string): number {
  let at = text.search(SELF);
  for (const m of text.matchAll(AFTER_COMPARE)) {
    if (at >= 0 && (m.index ?? 0) >= at) break;
    if (SHORTFALL.test(m[1])) {
      at = m.index ?? 0;
      break;
    }
  }
  return at;
}

/**
 * A 反面典型案例剖析 part that analyses the case but never compares it with oneself.
 * before: 二、反面典型案例剖析  某某严重违纪违法，根源在于理想信念动摇……
 * after:  二、反面典型案例剖析  （一）案例原因剖析 …… （二）对照案例查摆自身差距  对照这一案例反观自己，我在……方面还有差距
 */
export const caseSelfComparison: Rule = {
  id: 'case-self-comparison',
  severity: 'warning',
  description: '反面典型案例剖析只写了案例，没有对照案例查摆自身差距。',
  advice: '2024、2025年度通知要求剖析反面典型案例：既剖析案例的原因，更要对照案例查摆自身差距，写出自己在哪些方面有类似苗头或不足。',
  example: { before: '二、反面典型案例剖析　某某严重违纪违法，根源在于理想信念动摇……', after: '（一）案例原因剖析……（二）对照案例查摆自身差距　对照这一案例反观自己，在……方面还有差距' },
  run({ outline, input }, report) {
    const cases = outline.parts.filter((p) => p.role === 'cases');
    // Sub-parts read as parts of their own (bold or plain headings): one check over all of them.
    if (!cases.length) return;
    const text = cases.map((p) => p.node.body.slice(p.node.heading.length)).join('\n');
    if (comparesWithSelf(text)) return;
    // A part of a sentence or two is brief-case's: one finding says what is missing.
    if (briefCaseOf(outline, input.paragraphs)) return;
    report({ paragraph: cases[0].node.paragraph, message: messages.caseNoSelfComparison() });
  },
};
