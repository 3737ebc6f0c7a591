import type { Rule } from '../rule';
import type { OutlineNode } from '../types';
import { fixText, messages } from '../messages';
import { effectiveText } from '../outline';
import { styleEdit } from '../fix';
import { headSpan, shortHeading, spanFields } from './util';
import { trimEndChars } from '../text';

/**
 * A recognised part or aspect heading without a Word heading style: Word's Navigation pane and
 * table of contents cannot see it. Only for Word documents (plain text has no styles). The fix
 * applies the heading style of its level (parts 标题 1, aspects 标题 2) without touching the text;
 * `allHeadingStylesFix` (fix.ts) joins every such fix into one "全部应用". Headings that run into
 * body text in one paragraph ("（一）在政治忠诚方面。一是…") get no fix (the style would make the
 * body a heading too, and splitting the paragraph would retype the writer's body text): one
 * finding for all of them, at the first, says so and what to do (press Enter after the heading
 * sentence, then apply the style) — not one a heading, which flooded real materials. So do aspects
 * written as items with their problem run in after the topic (一是在政治忠诚方面，学习贯彻…不够深入…。:
 * one sentence, its problem an item the outline starts inside the heading's paragraph); the finding
 * names and selects the topic (一是在政治忠诚方面), where Enter goes.
 * before: 一、存在的主要问题 (正文)   after: 一、存在的主要问题 (标题 1)
 */
export const unstyledHeading: Rule = {
  id: 'unstyled-heading',
  severity: 'info',
  description: '识别出的部分或方面标题没有使用 Word 标题样式，导航窗格中看不到。',
  advice: '部分和方面标题使用 Word 标题样式，导航窗格和目录里才能看到结构。',
  example: { before: '一、存在的主要问题（正文样式）', after: '一、存在的主要问题（标题 1 样式）' },
  run({ outline, input }, report) {
    if (input.source !== 'word' && input.source !== 'docx') return;
    const level = new Map<OutlineNode, number>();
    for (const p of outline.parts) level.set(p.node, 1);
    // Problems listed with no aspect headings (unsectioned): their node is the part's own heading.
    for (const a of outline.aspects) if (!a.unsectioned) level.set(a.node, 2);
    // Aspects whose heading sentence holds their problem after the topic (一是在政治忠诚方面，学习…不够深入…。):
    // the outline reads the problem as an item starting inside the heading's paragraph.
    const runInHead = new Map<OutlineNode, string>();
    for (const a of outline.aspects) {
      const own = a.problems.find((x) => x.inline && x.paragraph === a.node.paragraph && x.offset > a.node.offset);
      if (own && !a.unsectioned) runInHead.set(a.node, a.node.heading.slice(0, Math.max(0, own.offset - a.node.offset)));
    }
    const headings = [...level.keys()].sort((a, b) => a.paragraph - b.paragraph);
    // Headings run into body text in one paragraph: one finding for all of them (real materials
    // have many, issue 11), saying why there is no fix and what to do.
    const runIn: OutlineNode[] = [];
    for (const h of headings) {
      if (h.styled) continue;
      const p = input.paragraphs[h.paragraph];
      const alone = p && !h.inline && !runInHead.has(h) && effectiveText(p).trim().length <= h.heading.length + 2 && p.text.length > 0 && !p.inTable;
      if (!alone && p && !p.inTable && p.text.length > 0) {
        runIn.push(h);
        continue;
      }
      const lv = level.get(h)!;
      report({
        paragraph: h.paragraph,
        message: messages.unstyledHeading(shortHeading(h.heading)),
        ...(alone ? { fix: { label: fixText.applyHeadingStyle(lv), edits: [styleEdit(p, lv)] } } : {}),
      });
    }
    if (runIn.length) {
      const h = runIn[0];
      // The heading sentence alone: for an aspect run into its problem after 方面，, the topic.
      const head = trimEndChars(runInHead.get(h) ?? h.heading, '，,：:；;。 \u3000') || h.heading;
      report({
        paragraph: h.paragraph,
        message: messages.unstyledRunInHeadings(shortHeading(head), runIn.length),
        ...spanFields(headSpan(input.paragraphs, h, head)),
      });
    }
  },
};
