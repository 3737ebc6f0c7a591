/**
 * A finding on one of several items in a paragraph quotes that item, not the paragraph's start,
 * and its span lies in that item: an aspect heading with its items run in, items 一是…二是… in one
 * paragraph with no heading, a run-in measure heading with items, causes run in after their
 * heading; for the rules that name a problem (no-example), a standard formulation (formulation)
 * and an excuse among causes (objective-cause). Materials written for this test.
 */
import { analyze, type Finding } from '../../src/engine';
import { textDoc } from '../support/docs';

/** A 2021 material; `replace` swaps whole lines (by their first characters) for the shape under test. */
function material(replace: Record<string, string>): string[] {
  const lines = [
    '某局党组班子党史学习教育专题民主生活会对照检查材料',
    '一、存在的主要问题',
    '（一）带头深刻感悟“两个确立”的决定性意义方面',
    '一是理论学习不够系统。比如全年只读了两本原著。',
    '（二）带头牢记我们党是什么、要干什么这个根本问题方面',
    '一是落实决策部署有温差。比如重点项目有1个未按期开工。',
    '（三）带头践行以人民为中心的发展思想方面',
    '一是宗旨意识有所淡化。比如今年到基层调研仅4次。',
    '（四）带头学习运用党在不同历史时期成功应对风险挑战的丰富经验方面',
    '一是斗争精神不足。比如对信访积案化解推进慢。',
    '（五）带头深刻汲取党史中正反两方面经验方面',
    '一是落实“一岗双责”不到位。比如提醒谈话次数少。',
    '二、原因分析',
    '（一）理想信念有所松懈。对理论学习的重要性认识不足。',
    '（二）宗旨意识不够牢固。对群众的感情有所淡化。',
    '三、整改措施',
    '（一）强化理论武装。每月参加中心组学习不少于2次，年底前撰写研讨材料6篇。',
    '（二）践行为民宗旨。每月到基层调研不少于2次，6月底前建立群众诉求台账。',
  ];
  return lines.flatMap((l) => {
    const k = Object.keys(replace).find((p) => l.startsWith(p));
    return k === undefined ? [l] : replace[k] === '' ? [] : [replace[k]];
  });
}

interface Case {
  name: string;
  lines: string[];
  rule: string;
  /** Words in the message that tell which finding this is. */
  about: string;
  /** The item the excerpt and the span must start at. */
  item: string;
}

const CASES: Case[] = [
  {
    name: 'aspect heading with its items run in: the second item',
    lines: material({ '（三）带头践行': '（三）带头践行以人民为中心的发展思想方面。一是宗旨意识有所淡化，比如今年到基层调研仅4次。二是解决群众急难愁盼问题不够有力，群众反映的问题回应慢。', '一是宗旨意识有所淡化': '' }),
    rule: 'no-example',
    about: '解决群众急难愁盼问题不够有力',
    item: '二是解决群众急难愁盼问题不够有力',
  },
  {
    name: 'aspect heading with its items run in: the first item',
    lines: material({ '（四）带头学习': '（四）带头学习运用党在不同历史时期成功应对风险挑战的丰富经验方面。一是斗争精神不足，遇到矛盾绕着走。二是防范风险的预案不完善，比如有3个项目没有预案。', '一是斗争精神不足': '' }),
    rule: 'no-example',
    about: '斗争精神不足',
    item: '一是斗争精神不足',
  },
  {
    name: 'items in one paragraph, no heading: the third item',
    lines: material({ '一是理论学习不够系统': '一是理论学习不够系统，比如全年只读了两本原著；二是学用结合不够紧密，比如调研报告多是情况汇总；三是政治敏锐性不够强，对网上舆情研判不及时。' }),
    rule: 'no-example',
    about: '政治敏锐性不够强',
    item: '三是政治敏锐性不够强',
  },
  {
    name: 'a formulation in the second item of a run-in measure',
    lines: material({ '（二）践行为民宗旨': '（二）践行为民宗旨。一是每月到基层调研不少于2次。二是年底前落实“一岗两责”，精简文件会议三分之一。' }),
    rule: 'formulation',
    about: '一岗双责',
    item: '二是年底前落实“一岗两责”',
  },
  {
    name: 'an excuse in the second cause run in after its heading',
    // (The circumstance given as the cause: "以工作忙为由…" names the writer's excuse and is not told.)
    lines: material({ '（二）宗旨意识不够牢固': '（二）宗旨意识不够牢固。一是对群众的感情有所淡化。二是工作忙，下基层少，为民服务的自觉性减弱。' }),
    rule: 'objective-cause',
    about: '工作忙',
    item: '二是工作忙，下基层少',
  },
];

const findingOf = (c: Case): { f: Finding; text: string } => {
  const doc = textDoc(c.lines);
  const f = analyze(doc).findings.find((x) => x.rule === c.rule && x.message.includes(c.about));
  if (!f) throw new Error(`no ${c.rule} finding about ${c.about}`);
  return { f, text: doc.paragraphs[f.paragraph].text };
};

describe('a finding quotes the item it is about', () => {
  test.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const { f, text } = findingOf(c);
    expect(f.excerpt.startsWith(c.item.slice(0, 12))).toBe(true);
    // The span lies in that item: from where the item starts to where the next one does.
    const at = text.indexOf(c.item);
    expect(at).toBeGreaterThanOrEqual(0);
    expect(f.start).toBeGreaterThanOrEqual(at);
    const nextItem = text.slice(at + 2).search(/[一二三四五六七八九十]是/);
    if (nextItem >= 0) expect(f.start! + f.length!).toBeLessThanOrEqual(at + 2 + nextItem);
  });

  test('a paragraph of one item still quotes its start', () => {
    const lines = material({ '一是斗争精神不足': '一是斗争精神不足，遇到矛盾绕着走，面对信访积案推不动。' });
    const doc = textDoc(lines);
    const f = analyze(doc).findings.find((x) => x.rule === 'no-example' && x.message.includes('斗争精神不足'))!;
    expect(f.excerpt.startsWith('一是斗争精神不足')).toBe(true);
  });
});
