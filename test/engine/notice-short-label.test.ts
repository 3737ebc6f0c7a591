/**
 * Short labels of imported aspects (notice.ts shortLabel). A trial (t26 #5) imported a 2026 notice
 * and got "深入学习贯彻党的二十届四" (四中全会 cut) and "践行以人民为中心的发展" (思想 cut off its
 * phrase): the labels stand in the structure table ("✗ 方面1 …（缺失）"). A label is cut only where a
 * phrase ends — never inside 全会, 思想, a quoted name or a number and its unit, nor after a 的 —
 * and a long clause is condensed first. Titles: every year's official aspect titles
 * (../shared/templates.md) and notices written for this test.
 */
import { readNotice, shortLabel } from '../../src/engine/notice';

/** Is `label` cut inside a fixed phrase of `title`: it ends where one of these runs on? */
function cutInside(label: string, title: string): boolean {
  const bare = title.replace(/^带头/, '');
  const at = bare.indexOf(label);
  if (at < 0) return false;
  const rest = bare.slice(at + label.length);
  return /^(?:中全会|全会|会|思想|想)/.test(rest) || /[一二三四五六七八九十\d]$/.test(label) && /^[个项条次点届中]/.test(rest) || /“[^”]*$/.test(label) || /的$/.test(label);
}

describe('every year\'s aspect titles get whole-phrase labels', () => {
  test.each([
    // 2021 五个带头
    ['带头深刻感悟“两个确立”的决定性意义', '感悟“两个确立”'],
    ['带头牢记我们党是什么、要干什么这个根本问题', '牢记我们党是什么'],
    ['带头践行以人民为中心的发展思想', '践行以人民为中心'],
    ['带头学习运用党在不同历史时期成功应对风险挑战的丰富经验', '学习运用党在不同历史时期'],
    ['带头深刻汲取党史中正反两方面经验', '汲取党史中正反两方面经验'],
    // 2022 六个带头
    ['带头深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”', '领悟“两个确立”'],
    ['带头用习近平新时代中国特色社会主义思想凝心铸魂', '用党的创新理论凝心铸魂'],
    ['带头坚持和加强党的全面领导', '坚持和加强党的全面领导'],
    ['带头发扬斗争精神', '发扬斗争精神'],
    // 2023 (the Politburo's five)
    ['学懂弄通做实习近平新时代中国特色社会主义思想', '学懂弄通做实党的创新理论'],
    // 2024 四个带头
    ['带头严守政治纪律和政治规矩，维护党的团结统一', '严守政治纪律和政治规矩'],
    ['带头在遵规守纪、清正廉洁前提下勇于担责、敢于创新', '勇于担责、敢于创新'],
    ['带头履行全面从严治党政治责任', '履行全面从严治党政治责任'],
    // 2025 五个带头
    ['带头强化政治忠诚、提高政治能力', '强化政治忠诚'],
    ['带头坚决扛起管党治党责任', '坚决扛起管党治党责任'],
    // 2026-like titles (a notice of its own shape)
    ['带头深入学习贯彻党的二十届四中全会精神，谋划推动“十五五”良好开局', '学习贯彻二十届四中全会精神'],
    ['带头践行以人民为中心的发展思想，树立和践行正确政绩观', '践行以人民为中心'],
    ['带头学习贯彻党的二十届三中全会精神，以钉钉子精神抓好改革落实', '学习贯彻二十届三中全会精神'],
  ])('%s → %s', (title, short) => {
    const label = shortLabel(title);
    expect(label).toBe(short);
    expect(cutInside(label, title)).toBe(false);
  });
});

describe('a label too long to keep is cut where a phrase ends', () => {
  test.each([
    ['a quoted name is never cut, nor 各项 split from what it counts', '带头推动“十五五”规划各项重点任务落实落地见到实效', /^推动“十五五”规划$/],
    ['a number and its unit are not split from what they count', '带头推进全市重点改革3项任务全面落地见效一年', /^推进全市重点改革3项任务$/],
    ['a number and its unit are kept with their noun', '带头深入推进全市3项重点改革任务全面落地见效', /^推进全市3项重点改革任务$/],
    ['a label does not end on a conjunction', '对照新时代合格党员标准和入党誓词查找差距', /^对照新时代合格党员标准$/],
    ['the noun phrase after 的 is not cut', '带头树立和践行正确政绩观的各项工作要求落到实处', /^树立和践行正确政绩观$/],
  ])('%s: %s', (_name, title, shape) => {
    const label = shortLabel(title);
    expect(label).toMatch(shape);
    expect(label.length).toBeGreaterThanOrEqual(4);
    expect(label.length).toBeLessThanOrEqual(16);
    expect(cutInside(label, title)).toBe(false);
  });
});

test('a notice written for this test: no label of its list is cut inside a phrase', () => {
  const notice = [
    '关于开好2026年度民主生活会的通知',
    '民主生活会要重点对照以下5个方面：一是带头深入学习贯彻党的二十届四中全会精神，推动“十五五”开局起步；二是带头增强党性、严守政治纪律和政治规矩；三是带头践行以人民为中心的发展思想，切实为群众办实事；四是带头担当作为、推动高质量发展；五是带头落实全面从严治党政治责任，持续深化作风建设。',
  ].join('\n');
  const r = readNotice(notice);
  const labels = r.template.aspects.map((a) => a.short);
  expect(labels).toEqual(['学习贯彻二十届四中全会精神', '增强党性', '践行以人民为中心', '担当作为、推动高质量发展', '落实全面从严治党政治责任']);
  for (const a of r.template.aspects) expect(cutInside(a.short, a.title)).toBe(false);
});
