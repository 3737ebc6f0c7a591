/**
 * An aspect written as one sentence, its topic then its problem after a comma (一是在政治忠诚方面，学习
 * 贯彻…不够深入，比如…。 or （一）在带头…方面，…不到位。) is a heading run into its body: the
 * outline reads its problem as an item starting inside the heading's paragraph. A trial (t24 m09)
 * saw unstyled-heading offer 设为“标题 2”样式 for such a 67-character paragraph — the whole
 * problem would have become a heading — because the heading sentence was the whole paragraph. Now
 * these aspects join the run-in headings' one finding (no fix), which names and selects the topic
 * (一是在政治忠诚方面), where Enter goes. Headings on a line of their own keep their style fix.
 */
import { analyze, type Finding } from '../../src/engine';
import { fixText } from '../../src/engine/messages';
import { ruleWideFix } from '../../src/engine/fix';
import type { DocumentInput } from '../../src/engine/types';
import { textDoc } from '../support/docs';

const word = (lines: string[]): DocumentInput => ({ ...textDoc(lines), source: 'word' });
const own = (lines: string[]): Finding[] => analyze(word(lines)).findings.filter((f) => f.rule === 'unstyled-heading');
const spanText = (lines: string[], f: Finding) => textDoc(lines).paragraphs[f.paragraph].text.slice(f.start!, f.start! + f.length!);
/** Paragraphs some finding's style fix would make a heading. */
const styled = (found: Finding[]) => found.flatMap((f) => f.fix?.edits.map((e) => e.paragraph) ?? []);

/** A 2026 material (no template): aspects as 一是在X方面，<problem>, each a paragraph. */
const Y2026 = [
  '县教育局局长2026年度民主生活会个人对照检查材料',
  '一、存在的主要问题',
  '一是在政治忠诚方面，学习贯彻党的二十届四中全会精神不够深入，对教育强县建设的部署研究不透，比如局党组专题学习后没有形成具体的落实清单。',
  '二是在担当作为方面，推进义务教育优质均衡不够有力，城区学校大班额问题仍未消除，全县仍有56个班级超过55人。',
  '三是在为民服务方面，对群众关心的课后服务收费问题回应不及时，家长投诉同比增加了30%。',
  '二、原因分析',
  '一是理论学习不够系统深入，没有把学习成果转化为推动工作的思路举措。二是担当意识不足，对难啃的“硬骨头”有等靠思想。',
  '三、整改措施',
  '（一）2027年1月底前制定学习贯彻四中全会精神落实清单，逐项明确责任股室。',
  '（二）2027年秋季学期前新增学位800个，消除56个大班额。',
  '（三）2027年3月底前公开课后服务收费标准，家长投诉当月办结。',
];

/** A 2025 material whose aspect headings run into their problem after 方面， (and one after 方面：). */
const Y2025 = [
  '某局党组书记2025年度民主生活会个人对照检查材料',
  '一、存在的主要问题',
  '（一）在带头强化政治忠诚、提高政治能力方面，对党的创新理论学习不够深入，比如全年只撰写研讨材料2篇。',
  '（二）在带头固本培元、增强党性方面，党性锻炼有所放松，参加三会一课请假2次。',
  '（三）在带头敢于担当、积极作为方面，担当精神不足，信访积案化解不力，仍有3件超期。',
  '（四）在带头践行宗旨、为民造福方面：联系群众不够，全年只到联系点调研2次。',
  '（五）在带头落实全面从严治党政治责任方面，落实一岗双责不到位，对班子成员提醒不及时。',
  '二、原因分析',
  '（一）理想信念有所松懈。',
  '（二）宗旨意识淡化。',
  '三、整改措施',
  '（一）强化理论武装。每月学习2次，年底前撰写研讨材料6篇。',
  '（二）严格组织生活。三会一课全勤，年底前完成。',
  '（三）化解信访积案。2026年3月底前3件超期积案全部办结。',
  '（四）践行为民宗旨。每季度到联系点调研1次。',
  '（五）落实一岗双责。每半年约谈班子成员1次。',
];

const isAspectLine = (t: string) => /^(?:[一二三四五]是|（[一二三四五]）)在.*方面[，：]/.test(t);

describe('aspects run into their problem after the topic: no style fix, one run-in finding', () => {
  test.each([
    ['2026, 一是在X方面，… (t24 m09)', Y2026, 3, '一是在政治忠诚方面'],
    ['2025, （一）在…方面，… and one …方面：…', Y2025, 5, '（一）在带头强化政治忠诚、提高政治能力方面'],
  ])('%s', (_name, lines, n, head) => {
    const found = own(lines);
    // No aspect paragraph would be made a heading, alone or in 全部应用.
    const aspectParagraphs = lines.flatMap((t, i) => (isAspectLine(t) ? [i] : []));
    expect(aspectParagraphs).toHaveLength(n);
    for (const i of aspectParagraphs) expect(styled(found)).not.toContain(i);
    const all = ruleWideFix(found, 'unstyled-heading', fixText.applyAllHeadingStyles);
    for (const e of all?.edits ?? []) expect(aspectParagraphs).not.toContain(e.paragraph);
    // The part headings on their own lines keep their fix.
    expect(styled(found).sort((a, b) => a - b)).toEqual(lines.flatMap((t, i) => (/^[一二三]、/.test(t) ? [i] : [])));
    // One finding without a fix, for all of them, at the first; it names and selects the topic.
    const runIn = found.filter((f) => !f.fix);
    expect(runIn).toHaveLength(1);
    expect(runIn[0].paragraph).toBe(aspectParagraphs[0]);
    expect(runIn[0].message).toContain(`“${head}”等 ${n} 个标题与正文写在同一段`);
    expect(spanText(lines, runIn[0])).toBe(head);
  });

  test('one aspect run in among aspects on their own line: only it loses the fix', () => {
    const lines = [...Y2025];
    // Aspects 2 and 5 on a line of their own, their problem an 一是 item below.
    lines.splice(3, 1, '（二）带头固本培元、增强党性方面', '一是党性锻炼有所放松，参加三会一课请假2次。');
    lines.splice(7, 1, '（五）带头落实全面从严治党政治责任方面', '一是落实一岗双责不到位，对班子成员提醒不及时。');
    const found = own(lines);
    expect(styled(found)).toEqual(expect.arrayContaining([lines.indexOf('（二）带头固本培元、增强党性方面'), lines.indexOf('（五）带头落实全面从严治党政治责任方面')]));
    for (let i = 0; i < lines.length; i++) if (isAspectLine(lines[i])) expect(styled(found)).not.toContain(i);
    const runIn = found.filter((f) => !f.fix);
    expect(runIn).toHaveLength(1);
    expect(runIn[0].message).toContain('等 3 个标题');
  });

  test('a single run-in aspect: named alone, its topic selected', () => {
    const lines = [
      ...Y2025.slice(0, 3),
      '（二）带头固本培元、增强党性方面',
      '一是党性锻炼有所放松，参加三会一课请假2次。',
      '（三）带头敢于担当、积极作为方面',
      '一是担当精神不足，信访积案化解不力，仍有3件超期。',
      '（四）带头践行宗旨、为民造福方面',
      '一是联系群众不够，全年只到联系点调研2次。',
      '（五）带头落实全面从严治党政治责任方面',
      '一是落实一岗双责不到位，对班子成员提醒不及时。',
      ...Y2025.slice(7),
    ];
    const found = own(lines);
    expect(styled(found)).not.toContain(2);
    expect(found.filter((f) => f.fix && /^（/.test(lines[f.paragraph]))).toHaveLength(4);
    const runIn = found.filter((f) => !f.fix);
    expect(runIn).toHaveLength(1);
    expect(runIn[0].message).toMatch(/^标题“（一）在带头强化政治忠诚、提高政治能力方面”与正文写在同一段/);
    expect(spanText(lines, runIn[0])).toBe('（一）在带头强化政治忠诚、提高政治能力方面');
  });

  test('plain text: no finding at all', () => {
    expect(analyze(textDoc(Y2026)).findings.filter((f) => f.rule === 'unstyled-heading')).toEqual([]);
  });
});
