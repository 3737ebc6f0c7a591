/**
 * The uncovered-problem stub names the problem by its core clause: marker, instance (比如/例如/如…)
 * and closing punctuation dropped, long ones cut where a clause or word ends, never with "…".
 */
import { analyze } from '../../src/engine';
import { problemCore } from '../../src/engine/rules/util';
import { textDoc, wordDoc } from '../support/docs';

describe('problemCore', () => {
  test.each([
    ['一是理论学习不够深入，比如全年只读了两本原著。', '理论学习不够深入'],
    ['二是政治判断力不强，例如对意识形态领域的新情况敏感性不强。', '政治判断力不强'],
    ['三是联系群众不够紧密，如全年只到基层调研三次。', '联系群众不够紧密'],
    ['（1）担当精神不足。比如，遇到难题绕道走。', '担当精神不足'],
    ['4.调查研究不深入，主要表现为调研走过场。', '调查研究不深入'],
    ['一是宗旨意识有所淡化', '宗旨意识有所淡化'],
    ['第二，学用结合不紧：', '学用结合不紧'],
    ['②对“两个确立”的决定性意义认识不深比如学习不够', '对“两个确立”的决定性意义认识不深'],
    ['一是如实报告个人有关事项不够及时。', '如实报告个人有关事项不够及时'],
    // An 一是/二是 number typed without 是, set off by a space or a mark (the outline reads it as the
    // item's number): not part of the name (a trial's stub read 针对“三自我革命精神不强”的问题).
    ['三 自我革命精神不强，开展批评和自我批评辣味不足。', '自我革命精神不强'],
    ['三，斗争精神不足，面对矛盾绕着走。', '斗争精神不足'],
    ['四　担当作为不够。', '担当作为不够'],
    ['三会一课制度落实不严格。', '三会一课制度落实不严格'],
    ['三严三实要求落实不到位。', '三严三实要求落实不到位'],
    // A quotation the cut would split is kept whole when it closes soon after (else the name lost
    // it and ended on 存在: 针对“…决策部署存在”的问题).
    ['二是贯彻执行以习近平同志为核心的党中央决策部署存在“上热中温下冷”的情况，对基层“三保”压力研判不足。', '贯彻执行以习近平同志为核心的党中央决策部署存在“上热中温下冷”'],
    ['一是落实全面从严治党主体责任存在“宽松软”现象，对下属单位监督检查不够。', '落实全面从严治党主体责任存在“宽松软”现象'],
    ['二是在推动重点项目建设中存在“重审批轻监管”“重进度轻质量”的倾向。', '在推动重点项目建设中存在“重审批轻监管”“重进度轻质量”'],
    // A granted first clause (…是坚定的，但…) is not the problem: what follows 但 is.
    ['1.政治信仰是坚定的，但对一些错误思潮辨别能力不强，有时转发未经核实的消息。', '对一些错误思潮辨别能力不强'],
    ['理想信念总体坚定，但用党的创新理论武装头脑不够，对热点问题有时人云亦云。', '用党的创新理论武装头脑不够'],
    ['二是虽然能够完成上级交办的任务，但是主动谋划不够。', '主动谋划不够'],
    ['三是工作总体有序，然而创新意识不强。', '创新意识不强'],
    // The first clause already states a shortfall (不少 reads as one: only 虽然/尽管 marks it granted).
    ['一是理论学习不够深入，但能按时参加集中学习。', '理论学习不够深入'],
    ['二是调研次数不少，但解决问题不多。', '调研次数不少'],
    ['二是虽然调研次数不少，但解决问题不多。', '解决问题不多'],
    // A first clause naming only what the writer checks against (对照…/按照…/对标…) is no problem:
    // the clause after it is (a trial's stub read 针对“对照中央八项规定精神”的问题).
    ['一是对照中央八项规定精神，自我要求有所放松，有时参加不必要的宴请。', '自我要求有所放松'],
    ['按照党章要求，个人在严格组织生活方面还有差距。', '个人在严格组织生活方面还有差距'],
    ['二是对标新时代好干部标准，担当作为不够，遇到难题绕着走。', '担当作为不够'],
    ['三是根据巡视反馈意见，整改落实不及时。', '整改落实不及时'],
    // …unless that clause itself names the shortfall, or is a noun (对照检查材料) and not a comparison.
    ['对照要求差距较大，学习不够深入。', '对照要求差距较大'],
    ['对照检查材料由本人亲自撰写，征求意见不够广泛。', '对照检查材料由本人亲自撰写'],
    // A bracketed aside the cut would leave open ends the name before it (t23: …（政治意识、大局意识、核心意识).
    ['一是增强“四个意识”（政治意识、大局意识、核心意识、看齐意识）不够自觉，做到“两个维护”还有差距。', '增强“四个意识”'],
    ['二是落实“四风”（形式主义、官僚主义、享乐主义和奢靡之风）整治要求不够严格。', '落实“四风”'],
    ['三是执行中央八项规定(及其实施细则精神方面的各项具体要求和省委有关规定)不够严格。', '执行中央八项规定'],
    ['四是学习（每周2次）坚持不够。', '学习（每周2次）坚持不够'],
  ])('%s → %s', (head, core) => {
    expect(problemCore(head)).toBe(core);
  });

  // A name cut short never ends on a word waiting for what followed it (a trial's stub read
  // 针对“…共同理想的认识还”的问题).
  test('the trial’s problem: cut before “还”, not after it', () => {
    expect(problemCore('1、对共产主义远大理想和中国特色社会主义共同理想的认识还停留在理论层面，有时对错误言论没有抵制。')).toBe(
      '对共产主义远大理想和中国特色社会主义共同理想的认识',
    );
  });

  // Whatever the segmenter makes of them: a dangling word placed at each point around the cut.
  const PREFIX = '对分管领域干部职工日常教育管理监督工作和党风廉政建设主体责任落实情况';
  const TAILS = ['还停留在一般号召层面', '也没有真正落到实处', '仍然存在薄弱环节', '有时流于形式', '存在层层递减现象', '较为宽松软', '都还有差距'];
  test.each(TAILS)('a cut name ends on no dangling word (…%s)', (tail) => {
    for (let n = 16; n <= PREFIX.length; n++) {
      const core = problemCore(`一是${PREFIX.slice(0, n)}${tail}`);
      expect([n, core]).toEqual([n, expect.not.stringMatching(/(?:还是|仍然|有时|有所|比较|存在|没有|[还也仍都又就却更很较再而并及和与或对在把被将从向])$/)]);
      expect(core.length).toBeGreaterThanOrEqual(6);
    }
  });

  test.each([
    '一是对习近平新时代中国特色社会主义思想的学习还不够系统全面深入，学用结合还不够紧密。',
    '二是在落实全面从严治党主体责任方面存在层层递减现象并且对分管领域监督管理失之于宽松软',
    '三是贯彻落实党中央重大决策部署的坚定性自觉性主动性创造性都还有不少差距和不足之处',
  ])('a long problem is cut where a clause or word ends, within 28, without "…": %s', (head) => {
    const core = problemCore(head);
    expect(core.length).toBeLessThanOrEqual(28);
    expect(core.length).toBeGreaterThanOrEqual(4);
    expect(core).not.toMatch(/…|[，。、；的“（]$/);
    const plain = head.replace(/^[一二三]是/, '');
    expect(plain.startsWith(core)).toBe(true);
  });
});

test('the stub in a material names the core clause of each uncovered problem, whatever its shape', () => {
  const problems = [
    '一是政治判断力不强，比如对意识形态领域的新情况敏感性不强，去年有两次没有及时处置。',
    '二是联系群众不够紧密，例如全年只到基层调研三次。',
    '三是落实中央八项规定精神有松懈。如公务接待有超标准现象。',
  ];
  const lines = [
    '党史学习教育专题民主生活会个人对照检查材料',
    '一、存在的主要问题',
    '（一）带头深刻感悟“两个确立”的决定性意义方面',
    ...problems,
    '二、原因分析',
    '（一）理想信念有所松懈。',
    '三、整改措施',
    '（一）强化理论武装。每月学习2次，年底前完成。',
  ];
  const stubs = analyze(textDoc(lines))
    .findings.filter((f) => f.rule === 'uncovered-problem' && f.fix)
    .map((f) => f.fix!.edits[0].text);
  expect(stubs.length).toBeGreaterThanOrEqual(2);
  for (const s of stubs) {
    const named = /针对“([^”]*)”的问题/.exec(s)![1];
    expect(named).not.toMatch(/比如|例如|…|[，。]$/);
    expect(['政治判断力不强', '联系群众不够紧密', '落实中央八项规定精神有松懈']).toContain(named);
  }
});

const STUB_PROBLEMS = [
  '一、存在的主要问题',
  '（一）带头深刻感悟“两个确立”的决定性意义方面',
  '一是理论学习不深。比如，读原著少。',
  '二是疫情防控常态化措施落实打折扣，比如核酸检测点布局不合理。',
  '二、原因分析',
  '（一）理想信念有所松懈。',
  '三、整改措施',
];
const ROWS = [
  ['序号', '问题', '整改措施', '责任人', '完成时限'],
  ['1', '理论学习不深', '每月学习2次', '本人', '长期坚持'],
  ['2', '宗旨意识淡化', '年底前走访20户', '本人', '12月底前'],
];

test.each([
  ['a markdown table', () => textDoc([...STUB_PROBLEMS, ...ROWS.map((r) => `| ${r.join(' | ')} |`).flatMap((l, k) => (k === 0 ? [l, '| --- | --- | --- | --- | --- |'] : [l]))])],
  ['a Word table', () => wordDoc([...STUB_PROBLEMS.map((text) => ({ text })), ...ROWS.flatMap((r, row) => r.map((text, column) => ({ text, inTable: true, cell: { table: 0, row, column } })))])],
  ['a Word table with a closing line under it', () => wordDoc([...STUB_PROBLEMS.map((text) => ({ text })), ...ROWS.flatMap((r, row) => r.map((text, column) => ({ text, inTable: true, cell: { table: 0, row, column } }))), { text: '以上措施，请组织监督。' }])],
])('measures written as %s: an uncovered problem gets its finding, and no stub paragraph numbered after the rows', (_name, doc) => {
  const input = doc();
  const a = analyze(input);
  expect(a.outline.measures.some((m) => input.paragraphs[m.paragraph].inTable)).toBe(true);
  const f = a.findings.filter((x) => x.rule === 'uncovered-problem');
  expect(f.length).toBeGreaterThan(0);
  for (const x of f) expect(x.fix).toBeUndefined();
});

test('measures written as numbered paragraphs still get their stub (the control)', () => {
  const a = analyze(textDoc([...STUB_PROBLEMS, '（一）强化理论学习。每月学习2次。']));
  const f = a.findings.filter((x) => x.rule === 'uncovered-problem');
  expect(f.length).toBeGreaterThan(0);
  expect(f.every((x) => x.fix !== undefined)).toBe(true);
});
