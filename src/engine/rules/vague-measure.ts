import type { Rule } from '../rule';
import { sharedLinks } from '../link/link';
import { linkMessages } from '../link/messages';
import type { OutlineNode } from '../types';
import { headSpan, itemLabel, spanFields } from './util';

/** The most letters a heading with nothing under it has (a measure's name, not a measure written on one line). */
const HEADING_ONLY_MAX = 24;

/** Whether measure `node` has text of its own below its heading line: a body past it, children or paragraphs. */
function hasTextBelow(node: OutlineNode): boolean {
  return node.children.length > 0 || node.textParagraphs.length > 0 || node.body.length > node.heading.length;
}

/**
 * A measure written as one sentence with a subject doing something — 本人带头讲一次专题党课。
 * 我每季度到联系点调研。 班子成员带头签订廉洁承诺。 党组将建立整改台账。 严守纪律规矩，本人带头…
 * — is a measure, not a section's heading (a heading names the measure without a doer: 践行宗旨意识,
 * 严守纪律规矩, 以身作则、带头示范). The subject starts a clause: the writer (本人, 我, 自己), a
 * group's members (班子成员, 党组成员 …), or the group itself (班子, 党组, 党委, 支部, 常委会) when a
 * commitment follows (将, 要, 带头, 坚持, 每…, 定期, 全年 …: 班子建设 stays a heading). The deed: at
 * least three more letters.
 */
const SUBJECT_DEED =
  /(?:^|[，,；;：:])(?:(?:我本人|本人|我们|我|自己)|(?:领导班子|班子|党组|党委|常委会|支部)(?:成员|每名成员|每位成员)|(?:领导班子|班子|党组|党委|常委会|支部)(?=将|要|须|必须|带头|坚持|每|定期|全年|年内|年底|主动|率先))[\p{Script=Han}“”"]{3,}/u;

/** Is `text` (a measure's heading line without its marker) a one-sentence measure with a subject and a deed? */
export function subjectAndDeed(text: string): boolean {
  const sentence = text.trim().replace(/[。！!；;]+$/u, '');
  return !/[。！!？?]/.test(sentence) && SUBJECT_DEED.test(sentence);
}

/**
 * Measures that are a heading with nothing under it (（二）践行宗旨意识。 and the next heading
 * follows) while another measure of the same kind at the same level has its text below its
 * heading: an empty section, said as such rather than as a measure without numbers. Measures
 * written one a line (一是加强学习。二是…) are no headings: none of them has text below; nor is a
 * one-sentence measure with a subject and a deed (subjectAndDeed: （二）本人带头讲一次专题党课。).
 */
function headingsOnly(measures: readonly OutlineNode[]): Set<OutlineNode> {
  const withText = new Set<string>();
  for (const n of measures) if (n.marker && n.rowOwn === undefined && hasTextBelow(n)) withText.add(`${n.marker.kind}/${n.depth}`);
  const empty = new Set<OutlineNode>();
  if (!withText.size) return empty;
  for (const n of measures) {
    if (!n.marker || n.rowOwn !== undefined || hasTextBelow(n) || !withText.has(`${n.marker.kind}/${n.depth}`)) continue;
    const own = n.heading.slice(n.marker.raw.length);
    const letters = own.replace(/[\s\p{P}]/gu, '').length;
    if (letters > 0 && letters <= HEADING_ONLY_MAX && !subjectAndDeed(own)) empty.add(n);
  }
  return empty;
}

/**
 * A measure with no quantity, frequency, deadline or owner. Points at the measure's heading sentence.
 * before: （一）强化理论学习。坚持把学习作为立身之本，……学深悟透、学以致用。
 * after:  ……全年安排不少于12次理论中心组学习，每月开展1次专题研讨，年底前完成……
 * A measure heading with nothing under it, where the measures beside it have text under theirs,
 * is said to be empty (只有标题) rather than without numbers.
 */
export const vagueMeasure: Rule = {
  id: 'vague-measure',
  severity: 'warning',
  description: '整改措施没有频次、数量、时限或责任人等可检验的要求。',
  advice: '整改措施要可检验：写明频次、数量、时限或责任人。',
  example: { before: '（一）强化理论学习。坚持把学习作为立身之本，学深悟透、学以致用。', after: '（一）强化理论学习。全年安排不少于12次中心组学习，每月开展1次专题研讨，年底前完成。' },
  run(ctx, report) {
    const r = sharedLinks(ctx);
    const empty = headingsOnly(ctx.outline.measures);
    for (const m of r.measures) {
      // An unfinished measure (…方案，……) is the placeholder rule's: its text is not all written yet.
      if (!m.concrete && !m.placeholder && !m.unfinished) {
        // Past the kernel's cap the finding is only counted: no name or span built for it.
        if (report.listed?.() === false) {
          report({ paragraph: m.paragraph, message: '' });
          continue;
        }
        const span = headSpan(ctx.input.paragraphs, ctx.outline.measures[m.index], m.head);
        const node = ctx.outline.measures[m.index];
        const message = empty.has(node) ? linkMessages.measureHeadingOnly(itemLabel(m.head)) : linkMessages.vagueMeasure(itemLabel(m.head));
        report({ paragraph: m.paragraph, message, ...spanFields(span) });
      }
    }
  },
};
