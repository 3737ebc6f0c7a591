/**
 * Problems written inline (一是…。二是…。三是…。 in one paragraph) share a paragraph; a finding
 * built from one of them must select that item's own text, not another's in the same paragraph
 * (t27 #3: repeated-problem named the 一是 but selected the 二是, so following it in Word selected
 * the wrong sentence).
 */
import { analyze, type Analysis } from '../../src/engine';
import type { DocumentInput } from '../../src/engine/types';
import { completeLines, textDoc } from '../support/docs';

/** Four distinct problems, each long enough to compare (over 8 windows) and unlike the others. */
const ITEMS = [
  '理论学习不够系统，满足于读原文、记笔记，对党的创新理论学懂弄通做实不够。',
  '对意识形态领域的苗头性问题敏感性不够，对个别干部在微信群转发不当言论没有及时批评。',
  '调查研究流于形式，到基层蹲点调研次数偏少，解剖麻雀式的深度调研开展得不多。',
  '落实一岗双责不够到位，对分管科室干部日常监督偏松，谈心谈话开展得不经常。',
];
/** Fresh wording for an item that does not repeat last year's. */
const FRESH = [
  '运用党的创新理论指导发改工作还不够深入，推动重大项目建设的办法不多。',
  '防范化解重大风险的本领还有差距，应对突发舆情的预案演练开展得少。',
  '服务企业的主动性不强，帮助民营企业解决融资难题的举措还不具体。',
  '干部队伍建设抓得不够紧，年轻干部的培养锻炼缺少系统安排和跟踪。',
];
const NUMS = ['一', '二', '三', '四'];
/** The inline paragraph's index in thisYear's lines (after the part and aspect headings). */
const INLINE = 2;

/** Last year's material: `repeated` written as a problem of its own line in the first aspect. */
function lastYear(repeated: string): { analysis: Analysis; input: DocumentInput } {
  const lines = completeLines().map((l) => (l === '一是理论学习不深。比如，读原著少。' ? `一是${repeated}` : l));
  const input = textDoc(lines);
  return { analysis: analyze(input), input };
}

/** This year's: the first aspect's problems in ONE paragraph, item `k` of `n` repeating ITEMS[k]. */
function thisYear(n: number, k: number): string[] {
  const inline = Array.from({ length: n }, (_, i) => `${NUMS[i]}是${i === k ? ITEMS[i] : FRESH[i]}`).join('');
  const base = completeLines();
  return base.flatMap((l) => (l === '一是理论学习不深。比如，读原著少。' ? [inline] : l === '二是政治判断力不强。' ? [] : [l]));
}

describe('repeated-problem on inline items', () => {
  for (const n of [2, 3, 4]) {
    for (const k of [...new Set([0, Math.floor(n / 2), n - 1])]) {
      test(`${n} items in one paragraph, the ${k + 1}. repeats last year's: the span is that item`, () => {
        const lines = thisYear(n, k);
        const a = analyze(textDoc(lines), { previous: lastYear(ITEMS[k]) });
        // The outline reads the paragraph as n problems (what the fault needs).
        expect(a.outline.aspects[0].problems).toHaveLength(n);
        // The rest of the skeleton repeats last year's too; only the inline paragraph matters here.
        const fs = a.findings.filter((f) => f.rule === 'repeated-problem' && f.paragraph === INLINE);
        expect(fs).toHaveLength(1);
        const f = fs[0];
        const p = lines[f.paragraph];
        const selected = p.slice(f.start!, f.start! + f.length!);
        expect(selected.startsWith(`${NUMS[k]}是`)).toBe(true);
        expect(selected).toContain(ITEMS[k].slice(0, 6));
        // The message names the same item it selects.
        expect(f.message).toContain(ITEMS[k].slice(0, 6));
      });
    }
  }

  test('two inline items both repeating: two findings, each selecting its own item', () => {
    const lines = completeLines().flatMap((l) => (l === '一是理论学习不深。比如，读原著少。' ? [`一是${ITEMS[0]}二是${ITEMS[3]}`] : l === '二是政治判断力不强。' ? [] : [l]));
    const lastLines = completeLines().map((l) => (l === '一是理论学习不深。比如，读原著少。' ? `一是${ITEMS[0]}` : l === '二是政治判断力不强。' ? `二是${ITEMS[3]}` : l));
    const li = textDoc(lastLines);
    const a = analyze(textDoc(lines), { previous: { analysis: analyze(li), input: li } });
    const fs = a.findings.filter((f) => f.rule === 'repeated-problem' && f.paragraph === INLINE);
    expect(fs).toHaveLength(2);
    const sel = fs.map((f) => lines[f.paragraph].slice(f.start!, f.start! + f.length!));
    expect(sel.some((s) => s.startsWith('一是') && s.includes(ITEMS[0].slice(0, 6)))).toBe(true);
    expect(sel.some((s) => s.startsWith('二是') && s.includes(ITEMS[3].slice(0, 6)))).toBe(true);
  });
});
