/**
 * Things a problem and a measure name the same way however short their shared text
 * (link/named-things.ts): a counted thing with its number and unit and a word of it in both, in
 * either order; a name in quotation marks no other problem or cause writes.
 */
import { linkOutline } from '../../src/engine/link/link';
import { countedNear, pairedWord, quotedNames, splitPair } from '../../src/engine/link/named-things';
import { isGenericWord } from '../../src/engine/link/shared-words';
import { getTemplate } from '../../src/engine/template';
import { outline } from './fixtures';

const generic = (w: string) => isGenericWord(w);

describe('countedNear', () => {
  test.each([
    ['thing before the count, after it in the measure', '全市卫片执法发现违法占用耕地图斑47个，整改完成率仅68%。', '对47个违法图斑逐一建立台账。', '图斑'],
    ['a quoted name between count and thing', '对辖区12栋“三无”小区物业管理问题，协调多次没有实质进展。', '对12栋“三无”小区，由街道牵头引入国有物业兜底。', '三无'],
    ['a number naming a platform', '对投诉举报处理不及时，全年12315平台超期办理工单43件。', '12315平台工单超期问题，超期率由8.7%降至3.2%。', '超期'],
    ['full-width digits', '全县仍有６条河道存在“清四乱”问题。', '年底前完成６条河道整治。', '河道'],
    ['a thing of three characters', '保交楼项目推进中有2个项目延期交付。', '2025年6月底前确保2个延期项目全部交付。', '延期'],
  ])('%s', (_n, p, m, word) => {
    expect(countedNear(p, m, generic)).toBe(word);
  });

  test.each([
    ['another number', '违法占用耕地图斑47个，整改完成率仅68%。', '对35个违法图斑逐一建立台账。'],
    ['another unit', '全县仍有6条河道存在乱占问题。', '年内新建6座河道泵站。'],
    ['a year, not a count', '2024年河道整治进度滞后。', '2024年完成河道整治。'],
    ['a share', '整改完成率仅68%，图斑整改滞后。', '图斑整改完成率达到68%以上。'],
    ['the end of a longer number', '对辖区12栋老旧小区改造不力。', '对112栋老旧小区实施改造。'],
    ['the count far from the thing', '全县图斑问题突出，其中有47个，整改缓慢。', '对47个问题逐一销号，年底前完成图斑整改。'],
    ['only generic words beside the count', '有3个问题整改工作没有完成。', '对3个问题整改工作逐项销号。'],
  ])('%s: no counted thing', (_n, p, m) => {
    expect(countedNear(p, m, generic)).toBeUndefined();
  });
});

describe('quotedNames', () => {
  test.each([
    ['对国家关于“两重”“两新”政策的研究不够', ['两重', '两新']],
    ['对辖区「三无」小区管理不够', ['三无']],
    ['多是完成“学习强国”积分', ['学习强国']],
    ['没有引号的文字', []],
    ['“A”和“12”不是名称', []],
  ])('%s', (text, names) => {
    expect(quotedNames(text)).toEqual(names);
  });
});

describe('a measure naming the same thing answers the problem', () => {
  const template = getTemplate('five-aspects-2023')!;
  const other = '（五）从严管党治党。每半年专题研究一次党风廉政建设，年底前完成廉政风险排查。';
  const link = (problem: string, measure: string, elsewhere = '一是学习不够深入，读原著少。') =>
    linkOutline(outline({ aspects: [{ aspect: 1, problems: [elsewhere] }, { aspect: 3, problems: [problem] }], measures: [measure, other] }), template).links[1];

  test.each([
    ['图斑 by count', '一是耕地保护督查不力。全市卫片执法发现违法占用耕地图斑47个，整改完成率仅68%。', '（三）严守耕地红线。对47个违法图斑逐一建立台账，明确局领导包保。'],
    ['小区 by count', '一是攻坚克难的劲头不足。对辖区12栋“三无”小区物业管理问题，协调多次没有实质进展。', '（三）提升基层治理效能。对12栋“三无”小区，由街道牵头引入国有物业兜底。'],
    ['工单 by count', '一是作风不够扎实。对投诉举报的处理存在推诿现象，全年12315平台超期办理工单43件。', '（三）改进作风。12315平台工单超期问题，年底前超期率降至3%以内。'],
  ])('%s: strongly', (_n, problem, measure) => {
    expect(link(problem, measure)).toMatchObject({ measure: 0, strength: 'strong' });
  });

  test.each([
    ['两重', '一是对党中央决策部署领会不深。对国家关于“两重”“两新”政策的研究不够，申报的9个项目仅获批3个。', '（三）强化项目谋划。2025年6月底前建立重大项目储备库，储备“两重”项目20个以上。'],
    ['双减', '三是理论联系实际不够，比如对“双减”政策落地中的问题研究不够。', '（三）推动“双减”落地，2023年6月底前对全县校外培训机构开展2轮专项检查。'],
    ['标准地', '一是创新意识不强，比如在推进开发区“标准地”改革中照搬外地做法。', '（三）年底前出台开发区“标准地”出让实施细则。'],
  ])('a quoted name: %s', (_n, problem, measure) => {
    const l = link(problem, measure);
    expect(l.measure).toBe(0);
    expect(l.unanswered).toBe(false);
  });

  test.each([
    ['the name in another problem too', '一是对党中央决策部署领会不深。对“两重”政策研究不够。', '（三）强化项目谋划。储备“两重”项目20个以上。', '二是项目谋划不够，“两重”项目储备少。'],
    ['a name it only promises to study', '一是理想信念不够坚定。对党的“三农”政策落到实处认识不够。', '（三）加强理论武装。每月精读1篇习近平总书记关于“三农”工作的重要论述原文。', undefined],
    ['a lexicon formulation', '一是对“两个确立”的决定性意义领悟不深。', '（三）做到“两个确立”，每月开展1次研讨。', undefined],
  ])('no answer by name: %s', (_n, problem, measure, elsewhere) => {
    const l = link(problem, measure, elsewhere);
    expect(l.evidence).not.toContain('两重');
    expect(l.evidence).not.toContain('三农');
    if (_n !== 'a lexicon formulation') expect(l.measure).not.toBe(0);
  });
});

test('the measure naming the counted thing outranks one sharing only a concept at the strong threshold', () => {
  const template = getTemplate('four-aspects-2024')!;
  const o = outline({
    aspects: [{ aspect: 2, problems: ['二是作风不够扎实，比如对投诉举报的处理存在推诿现象，全年12315平台超期办理工单43件。'] }],
    measures: ['一是“证照分离”改革问题，已在全部乡镇实现一窗通办，群众办事平均跑动次数由2.3次降至0.6次。', '二是12315平台工单超期问题，超期率由8.7%降至3.2%。'],
  });
  const l = linkOutline(o, template).links[0];
  expect([l.measure, l.strength]).toEqual([1, 'strong']);
});

describe('splitPair: a verb and its object written with words between', () => {
  test.each([
    ['发展党员工作不够重视', '年内发展35岁以下党员2名。', '发展党员'],
    ['选树典型不够，示范带动弱', '年内选树基层先进典型10个。', '选树典型'],
    ['化解矛盾不够有力', '年内化解各类矛盾纠纷120件。', '化解矛盾'],
    ['接待群众不够耐心', '每周接待来访群众1天。', '接待群众'],
    ['整治河道进度慢', '年底前整治城区6条河道。', '整治河道'],
  ])('%s / %s', (head, measure, pair) => {
    expect(splitPair(head, measure)).toBe(pair);
  });

  test.each([
    ['a frame verb', '加强学习不够经常', '每月加强理论学习2次。'],
    ['a clause between', '发展党员工作不够重视', '年内发展，35岁以下党员2名。'],
    ['too far apart', '发展党员工作不够重视', '年内发展社区各类志愿服务队伍中35岁以下的年轻党员2名。'],
    ['the other order', '发展党员工作不够重视', '年内党员队伍发展到60名。'],
    ['side by side (a phrase, not a pair)', '发展党员工作不够重视', '严格发展党员程序。'],
  ])('%s: none', (_n, head, measure) => {
    expect(splitPair(head, measure)).toBeUndefined();
  });
});

describe('a measure writing the heading\'s verb and object apart answers the problem weakly', () => {
  const template = getTemplate('org-life-2024')!;
  const problems = ['一是对流动党员管理不到位，5名失联超过6个月。', '二是发展党员工作不够重视，近三年只发展了1名党员。'];
  const measures = ['（一）4月底前与5名失联流动党员全部取得联系。', '（二）年内发展35岁以下党员2名。'];

  test('answered', () => {
    const l = linkOutline(outline({ aspects: [{ aspect: 3, problems }], measures }), template).links[1];
    expect(l).toMatchObject({ measure: 1, strength: 'weak', evidence: ['发展党员'] });
  });

  test('not when another problem writes the pair too', () => {
    const also = [...problems, '三是党员队伍老化，发展年轻党员办法不多。'];
    const l = linkOutline(outline({ aspects: [{ aspect: 3, problems: also }], measures }), template).links[1];
    expect(l.unanswered).toBe(true);
  });
});

describe('pairedWord: a second word beside a shared term in both', () => {
  test.each([
    ['reordered', '对个别单位违规申请追加预算的，有时碍于情面没有坚决顶住。', '对违规追加预算申请一律退回，并向县政府书面报告。', '追加预算', '申请'],
    ['the place beside the thing', '分管领域对街道的考核事项仍有27项。', '对街道考核事项压减至15项以内。', '考核事项', '街道'],
    ['a whole word before the term', '个别学校食堂承包经营不规范。', '年内完成全部学校食堂承包经营清理。', '食堂承包', '学校'],
  ])('%s', (_n, p, m, term, word) => {
    expect(pairedWord(p, m, term, generic)).toBe(word);
  });

  test.each([
    ['the term alone', '对个别单位违规申请追加预算的，有时碍于情面没有坚决顶住。', '严格控制追加预算。', '追加预算'],
    ['the word in another clause', '对追加预算把关不严，个别单位申请较多。', '严格审核追加预算，年底前出台办法，规范申请程序。', '追加预算'],
    ['only frame words beside it', '追加预算工作落实不到位。', '加强追加预算工作。', '追加预算'],
  ])('%s: none', (_n, p, m, term) => {
    expect(pairedWord(p, m, term, generic)).toBeUndefined();
  });

  test('a problem whose body shares the term and its neighbour with a measure is answered weakly', () => {
    const template = getTemplate('five-aspects-2021')!;
    const o = outline({
      aspects: [{ aspect: 4, problems: ['一是防范化解债务风险办法不多。年度化债任务完成率只有78%。', '二是斗争精神不够强。对个别单位违规申请追加预算的，有时碍于情面没有坚决顶住。'] }],
      measures: ['（一）制定化债年度计划，确保2022年化债任务全部完成。', '（二）加强财政管理。对违规追加预算申请一律退回，并向县政府书面报告。'],
    });
    const l = linkOutline(o, template).links[1];
    expect(l).toMatchObject({ measure: 1, strength: 'weak' });
    expect(l.evidence).toContain('追加预算');
  });
});

test.each([
  ['党员管理偏松', '严格党员教育管理。'],
  ['班子团结不够紧密', '班子成员要增进团结，相互补台。'],
  ['干部作风不实', '干部队伍转变作风。'],
])('splitPair: %s is a subject and what is said of it, no verb and object', (head, measure) => {
  expect(splitPair(head, measure)).toBeUndefined();
});
