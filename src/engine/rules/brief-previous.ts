import type { Rule } from '../rule';
import { messages } from '../messages';
import { signOffStart } from '../outline';
import { headSpan, partLetters, spanFields } from './util';

/**
 * Least letters, digits and ideographs the 上年度整改落实情况 part must hold besides its heading. A
 * sentence that only says the problems were put right runs 10–30 ("上年度查摆的5个问题已全部整改到位。",
 * 17; "去年查摆的问题已整改", 10) and says nothing a reviewer can compare with last year's material;
 * the shortest summary that counts what was done and names what is not (the bundled sample: "…4个方面
 * 11个问题，已完成整改10个，“项目前期工作推进慢”问题正在持续整改，预计明年6月底前完成", 52) passes.
 */
export const MIN_PREVIOUS_CHARS = 40;

/**
 * A 上年度整改落实情况 part that only says the problems were put right: reviewers send such a part
 * back (they compare it with last year's material, problem by problem). The part's text is what
 * follows its heading up to the next part (or the sign-off); an unfilled skeleton ("……", also with
 * the skeleton's hints: “一是……（上年度查摆问题的整改完成情况）”) is left to the placeholder rule.
 * before: 一、上年度民主生活会整改落实情况  上年度查摆的5个问题已全部整改到位。
 * after:  一、上年度民主生活会整改落实情况  上年度查摆的5个问题、制定的12条措施……：一是理论学习不深的问题，
 *         局党组中心组全年集中学习12次……；二是……。尚未完成的……，下一步……。
 */
export const briefPrevious: Rule = {
  id: 'brief-previous',
  severity: 'warning',
  description: '上年度整改落实情况只有一两句概括（如“已全部整改到位”），没有逐项说明整改措施和成效。',
  advice: messages.briefPreviousAdvice,
  example: { before: '一、上年度整改落实情况：上年度查摆的问题已全部整改到位。', after: '一、上年度整改落实情况：一是……问题，已……（措施、成效）；二是……；尚未完成的……，下一步……。' },
  run({ outline, input }, report) {
    const paragraphs = input.paragraphs;
    const end = signOffStart(paragraphs);
    const starts = outline.parts.map((p) => p.node.paragraph).sort((a, b) => a - b);
    for (const part of outline.parts) {
      if (part.role !== 'previous') continue;
      const node = part.node;
      // What the part says, not its punctuation or spaces; a draft is the placeholder rule's.
      const n = partLetters(paragraphs, [node], starts, end);
      if (n === undefined || n >= MIN_PREVIOUS_CHARS) continue;
      report({ paragraph: node.paragraph, message: messages.briefPrevious(n), ...spanFields(headSpan(paragraphs, node, node.heading)) });
    }
  },
};
