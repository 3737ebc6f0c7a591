/** Which template a material follows: title, preamble and aspect headings (src/engine/detect.ts). */
import { analyze } from '../../src/engine';
import { toJson } from '../../src/engine/json';
import { getTemplate } from '../../src/engine/template';
import { textDoc } from '../support/docs';

/** A material with the given title and aspect headings (one item each), causes and measures. */
function material(title: string | null, headings: string[], preamble = '现对照检查如下。'): string[] {
  return [
    ...(title === null ? [] : [title]),
    preamble,
    '一、存在的主要问题',
    ...headings.flatMap((h, i) => [`（${'一二三四五六七八'[i]}）${h}`, '一是落实不够到位，比如调研不深。']),
    '二、原因分析',
    '理想信念有所松懈。',
    '三、整改措施',
    '强化理论武装，每月学习2次。',
  ];
}

/** The official titles of a template, written "在…方面" as writers do. */
const official = (id: string) => getTemplate(id)!.aspects.map((a) => `在${a.title.replace(/^带头/, '带头')}方面`);

const detect = (lines: string[]) => analyze(textDoc(lines));

describe('a stated year decides, and the headings agree', () => {
  test.each([
    ['2021年度民主生活会对照检查材料', 'five-aspects-2021', 2021],
    ['2022年度民主生活会个人对照检查材料', 'six-aspects-2022', 2022],
    ['2023年度民主生活会对照检查材料', 'theme-education-2023', 2023],
    ['某局党组2024年度民主生活会对照检查材料', 'four-aspects-2024', 2024],
    ['2025年度民主生活会个人发言提纲', 'five-aspects-2025', 2025],
    ['二〇二五年度民主生活会对照检查材料', 'five-aspects-2025', 2025],
    ['２０２４年度组织生活会个人发言提纲', 'org-life-2024', 2024],
  ])('%s → %s', (title, id, year) => {
    const a = detect(material(title, official(id)));
    expect(a.templateId).toBe(id);
    expect(a.templateSource).toBe('detected');
    expect(a.recognisedYear).toBe(year);
    expect(a.templateReason).toMatch(/^依据：标题“\d{4}年度”；\d 个方面标题均与该模板一致$/);
    expect(a.outline.aspects.map((x) => x.aspect)).toEqual(getTemplate(id)!.aspects.map((x) => x.number));
    expect(a.findings.filter((f) => f.rule === 'missing-aspect')).toEqual([]);
  });
});

describe('no year: theme words or the headings decide', () => {
  test.each([
    ['党史学习教育专题民主生活会对照检查材料', 'five-aspects-2021'],
    ['学习贯彻习近平新时代中国特色社会主义思想主题教育专题民主生活会对照检查材料', 'theme-education-2023'],
    ['巩固深化党纪学习教育成果民主生活会对照检查材料', 'four-aspects-2024'],
  ])('theme in the title: %s → %s', (title, id) => {
    const a = detect(material(title, official(id)));
    expect(a.templateId).toBe(id);
    expect(a.recognisedYear).toBeNull();
    expect(a.templateReason).toContain('“');
  });

  test.each(['five-aspects-2021', 'six-aspects-2022', 'theme-education-2023', 'five-aspects-2023', 'four-aspects-2024', 'five-aspects-2025'])('headings only, no title: %s', (id) => {
    const a = detect(material(null, official(id)));
    expect(a.templateId).toBe(id);
    expect(a.templateReason).toContain('个方面标题均与该模板一致');
  });

  test('reworded short headings of 2025 (no 带头, partial titles)', () => {
    const a = detect(material('个人对照检查材料', ['在政治忠诚方面', '在固本培元方面', '在敬畏法纪方面', '关于干事创业方面', '在管党治党方面']));
    expect(a.templateId).toBe('five-aspects-2025');
    expect(a.outline.aspects.map((x) => x.aspect)).toEqual([1, 2, 3, 4, 5]);
  });

  test.each([
    ['the year in the title, short headings', '2023年度主题教育专题民主生活会对照检查材料', ['在旗帜鲜明讲政治方面', '在学懂弄通做实习近平新时代中国特色社会主义思想方面', '在贯彻党中央决策部署方面', '在践行宗旨为民造福方面', '在履行全面从严治党责任方面']],
    ['the theme only', '主题教育专题民主生活会个人发言提纲', ['带头旗帜鲜明讲政治方面', '带头学懂弄通做实党的创新理论方面', '带头贯彻党中央决策部署方面', '带头践行宗旨为民造福方面', '带头履行全面从严治党责任方面']],
  ])('2023 materials on the Politburo\'s five 带头 are not forced onto the six (%s)', (_name, title, headings) => {
    const a = detect(material(title, headings));
    expect(a.templateId).toBe('five-aspects-2023');
    expect(a.outline.aspects.map((x) => x.aspect)).toEqual([1, 2, 3, 4, 5]);
  });

  test('2023 materials on the six aspects stay on the six', () => {
    const a = detect(material('2023年度主题教育专题民主生活会对照检查材料', ['在理论学习方面', '在政治素质方面', '在能力本领方面', '在担当作为方面', '在工作作风方面', '在廉洁自律方面']));
    expect(a.templateId).toBe('theme-education-2023');
  });

  test('组织生活会 in the title picks the 组织生活会 set over 民主生活会 sets sharing words', () => {
    const a = detect(material('党员个人组织生活会发言提纲', ['在政治信仰方面', '在党员意识方面', '在理论学习方面', '在能力本领方面', '在作用发挥方面', '在纪律作风方面']));
    expect(a.templateId).toBe('org-life-2024');
  });
});

describe('a year with no template, or headings that fit none: no aspect demanded', () => {
  test.each([
    ['2026年度民主生活会对照检查材料', 2026],
    ['2019年度民主生活会对照检查材料', 2019],
  ])('%s', (title, year) => {
    // Headings that would fit 2025: still not held against it.
    const a = detect(material(title, official('five-aspects-2025')));
    expect(a.templateId).toBe('unknown');
    expect(a.recognisedYear).toBe(year);
    expect(a.outline.aspects.every((x) => x.aspect === null)).toBe(true);
    expect(a.findings.filter((f) => f.rule === 'missing-aspect')).toEqual([]);
    const unknown = a.findings.filter((f) => f.rule === 'unknown-template');
    expect(unknown).toHaveLength(1);
    expect(unknown[0].message).toContain(`${year}年度`);
    // The command line's report names the command, not the pane's button (the pane words it: surface 'pane').
    expect(unknown[0].message).toContain('template from-notice');
    expect(unknown[0].message).not.toContain('从通知导入');
    // The other rules still run.
    expect(a.outline.parts.map((p) => p.role)).toEqual(['problems', 'causes', 'measures']);
    const json = toJson(a, 'x');
    expect(json.template).toBe('unknown');
    expect(json.recognisedYear).toBe(year);
    expect(json.aspects.every((x) => x.aspect === null)).toBe(true);
  });

  test('the year from the preamble when the title has none', () => {
    const a = detect(material('对照检查材料', official('five-aspects-2025'), '根据《关于开好2026年度民主生活会的通知》要求，现对照检查如下。'));
    expect(a.recognisedYear).toBe(2026);
    expect(a.templateId).toBe('unknown');
  });

  test.each([
    ['学习贯彻习近平新时代中国特色社会主义思想主题教育专题民主生活会个人发言提纲', '（2024年1月）\n按照主题教育专题民主生活会有关要求，现对照检查如下。', 'theme-education-2023'],
    ['学习贯彻习近平新时代中国特色社会主义思想主题教育专题民主生活会对照检查材料', '二〇二四年一月十五日\n按照主题教育专题民主生活会要求，现对照检查如下。', 'theme-education-2023'],
    ['巩固深化党纪学习教育成果民主生活会对照检查材料', '2025年1月8日召开民主生活会前，现对照检查如下。', 'four-aspects-2024'],
  ])('a date (year and month) is not the meeting year: %s / %s', (title, preamble, id) => {
    const a = detect(material(title, official(id), '').flatMap((l) => (l === '' ? preamble.split('\n') : [l])));
    expect(a.recognisedYear).toBeNull();
    expect(a.templateId).toBe(id);
    expect(a.findings.filter((f) => f.rule === 'missing-aspect')).toEqual([]);
  });

  test.each([
    ['2024年学习贯彻习近平新时代中国特色社会主义思想主题教育专题民主生活会对照检查材料', 'theme-education-2023', 2024],
    ['2022年党史学习教育专题民主生活会对照检查材料', 'five-aspects-2021', 2022],
  ])('a year in the title yields to the title’s theme when the headings fit that meeting: %s', (title, id, year) => {
    const a = detect(material(title, official(id)));
    expect(a.templateId).toBe(id);
    expect(a.recognisedYear).toBe(year);
    expect(a.templateReason).toContain(`“${year}年”应为召开年份`);
    expect(a.findings.filter((f) => f.rule === 'missing-aspect')).toEqual([]);
  });

  test('…but not when the headings fit the year’s own template as well', () => {
    const a = detect(material('2024年度民主生活会暨主题教育整改落实情况对照检查材料', official('four-aspects-2024')));
    expect(a.templateId).toBe('four-aspects-2024');
  });

  test('a date in the title line is not the meeting year either; 年度 still is', () => {
    expect(detect(material('主题教育专题民主生活会对照检查材料（2024年1月）', official('theme-education-2023'))).recognisedYear).toBeNull();
    expect(detect(material('2023年度民主生活会对照检查材料（2024年1月）', official('theme-education-2023'))).recognisedYear).toBe(2023);
  });

  test('the year and the meeting must stand in one line of the preamble', () => {
    const a = detect(material('对照检查材料', official('five-aspects-2025'), '').flatMap((l) => (l === '' ? ['时间：2024年', '按照民主生活会有关要求，现对照检查如下。'] : [l])));
    expect(a.recognisedYear).toBeNull();
  });

  test('a previous year named in the preamble does not decide (上年度 rectification)', () => {
    const a = detect(material('2025年度民主生活会对照检查材料', official('five-aspects-2025'), '2024年度民主生活会查摆的问题已整改完毕。现对照检查如下。'));
    expect(a.recognisedYear).toBe(2025);
    expect(a.templateId).toBe('five-aspects-2025');
  });

  test.each([
    [['在落实巡察反馈意见方面', '在安全生产管理方面', '在项目资金使用方面']],
    [['在学校安全管理方面', '在校园食堂管理方面', '在教师队伍建设方面', '在招生工作方面']],
  ])('headings that name no aspect of any template: %j', (headings) => {
    const a = detect(material('某局班子专题民主生活会对照检查材料', headings));
    expect(a.templateId).toBe('unknown');
    expect(a.recognisedYear).toBeNull();
    expect(a.findings.filter((f) => f.rule === 'unknown-template')).toHaveLength(1);
    expect(a.findings.filter((f) => f.rule === 'missing-aspect')).toEqual([]);
  });
});

describe('evidence that disagrees: the stronger wins', () => {
  test('a 2024年度 title over headings that are all the 2021 titles: the headings win and the reason says so', () => {
    const a = detect(material('2024年度民主生活会对照检查材料', official('five-aspects-2021')));
    expect(a.templateId).toBe('five-aspects-2021');
    expect(a.recognisedYear).toBe(2024);
    expect(a.templateReason).toContain('更符合');
  });

  test('a 2025年度 title with headings that partly fit: the year wins', () => {
    const h = official('five-aspects-2025');
    h[4] = '在其他方面';
    const a = detect(material('2025年度民主生活会对照检查材料', h));
    expect(a.templateId).toBe('five-aspects-2025');
    expect(a.templateReason).toContain('5 个方面标题中 4 个');
  });
});

describe('overrides and defaults', () => {
  test('--template / AnalyzeOptions.templateId overrides detection', () => {
    const a = analyze(textDoc(material('2025年度民主生活会对照检查材料', official('five-aspects-2025'))), { templateId: 'five-aspects-2021' });
    expect(a.templateId).toBe('five-aspects-2021');
    expect(a.templateSource).toBe('chosen');
    expect(a.templateReason).toContain('已指定模板');
    expect(a.recognisedYear).toBe(2025);
  });

  test('an empty document gets the newest template', () => {
    for (const lines of [[], [''], ['   ', '']]) {
      const a = analyze(textDoc(lines));
      expect(a.templateId).toBe('five-aspects-2025');
      expect(a.templateReason).toContain('最新模板');
    }
  });

  test('unknown template ids throw (callers check ids first)', () => {
    expect(() => analyze(textDoc(['x']), { templateId: 'no-such' })).toThrow();
  });
});

describe('the reason names the template’s own count when fewer headings are written', () => {
  test.each([
    ['2025年度民主生活会对照检查材料', 'five-aspects-2025', 3],
    ['2022年度民主生活会对照检查材料', 'six-aspects-2022', 4],
    ['2024年度民主生活会对照检查材料', 'four-aspects-2024', 2],
  ])('%s with %s and %i headings', (title, id, n) => {
    const all = official(id);
    const a = detect(material(title, all.slice(0, n)));
    expect(a.template.id).toBe(id);
    expect(a.templateReason).toContain(`${n} 个方面标题均与该模板一致（该模板共 ${all.length} 个方面）`);
    const full = detect(material(title, all));
    expect(full.templateReason).not.toContain('该模板共');
  });
});
