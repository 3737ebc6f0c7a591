import type { Rule } from '../rule';
import { sharedLinks } from '../link/link';
import { linkMessages } from '../link/messages';
import { hasExample } from '../link/patterns';
import { headSpan, itemLabel, spanFields } from './util';

/**
 * Instances hasExample (link/patterns.ts) does not read, which a reviewer counts (t26 #10):
 * - a figure with its unit, also 多/余/几 forms and a score: 6000多分, 85分, 20几次, 十几次, 二十多人,
 *   三十余篇, 几十个 (a count in words only with 十/百/千 or 多/余/几 in it: not 一个, 十分);
 * - a difficulty named in quotation marks as people put it: 群众反映的“看病排队时间长”问题 (after
 *   反映/提出/投诉/反馈/诉求/呼声/关注, or a quotation of a service's difficulty: “办证慢”现象,
 *   “材料多、环节多”的问题 — not a formulation, “四风”问题, nor a stock phrase, “学文件多、学原著少”);
 * - a duration: 间隔超过一周, 长达三个月, 历时半年, 拖了两周多, 时隔一年之久.
 */
const FIGURE_UNIT = '(?:人次|户次|课时|学时|小时|分钟|个工作日|工作日|个月|季度|学期|万元|亿元|元|次|场|期|轮|项|个|条|件|篇|天|日|家|户|名|人|批|所|份|遍|处|起|堂|课|本|部|套|台|亩|吨|周|年|字|%|％)';
/** Units a count in words is read with (FIGURE_UNIT without 年, 家, 日, 课, 期 …). */
const CN_UNIT = '(?:人次|小时|个月|万元|次|场|项|个|条|件|篇|天|名|人|户|批|所|份|遍|处|起|本|周)';
const INSTANCE_PATTERNS: RegExp[] = [
  // Arabic: any number with 多/余/几, or a score (分).
  new RegExp(`\\d+(?:\\.\\d+)?(?:(?:多|余|几)(?:分|${FIGURE_UNIT})|分(?![之钟管局院公行会校级别类批期组担工散享配])|(?:几)${FIGURE_UNIT})`),
  // In words, a count no one says of a role: with 十/百/千, or with 多/余/几 (十几次, 二十多人, 几十个).
  // Not 年/家/日 (百年奋斗, 千家万户, 十日谈: sayings, not counts).
  new RegExp(`(?:[一二两三四五六七八九]?[十百千][一二三四五六七八九几]?|几[十百千])(?:多|余)?${CN_UNIT}|[一二两三四五六七八九十]+(?:多|余)${CN_UNIT}`),
  // A difficulty reported by the people it troubles: 群众反映的“看病排队时间长”问题.
  /(?:反映|提出|投诉|反馈|诉求|呼声|关注|吐槽|抱怨)[^。；;]{0,8}[“"][^”"]{3,20}[”"](?:的)?(?:问题|难题|现象|情况)/,
  // A quotation saying what is hard, slow or long for the people a service serves (“办证慢”现象,
  // “材料多、环节多”的问题, “挂号排队时间长”): not a formulation, nor a stock phrase of self-criticism
  // (“学文件多、学原著少”).
  /[“"](?=[^”"]*(?:办|看病|就医|挂号|排队|审批|手续|材料|环节|窗口|跑|等候|收费|缴费|停车|出行|入学|上学|就业|报销|投诉|证))[^”"]{2,19}(?:难|慢|长|久|远|贵|堵|乱|多|少|差|低)[”"](?:的)?(?:问题|难题|现象)/,
  // A duration that passed: 超过一周, 长达三个月, 历时半年, 拖了两周多, 时隔一年之久, 间隔20多天.
  /(?:超过|长达|长约|历时|耗时|用时|用了|花了|拖了|拖延|间隔|相隔|时隔|超出|足足|整整)[一二两三四五六七八九十半几\d]+(?:多|余)?个?(?:天|日|周|星期|月|季度|学期|年|小时)/,
];

/** Whether `text` gives an instance hasExample does not read (INSTANCE_PATTERNS). */
export function hasFurtherInstance(text: string): boolean {
  return INSTANCE_PATTERNS.some((re) => re.test(text));
}

/**
 * A problem item with no concrete instance (比如/例如, a figure, a date, a named project or event;
 * and those of hasFurtherInstance: 6000多分, a quoted difficulty, 超过一周).
 * Points at the item's heading sentence.
 * before: 二是学习领会不深刻。……理解不深不透，处于浅表化的阶段。
 * after:  ……比如，今年中心组专题学习8次，班子成员研讨发言多停留在原文复述。
 */
export const noExample: Rule = {
  id: 'no-example',
  severity: 'info',
  description: '查摆的问题没有具体事例（比如、数字、具体项目或事件）。',
  advice: '查摆问题要有具体事例、数字或事件，避免只写笼统的表态。',
  example: { before: '二是学习领会不深刻，理解不深不透，处于浅表化的阶段。', after: '二是学习领会不深刻。比如，今年中心组专题学习8次，研讨发言多停留在原文复述。' },
  run(ctx, report) {
    const r = sharedLinks(ctx);
    let k = 0;
    ctx.outline.aspects.forEach((a) => {
      for (const node of a.problems) {
        const link = r.links[k++];
        if (!hasExample(node.body) && !hasFurtherInstance(node.body) && !link?.placeholder) {
          const head = link ? link.head : node.heading;
          // Past the kernel's cap the finding is only counted: no name or span built for it.
          if (report.listed?.() === false) report({ paragraph: node.paragraph, message: '' });
          else report({ paragraph: node.paragraph, message: linkMessages.noExample(itemLabel(head)), ...spanFields(headSpan(ctx.input.paragraphs, node, head)) });
        }
      }
    });
  },
};
