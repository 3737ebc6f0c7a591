/**
 * 群众身边的不正之风和腐败问题 (the 2024 集中整治's wording) is 党风廉政: its everyday shapes —
 * 微腐败, 优亲厚友, 吃拿卡要, 雁过拔毛, 蝇贪蚁腐, 小微权力 — are forms of the concept (lexicon.json).
 * A problem naming one of them is answered by a measure naming another (a 微腐败 整治 answers
 * village cadres' 优亲厚友), and a measure naming them answers no problem about something else.
 */
import { linkOutline } from '../../src/engine/link/link';
import { getTemplate } from '../../src/engine/template';
import { outline } from './fixtures';

const template = getTemplate('four-aspects-2024')!;
const other = '（一）每月参加中心组学习1次，年底前撰写研讨材料2篇。';

/** The link of `problem` (aspect 4) with `measure` first among the measures. */
function link(problem: string, measure: string) {
  return linkOutline(outline({ aspects: [{ aspect: 4, problems: [problem] }], measures: [measure, other] }), template).links[0];
}

test.each([
  ['优亲厚友 / 微腐败', '一是对村干部违纪问题监督不够，今年有2名村干部因优亲厚友被处理。', '（二）开展村级“微腐败”专项整治，2025年6月底前完成。'],
  ['吃拿卡要 / 不正之风', '一是对站所干部管得不严，群众反映个别干部办事吃拿卡要。', '（二）年内集中整治群众身边不正之风，设立举报电话。'],
  ['雁过拔毛 / 腐败', '一是惠农资金管理有漏洞，个别村存在雁过拔毛现象。', '（二）6月底前开展惠农资金领域腐败问题专项治理。'],
  ['小微权力', '一是村级小微权力运行不规范，集体资产处置不公开。', '（三）年底前制定村级小微权力清单，逐项公开运行流程。'],
])('%s: answered', (_n, problem, measure) => {
  const l = link(problem, measure);
  expect(l).toMatchObject({ measure: 0 });
  expect(l.strength).not.toBe('none');
  // Through the concept, not a chance word.
  expect(l.evidence).toContain('党风廉政');
});

test.each([
  ['微腐败 for 理论学习', '一是理论学习缺乏系统性，很少读原著。', '（二）开展村级“微腐败”专项整治，2025年6月底前完成。'],
  ['不正之风 for 加装电梯', '一是老旧小区加装电梯推进慢，全年只建成7部。', '（二）年内集中整治群众身边不正之风，设立举报电话。'],
])('%s: no answer', (_n, problem, measure) => {
  expect(link(problem, measure).measure).not.toBe(0);
});
