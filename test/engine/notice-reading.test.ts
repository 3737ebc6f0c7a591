/**
 * What an imported template takes from its notice (src/engine/notice.ts): each aspect's vocabulary
 * comes from its own words and the domain lexicon's concepts its title names, never from a
 * built-in template of another year; and the notice's request for a 上年度整改 report is read.
 * The notices are written for this test, in the wording of several years.
 */
import { readNotice, noticeAspect, templateToFile } from '../../src/engine/notice';
import { parseTemplate } from '../../src/engine/template-file';
import { lexiconMatcher } from '../../src/engine/link/concepts';
import { allTemplates } from '../../src/engine/template';
import { analyze } from '../../src/engine';
import { textDoc } from '../support/docs';

/** Notices in several years' wording (invented text). */
const NOTICES: { year: string; text: string }[] = [
  {
    year: '2021 wording (党史学习教育)',
    text: '关于开好党史学习教育专题民主生活会的通知\n重点对照以下5个方面：一是带头深刻感悟“两个确立”的决定性意义；二是带头牢记我们党是什么、要干什么这个根本问题；三是带头践行以人民为中心的发展思想；四是带头学习运用党在不同历史时期成功应对风险挑战的丰富经验；五是带头深刻汲取党史中正反两方面经验。',
  },
  {
    year: '2022年度 wording',
    text: '关于召开2022年度民主生活会的通知\n会议重点从以下六个方面进行对照检查：\n1. 带头深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”；\n2. 带头用党的创新理论凝心铸魂；\n3. 带头坚持和加强党的全面领导；\n4. 带头践行以人民为中心的发展思想；\n5. 带头发扬斗争精神；\n6. 带头落实全面从严治党政治责任。',
  },
  {
    year: '2023 主题教育 wording',
    text: '关于开好主题教育专题民主生活会的通知\n对照以下6个方面检视剖析：\n（一）理论学习方面\n（二）政治素质方面\n（三）能力本领方面\n（四）担当作为方面\n（五）工作作风方面\n（六）廉洁自律方面',
  },
  {
    year: '2024年度 wording',
    text: '关于开好2024年度民主生活会的通知\n围绕以下4个方面：一是带头严守政治纪律和政治规矩，维护党的团结统一，重点查摆在请示报告等方面存在的问题；二是带头增强党性、严守纪律、砥砺作风；三是带头在遵规守纪、清正廉洁前提下勇于担责、敢于创新；四是带头履行全面从严治党政治责任。同时开展反面典型案例剖析。',
  },
  {
    year: '2025年度 wording',
    text: '关于认真开好2025年度民主生活会的通知\n重点对照以下5个方面：\n（一）带头强化政治忠诚、提高政治能力。检视在深刻领悟“两个确立”方面的差距。\n（二）带头固本培元、增强党性。\n（三）带头敬畏人民、敬畏组织、敬畏法纪。\n（四）带头干事创业、担当作为。\n（五）带头坚决扛起管党治党责任。',
  },
  {
    year: '2026年度 wording (new aspects)',
    text: '关于开好2026年度民主生活会的通知\n重点对照以下5个方面：一是带头践行以人民为中心的发展思想；二是带头加强理论武装；三是带头统筹发展和安全；四是带头树立和践行正确政绩观；五是带头巩固作风建设成果、持续为基层减负。',
  },
  {
    year: '2027年度 wording (invented)',
    text: '２０２７年度民主生活会通知\n请对照“四个带头”：\n1. 带头深化改革、开拓创新，检视在推动高质量发展方面的差距\n2. 带头密切联系群众\n3. 带头严守纪律规矩\n4. 带头落实意识形态工作责任制',
  },
  {
    year: '组织生活会 wording',
    text: '关于召开2026年度基层党组织组织生活会的通知\n党员围绕“四个对照”查摆问题：对照党章党规，对照新时代合格党员标准，对照入党誓词，对照先进典型。',
  },
];

/** Each lexicon concept's label and clear forms (not its loose hints), by concept index. */
function conceptTerms(i: number): string[] {
  const c = lexiconMatcher().concepts[i];
  return [c.label, ...c.forms];
}

/** The concepts a text names by a clear form. */
function conceptsNamed(text: string): number[] {
  return [...lexiconMatcher().match(text)].filter(([, h]) => !h.loose).map(([i]) => i);
}

describe('an imported aspect\'s vocabulary comes from its own words and the concepts its title names', () => {
  test.each(NOTICES)('$year', ({ text }) => {
    const r = readNotice(text);
    expect(r.template.aspects.length).toBeGreaterThanOrEqual(3);
    for (const a of r.template.aspects) {
      expect(a.vocabulary.length).toBeGreaterThan(0);
      const allowed = new Set(conceptsNamed(a.title).flatMap(conceptTerms));
      for (const v of a.vocabulary) {
        const own = a.long.includes(v) || a.title.includes(v);
        expect({ aspect: a.title, term: v, ok: own || allowed.has(v) }).toEqual({ aspect: a.title, term: v, ok: true });
      }
      // No instruction words around the notice's explanation ("重点查摆在…", "…方面的差距").
      for (const v of a.vocabulary) expect(v).not.toMatch(/^(重点)?(查摆|检视)|方面(存在的?|的)?(问题|差距)$|^的/);
    }
    // The template is a valid template file, with the same vocabulary read back.
    const back = parseTemplate(JSON.parse(JSON.stringify(templateToFile(r.template))));
    expect(back.aspects.map((a) => a.vocabulary)).toEqual(r.template.aspects.map((a) => a.vocabulary));
  });

  test('no aspect borrows another year\'s words: a 2021 title reused in a 2026 notice gets no 2021-only vocabulary', () => {
    const r = readNotice(NOTICES.find((n) => n.year.startsWith('2026'))!.text);
    const people = r.template.aspects[0];
    expect(people.title).toBe('带头践行以人民为中心的发展思想');
    // Words the 2021 template files under this title that neither the notice nor the concepts its title names hold.
    const y2021 = allTemplates().find((t) => t.id === 'five-aspects-2021')!.aspects.find((a) => a.title === people.title)!;
    const allowed = new Set([...conceptsNamed(people.title).flatMap(conceptTerms)]);
    const foreign = y2021.vocabulary.filter((v) => !people.long.includes(v) && !allowed.has(v));
    expect(foreign.length).toBeGreaterThan(0);
    for (const v of foreign) expect(people.vocabulary).not.toContain(v);
  });

  test.each([
    ['带头加强理论武装', '（一）在学懂弄通党的创新理论方面', '一是读原著学原文不够，满足于一知半解。'],
    ['带头统筹发展和安全', '（一）在维护安全稳定方面', '一是安全生产隐患排查不细，重大隐患整治拖延。'],
    ['带头巩固作风建设成果、持续为基层减负', '（一）在反对形式主义官僚主义方面', '一是文山会海问题反弹，过度留痕。'],
  ])('the concepts of %s let a heading in other domain words map to it', (title, heading, item) => {
    const other = noticeAspect('带头严守政治纪律和政治规矩', 2);
    const t = { ...readNotice('重点对照以下2个方面：一是带头讲政治；二是带头守纪律。').template };
    t.aspects = [noticeAspect(title, 1), other];
    const a = analyze(
      textDoc(['对照检查材料', '一、存在的主要问题', heading, item, '（二）在严守政治纪律方面', '一是请示报告不及时。', '二、原因分析', '党性修养不够。', '三、整改措施', '每月集中学习2次。']),
      { template: t },
    );
    expect(a.outline.aspects.map((x) => x.aspect)).toEqual([1, 2]);
  });

  test('an aspect whose title names no concept still has its own words', () => {
    const a = noticeAspect('对照革命先辈和先进典型', 4);
    expect(a.vocabulary).toContain('革命先辈和先进典型');
  });
});

describe('a notice that asks for the 上年度整改 report ticks that part as required', () => {
  const base = (sentence: string, year = '2026') => `关于开好${year}年度民主生活会的通知\n重点对照以下2个方面：一是带头讲政治；二是带头守纪律。\n${sentence}`;

  test.each([
    ['对照上年度…整改措施落实情况', base('会上要对照上年度民主生活会整改措施落实情况，逐项说明。')],
    ['通报上年度…整改落实情况', base('主要负责同志首先通报上年度民主生活会查摆问题整改落实情况。')],
    ['the year before the notice\'s own', base('会议开始时通报2025年度民主生活会整改措施落实情况。')],
    ['full-width year digits', base('会议开始时通报２０２５年度民主生活会整改落实情况。', '２０２６')],
    ['上一年度…整改任务完成情况', base('要报告上一年度民主生活会整改任务完成情况。')],
    ['上次组织生活会 (组织生活会)', '关于召开2026年度组织生活会的通知\n党员围绕“三个对照”查摆问题：对照党章党规，对照合格党员标准，对照先进典型。\n要对照上次组织生活会查摆问题的整改情况进行回顾。'],
    ['去年 … 整改 in one sentence', base('去年民主生活会查摆的问题，整改到位没有，要逐条说明。')],
  ])('%s', (_name, text) => {
    const r = readNotice(text);
    expect(r.previous).toBe(true);
    expect(r.template.parts.find((p) => p.role === 'previous')?.required).toBe(true);
  });

  test.each([
    ['整改 without the previous meeting', base('会后要认真制定整改措施，抓好整改落实。')],
    ['上年度 without 整改', base('参照上年度做法，认真组织会前学习。')],
    ['上年度 and 整改 in different sentences', base('上年度民主生活会开得很好。会后各单位要抓好整改。')],
    ['a date in the year before, not a meeting', base('自2025年12月起，各单位已抓好巡视整改。')],
    ['the year after, not before', base('2027年1月底前报送整改落实情况。')],
    ['no mention at all', base('会前要广泛征求意见。')],
    ['以上 before 年度, not 上年度', base('县级以上年度考核要把整改情况作为重要内容。')],
  ])('not asked: %s', (_name, text) => {
    const r = readNotice(text);
    expect(r.previous).toBe(false);
    expect(r.template.parts.find((p) => p.role === 'previous')?.required ?? false).toBe(false);
  });

  test('a material checked with such a template is told its 上年度 part is missing', () => {
    const t = readNotice(base('通报上年度民主生活会整改落实情况。')).template;
    const material = ['2026年度民主生活会对照检查材料', '一、存在的主要问题', '（一）在讲政治方面', '一是政治站位不高。', '（二）在守纪律方面', '一是请示报告不及时。', '二、原因分析', '党性修养不够。', '三、整改措施', '每月集中学习2次。'];
    const without = analyze(textDoc(material), { template: t });
    expect(without.findings.some((f) => f.rule === 'missing-part' && f.message.includes('上年度'))).toBe(true);
    const withPart = analyze(textDoc([material[0], '一、上年度民主生活会整改落实情况', '上年度查摆的问题已整改完毕。', ...material.slice(1)]), { template: t });
    expect(withPart.findings.some((f) => f.rule === 'missing-part' && f.message.includes('上年度'))).toBe(false);
  });
});
