/**
 * Shortfall wording: how a problem says that something falls short (推进缓慢, 进度滞后, 查处不力,
 * 落实不到位), not what falls short. Two items that both say "推进缓慢" — "“智慧监管”建设推进缓慢"
 * and "“证照分离”改革推进缓慢问题" — share no specific thing, so a shared phrase or term made
 * only of such wording links nothing (link.ts); a phrase holding a thing as well ("智慧监管建设推进
 * 缓慢") still counts.
 */
import { SHORTFALL } from '../outline';
import { GENERIC_BIGRAMS } from './bigrams';

/**
 * Two-character words that state a shortfall whatever falls short: the manner words progress is
 * faulted with (缓慢, 迟缓, 拖沓) and the shortfalls outline.ts SHORTFALL spells out. No specific
 * thing two items share (shared-words.ts reads none of them as evidence).
 */
export const SHORTFALL_WORDS: readonly string[] = ['缓慢', '迟缓', '拖沓', '拖延', '较慢', '偏慢', '滞后', '不力', '薄弱', '欠缺', '松懈', '淡化', '弱化', '偏软', '偏弱', '偏松', '缺乏', '差距', '有待'];

/** The shortfall statements (outline.ts SHORTFALL: 不够, 不力, 流于形式 …) and SHORTFALL_WORDS, anywhere in a phrase. */
const SHORTFALL_WORDING = new RegExp(`${SHORTFALL.source}|${SHORTFALL_WORDS.join('|')}`, 'g');

/**
 * The words a shortfall is stated of, whatever the matter: the work's progress and handling
 * (推进, 进展, 进度, 落实, 执行, 整改, 办理, 处理, 查处, 完成, 开展) and how it is done (有力,
 * 严格, 深入, 扎实, 及时), as domain.md's problem statements use them ("整改推进缓慢", "查处不够有力",
 * "执行不够严格").
 */
const PROGRESS_WORDING = /推进|进展|进度|落实|执行|整改|办理|处理|查处|完成|开展|推动|力度|有力|有效|及时|严格|深入|扎实|到位|经常|情况|问题|工作|现象/g;

/** Chinese characters that glue words (的, 了, 和 …): no content of their own. */
const GLUE = /[的地得了着过和与及或并而之也都还仍较很太更有是在对把将为于]/g;

/**
 * Does `phrase` (a shared phrase or term, as written in the problem) say nothing but that something
 * falls short? It does when it holds shortfall wording and, with that, the progress words and
 * particles taken out, no two characters are left that are not GENERIC_BIGRAMS. Pure.
 */
export function shortfallOnly(phrase: string): boolean {
  SHORTFALL_WORDING.lastIndex = 0;
  if (!SHORTFALL_WORDING.test(phrase)) return false;
  const rest = phrase.replace(SHORTFALL_WORDING, '|').replace(PROGRESS_WORDING, '|').replace(GLUE, '|');
  for (const piece of rest.split('|')) {
    for (let i = 0; i + 1 < piece.length; i++) if (!GENERIC_BIGRAMS.has(piece.slice(i, i + 2))) return false;
  }
  return true;
}
