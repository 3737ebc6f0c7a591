/**
 * Discipline in a 支部 member's material (t26 #12): "三是严守纪律。" under the measures, with the 纪律作风
 * problem "有时参加支部组织生活迟到，请假手续不规范" above, was told an orphan and the problem
 * unanswered. The problem's own words name no concept (迟到, 请假 are its specific things, linked as
 * shared words); its aspect's heading does, and 纪律作风 named only 作风 (a form of 工作作风 alone).
 * Now 纪律作风 names 纪律 and 作风, and a slogan naming only what an aspect's heading names speaks
 * to that aspect's unanswered problems (link.ts aspectSlogans): no orphan, the problem told as only
 * generally answered. A concrete measure on 考勤 or 请销假 still answers it; 严守纪律 speaks to no
 * other aspect's problem, and the meeting's theme (党纪学习教育) is no aspect's heading. Our own texts.
 */
import { analyze } from '../../src/engine';
import { lexiconMatcher } from '../../src/engine/link/concepts';
import { linkOutline } from '../../src/engine/link/link';
import { textDoc } from '../support/docs';

/** A 2024 组织生活会 member's material: aspects 纪律作风 and 理论学习 with `problems`, then `measures`. */
function material(discipline: string, measures: string[], study = '理论学习不够系统，全年自学笔记只有3000字。'): string[] {
  return [
    '2024年度组织生活会党员个人对照检查材料',
    '一、存在的问题',
    '（一）理论学习方面',
    study,
    '（二）纪律作风方面',
    discipline,
    '二、原因分析',
    '对自己要求不严，党性修养有所放松。',
    '三、整改措施',
    ...measures,
  ];
}

function read(lines: string[]) {
  const a = analyze(textDoc(lines));
  return { findings: a.findings, lines };
}

const concepts = (text: string) => {
  const m = lexiconMatcher();
  return [...m.match(text).keys()].map((c) => m.concepts[c].id).sort();
};

test('纪律作风 names 纪律 and 作风; 作风纪律 too', () => {
  expect(concepts('（五）纪律作风方面')).toEqual(['discipline', 'work-style']);
  expect(concepts('（五）作风纪律方面')).toEqual(['discipline', 'work-style']);
});

describe('a slogan naming 纪律 speaks to a discipline problem: no orphan', () => {
  test.each([
    ['迟到 and 请假 (the trial\'s shape)', '有时参加支部组织生活迟到，请假手续不规范。', '三是严守纪律。'],
    ['迟到早退', '上班偶尔迟到早退，自我要求不严。', '二是严格遵守纪律。'],
    ['请销假', '外出有时未按规定履行请销假手续。', '二是自觉守纪律讲规矩。'],
    ['a slogan naming 作风', '接待群众来访时态度生硬，有时推诿。', '二是改进作风。'],
  ])('%s', (_name, problem, slogan) => {
    const { findings, lines } = read(material(problem, ['一是加强理论学习，每月自学不少于4次，全年笔记不少于1万字。', slogan]));
    const at = lines.indexOf(slogan);
    expect(findings.filter((f) => f.rule === 'orphan-measure' && f.paragraph === at)).toEqual([]);
    // The problem is spoken to only generally: still told, but not as answered by nothing.
    const told = findings.filter((f) => f.rule === 'uncovered-problem' && f.paragraph === lines.indexOf(problem));
    expect(told).toHaveLength(1);
    expect(told[0].message).toContain('只被较笼统的措施泛泛提及');
  });
});

describe('a concrete measure on attendance or leave answers the problem', () => {
  test.each([
    ['考勤', '上班偶尔迟到早退，考勤打卡不及时。', '二是严格遵守考勤制度，每月公示考勤情况1次。'],
    ['请销假', '外出有时未按规定履行请销假手续。', '二是严格执行请销假制度，外出一律书面报备，年底前建立台账。'],
  ])('%s', (_name, problem, measure) => {
    const lines = material(problem, ['一是加强理论学习，每月自学不少于4次，全年笔记不少于1万字。', measure]);
    const a = analyze(textDoc(lines));
    expect(a.findings.filter((f) => f.rule === 'uncovered-problem' && f.paragraph === lines.indexOf(problem))).toEqual([]);
    expect(a.findings.filter((f) => f.rule === 'orphan-measure')).toEqual([]);
  });
});

test('2024年度: an aspect whose template title names 严守纪律, its heading written short', () => {
  const lines = [
    '2024年度民主生活会个人对照检查材料',
    '一、存在的问题',
    '（一）带头严守政治纪律和政治规矩，维护党的团结统一方面',
    '一是维护班子团结的主动性不够，与班子成员沟通少，全年只谈心2次。',
    '（二）带头增强党性方面',
    '一是上班偶尔迟到，自我要求有所放松。',
    '（三）带头在遵规守纪、清正廉洁前提下勇于担责、敢于创新方面',
    '一是改革创新办法不多，招商项目落地率只有30%。',
    '（四）带头履行全面从严治党政治责任方面',
    '一是对分管科室干部日常监督偏软，全年谈心谈话只有3人次。',
    '二、反面典型案例剖析',
    '对照某局原局长违纪案例，本人对身边人教育管理不够严格。',
    '三、原因分析',
    '党性修养有所放松。',
    '四、整改措施',
    '（一）每季度与每位班子成员谈心一次，年底前形成谈心记录。',
    '（二）严守纪律。',
    '（三）年底前出台招商项目落地督办办法，落地率提高到50%。',
  ];
  const a = analyze(textDoc(lines));
  // The 管党治党 problem has no answer either: unanswered, and still no slogan's.
  expect(a.findings.some((f) => f.rule === 'uncovered-problem' && f.paragraph === lines.indexOf('一是对分管科室干部日常监督偏软，全年谈心谈话只有3人次。'))).toBe(true);
  expect(a.findings.filter((f) => f.rule === 'orphan-measure' && f.paragraph === lines.indexOf('（二）严守纪律。'))).toEqual([]);
  const r = linkOutline(a.outline, a.template);
  const slogan = r.measures.find((m) => m.paragraph === lines.indexOf('（二）严守纪律。'))!;
  // Only the unanswered problem of an aspect whose title names 纪律, not 管党治党's (党纪学习教育 is every aspect's theme).
  expect(slogan.answers.map((k) => r.links[k].paragraph)).toEqual([lines.indexOf('一是上班偶尔迟到，自我要求有所放松。')]);
});

describe('严守纪律 answers nothing else (no over-linking)', () => {
  test('a study problem is not answered by it, and it is an orphan when no discipline problem is there', () => {
    const lines = [
      '2024年度组织生活会党员个人对照检查材料',
      '一、存在的问题',
      '（一）理论学习方面',
      '理论学习不够系统，全年自学笔记只有3000字。',
      '（二）能力本领方面',
      '做群众工作的本领不强，调解邻里纠纷方法简单。',
      '二、原因分析',
      '对自己要求不严，党性修养有所放松。',
      '三、整改措施',
      '一是加强理论学习，每月自学不少于4次，全年笔记不少于1万字。',
      '二是严守纪律。',
    ];
    const a = analyze(textDoc(lines));
    expect(a.findings.some((f) => f.rule === 'orphan-measure' && f.paragraph === lines.indexOf('二是严守纪律。'))).toBe(true);
  });

  test('beside a discipline slogan the study problem keeps its own answer, and the slogan answers it not', () => {
    const lines = material('有时参加支部组织生活迟到。', ['一是加强理论学习，每月自学不少于4次，全年笔记不少于1万字。', '二是严守纪律。']);
    const a = analyze(textDoc(lines));
    const r = linkOutline(a.outline, a.template);
    const study = r.links.find((l) => l.paragraph === lines.indexOf('理论学习不够系统，全年自学笔记只有3000字。'))!;
    expect(study.measure).not.toBeNull();
    expect(r.measures[study.measure!].paragraph).toBe(lines.indexOf('一是加强理论学习，每月自学不少于4次，全年笔记不少于1万字。'));
    const slogan = r.measures.find((m) => m.paragraph === lines.indexOf('二是严守纪律。'))!;
    expect(slogan.answers.map((k) => r.links[k].paragraph)).toEqual([lines.indexOf('有时参加支部组织生活迟到。')]);
  });
});
