/** Standard formulations: the wrong forms writers produce, and the right ones left alone. */
import { analyze } from '../../src/engine';
import { textDoc } from '../support/docs';
import data from '../../src/engine/formulations.json';

const flagged = (text: string) =>
  analyze(textDoc([text]))
    .findings.filter((f) => f.rule === 'formulation')
    .map((f) => f.message);

test.each([
  ['紧密团结在以习近平总书记为核心的党中央周围', '以习近平同志为核心的党中央'],
  ['紧密团结在以习近平为核心的党中央周围', '以习近平同志为核心的党中央'],
  ['深入学习习近平中国特色社会主义思想', '习近平新时代中国特色社会主义思想'],
  ['用习近平新时代中国特色社会主义理论武装头脑', '习近平新时代中国特色社会主义思想'],
  ['增强“四种意识”', '四个意识'],
  ['落实“一岗两责”不到位', '一岗双责'],
  ['二是落实一岗双职不到位', '一岗双责'],
  ['履行一岗两职偏软', '一岗双责'],
  ['落实中央八条规定精神', '中央八项规定'],
  ['心怀“国之大事”', '“国之大者”'],
  ['反对形式主义、官僚主义、享乐主义和奢侈之风', '奢靡之风'],
  ['学习党的十九大六中全会精神', '十九届六中全会'],
  // Typing slips of short formulations: a character of the same sound, or 社会 dropped.
  ['对下属单位“四个意思”教育抓得不紧', '四个意识'],
  ['增强四个意实', '四个意识'],
  ['增强四个意思、坚定四个自信', '四个意识'],
  ['坚定“四个自心”', '四个自信'],
  ['做到“两个维户”', '两个维护'],
  ['做到两个唯护', '两个维护'],
  ['深刻领悟“两个确力”', '两个确立'],
  ['落实“一岗双则”不到位', '一岗双责'],
  ['履行一岗双贵', '一岗双责'],
  ['“三会一科”落实有差距', '三会一课'],
  ['学习习近平新时代中国特色主义思想', '中国特色社会主义'],
  // A trial's slips: a word of the formulation swapped for a near one, or a character typed wrong.
  ['深刻领悟“两个确定”的决定性意义', '两个确立'],
  ['对两个确定的决定性意义理解不深', '两个确立'],
  ['始终做到“两个拥护”', '两个维护'],
  ['增强政治意识、大局意识、核心意识、看齐意思', '看齐意识'],
  ['树牢看齐“意思”', '看齐意识'],
  ['学习中国特色社会“注意”思想', '社会主义思想'],
  // A trial's materials (t21): the 四风 and the 四个自信 written with a wrong word, 中国 dropped.
  ['对“四风”（形式主义、官僚主义、享乐主义、奢侈之风）问题警惕不够', '奢靡之风'],
  ['反对享乐主义、奢侈之风', '奢靡之风'],
  ['坚定“四个自信”（道路自信、理论自信、制度自信、文明自信）还不够', '文化自信'],
  ['增强文明自信和道路自信', '文化自信'],
  ['学习习近平新时代特色社会主义思想不够系统', '中国特色社会主义思想'],
  // t23: the 两个维护 misremembered from its content, a member of the 四个意识 replaced.
  ['始终做到“两个坚决维护”', '两个维护'],
  ['增强“四个意识”（政治意识、大局意识、核心意识、服务意识）', '看齐意识'],
  ['增强政治意识、大局意识、核心意识和责任意识', '看齐意识'],
  ['牢固树立大局意识，政治意识，核心意识，纪律意识', '看齐意识'],
  ['增强政治意识、大局意识、看齐意识、服务意识', '核心意识'],
  // t25: the 四个自信 with 信 typed as a character of near sound; 做到 put before the 两个确立.
  ['坚定“四个自性”', '四个自信'],
  ['坚定四个自欣不够', '四个自信'],
  ['坚决做到“两个确立”', '两个维护'],
  ['始终做到两个确立', '两个维护'],
  ['增强“四个意识”、坚定“四个自信”、做到"两个确立"', '两个维护'],
])('%s → %s', (text, right) => {
  const msgs = flagged(text);
  expect(msgs).toHaveLength(1);
  // A form quoted as a whole (“国之大者”) is set in the message's own marks, not doubled.
  expect(msgs[0]).toContain(`应为“${right.replace(/^“(.*)”$/, '$1')}”`);
  expect(msgs[0]).not.toMatch(/““|””/);
});

test.each([
  '紧密团结在以习近平同志为核心的党中央周围',
  '深入学习习近平新时代中国特色社会主义思想',
  '增强“四个意识”、坚定“四个自信”、做到“两个维护”',
  '落实“一岗双责”',
  '心怀“国之大者”',
  '国之大事，在祀与戎',
  '中国特色社会主义理论体系',
  '学习党的十九届六中全会精神',
  // Words that share a slip's characters but are no slip.
  '这句话包含四个意思明确的要求',
  '坚持中国特色社会主义道路',
  '两个确立的决定性意义',
  '目标有两个确定的完成时间',
  '坚定拥护“两个确立”',
  '深刻领悟“两个确立”的决定性意义，坚决做到“两个维护”',
  '坚决捍卫“两个确立”、坚决做到“两个维护”',
  '群众有两个拥护的理由',
  '引起社会注意的思想动向',
  // A punctuation mark more or less is no misspelling (official texts write both).
  '深入整治形式主义官僚主义',
  '力戒形式主义、官僚主义',
  '坚定道路自信、理论自信、制度自信、文化自信',
  '增强中华文明自信',
  '增强政治意识、大局意识、核心意识、看齐意识',
  '增强政治意识、大局意识，强化服务意识',
  '树牢宗旨意识、服务意识、责任意识、担当意识',
  '坚决维护习近平总书记党中央的核心、全党的核心地位',
  '坚持中国特色社会主义思想文化',
])('%s is right', (text) => {
  expect(flagged(text)).toEqual([]);
});

test('every occurrence is reported, in its own paragraph', () => {
  const a = analyze(textDoc(['一岗两责，一岗两责', '正文', '四种意识']));
  expect(a.findings.filter((f) => f.rule === 'formulation').map((f) => f.paragraph)).toEqual([0, 0, 2]);
});

test('the one scan of a paragraph holds no look-behind: a form with one gives what it starts with as `find`', () => {
  const forms = (data as { formulations: { wrong: string; find?: string }[] }).formulations;
  for (const f of forms) {
    const scanned = f.find ?? f.wrong;
    expect([f.wrong, /\(\?<[=!]/.test(scanned)]).toEqual([f.wrong, false]);
    // Whatever `wrong` matches, `find` finds at the same place.
    if (f.find) expect(new RegExp(f.find).source.length).toBeGreaterThan(0);
  }
});
