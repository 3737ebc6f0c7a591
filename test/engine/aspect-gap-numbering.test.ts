/**
 * Aspect headings numbered by the template's positions across aspects reported missing (（一）（二）
 * （四）（五） with aspect 3 missing) get no renumbering from the numbering rule: that would
 * contradict the missing-aspect fix, which inserts （三） in the gap. A heading numbered past its
 * place with no aspect missing is still renumbered. Materials written for this test on the 2025
 * template, aspect headings numbered （一） or 1. .
 */
import { analyze, type Finding } from '../../src/engine';
import { applyFix } from '../../src/engine/fix';
import { getTemplate } from '../../src/engine/template';
import { textDoc } from '../support/docs';

const TEMPLATE = 'five-aspects-2025';
const CN = ['', '一', '二', '三', '四', '五', '六', '七'];
const ITEMS = [
  '对全会精神学习不够深入。比如全年只撰写学习体会1篇。',
  '党性锻炼有所放松。比如参加三会一课请假2次。',
  '敬畏法纪意识不强。比如对个别违规审批提醒不及时。',
  '攻坚克难劲头不足。比如某镇项目推迟半年开工。',
  '落实一岗双责不到位。比如与分管科室谈话仅1次。',
];

const FORMS = {
  '（一）': (v: number) => `（${CN[v]}）`,
  '1.': (v: number) => `${v}.`,
};
type Form = keyof typeof FORMS;

/** A material with the template aspects `present` (1-based), headed with the numbers `numbers`. */
function material(form: Form, present: number[], numbers: number[]): string[] {
  const titles = getTemplate(TEMPLATE)!.aspects.map((a) => a.title);
  return [
    '某局党组书记2025年度民主生活会个人对照检查材料',
    '一、存在的主要问题',
    ...present.flatMap((a, k) => [`${FORMS[form](numbers[k])}${titles[a - 1]}方面`, `一是${ITEMS[a - 1]}`]),
    '二、反面典型案例剖析',
    '某县原局长违规收受礼金。对照反思，我在廉洁自律方面也有差距：对身边人教育管理不严。',
    '三、原因分析',
    '一是理想信念有所松懈。',
    '二是党性修养有所放松。',
    '三是纪律规矩意识不强。',
    '四、整改措施',
    '一是强化理论武装。每月学习不少于2次。',
  ];
}

const run = (lines: string[]) => analyze(textDoc(lines), { templateId: TEMPLATE });
const of = (fs: Finding[], rule: string) => fs.filter((f) => f.rule === rule && f.severity !== 'info');

function fixed(lines: string[], f: Finding): string[] {
  const r = applyFix(textDoc(lines).paragraphs.map((p) => ({ text: p.text })), f.fix!);
  if (!r.ok) throw new Error(`fix not applicable: ${JSON.stringify(r)}`);
  return r.paragraphs.map((p) => p.text);
}

describe('a gap in aspect numbers that is the missing aspects is no numbering fault', () => {
  const GAPS: { name: string; present: number[] }[] = [
    { name: 'one missing in the middle', present: [1, 2, 4, 5] },
    { name: 'two missing', present: [1, 2, 5] },
    { name: 'two missing apart', present: [1, 3, 5] },
    { name: 'missing at the start', present: [2, 3, 4, 5] },
    { name: 'missing at the start and in the middle', present: [2, 4, 5] },
  ];
  for (const form of Object.keys(FORMS) as Form[]) {
    for (const g of GAPS) {
      test(`${form} ${g.name}: no renumbering, the missing-aspect fixes close the gap`, () => {
        let lines = material(form, g.present, g.present);
        const a = run(lines);
        expect(a.outline.aspects.map((x) => x.aspect)).toEqual(g.present);
        expect(of(a.findings, 'numbering')).toEqual([]);
        const missing = of(a.findings, 'missing-aspect');
        expect(missing).toHaveLength(5 - g.present.length);
        // Applying the missing-aspect fixes one after another (re-checking in between) leaves no
        // missing aspect and no numbering fault: the two rules agree.
        for (let round = 0; round < 5 - g.present.length; round++) {
          const f = of(run(lines).findings, 'missing-aspect')[0];
          expect(f.fix).toBeDefined();
          lines = fixed(lines, f);
        }
        const after = run(lines);
        expect(of(after.findings, 'missing-aspect')).toEqual([]);
        expect(of(after.findings, 'numbering')).toEqual([]);
        expect(after.outline.aspects.map((x) => x.aspect)).toEqual([1, 2, 3, 4, 5]);
      });
    }

    test(`${form} numbered in sequence over a missing aspect: no numbering finding either`, () => {
      const a = run(material(form, [1, 2, 4, 5], [1, 2, 3, 4]));
      expect(of(a.findings, 'numbering')).toEqual([]);
      expect(of(a.findings, 'missing-aspect')).toHaveLength(1);
    });

    test(`${form} all aspects present, one numbered past its place: renumbered`, () => {
      const lines = material(form, [1, 2, 3, 4, 5], [1, 2, 4, 5, 6]);
      const found = of(run(lines).findings, 'numbering');
      expect(found).toHaveLength(1);
      expect(found[0].message).toContain('跳号');
      expect(found[0].fix!.edits.map((e) => e.text)).toEqual([FORMS[form](3), FORMS[form](4), FORMS[form](5)]);
      expect(of(run(fixed(lines, found[0])).findings, 'numbering')).toEqual([]);
    });

    test(`${form} a real skip after the gap is still reported`, () => {
      // Aspect 3 missing, （四） is aspect 4, but aspect 5 is numbered （六）.
      const found = of(run(material(form, [1, 2, 4, 5], [1, 2, 4, 6])).findings, 'numbering');
      expect(found).toHaveLength(1);
      expect(found[0].message).toContain(FORMS[form](5).replace(/\.$/, '.'));
    });

    test(`${form} a heading numbered as a missing aspect it is not: renumbered`, () => {
      // Aspect 3 missing, but aspect 4 is numbered （五）: the number names another aspect.
      const found = of(run(material(form, [1, 2, 4, 5], [1, 2, 5, 6])).findings, 'numbering');
      expect(found.length).toBeGreaterThan(0);
    });
  }
});
