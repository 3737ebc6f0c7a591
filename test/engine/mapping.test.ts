/** Aspect mapping only on positive evidence, stable under added causes and measures; the case part. */
import fc from 'fast-check';
import { analyze } from '../../src/engine';
import { buildSkeleton } from '../../src/engine/skeleton';
import { getTemplate } from '../../src/engine/template';
import { completeLines, textDoc } from '../support/docs';

const y2021 = { templateId: 'five-aspects-2021' };

describe('no force-fitting', () => {
  test.each([
    ['（六）其他方面。一是津贴补贴方面，存在发放不规范的情况。二是厉行节约反对浪费方面，公务接待还有铺张现象。'],
    ['（六）其他方面'],
    ['（六）其它需要说明的问题'],
    ['（六）在学校安全管理方面'],
    ['（六）在机关后勤保障方面'],
  ])('a 2021 material’s %s stays outside the template', (extra) => {
    const lines = completeLines();
    lines.splice(12, 0, extra, '一是有关制度执行不严。');
    const a = analyze(textDoc(lines), y2021);
    expect(a.outline.aspects.map((x) => x.aspect)).toEqual([1, 2, 3, 4, 5, null]);
    const info = a.findings.filter((f) => f.rule === 'outside-template');
    expect(info).toHaveLength(1);
    expect(info[0].severity).toBe('info');
    expect(a.findings.filter((f) => f.rule === 'aspect-order')).toEqual([]);
  });

  test('2024 headings are not forced onto 2021 numbers; detection reads them as 2024', () => {
    const lines = [
        '一、存在的主要问题',
        '（一）在严守政治纪律和政治规矩方面',
        '一是请示报告不及时。',
        '（二）在增强党性、砥砺作风方面',
        '一是作风不够扎实。',
        '（三）在勇于担责、敢于创新方面',
        '一是创新不足。',
        '（四）在履行全面从严治党政治责任方面',
        '一是一岗双责落实不到位。',
        '二、原因分析',
        '理想信念松懈。',
        '三、整改措施',
        '强化理论武装。',
    ];
    const a = analyze(textDoc(lines), y2021);
    // Under 2021 only headings whose own words name a 2021 aspect get one (政治纪律, 全面从严治党 → 5);
    // 增强党性、砥砺作风 and 勇于担责、敢于创新 name none and stay outside.
    expect(a.outline.aspects.map((x) => x.aspect)).toEqual([5, null, null, 5]);
    const detected = analyze(textDoc(lines));
    expect(detected.templateId).toBe('four-aspects-2024');
    expect(detected.outline.aspects.map((x) => x.aspect)).toEqual([1, 2, 3, 4]);
  });

  test('a heading that borrows another aspect’s words is mapped by its items', () => {
    const lines = completeLines();
    lines.splice(10, 2, '（五）运用党的成功经验方面', '一是落实中央八项规定精神不严，四风问题仍有反弹，一岗双责落实不到位，监督执纪偏软。');
    expect(analyze(textDoc(lines), y2021).outline.aspects[4].aspect).toBe(5);
  });
});

describe('the mapping is stable: adding causes and measures does not change it', () => {
  const extra = fc.array(
    fc.constantFrom(
      '（三）党性修养有所放松，对群众路线认识不深。',
      '（三）落实全面从严治党责任，严格执行中央八项规定精神。',
      '（三）增强斗争精神，防范化解风险。',
      '（三）深刻感悟“两个确立”，学懂弄通做实。',
      '（三）践行以人民为中心的发展思想，每月走访群众。',
      '（四）心怀国之大者，抓好决策部署落实。',
      '四是政治判断力不强。',
    ),
    { maxLength: 6 },
  );
  const materials = [
    completeLines(),
    (() => {
      const l = completeLines();
      l.splice(12, 0, '（六）其他方面。一是津贴补贴方面不规范。');
      return l;
    })(),
    (() => {
      const l = completeLines();
      l.splice(8, 2, '（四）在保持战略定力方面', '一是全面从严治党抓得不紧，好人主义。');
      return l;
    })(),
  ];
  test.each(materials.map((m, i) => [i, m] as const))('material %i', (_i, lines) => {
    const before = analyze(textDoc(lines), y2021).outline.aspects.map((x) => x.aspect);
    const causesAt = lines.indexOf('二、原因分析');
    const measuresAt = lines.indexOf('三、整改措施');
    fc.assert(
      fc.property(extra, extra, (causes, measures) => {
        const l = [...lines];
        l.splice(measuresAt + 1, 0, ...measures);
        l.splice(causesAt + 1, 0, ...causes);
        expect(analyze(textDoc(l), y2021).outline.aspects.map((x) => x.aspect)).toEqual(before);
      }),
      { numRuns: 60 },
    );
  });
});

describe('the case part (反面典型案例剖析)', () => {
  const base = (cases: string[]) => [
    '2025年度民主生活会对照检查材料',
    '一、存在的主要问题',
    ...getTemplate('five-aspects-2025')!.aspects.flatMap((a, i) => [`（${'一二三四五'[i]}）在${a.title}方面`, '一是有差距，比如调研少。']),
    ...cases,
    '三、原因分析',
    '理想信念松懈。',
    '四、整改措施',
    '（一）强化理论武装。每月学习2次。',
  ];

  test('missing in 2025: missing-part names it', () => {
    const a = analyze(textDoc(base([])));
    expect(a.templateId).toBe('five-aspects-2025');
    const f = a.findings.filter((x) => x.rule === 'missing-part');
    expect(f.map((x) => x.message).join()).toContain('反面典型案例剖析');
  });

  test.each([
    [['二、反面典型案例剖析情况', '（一）案例原因剖析', '某某违纪违法，根源在于理想信念动摇。', '（二）对照案例查摆自身差距', '对照这一案例反观自己，我在廉洁自律方面还有差距。']],
    [['二、反面典型案例剖析', '某某严重违纪，教训深刻。结合自身，举一反三，我在用权方面仍有不足。']],
  ])('present, before the causes and comparing with oneself: no finding, and its items are neither problems nor measures', (cases) => {
    const a = analyze(textDoc(base(cases)));
    expect(a.outline.parts.map((p) => p.role)).toEqual(['problems', 'cases', 'causes', 'measures']);
    expect(a.findings.filter((x) => x.rule === 'missing-part' || x.rule === 'case-self-comparison')).toEqual([]);
    const texts = [...a.outline.aspects.flatMap((x) => x.problems), ...a.outline.causes, ...a.outline.measures].map((n) => n.body).join('\n');
    expect(texts).not.toContain('某某');
    expect(a.outline.aspects).toHaveLength(5);
  });

  test('after the causes is fine too', () => {
    const lines = base([]);
    const at = lines.indexOf('四、整改措施');
    lines.splice(at, 0, '三、反面典型案例剖析', '对照案例，查摆自身差距：纪律意识不强。');
    const a = analyze(textDoc(lines));
    expect(a.outline.parts.map((p) => p.role)).toEqual(['problems', 'causes', 'cases', 'measures']);
    expect(a.findings.filter((x) => x.rule === 'missing-part')).toEqual([]);
  });

  test.each([
    // Long enough to be a dissection (a sentence or two is brief-case's, test/engine/brief-case.test.ts).
    [['二、反面典型案例剖析', '某某违纪违法案件情节严重，根源在于理想信念动摇、纪律意识淡薄、权力观扭曲，长期放松学习改造，把组织的信任当成谋取私利的资本。']],
    [['二、反面典型案例剖析', '（一）案例原因剖析', '某某多次收受管理服务对象礼金，根源在于宗旨意识淡化、纪律规矩意识淡薄，心存侥幸，最终滑向违纪违法的深渊。']],
  ])('a case part that never compares with oneself gets a warning', (cases) => {
    const a = analyze(textDoc(base(cases)));
    const f = a.findings.filter((x) => x.rule === 'case-self-comparison');
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('warning');
    expect(f[0].message).toContain('对照案例');
  });

  test('the 2025 skeleton inserts the case part with its two sub-parts before the causes', () => {
    const s = buildSkeleton(getTemplate('five-aspects-2025')!, { kind: 'all' });
    const heads = s.filter((p) => p.level > 0).map((p) => `${p.level}:${p.text}`);
    // 一、上年度问题整改落实情况 (a 年度 meeting) · 二、存在的主要问题 · 三、反面典型案例剖析 · 四、原因分析
    expect(heads).toContain('1:三、反面典型案例剖析');
    const at = heads.indexOf('1:三、反面典型案例剖析');
    expect(heads.slice(at + 1, at + 3)).toEqual(['2:（一）案例原因剖析', '2:（二）对照案例查摆自身差距']);
    expect(heads[at + 3]).toBe('1:四、原因分析');
    expect(heads).toContain('2:（五）带头坚决扛起管党治党责任方面');
  });

  test('the 2021 skeleton has no case part', () => {
    const s = buildSkeleton(getTemplate('five-aspects-2021')!, { kind: 'all' });
    expect(s.some((p) => p.text.includes('案例'))).toBe(false);
  });
});

describe('2025 aspect 3 reworded by its 敬畏 (a trial\'s “（三）敬畏之心方面” was read as outside the template)', () => {
  const HEADS = ['（一）政治忠诚方面。', '（二）党性修养方面。', '', '（四）担当作为方面。', '（五）管党治党方面。'];
  test.each(['（三）敬畏之心方面。', '（三）在心存敬畏方面。', '（三）“三个敬畏”方面。'])('%s is aspect 3', (third) => {
    const lines = ['2025年度民主生活会个人对照检查材料', '一、查摆的问题'];
    HEADS.forEach((h, i) => lines.push(`${i === 2 ? third : h}学习抓得不紧，比如全年只集中学习4次。`));
    lines.push('二、原因分析', '一是理想信念有所松懈。', '三、整改措施', '（一）每月学习2次。');
    const a = analyze(textDoc(lines));
    expect(a.templateId).toBe('five-aspects-2025');
    expect(a.outline.aspects.map((x) => x.aspect)).toEqual([1, 2, 3, 4, 5]);
  });
});
