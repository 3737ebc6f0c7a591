/**
 * check --previous (issue 14, trial t24): one of last year's problems counts as accounted for only
 * on evidence a reviewer would accept — a sentence naming it (in quotation marks, or restating it
 * before 的问题: 针对中心组学习形式单一的问题，…), or words both texts write. A concept the two only
 * share in different words (学用脱节…创新理论 / 中心组学习) is no account; a sentence naming one
 * problem says nothing of another. The quote shown ends where a clause or word ends.
 */
import { analyze } from '../../src/engine';
import { comparePrevious } from '../../src/engine/previous';
import { previousJson, previousLines } from '../../src/cli/previous';
import { textDoc } from '../support/docs';

/** Last year's material (2024年度, 四个带头) of a county water bureau's leading group. */
const lastYear = [
  '县水利局党组2024年度民主生活会对照检查材料',
  '一、存在的主要问题',
  '（一）带头严守政治纪律和政治规矩，维护党的团结统一方面',
  '一是党组理论学习中心组学习形式单一，以领读文件为主，研讨发言少。二是学用脱节，运用党的创新理论指导水利工作不够。',
  '（二）带头增强党性、严守纪律、砥砺作风方面',
  '河道采砂监管存在盲区，全年查处非法采砂仅2起。',
  '（三）带头在遵规守纪、清正廉洁前提下勇于担责、敢于创新方面',
  '农村饮水工程维护不及时，比如北山村供水管道爆裂5天未修。',
  '（四）带头履行全面从严治党政治责任方面',
  '对基层水利站的监督偏软，小型工程验收把关不严。',
  '二、原因分析',
  '一是理论学习的自觉性不够。二是宗旨意识有所淡化。三是管党治党责任压得不实。',
  '三、整改措施',
  '（一）每次中心组学习安排2名班子成员重点发言，全年研讨不少于8次。',
  '（二）2025年6月底前建立河道采砂日常巡查制度。',
  '（三）2025年3月底前修复全部供水管道，建立每月巡检制度。',
  '（四）每半年对基层水利站开展一次工程验收抽查。',
  '中共××县水利局党组',
  '2024年12月26日',
];

/** This year's material: its 上年度 part (`previous`), then problems of its own. */
function thisYear(previous: string[]): string[] {
  return [
    '县水利局党组2025年度民主生活会对照检查材料',
    '一、上年度问题整改落实情况',
    ...previous,
    '二、存在的主要问题',
    '（一）带头强化政治忠诚、提高政治能力方面',
    '贯彻落实防汛救灾部署有时不够坚决，汛前隐患排查有死角。',
    '（二）带头固本培元、增强党性方面',
    '党性锻炼抓得不紧，参加所在支部组织生活不够经常。',
    '三、原因分析',
    '一是政治站位不够高。二是党性修养有所放松。',
    '四、整改措施',
    '（一）2026年4月底前完成汛前隐患全面排查，每月通报一次。',
    '（二）每季度至少参加一次所在支部组织生活，由办公室记录。',
  ];
}

function compare(previous: string[]) {
  const c = textDoc(thisYear(previous));
  const l = textDoc(lastYear);
  return comparePrevious({ analysis: analyze(c), input: c }, { analysis: analyze(l), input: l });
}

const item = (c: ReturnType<typeof compare>, word: string) => {
  const found = c.items.find((i) => i.text.includes(word));
  if (!found) throw new Error(`no item ${word}: ${c.items.map((i) => i.text).join(' | ')}`);
  return found;
};

test('a clause restating a problem before 的问题 answers that one, not another sharing its concept', () => {
  const c = compare([
    '2024年度查摆问题5个。一是针对中心组学习形式单一的问题，实行班子成员轮流重点发言，全年研讨9次；二是针对河道采砂监管存在盲区的问题，建立无人机巡河制度，全年查处非法采砂12起。',
  ]);
  expect(item(c, '中心组学习').answered).toBe(true);
  expect(item(c, '中心组学习').evidence).toEqual(['中心组学习形式单一']);
  expect(item(c, '河道采砂').answered).toBe(true);
  expect(item(c, '学用脱节').answered).toBe(false);
  expect(item(c, '饮水工程').answered).toBe(false);
  expect(item(c, '水利站').answered).toBe(false);
});

test('each named problem is placed at its own clause of one run-on paragraph', () => {
  const c = compare([
    '2024年度民主生活会查摆的问题中，供水管道爆裂没及时修的问题，已于2025年3月修复全部管道，建立了每月巡检制度；河道采砂监管盲区的问题，已建立日常巡查制度，查处非法采砂12起；基层水利站监督偏软的问题，已完成全部小型工程验收抽查。',
  ]);
  const water = item(c, '饮水工程');
  const sand = item(c, '河道采砂');
  const station = item(c, '水利站');
  expect([water.answered, sand.answered, station.answered]).toEqual([true, true, true]);
  expect(water.where?.text.startsWith('供水管道爆裂')).toBe(true);
  expect(sand.where?.text.startsWith('河道采砂监管盲区')).toBe(true);
  expect(station.where?.text.startsWith('基层水利站监督偏软')).toBe(true);
  expect(item(c, '学用脱节').answered).toBe(false);
  expect(item(c, '中心组学习').answered).toBe(false);
});

test('a sentence sharing only a concept, in other words, accounts for nothing', () => {
  const c = compare(['一年来，党组坚持第一议题制度，全年开展中心组集中学习12次，班子成员撰写心得体会36篇。']);
  const use = item(c, '学用脱节');
  expect(use.answered).toBe(false);
  expect(use.strength).not.toBe('strong');
  expect(previousLines(c, 'last.txt').join('\n')).not.toMatch(/学用脱节[^\n]*已说明/);
});

test('words both write still account for a problem, and the quote is their sentence, cut where a clause ends', () => {
  const c = compare([
    '对照上年度的整改措施逐项落实。全年召开党组会12次研究整改工作，形成整改台账一本，逐月调度推进，确保件件有着落。河道采砂监管盲区已消除，建立日常巡查制度后全年查处非法采砂12起，罚没款全部上缴国库。',
  ]);
  const sand = item(c, '河道采砂');
  expect(sand.answered).toBe(true);
  expect(sand.where?.text.startsWith('河道采砂')).toBe(true);
  expect(sand.where!.text.length).toBeLessThanOrEqual(31);
  for (const w of sand.evidence) expect(lastYear.join('')).toContain(w);
});

test('evidence and quotes end on a word or clause boundary, with …', () => {
  const c = compare([
    '2024年度民主生活会查摆的问题中，供水管道爆裂没及时修的问题，已于2025年3月全部修复并建立了每月巡检和台账管理制度，群众满意度明显提升。',
  ]);
  const water = item(c, '饮水工程');
  expect(water.answered).toBe(true);
  const quote = water.where!.text;
  // Cut where the clause ends (…的问题), never inside 已于2025年3月….
  expect(quote).toMatch(/(的问题|…)$/);
  expect(quote).not.toMatch(/[0-9]…$/);
  for (const w of water.evidence) expect(quote.replace('…', '') + '供水管道爆裂没及时修').toContain(w);
});

test('the JSON names last year\'s template by its id, its name beside it', () => {
  const c = compare(['上年度问题已全部整改。']);
  const json = previousJson(c, 'last.txt');
  expect(json.template).toBe('four-aspects-2024');
  expect(json.templateName).toBe(c.lastTemplateName);
  expect(json.templateName).not.toBe(json.template);
});
