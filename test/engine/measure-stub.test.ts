/**
 * The uncovered-problem stub names the problem by its core clause: marker, instance (比如/例如/如…)
 * and closing punctuation dropped, long ones cut where a clause or word ends, never with "…".
 */
import { analyze } from '../../src/engine';
import { problemCore } from '../../src/engine/rules/util';
import { textDoc } from '../support/docs';

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
