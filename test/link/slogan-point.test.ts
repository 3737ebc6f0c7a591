/**
 * Slogans (link.ts isSlogan): a measure with no commitment, no substance and one shared concept
 * answers a problem only when it names the problem's point, in words of its own, beyond the
 * aspect's theme (its heading, its template title, the meeting's theme words) and beyond its own
 * heading sentence. A table row's 问题 cell is the writer's claim, not what the row does.
 */
import { analyze } from '../../src/engine';
import { linkOutline } from '../../src/engine/link/link';
import { getTemplate } from '../../src/engine/template';
import type { Paragraph } from '../../src/engine/types';
import { outline } from './fixtures';

const strength = (templateId: string, aspect: number, heading: string, problem: string, measures: string[]) => {
  const o = outline({ aspects: [{ aspect, heading, problems: [problem] }], measures });
  return linkOutline(o, getTemplate(templateId)!).links[0].strength;
};

describe('a slogan naming the problem\'s point beyond the aspect\'s theme answers it', () => {
  test.each([
    ['形式主义 under 工作作风', 'theme-education-2023', 5, '（五）在工作作风方面', '一是形式主义问题仍有表现。向学校布置的填表任务偏多。', '（五）改进工作作风。坚持深入基层，减少对基层的检查考核，切实为基层减负。'],
    ['形式主义 under 全面从严治党', 'six-aspects-2022', 6, '（六）在落实全面从严治党政治责任方面', '二是形式主义问题仍有反弹。全年召开各类会议126次。', '（六）从严管党治党。压实全面从严治党主体责任，精简会议文件，切实为基层减负。'],
    ['服务群众 under 工作作风', 'theme-education-2023', 5, '（四）工作作风方面', '二是服务群众意识有待加强。对群众来信来访满足于按时答复。', '（四）改进工作作风。坚持深入基层，认真解决群众反映的问题，不断提升群众满意度。'],
  ])('%s', (_n, t, aspect, heading, problem, measure) => {
    expect(strength(t, aspect, heading, problem, [measure])).not.toBe('none');
  });
});

describe('a slogan naming only the theme, or turning the problem round, answers nothing', () => {
  test.each([
    ['廉洁 under 廉洁自律 (the aspect\'s heading)', 'theme-education-2023', 6, '（六）在廉洁自律方面', '一是对廉洁风险的警惕性不够。对教辅征订环节认识不足。', '（六）严守廉洁底线。带头廉洁自律，管好身边工作人员。'],
    ['八项规定 in 2025 (the meeting\'s theme words)', 'five-aspects-2025', 5, '（五）在管党治党方面', '二是落实中央八项规定精神的监督不够细。对干部八小时以外掌握不多。', '4.从严履行管党治党责任。加强对干部的日常管理，带头落实中央八项规定精神，树立良好形象。'],
    ['监督 turned round (加强…监督 for 监督偏软)', 'four-aspects-2024', 4, '（四）在履行全面从严治党政治责任方面', '二是日常监督偏软。对科室同志提醒谈话不经常。', '（四）履行一岗双责。加强对分管科室和学校的监督，做到廉洁自律。'],
    ['斗争 in the slogan\'s own heading', 'six-aspects-2022', 5, '（五）在发扬斗争精神、增强斗争本领方面', '一是敢于斗争的勇气不足。对违法建设存在怕得罪人的思想。', '（五）发扬斗争精神。敢于较真碰硬，勇于攻坚克难，不断增强斗争本领。'],
  ])('%s', (_n, t, aspect, heading, problem, measure) => {
    expect(strength(t, aspect, heading, problem, [measure])).toBe('none');
  });
});

const HEAD = ['序号', '问题', '整改措施', '责任人', '完成时限'];

function tableMaterial(problems: string[], rows: string[][]) {
  const lines = ['某局党组2024年度民主生活会对照检查材料', '一、对照检查的问题', '（一）带头严守政治纪律和政治规矩，维护党的团结统一方面', ...problems, '二、原因剖析', '一是党性修养有所放松。', '三、整改措施'];
  const ps: Paragraph[] = lines.map((text, index) => ({ index, text }));
  [HEAD, ...rows].forEach((row, r) => row.forEach((text, c) => ps.push({ index: ps.length, text, inTable: true, cell: { table: 0, row: r, column: c } })));
  return analyze({ paragraphs: ps, source: 'word' });
}

const unanswered = (a: ReturnType<typeof analyze>, problem: string) =>
  a.findings.some((f) => f.rule === 'uncovered-problem' && f.message.includes(problem));

describe('a slogan row of a 整改清单 does not answer what its 问题 cell names', () => {
  test.each([
    ['团结', '二是维护班子团结的主动性不够。会下沟通不充分。', '维护班子团结不够', '进一步增强团结意识，营造风清气正的良好氛围', '维护班子团结的主动性不够'],
    ['担当', '一是担当精神不够强。对难点问题推进中上推下卸。', '担当精神不强', '进一步增强担当意识，营造干事创业的良好氛围', '担当精神不够强'],
    ['请示报告 claimed by a slogan', '一是请示报告不够及时。医疗纠纷报告滞后。', '请示报告不及时', '进一步提高政治站位，增强规矩意识', '请示报告不够及时'],
  ])('%s', (_n, problem, cell, measure, head) => {
    const a = tableMaterial([problem], [['1', cell, measure, '', '']]);
    expect(unanswered(a, head)).toBe(true);
  });

  test('a row that acts on its 问题 cell answers it', () => {
    const a = tableMaterial(['一是请示报告不够及时。医疗纠纷报告滞后。'], [['1', '请示报告不及时', '制定重大事项请示报告清单，医疗纠纷2小时内报告', '办公室', '2025年3月底前']]);
    expect(unanswered(a, '请示报告不够及时')).toBe(false);
  });
});

/**
 * t23: a slogan (“坚守廉洁底线。”, no body) ranked with a concrete measure that shares only a detail of
 * the problem was still its strong answer ("强：党风廉政"): a slogan that answers nothing alone answers
 * nothing beside others either — at most it speaks to the problem, weakly.
 */
describe('a slogan beside other measures is no strong answer', () => {
  const links = (templateId: string, aspect: number, heading: string, problem: string, measures: string[]) => {
    const o = outline({ aspects: [{ aspect, heading, problems: [problem] }], measures });
    return linkOutline(o, getTemplate(templateId)!).links[0];
  };
  test.each([
    ['a heading-only slogan beside a measure sharing a detail', 'theme-education-2023', 6, '（六）在廉洁自律方面', '一是对矿产资源等廉政风险点防控不够严密，对执法检查中接受吃请的苗头性问题提醒不及时。', ['（五）坚守廉洁底线。', '（一）强化理论武装。每月自学不少于8小时，系统学习法治思想，加强执法检查的法治培训。']],
    ['a slogan first in the list', 'theme-education-2023', 6, '（六）在廉洁自律方面', '一是对廉洁风险的警惕性不够。对教辅征订环节认识不足，执法检查中有吃请苗头。', ['（一）严守廉洁底线。带头廉洁自律。', '（二）规范执法检查，每季度开展一次执法案卷评查。']],
    ['监督 turned round beside a concrete measure', 'four-aspects-2024', 4, '（四）在履行全面从严治党政治责任方面', '二是日常监督偏软。对科室同志提醒谈话不经常，廉政教育流于形式。', ['（四）履行一岗双责。加强对分管科室的监督。', '（二）每月开展一次廉政教育，年底前完成。']],
  ])('%s', (_n, t, aspect, heading, problem, measures) => {
    const l = links(t, aspect, heading, problem, measures);
    const slogan = 0;
    expect(l.strength === 'strong' && l.measure === slogan).toBe(false);
  });

  test.each([
    // A short measure naming the point in its own words still answers it, strongly.
    ['形式主义 by what it will do', 'theme-education-2023', 5, '（五）在工作作风方面', '一是形式主义问题仍有表现。向学校布置的填表任务偏多。', ['（五）改进工作作风。坚持深入基层，减少对基层的检查考核，切实为基层减负。', '（一）每月自学不少于8小时。']],
    // A concrete measure naming the point answers it strongly, whatever else ranks.
    ['a concrete measure', 'theme-education-2023', 6, '（六）在廉洁自律方面', '一是对廉洁风险的警惕性不够。对教辅征订环节认识不足。', ['（六）年底前完成教辅征订环节廉洁风险点排查，每季度开展一次廉洁提醒。', '（一）坚守廉洁底线。']],
  ])('still answered strongly: %s', (_n, t, aspect, heading, problem, measures) => {
    const l = links(t, aspect, heading, problem, measures);
    expect(l.strength).toBe('strong');
    expect(l.measure).toBe(0);
  });
});
