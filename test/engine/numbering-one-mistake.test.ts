/**
 * One numbering mistake is one finding (issue: a repeated "5." gave both 跳号 and 重复), with a fix
 * that renumbers it right; a real skip elsewhere in the same sequence is still reported. Every
 * marker kind a writer types, at its level (一、 parts, （一） aspects, items 一是 1. （1） 第一),
 * items one a paragraph or run into one paragraph. Materials written for this test.
 */
import { analyze, type Finding } from '../../src/engine';
import { applyFix } from '../../src/engine/fix';
import { textDoc } from '../support/docs';

const CN = ['', '一', '二', '三', '四', '五', '六', '七', '八'];

const ITEMS = [
  '理论学习不够系统。比如全年只读了两本原著。',
  '学用结合不够紧密。调研报告多是情况汇总。',
  '政治敏锐性不够强。对网上舆情研判不及时。',
  '意识形态责任落实有差距。比如阵地管理检查偏少。',
  '党史学习成果转化不够。比如办实事清单进度滞后。',
  '以史为鉴的自觉性不强。比如总结经验教训不多。',
];

type Level = 'item' | 'aspect' | 'part';
interface Form {
  name: string;
  level: Level;
  mark: (v: number) => string;
}

const FORMS: Form[] = [
  { name: '一是', level: 'item', mark: (v) => `${CN[v]}是` },
  { name: '1.', level: 'item', mark: (v) => `${v}.` },
  { name: '（1）', level: 'item', mark: (v) => `（${v}）` },
  { name: '第一，', level: 'item', mark: (v) => `第${CN[v]}，` },
  // Other punctuation writers type: the message quotes the number as they wrote it (t23: “4.”
  // 出现了两次 where the writer typed 4、).
  { name: '1、', level: 'item', mark: (v) => `${v}、` },
  { name: '1．', level: 'item', mark: (v) => `${v}．` },
  { name: '(1)', level: 'item', mark: (v) => `(${v})` },
  { name: '（一）', level: 'aspect', mark: (v) => `（${CN[v]}）` },
  { name: '一、', level: 'part', mark: (v) => `${CN[v]}、` },
];

const ASPECTS = [
  '带头深刻感悟“两个确立”的决定性意义方面',
  '带头牢记我们党是什么、要干什么这个根本问题方面',
  '带头践行以人民为中心的发展思想方面',
  '带头学习运用党在不同历史时期成功应对风险挑战的丰富经验方面',
  '带头深刻汲取党史中正反两方面经验方面',
];

const ASPECT_ITEMS = [
  '一是落实决策部署有温差。比如重点项目有1个未按期开工。',
  '一是宗旨意识有所淡化。比如今年到基层调研仅4次。',
  '一是斗争精神不足。比如对信访积案化解推进慢。',
  '一是落实“一岗双责”不到位。比如提醒谈话次数少。',
];

/**
 * A material whose sequence at `form.level` is numbered `seq` (the first aspect holds `seq.length`
 * items at item level; `seq.length` aspects at aspect level, else 5; 4 parts). `runIn`: the first aspect's items in one paragraph.
 */
function material(form: Form, seq: number[], runIn = false): string[] {
  const part = (k: number, title: string) => (form.level === 'part' ? form.mark(seq[k]) : `${CN[k + 1]}、`) + title;
  const aspect = (k: number) => (form.level === 'aspect' ? form.mark(seq[k]) : `（${CN[k + 1]}）`) + ASPECTS[k];
  const items = form.level === 'item' ? seq.map((v, k) => form.mark(v) + ITEMS[k]) : ['一是' + ITEMS[0], '二是' + ITEMS[1]];
  return [
    '某局党组班子党史学习教育专题民主生活会对照检查材料',
    '会前班子成员逐一谈心谈话，征求意见建议12条，现对照检查如下。',
    part(0, '上年度民主生活会整改落实情况'),
    '上年度查摆的8个问题已完成整改7个。',
    part(1, '存在的主要问题'),
    aspect(0),
    ...(runIn ? [items.join('')] : items),
    // At aspect level the material has as many aspects as the sequence has numbers.
    ...ASPECT_ITEMS.slice(0, form.level === 'aspect' ? seq.length - 1 : 4).flatMap((item, k) => [aspect(k + 1), item]),
    part(2, '原因分析'),
    '（一）理想信念有所松懈。对理论学习的重要性认识不足。',
    '（二）宗旨意识不够牢固。对群众的感情有所淡化。',
    part(3, '整改措施'),
    '（一）强化理论武装。每月参加中心组学习不少于2次，年底前撰写研讨材料6篇。',
    '（二）践行为民宗旨。每月到基层调研不少于2次，6月底前建立群众诉求台账。',
  ];
}

const numberingOf = (lines: string[]): Finding[] =>
  analyze(textDoc(lines)).findings.filter((f) => f.rule === 'numbering' && f.severity !== 'info');

/** Apply a finding's fix to the material's lines (one paragraph a line). */
function fixed(lines: string[], f: Finding): string[] {
  const r = applyFix(textDoc(lines).paragraphs.map((p) => ({ text: p.text })), f.fix!);
  if (!r.ok) throw new Error(`fix not applicable: ${JSON.stringify(r)}`);
  return r.paragraphs.map((p) => p.text);
}

/** The number the finding's paragraph (or, run in, its flagged span) is written with. */
const flagged = (lines: string[], f: Finding) => {
  const p = textDoc(lines).paragraphs[f.paragraph];
  return f.start === undefined ? p.text : p.text.slice(f.start, f.start + f.length!);
};

interface Case {
  name: string;
  seq: number[];
  /** Kind of message expected for each finding (in sequence order) and the number each is written with. */
  expect: { kind: '重复' | '跳号' | '没有从'; at: number; due: number }[];
}

const CASES: Case[] = [
  { name: 'duplicate, then the right number (1 2 2 4)', seq: [1, 2, 2, 4], expect: [{ kind: '重复', at: 2, due: 3 }] },
  { name: 'duplicate at the end (1 2 3 3)', seq: [1, 2, 3, 3], expect: [{ kind: '重复', at: 3, due: 4 }] },
  { name: 'skip alone (1 2 4 5)', seq: [1, 2, 4, 5], expect: [{ kind: '跳号', at: 2, due: 3 }] },
  { name: 'skip, then the same number again (1 2 4 4)', seq: [1, 2, 4, 4], expect: [{ kind: '跳号', at: 2, due: 3 }] },
  { name: 'skip at the end (1 2 3 5)', seq: [1, 2, 3, 5], expect: [{ kind: '跳号', at: 3, due: 4 }] },
  { name: 'duplicate early, a real skip later (1 2 2 4 6)', seq: [1, 2, 2, 4, 6], expect: [{ kind: '重复', at: 2, due: 3 }, { kind: '跳号', at: 4, due: 5 }] },
  { name: 'a first number repeated (1 1 2 3)', seq: [1, 1, 2, 3], expect: [{ kind: '重复', at: 1, due: 2 }] },
];

describe('one numbering mistake, one finding, and its fix renumbers right', () => {
  for (const form of FORMS) {
    for (const runIn of form.level === 'item' && form.name !== '第一，' ? [false, true] : [false]) {
      for (const c of CASES) {
        if (form.level === 'part' && c.seq.length > 4) continue; // a material has 4 parts here
        if (form.level === 'aspect' && c.seq.length > 5) continue; // and at most 5 aspects
        test(`${form.name}${runIn ? ' run in' : ''}: ${c.name}`, () => {
          let lines = material(form, c.seq, runIn);
          const found = numberingOf(lines);
          // Findings of this sequence only, in order; the rest of the material is numbered right.
          expect(found.map((f) => f.message.match(/重复|跳号|没有从/)?.[0])).toEqual(c.expect.map((e) => e.kind));
          found.forEach((f, k) => {
            const e = c.expect[k];
            expect(f.message).toContain(`应为“${form.mark(e.due).replace(/，$/, '')}”`);
            expect(flagged(lines, f).startsWith(form.mark(c.seq[e.at]).replace(/，$/, ''))).toBe(true);
            expect(f.fix).toBeDefined();
          });
          // Applying each finding's fix in turn leaves no numbering finding: the fix renumbers right.
          for (let round = 0; round < c.expect.length; round++) {
            const now = numberingOf(lines);
            expect(now).toHaveLength(c.expect.length - round);
            lines = fixed(lines, now[0]);
          }
          expect(numberingOf(lines)).toEqual([]);
        });
      }
    }
  }

  test('a message quotes the numbers, so their punctuation does not run into the sentence', () => {
    for (const form of FORMS) {
      for (const f of numberingOf(material(form, [1, 2, 4, 4]))) {
        expect(f.message).not.toMatch(/[，。、.][，。]|“”/);
      }
    }
  });
});
