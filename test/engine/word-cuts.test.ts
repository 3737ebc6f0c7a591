/**
 * Where the report quotes a cut of the writer's text it cuts where a word ends or at a punctuation
 * mark, never inside a word: finding excerpts (clipAtClause), checklist section labels
 * (sectionLabel), and the shared phrases shown as a link's evidence (evidenceWords).
 */
import { analyze } from '../../src/engine';
import { sectionLabel } from '../../src/engine/checklist';
import { linksOf } from '../../src/engine/link';
import { clipAtClause, evidenceWords, forgetSegmentStarts, zhSegmenter } from '../../src/engine/text';
import { textDoc } from '../support/docs';

/** Whether offset `at` of `t` is a word end for the engine's segmenter. */
function wordEnd(t: string, at: number): boolean {
  for (const s of zhSegmenter()!.segment(t)) if (s.index === at) return true;
  return at === t.length;
}

describe('clipAtClause cuts at a clause mark or a word end', () => {
  test.each([
    '（一）强化理论武装。始终在思想上政治上行动上同以习近平总书记为核心的党中央保持高度一致',
    '一是忧患意识和风险预判能力不足。对分管的水利、防汛、地质灾害防治等领域潜在风险研判不够',
    '二是深入基层调研不够。班子成员到乡镇、企业调研以检查为主，与基层群众面对面交流不多',
    '一是学习贯彻党的二十大精神还不够深入。党的二十大召开后，党组第一时间组织了传达学习',
  ])('%s', (t) => {
    const out = clipAtClause(t, 40);
    expect(out.endsWith('…')).toBe(true);
    const kept = out.slice(0, -1);
    expect(t.startsWith(kept)).toBe(true);
    expect(wordEnd(t, kept.length) || /[，。、；：]/.test(t[kept.length])).toBe(true);
  });
  test('a short text is unchanged', () => expect(clipAtClause('学习不够。', 40)).toBe('学习不够。'));
});

test.each([
  ['加强党风廉政建设和反腐败斗争工作方面存在的问题'],
  ['在落实意识形态工作责任制和网络意识形态管理方面'],
])('sectionLabel cuts a long heading where a word ends: %s', (h) => {
  const label = sectionLabel(h);
  const kept = label.endsWith('…') ? label.slice(0, -1) : label;
  const bare = h.replace(/^在/, '');
  expect(bare.startsWith(kept)).toBe(true);
  expect(wordEnd(bare, kept.length)).toBe(true);
});

describe('evidenceWords: no classifier after a number, no word cut at its start', () => {
  test.each([
    ['2022年有5宗违法用地案件未办结', '年底前办结5宗违法用地案件', '宗违法用地', '违法用地'],
    ['全区3个农贸市场改造滞后', '年内完成2个农贸市场改造', '个农贸市场', '农贸市场'],
    ['今年化债任务只完成60%', '完成年度化债任务', '债任务', '化债任务'],
    ['对联系村党风廉政建设过问不多', '每季度过问联系村党风廉政建设', '党风廉政', '党风廉政'],
    ['理论学习不深入', '坚持理论学习', '理论学习', '理论学习'],
  ])('%s / %s: %s → %s', (a, b, phrase, out) => expect(evidenceWords(a, b, phrase)).toBe(out));
});

test('evidenceWords judges each phrase at its own offset, whatever was asked before (its segmenter answers are kept)', () => {
  // One context (有5宗违法用地) asked at two offsets: 宗 is a word of its own, 违 is not.
  const a = '有5宗违法用地案件未办结';
  const b = '年底前办结5宗违法用地案件';
  forgetSegmentStarts();
  expect(evidenceWords(a, b, '违法用地')).toBe('违法用地');
  expect(evidenceWords(a, b, '宗违法用地')).toBe('违法用地');
  expect(evidenceWords(a, b, '违法用地')).toBe('违法用地');
  forgetSegmentStarts();
  expect(evidenceWords(a, b, '宗违法用地')).toBe('违法用地');
  expect(evidenceWords(a, b, '违法用地')).toBe('违法用地');
  // The same phrase in another context is asked anew.
  expect(evidenceWords('全区3个农贸市场改造滞后', '年内完成2个农贸市场改造', '个农贸市场')).toBe('农贸市场');
  expect(evidenceWords('今年化债任务只完成60%', '完成年度化债任务', '债任务')).toBe('化债任务');
});

test('a link shows its evidence so', () => {
  const lines = [
    '2022年度民主生活会对照检查材料',
    '一、存在的主要问题',
    '（一）带头坚持和加强党的全面领导方面',
    '一是防范债务风险不够有力。比如，今年化债任务只完成60%。',
    '二、原因分析',
    '理想信念有所松懈。',
    '三、整改措施',
    '（一）防范化解风险。完成年度化债任务，守住不发生系统性风险底线。',
  ];
  const [l] = linksOf(analyze(textDoc(lines))).links;
  expect(l.evidence).not.toContain('债任务');
  expect(l.evidence.filter((e) => e.includes('化债任务'))).toHaveLength(1);
});
