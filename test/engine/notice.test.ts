/** Reading a notice's aspect list into a template (src/engine/notice.ts). */
import * as fs from 'fs';
import * as path from 'path';
import { NoticeError, readNotice, shortLabel, templateToFile } from '../../src/engine/notice';
import { parseTemplate } from '../../src/engine/template-file';
import { analyze } from '../../src/engine';
import { textDoc } from '../support/docs';

/** Notice shapes written for this test: text → the aspect titles a careful reader takes, and the case part. */
const SHAPES: { name: string; text: string; titles: string[]; cases: boolean; year: number | null }[] = [
  {
    name: '一是…；二是… in one sentence after "以下N个方面"',
    text: '关于开好2026年度民主生活会的通知\n会议要重点对照以下3个方面：一是带头筑牢政治忠诚；二是带头树立正确政绩观；三是带头转变工作作风。同时开展反面典型案例剖析。',
    titles: ['带头筑牢政治忠诚', '带头树立正确政绩观', '带头转变工作作风'],
    cases: true,
    year: 2026,
  },
  {
    name: '（一）…方面 lines, year from 年度 not from the meeting date',
    text: '关于召开2027年度民主生活会的通知\n重点从以下四个方面对照检查：\n（一）带头加强理论武装方面\n（二）带头严明纪律规矩方面\n（三）带头担当尽责方面\n（四）带头廉洁自律方面\n会议于2028年1月底前召开。',
    titles: ['带头加强理论武装', '带头严明纪律规矩', '带头担当尽责', '带头廉洁自律'],
    cases: false,
    year: 2027,
  },
  {
    name: '1. lines with a long tail to drop',
    text: '对照“三个带头”：\n1. 带头学深悟透，检视在理论学习方面的差距；\n2. 带头真抓实干，重点查摆作风不实问题；\n3. 带头清正廉洁，对照党章党规查找不足。',
    titles: ['带头学深悟透', '带头真抓实干', '带头清正廉洁'],
    cases: false,
    year: null,
  },
  {
    name: '（一）… paragraphs: title sentence then explanation, full-width year',
    text: '关于开好２０２６年度民主生活会的通知\n要对照以下两个方面查摆问题：\n（一）带头深化改革攻坚。重点查摆改革不深入的问题。\n（二）带头密切联系群众。重点查摆脱离群众的问题。\n要选取典型案例，以案为鉴。',
    titles: ['带头深化改革攻坚', '带头密切联系群众'],
    cases: true,
    year: 2026,
  },
  {
    name: 'unnumbered clauses after a "N个对照" lead-in (组织生活会)',
    text: '召开2026年度组织生活会。党员围绕“三个对照”查摆问题：对照党章党规，对照合格党员标准，对照先进典型。支部班子要查找在政治引领等方面的问题。',
    titles: ['对照党章党规', '对照合格党员标准', '对照先进典型'],
    cases: false,
    year: 2026,
  },
  {
    name: 'a 组织生活会 list run into the lead-in (聚焦X、Y、Z等6个方面), working steps numbered after it',
    text: '关于召开2025年度组织生活会的通知\n二、主要内容\n党员个人要聚焦政治信仰、党员意识、理论学习、能力本领、作用发挥、纪律作风等6个方面，查找差距和不足。\n三、方法步骤\n（一）深入学习研讨。\n（二）广泛征求意见。\n（三）开展谈心谈话。\n（四）认真撰写发言提纲。\n（五）召开组织生活会。\n（六）开展民主评议党员。',
    titles: ['政治信仰', '党员意识', '理论学习', '能力本领', '作用发挥', '纪律作风'],
    cases: false,
    year: 2025,
  },
  {
    name: 'a list run into the lead-in with 围绕 and Chinese count (围绕X、Y、Z三个方面)',
    text: '各支部要围绕政治引领作用发挥、组织生活制度落实、党员教育管理三个方面查摆问题。\n一、认真学习\n二、开好会议\n三、抓好整改落实',
    titles: ['政治引领作用发挥', '组织生活制度落实', '党员教育管理'],
    cases: false,
    year: null,
  },
  {
    name: 'the 四个对照 written inline with 、, no count; the working steps after it are not read',
    text: '关于召开2021年度组织生活会的通知\n党员要重点对照党中央的号召和要求、对照新时代合格党员标准、对照入党誓词、对照革命先辈和先进典型，查摆差距和不足。\n二、有关要求\n（一）认真学习。（二）广泛谈心谈话。（三）撰写发言提纲。（四）开展民主评议党员。',
    titles: ['对照党中央的号召和要求', '对照新时代合格党员标准', '对照入党誓词', '对照革命先辈和先进典型'],
    cases: false,
    year: 2021,
  },
  {
    name: 'short 在…方面 headings without 带头, one per line',
    text: '对照检查以下几个方面：\n一、在政治素质方面\n二、在担当作为方面\n三、在廉洁自律方面',
    titles: ['政治素质', '担当作为', '廉洁自律'],
    cases: false,
    year: null,
  },
];

describe('notice shapes → aspects', () => {
  test.each(SHAPES)('$name', ({ text, titles, cases, year }) => {
    const r = readNotice(text, 'n.txt');
    expect(r.template.aspects.map((a) => a.title)).toEqual(titles);
    expect(r.template.aspects.map((a) => a.number)).toEqual(titles.map((_, i) => i + 1));
    expect(r.cases).toBe(cases);
    expect(r.year).toBe(year);
    expect(r.template.parts.some((p) => p.role === 'cases' && p.required)).toBe(cases);
    for (const a of r.template.aspects) {
      expect(a.vocabulary.length).toBeGreaterThan(0);
      expect(a.short.length).toBeLessThanOrEqual(20);
    }
  });
});

describe('notices with no aspect list are refused with a Chinese message', () => {
  test.each([
    ['a to-do list numbered 一是…', '现就准备工作提示如下：\n一是要提前谋划，抓紧制定方案并报审。\n二是要认真组织学习，学习内容以上级材料为准。\n三是要广泛征求意见，如实反馈给班子成员。'],
    ['prose only', '关于开好民主生活会的通知。请各单位认真准备，具体内容另行通知。'],
    ['empty', ''],
    ['a single item', '重点对照以下1个方面：一是带头讲政治。'],
    ['the meeting\'s working steps alone', '关于召开组织生活会的通知\n三、方法步骤\n（一）深入学习研讨。\n（二）广泛征求意见。\n（三）开展谈心谈话。\n（四）认真撰写发言提纲。\n（五）召开组织生活会。'],
    ['working steps after a count with no list', '对照检查6个方面。\n1.认真学习研讨\n2.广泛征求意见\n3.撰写对照检查材料\n4.召开会议'],
  ])('%s', (_name, text) => {
    expect(() => readNotice(text)).toThrow(NoticeError);
    try {
      readNotice(text);
    } catch (e) {
      expect((e as Error).message).toMatch(/通知/);
    }
  });
});

describe('the labelled notices in test/fixtures/years/notices', () => {
  const dir = path.join(__dirname, '../fixtures/years/notices');
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.txt')) : [];
  test('there are labelled notices', () => expect(files.length).toBeGreaterThanOrEqual(5));
  test.each(files)('%s', (f) => {
    const gold = JSON.parse(fs.readFileSync(path.join(dir, f.replace(/\.txt$/, '.json')), 'utf8')) as { aspects: string[]; cases?: boolean; error?: boolean };
    const text = fs.readFileSync(path.join(dir, f), 'utf8');
    if (gold.error) {
      expect(() => readNotice(text)).toThrow(NoticeError);
      return;
    }
    const r = readNotice(text);
    expect(r.template.aspects).toHaveLength(gold.aspects.length);
    r.template.aspects.forEach((a, i) => {
      // The title is the careful reading or its head; the long title holds all of it.
      expect(gold.aspects[i].startsWith(a.title)).toBe(true);
      expect(a.long).toContain(gold.aspects[i]);
    });
    expect(r.cases).toBe(gold.cases);
  });
});

test('an imported template is a valid template file and checks a material by its aspects', () => {
  const r = readNotice(SHAPES[0].text, 'n.txt');
  const file = JSON.parse(JSON.stringify(templateToFile(r.template)));
  const t = parseTemplate(file);
  expect(t.aspects.map((a) => a.title)).toEqual(SHAPES[0].titles);
  const a = analyze(
    textDoc([
      '2026年度民主生活会对照检查材料',
      '一、存在的主要问题',
      '（一）在筑牢政治忠诚方面',
      '一是政治站位不高。',
      '（二）在树立正确政绩观方面',
      '一是急功近利。',
      '二、反面典型案例剖析',
      '对照案例反观自己，还有差距。',
      '三、原因分析',
      '理想信念松懈。',
      '四、整改措施',
      '强化理论武装。',
    ]),
    { template: t },
  );
  expect(a.templateSource).toBe('file');
  expect(a.outline.aspects.map((x) => x.aspect)).toEqual([1, 2]);
  const missing = a.findings.filter((f) => f.rule === 'missing-aspect');
  expect(missing).toHaveLength(1);
  expect(missing[0].message).toContain('带头转变工作作风');
});

describe('a material read as a notice', () => {
  const dir = path.join(__dirname, '../fixtures/years');
  const materials = fs.readdirSync(dir).filter((f) => f.endsWith('.txt'));
  const notices = fs.readdirSync(path.join(dir, 'notices')).filter((f) => f.endsWith('.txt'));

  test('every labelled material that yields a list is flagged as a material, with a Chinese caution', () => {
    let read = 0;
    for (const f of materials) {
      let r;
      try {
        r = readNotice(fs.readFileSync(path.join(dir, f), 'utf8'));
      } catch (e) {
        expect(e).toBeInstanceOf(NoticeError);
        // A material with no list to read is told it is a material, not only that no list was found.
        expect({ f, message: (e as Error).message }).toEqual({ f, message: expect.stringContaining('看起来是对照检查材料') });
        continue;
      }
      read++;
      expect({ f, warning: r.warning }).toEqual({ f, warning: expect.stringContaining('对照检查材料') });
    }
    expect(read).toBeGreaterThanOrEqual(10);
  });

  test('no labelled notice, and no notice shape above, is flagged', () => {
    for (const f of notices) {
      try {
        expect({ f, warning: readNotice(fs.readFileSync(path.join(dir, 'notices', f), 'utf8')).warning }).toEqual({ f, warning: null });
      } catch (e) {
        expect(e).toBeInstanceOf(NoticeError);
      }
    }
    for (const s of SHAPES) expect(readNotice(s.text).warning).toBeNull();
  });

  test.each([
    ['（一）… heading lines with 一是 lines under them', '（一）带头强化政治忠诚方面\n一是学习不够深入。\n二是落实有偏差。\n（二）带头担当作为方面\n一是攻坚不力。\n（三）带头廉洁自律方面\n一是要求不严。'],
    ['1. headings with （1） items under them', '1. 政治素质方面\n（1）理论学习不深。\n（2）政治敏锐性不强。\n2. 担当作为方面\n（1）攻坚克难不够。'],
    ['一、headings separated by blank lines from their paragraphs', '一、在理论学习方面\n\n学得不深不透，满足于读原文。\n\n二、在工作作风方面\n\n调研不够深入。'],
  ])('an item stops where the lines under a heading begin: %s', (_name, text) => {
    const r = readNotice(text);
    for (const w of r.written) expect(w).not.toMatch(/\n/);
    expect(r.template.aspects.length).toBeGreaterThanOrEqual(2);
  });
});

describe('short labels for narrow UI', () => {
  test.each([
    ['带头强化政治忠诚', '强化政治忠诚'],
    ['带头固本培元、增强党性、砥砺作风', '固本培元、增强党性'],
    ['带头严守政治纪律和政治规矩，维护党的团结统一', '严守政治纪律和政治规矩'],
  ])('%s → %s', (title, short) => expect(shortLabel(title)).toBe(short));

  // Long titles, condensed and cut only where a phrase ends: test/engine/notice-short-label.test.ts.
});

test.each([
  ['a material whose problems are listed with no aspect headings', ['某局党组2025年度民主生活会对照检查材料', '一、存在的主要问题', '理论学习不深，作风不实。', '二、原因分析', '理想信念松懈。', '三、整改措施', '强化理论武装。']],
  ['a material of one paragraph a part', ['一、存在的问题', '学习不深。', '二、整改措施', '每月学习。']],
])('%s given as the notice: the message says it is a material', (_name, lines) => {
  expect(() => readNotice(lines.join('\n'))).toThrow(/看起来是对照检查材料.*读不出要对照的方面/);
});

test('prose that is no material and no list keeps the no-list message (the control)', () => {
  expect(() => readNotice('关于开好民主生活会的通知。请各单位认真准备，具体内容另行通知。')).toThrow(/没有在通知中找到方面列表/);
});
