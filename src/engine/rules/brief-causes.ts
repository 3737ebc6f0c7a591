import type { Rule } from '../rule';
import { messages } from '../messages';
import { lettersAndDigits } from '../sentences';
import { isPlaceholder } from '../text';
import type { Outline, OutlineNode } from '../types';
import { stripMarker } from '../link/text';
import { headSpan, spanFields } from './util';

/**
 * Fewest letters, digits and ideographs a cause analysis holds when it dissects anything. Three
 * labels naming dimensions (理想信念有所弱化。宗旨意识有所淡化。纪律规矩意识不强。) run about 25–35; a
 * sentence for all the problems ("主要是自己学习不够、要求不严。") fewer. The real materials we hold
 * (../shared/seeds) write 476–848 in their causes, our shortest fixture of a written material 57.
 */
export const MIN_CAUSE_CHARS = 40;

/**
 * A cause entry of at most this many letters is a label (理想信念有所弱化, 党性修养有所放松): a cause
 * named, not analysed. The causes are labels only when there are two or more and every one is so.
 */
export const LABEL_CHARS = 15;

/** The cause entries' own text without their numbers (（一）, 一是), each as letters and digits. */
function entryLetters(c: OutlineNode): string {
  return lettersAndDigits(stripMarker(c.body));
}

/**
 * A cause analysis that names causes without analysing them: its written entries hold fewer than
 * MIN_CAUSE_CHARS letters together, or two or more and each a label of LABEL_CHARS or fewer.
 * Reviewers send such an analysis back (原因剖析不深不透, 只列标题). Undefined when there are no
 * written causes (missing-part, placeholder). `labels`: the entries when all are labels.
 */
export function briefCausesOf(outline: Outline): { node: OutlineNode; letters: number; labels: string[] } | undefined {
  const part = outline.parts.find((p) => p.role === 'causes');
  if (!part) return undefined;
  const written = outline.causes.filter((c) => c.body.trim() && !isPlaceholder(c.body));
  if (!written.length || written.length < outline.causes.length) return undefined;
  const letters = written.map(entryLetters);
  const total = letters.reduce((n, t) => n + t.length, 0);
  const allLabels = written.length >= 2 && letters.every((t) => t.length <= LABEL_CHARS);
  if (total >= MIN_CAUSE_CHARS && !allLabels) return undefined;
  return { node: part.node, letters: total, labels: allLabels ? written.map((c) => stripMarker(c.body).trim().replace(/[。；;，,]$/, '')) : [] };
}

/**
 * The cause analysis names causes and stops: labels with nothing after them, or a line for all
 * the problems. The finding points at the part's heading.
 * before: 二、原因分析  （一）理想信念有所弱化。（二）宗旨意识有所淡化。（三）纪律规矩意识不强。
 * after:  二、原因分析  （一）理想信念有所弱化。对党的创新理论学得不深不透，满足于……，以致……
 */
export const briefCauses: Rule = {
  id: 'brief-causes',
  severity: 'warning',
  description: '原因分析只列了几条标题或一两句话，没有联系自身剖析问题产生的根源。',
  advice: messages.briefCausesAdvice,
  example: {
    before: '二、原因分析　（一）理想信念有所弱化。（二）宗旨意识有所淡化。（三）纪律规矩意识不强。',
    after: '（一）理想信念有所弱化。对党的创新理论学得不深不透，满足于读文件、听报告，以致……',
  },
  run({ outline, input }, report) {
    const brief = briefCausesOf(outline);
    if (!brief) return;
    const { node, letters, labels } = brief;
    report({ paragraph: node.paragraph, message: messages.briefCauses(letters, labels), ...spanFields(headSpan(input.paragraphs, node, node.heading)) });
  },
};
