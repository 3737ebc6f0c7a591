/**
 * PDF lines of uneven widths in columns (trial 20): a PDF's lines are one width on the page, but a
 * quotation mark or an ellipsis counts one column, punctuation is squeezed and a character that
 * may not start a line moves down, so a short paste of a few paragraphs holds lines of, say, 57
 * to 64 columns. They are joined back into paragraphs (text reader and Word's paragraphs alike),
 * while a real short paragraph (a heading, a one-line item, a line ending 。：；) stays its own and
 * no text is lost or moved. Text typed one paragraph a line is still left alone.
 */
import { readText } from '../../src/engine/readers/text';
import { columns, unwrapLines, unwrapText, wrapWidth } from '../../src/engine/readers/unwrap';
import { unwrapWordParagraphs } from '../../src/engine/readers/joined';
import type { Paragraph } from '../../src/engine/types';

/** Cut `text` into lines whose widths follow `widths` (in columns, cycled), as a PDF does. */
function jagged(text: string, widths: number[], start = 0): string[] {
  const out: string[] = [];
  let line = '';
  let k = start;
  for (const ch of text) {
    if (columns(line + ch) > widths[k % widths.length]) {
      out.push(line);
      line = '';
      k++;
    }
    line += ch;
  }
  if (line) out.push(line);
  return out;
}

const P1 =
  '在理论学习上还不够深入系统，对习近平新时代中国特色社会主义思想的“世界观和方法论”领会不透，学用结合不紧，用理论指导实践的能力还有差距。比如，今年参加中心组学习12次，撰写体会仅2篇，联系分管工作思考不够。';
const P2 =
  '在担当作为上还有差距，面对“急难险重”任务有时存在畏难情绪，习惯按部就班，开拓创新的勇气不足，推进落实力度不够大，一些工作停留在安排部署层面，跟踪问效不及时。';
const P3 =
  '在联系群众上还不够紧密，深入基层调研少，听汇报多、看现场少，对群众“急难愁盼”问题掌握不全面……比如，全年到分管领域基层调研8次，其中5次是陪同上级检查，没有形成高质量的调研报告。';

const SPREADS: Array<[string, number[]]> = [
  ['57–64', [60, 57, 64, 59, 62, 58, 63, 61]],
  ['54–61', [61, 55, 58, 54, 60, 57]],
  ['66–74', [70, 74, 66, 72, 68]],
];

const joined = (lines: string[]) => readText(lines.join('\n')).map((p) => p.text).filter((t) => t !== '');
const squash = (xs: string[]) => xs.join('').replace(/[\s\u3000]/g, '');

describe('PDF lines of uneven widths are one paragraph each again', () => {
  test.each(SPREADS)('%s columns: two or three paragraphs under a heading', (_, widths) => {
    for (const paras of [[P1, P2], [P1, P2, P3], [P3, P1]]) {
      const lines = ['（一）在带头深刻感悟“两个确立”的决定性意义方面', ...paras.flatMap((p, i) => jagged(p, widths, i * 3))];
      expect(joined(lines)).toEqual(['（一）在带头深刻感悟“两个确立”的决定性意义方面', ...paras]);
      expect(wrapWidth(lines)).toBeDefined();
      // The text reader's whole-text path decides the same.
      expect(unwrapText(lines.join('\n')).split('\n')).toEqual(unwrapLines(lines));
    }
  });

  test.each(SPREADS)('%s columns: items 一是/二是 and a field heading stay apart, each item joined', (_, widths) => {
    const items = [`一是${P1}`, `二是${P2}`, `三是${P3}`];
    const lines = ['二、存在的主要问题', ...items.flatMap((p, i) => jagged(p, widths, i)), '三、原因分析', '问题：', ...jagged(P2, widths, 2)];
    expect(joined(lines)).toEqual(['二、存在的主要问题', ...items, '三、原因分析', '问题：', P2]);
  });

  test('Word paragraphs of such lines join as the text reader joins them', () => {
    const lines = ['一、存在的主要问题', ...jagged(P1, SPREADS[0][1]), ...jagged(P3, SPREADS[0][1], 4)];
    const paragraphs: Paragraph[] = lines.map((text, index) => ({ index, text }));
    const read = unwrapWordParagraphs(paragraphs);
    expect(read.paragraphs.map((p) => p.text)).toEqual(['一、存在的主要问题', P1, P3]);
    expect(read.paragraphs.map((p) => p.text)).toEqual(joined(lines));
  });
});

describe('real short paragraphs of about that width are not joined', () => {
  // Each line is its own paragraph: ends a sentence (。：；), is a heading, or a one-line item.
  const OWN = [
    '（一）在带头牢记我们党是什么、要干什么这个根本问题方面存在差距',
    '一是理论学习的系统性还不够强，学习笔记和心得体会的质量不高。',
    '二是调查研究不够深入，一年来到基层调研的次数偏少，情况掌握不全；',
    '三是抓落实的办法还不多，对分管领域的重点工作督促检查不够及时：',
    '（二）在带头践行以人民为中心的发展思想方面还需要进一步加强提高',
    '1.坚持每月集中学习不少于2次，年底前结合分管工作撰写一篇调研报告。',
    '2.每季度到基层联系点调研不少于1次，建立问题清单并按月跟踪销号。',
  ];

  test('lines of 57–64 columns that are paragraphs of their own stay as typed', () => {
    for (const l of OWN) expect(columns(l)).toBeGreaterThanOrEqual(56);
    expect(joined(OWN)).toEqual(OWN);
    expect(unwrapText(OWN.join('\n'))).toBe(OWN.join('\n'));
  });

  test('headings and one-line items between wrapped paragraphs stay apart; no text lost or moved', () => {
    const widths = SPREADS[0][1];
    const lines = [OWN[0], ...jagged(P1, widths), OWN[1], OWN[2], OWN[4], ...jagged(P2, widths, 3), OWN[5], OWN[6]];
    const out = joined(lines);
    expect(out).toEqual([OWN[0], P1, OWN[1], OWN[2], OWN[4], P2, OWN[5], OWN[6]]);
    expect(squash(out)).toBe(squash(lines));
  });

  test('text typed one paragraph a line, of uneven widths, is left alone', () => {
    const typed = [
      '一、存在的主要问题',
      `一是${P1}`,
      '（一）在带头深刻感悟“两个确立”的决定性意义方面',
      `二是${P2}`,
      '二、原因分析',
      P3,
      '三、整改措施',
      '（一）强化理论武装',
      '（二）践行以人民为中心的发展思想',
    ];
    expect(wrapWidth(typed)).toBeUndefined();
    expect(unwrapLines(typed)).toEqual(typed);
    // Short typed lines of one width band (headings, items) with longer paragraphs between them.
    const heads = ['（一）在带头深刻感悟“两个确立”的决定性意义方面存在的问题和差距', '（二）在带头牢记我们党是什么、要干什么这个根本问题方面的不足', '（三）在带头践行以人民为中心的发展思想方面存在的差距和短板', '（四）在带头学习运用党应对风险挑战的丰富经验方面的差距不足', '（五）在带头深刻汲取党史中正反两方面经验方面还需要加强的'];
    const mixed = heads.flatMap((h, i) => [h, [P1, P2, P3][i % 3]]);
    expect(unwrapLines(mixed)).toEqual(mixed);
  });

  test('any spread: every character is kept, in order', () => {
    for (const [, widths] of SPREADS) {
      for (let s = 0; s < widths.length; s++) {
        const lines = [OWN[0], ...jagged(P1 + P2, widths, s), OWN[3], ...jagged(P3, widths, s + 1), OWN[6]];
        expect(squash(unwrapLines(lines))).toBe(squash(lines));
        expect(squash(joined(lines))).toBe(squash(lines));
      }
    }
  });
});
