import type { Rule } from '../rule';
import { messages } from '../messages';
import { shortHeading } from './util';

/**
 * A recognised part or aspect heading without a Word heading style: Word's Navigation pane and
 * table of contents cannot see it. Only for Word documents (plain text has no styles).
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
    const headings = [...outline.parts.map((p) => p.node), ...outline.aspects.map((a) => a.node)].sort((a, b) => a.paragraph - b.paragraph);
    for (const h of headings) {
      if (!h.styled) report({ paragraph: h.paragraph, message: messages.unstyledHeading(shortHeading(h.heading)) });
    }
  },
};
