import fc from 'fast-check';
import { causeDimensions, commitmentPatterns, hasExample, measureConcreteness, problemExamples } from '../../src/engine/link/patterns';

const kindsOf = (text: string) => measureConcreteness(text).kinds.sort();

describe('measureConcreteness: what counts as a commitment', () => {
  test.each([
    // deadlines
    ['年底前完成整改', 'deadline'],
    ['6月底前建立问题清单', 'deadline'],
    ['2022年3月前全部整改到位', 'deadline'],
    ['对反馈问题限期整改', 'deadline'],
    ['3个月内完成', 'deadline'],
    ['十二月底前报送', 'deadline'],
    ['今年年底前完成', 'deadline'],
    ['上半年完成调研', 'deadline'],
    // put right at once
    ['发现问题立行立改', 'deadline'],
    ['对违规接待立即纠正', 'deadline'],
    ['重大事项一律事前书面请示，立即执行', 'deadline'],
    ['坚持即知即改、即查即改', 'deadline'],
    // frequencies
    ['每月开展一次专题学习', 'frequency'],
    ['每季度听取一次汇报', 'frequency'],
    ['全年安排不少于12次的理论中心组学习会', 'frequency'],
    ['全年开展集中学习十二次', 'frequency'],
    ['每月带着问题深入基层一线开展走访调研3次以上', 'frequency'],
    ['每周一集中学习', 'frequency'],
    // quantities
    ['解决群众急难愁盼问题10项以上', 'quantity'],
    ['研讨发言不少于3篇', 'quantity'],
    ['至少2次', 'quantity'],
    ['办结率达到95%', 'quantity'],
    ['开展5场宣讲', 'quantity'],
    ['形成三项以上制度成果', 'quantity'],
    // owners
    ['明确责任人和完成时限', 'owner'],
    ['由办公室牵头负责', 'owner'],
    ['责任单位：组织部', 'owner'],
    ['由县纪委书记牵头，3月底前启动', 'owner'],
    ['逐条明确牵头单位和完成时限', 'owner'],
    ['（牵头：县委办）', 'owner'],
    ['明确整改时限', 'deadline'],
    // Binding rules: checked at every case they cover.
    ['凡涉及人事、资金的重大事项一律事前报告', 'rule'],
    ['对收到的礼品礼金一律登记上交', 'rule'],
    ['一律不得在节假日期间组织公款宴请', 'rule'],
    ['凡是涉及群众切身利益的事项必须公开征求意见', 'rule'],
    ['凡报送市委的文件均须经分管领导审核', 'rule'],
    // Deadlines written as a year's end, a month of next year, a quarter, a time of the year.
    ['2027年底前全面完成', 'deadline'],
    ['力争2027年底建成', 'deadline'],
    ['明年6月完成全部整改', 'deadline'],
    ['一季度前完成排查', 'deadline'],
    ['第三季度末前全部销号', 'deadline'],
    ['春节前完成欠薪清零', 'deadline'],
    ['汛前完成5座超期水库的安全鉴定', 'deadline'],
    ['2027年汛期前完成清单内项目', 'deadline'],
    // Counted things, amounts and shares a measure promises.
    ['汛前完成5座超期水库的安全鉴定', 'quantity'],
    ['对12栋“三无”小区引入国有物业', 'quantity'],
    ['将补助标准提高到12万元', 'quantity'],
    ['会议数量压缩三分之一', 'quantity'],
    ['文件数量减少一半', 'quantity'],
    // Owners named by 由…负责; regular reports and meetings.
    ['由分管副局长负责，逐项销号', 'owner'],
    ['对进度滞后的由分管领导约谈', 'owner'],
    ['建立河湖长制工作季度通报制度', 'frequency'],
    ['实行重点项目月度调度', 'frequency'],
  ])('%s → %s', (text, kind) => {
    expect(kindsOf(text)).toContain(kind);
    expect(measureConcreteness(text).concrete).toBe(true);
  });

  test.each([
    '坚持把学习作为立身之本，学深悟透、学以致用',
    '增强“四个意识”、坚定“四个自信”、做到“两个维护”',
    '把学习宣传贯彻党的十九届六中全会精神作为重大政治任务',
    '严格落实全面从严治党主体责任，落实“一岗双责”',
    '充分利用主题党日活动、“三会一课”、周一集中学习等形式',
    '围绕市第x次党代会确定的重点任务',
    '纠“四风”、树新风，持之以恒正风肃纪',
    '切实履行第一责任人职责',
    '定期开展谈心谈话，常态化开展警示教育',
    '确保一方平安，达到一定水平',
    '全面实施“四大工程”，提升城乡面貌',
    '对涉及多部门的改革任务，主动牵头、靠前协调',
    '深化审批制度改革，压缩审批时限，优化营商环境',
    '加强理论学习，长期坚持',
    '立即行动起来，切实转变作风',
    // Not binding rules: 一律 with no action bound, 凡 inside another word, 凡 without a binding word.
    '做到一视同仁、一律',
    '在平凡岗位上必须做出不平凡的业绩',
    '非凡的成就必须倍加珍惜',
    '凡事多想一步，多为群众着想',
    // Not deadlines or amounts: an ordinal, a year alone, a quarter without a limit, a word like 季度 alone.
    '这是第3座获评的示范水库',
    '认真落实2025年工作要点',
    '加强季度工作谋划',
    '提高站位，压实责任',
    '做好汛前农业设施隐患排查',
    // A skeleton's date still to be written (t22): no deadline set.
    '××年××月底前完成全覆盖检查',
    '加强学校阵地管理，X月底前完成',
    '20XX年底前完成整改',
    '××××年底前建立制度',
  ])('not a commitment: %s', (text) => {
    expect(measureConcreteness(text)).toEqual(expect.objectContaining({ concrete: false, kinds: [] }));
  });

  test.each([
    ['明年6月底前完成剩余改革任务', '明年6月底前'],
    ['2027年汛期前完成清单内项目', '2027年汛期前'],
    ['明年一季度完成年度滞后投资', '明年一季度完成'],
  ])('a deadline is quoted whole, with its year: %s → %s', (text, whole) => {
    const deadlines = measureConcreteness(text).evidence.filter((e) => e.kind === 'deadline').map((e) => e.text);
    expect(deadlines).toEqual([whole]);
  });

  test('evidence quotes the matched text', () => {
    const c = measureConcreteness('每月开展走访调研3次以上，年底前完成');
    expect(c.evidence.map((e) => e.text)).toEqual(expect.arrayContaining(['每月', '3次以上', '年底前']));
  });

  test('full-width digits are read like ASCII ones', () => {
    expect(measureConcreteness('解决问题１０项以上').concrete).toBe(true);
  });
});

describe('problemExamples: what counts as a concrete instance', () => {
  test.each([
    ['比如，对区一些重点项目多次研究部署', 'cue'],
    ['例如在防汛工作中反应迟缓', 'cue'],
    ['如：部分单位阵地建设管理需加强', 'cue'],
    ['群众反映强烈。如，目前教育补短板项目进度偏慢', 'cue'],
    ['全区3个项目因手续办理缓慢没有开工', 'figure'],
    ['全区x个项目进展不快', 'figure'],
    ['有x多处宣传内容表述不当', 'figure'],
    ['办结率仅为60%', 'figure'],
    ['两个项目迟迟没有开工', 'figure'],
    ['2021年全市督查中发现', 'date'],
    ['今年上级督查指出', 'date'],
    ['没有通读《习近平谈治国理政》第三卷', 'named'],
    ['“领航聚力”工程推进缓慢', 'named'],
    ['在战“疫”后市域善治大讨论活动中找的不准', 'event'],
    ['巡察反馈的问题整改不彻底', 'event'],
    // Counted things and delays in words (a trial: these instances were flagged as none).
    ['一项检查要求基层报送材料多达7套', 'figure'],
    ['全年读原著不到3本', 'figure'],
    ['局党组第一次专题学习推迟了两周', 'figure'],
    ['调整方案推迟了一个学期', 'figure'],
    ['项目用地审批拖了半年', 'figure'],
    ['撂荒耕地还有200亩没有复耕', 'figure'],
    ['全县37座小型水库中有5座安全鉴定超期', 'figure'],
    ['基层台账多达23种', 'figure'],
    ['村级组织牌子平均挂了7块', 'figure'],
    ['还有12栋老旧住宅没有物业', 'figure'],
  ])('%s → %s', (text, kind) => {
    expect(problemExamples(text).map((e) => e.kind)).toContain(kind);
    expect(hasExample(text)).toBe(true);
  });

  test.each([
    '学习的内容不全面，对“两个确立”的领悟和理解不全面，局限于一知半解。',
    '宗旨意识不牢固，为民情怀不深厚，联系群众不密切。',
    '落实“一岗双责”不到位，增强“四个意识”不够，“三会一课”流于形式。',
    '存在“上热、中温、下冷”的现象，如何更好地维护党的形象思考不深。',
    '工作有时推迟，抓落实的劲头不足。',
    '本本主义、经验主义仍然存在。',
  ])('no instance: %s', (text) => {
    expect(problemExamples(text)).toEqual([]);
    expect(hasExample(text)).toBe(false);
  });
});

describe('commitment patterns skipped on texts without the words they need', () => {
  const gated = commitmentPatterns().filter((p) => p.needs);
  test('some patterns are gated (the check below has something to check)', () => {
    expect(gated.length).toBeGreaterThan(0);
  });

  test('every match of a gated pattern holds one of its words, on generated measures', () => {
    const pieces = ['12', '3', '2024年', '一', '十二', '两', '百', '次', '场', '项', '个', '人', '%', '天', '月', '个月', '季度', '年', '日', '底', '前', '内', '之内', '以上', '及以上', '以内', '左右', '以', '上', '左', '不少于', '每', '，', '。', '开展', '完成'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const t = parts.join('');
        for (const p of gated) {
          for (const m of t.matchAll(p.re)) expect(p.needs!.some((w) => m[0].includes(w))).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  test.each([
    ['开展专题学习10次以上', 'frequency'],
    ['解决问题5个左右', 'quantity'],
    ['整改问题控制在3项以内', 'quantity'],
    ['6月底前完成', 'deadline'],
    ['十二月内完成', 'deadline'],
    ['3个月之内完成', 'deadline'],
    ['30天内办结', 'deadline'],
  ])('still found: %s → %s', (text, kind) => {
    expect(kindsOf(text)).toContain(kind);
  });
});

describe('hasExample gives the answer of the full pattern list (it scans place-named projects only around 项目/工程)', () => {
  // The reference: any instance problemExamples finds, every pattern run over the whole text.
  const full = (t: string) => problemExamples(t).length > 0;

  test.each([
    ['城南片区改造项目推进缓慢', true],
    ['幸福路提升工程进度滞后', true],
    ['对县医院新院区建设项目跟踪不够', true],
    // the place word more than eight characters before 项目: no name
    ['学校教育教学质量提升和教师队伍建设等重点项目', false],
    ['部分重点项目推进缓慢', false],
    ['工程', false],
    ['项目', false],
    // place words and 项目 at the window's edge: nine Chinese characters before the place word
    ['甲乙丙丁戊己庚辛壬村甲乙丙丁戊己庚辛项目', true],
    ['甲乙丙丁戊己庚辛壬村甲乙丙丁戊己庚辛壬项目', false],
    ['，村项目', false],
    // the longest match: 8 + 片区 + 8 + 项目 = 20 characters
    ['壬甲乙丙丁戊己庚辛片区甲乙丙丁戊己庚辛项目', true],
    ['某村项目', true],
    ['村里的项目和工程', false],
    ['新村里的项目和工程', true],
  ])('%s → %s', (text, want) => {
    expect(full(text)).toBe(want);
    expect(hasExample(text)).toBe(want);
  });

  test('on generated text from the words the patterns are made of', () => {
    const pieces = ['项目', '工程', '村', '社区', '片区', '路', '镇', '学校', '甲', '乙', '丙', '，', '。', 'a', '3', '项', '比如', '中', '“', '”', ' ', '\n', '巡察', '发现'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const t = parts.join('');
        expect(hasExample(t)).toBe(full(t));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('causeDimensions', () => {
  const ids = (t: string) => causeDimensions(t).map((d) => d.id);
  test.each([
    ['（一）思想方面原因', ['thought']],
    ['（二）政治意识树得不牢', ['politics']],
    ['（三）组织方面原因', ['organisation']],
    ['党性锤炼仍需加强', ['organisation']],
    ['（四）宗旨意识筑得不牢', ['style']],
    ['（五）纪律方面原因', ['discipline']],
    ['三是政绩观存有偏差', ['performance']],
    ['二是理想信念未能坚守', ['thought']],
    // A member's own words for them (a trial's one-line cause read as touching none).
    ['放松了学习，不注重改造主观世界', ['thought']],
    ['党员意识淡薄', ['organisation']],
    ['没有以党员标准严格要求自己', ['organisation']],
    ['对自己要求不严', ['discipline']],
    // A trial's causes read as two dimensions: 担当 (作风) and the duty to run the Party strictly (纪律).
    ['担当精神不足，遇到矛盾绕着走', ['style']],
    ['管党治党责任压得不实', ['discipline']],
    ['全面从严治党主体责任扛得不牢', ['discipline']],
  ])('%s', (text, want) => {
    expect(ids(text)).toEqual(want);
  });

  test('fixed formulations do not count as a dimension', () => {
    expect(ids('对习近平新时代中国特色社会主义思想理解不深')).toEqual([]);
  });

  test('excuses touch no dimension', () => {
    expect(ids('工作任务重、人手少、时间紧')).toEqual([]);
  });
});

describe('a quarter named as when a measure is done is a deadline (t23: 2023年一季度开展…专项检查)', () => {
  test.each([
    ['2023年一季度开展津补贴发放专项检查', '2023年一季度'],
    ['第一季度完成全部台账清理', '第一季度完成'],
    ['明年二季度建成便民服务中心', '明年二季度'],
    ['今年第四季度组织一次专项督查', '今年第四季度'],
    ['三季度末前完成问题销号', '三季度末'],
    ['2027年3季度完成改造', '2027年3季度完成'],
  ])('%s → %s', (text, whole) => {
    const deadlines = measureConcreteness(text).evidence.filter((e) => e.kind === 'deadline').map((e) => e.text);
    expect(deadlines).toEqual([whole]);
  });

  test.each(['每季度召开一次分析会', '每一季度听取一次汇报', '加强季度工作谋划', '一个季度一轮督查'])('no quarter set: %s', (text) => {
    expect(measureConcreteness(text).kinds).not.toContain('deadline');
  });
});

describe('instances written without 比如 (t23): a count with a unit, people counted, a quarter, a named difficulty, a case that happened', () => {
  test.each([
    ['学习不系统，全年读书笔记仅5000字', 'figure'],
    ['撰写心得不足3000字', 'figure'],
    ['交通运输局一名科级干部违规收受礼金问题，是纪委监委查处后才知道的', 'figure'],
    ['两名村干部长期不在岗', 'figure'],
    ['城乡居民医保财政补助资金三季度末才拨付到位', 'date'],
    ['第二季度支委会记录是集中补写的', 'date'],
    ['2023年一季度仍未完成', 'date'],
    ['县城北片区居民反映多年的停车难问题至今没有解决', 'named'],
    ['企业反映的办证难现象依然存在', 'named'],
    ['个别乡镇发生了违规发放津补贴问题', 'event'],
    ['所属单位先后发生2起安全生产事故', 'event'],
  ])('%s → %s', (text, kind) => {
    expect(problemExamples(text).map((e) => e.kind)).toContain(kind);
    expect(hasExample(text)).toBe(true);
  });

  test.each([
    '作为一名党员，先锋模范作用发挥不够',
    '对照做一名合格党员的标准还有差距',
    '每一名党员都要增强宗旨意识',
    '解决群众困难问题的办法不多',
    '对老大难问题不敢碰硬',
    '面对疑难问题存在畏难情绪',
    '防止发生形式主义问题的意识不强',
    '每季度的分析会流于形式',
  ])('still no instance: %s', (text) => {
    expect(problemExamples(text)).toEqual([]);
    expect(hasExample(text)).toBe(false);
  });
});

// Overlapping commitments keep the longest (不少于12次 holds 12次), however many a text holds: a
// measure whose text ran over a flood of table rows had thousands of matches, each compared with
// each (issue 13). Past 64 distinct matches containment is read by place.
describe('measureConcreteness keeps the longest of overlapping matches', () => {
  test('a measure of a few phrases: the shorter ones held by a longer are dropped', () => {
    const c = measureConcreteness('全年参加中心组学习不少于12次，每月走访群众，2026年6月底前完成。');
    const texts = c.evidence.map((e) => e.text);
    expect(texts).toContain('全年参加中心组学习不少于12次');
    expect(texts).not.toContain('不少于12次');
    expect(texts).not.toContain('12次');
  });
  test('a text with hundreds of distinct matches: each nested one dropped, each phrase kept once', () => {
    const text = Array.from({ length: 300 }, (_, i) => `第${i + 1}项每月学习不少于${i + 1}次。`).join('');
    const texts = measureConcreteness(text).evidence.map((e) => e.text);
    for (let i = 1; i <= 300; i += 37) expect(texts.some((t) => t.endsWith(`不少于${i}次`))).toBe(true);
    // No kept match lies inside another kept one at its place: each phrase once, its longest reading.
    expect(texts.filter((t) => /^\d+次$/.test(t))).toEqual([]);
    // 每月 and 不少于N次 of each item: two apart, no third held inside either.
    expect(texts).toHaveLength(600);
  });
});
