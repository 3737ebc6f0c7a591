/**
 * An 一是/二是 item whose number was typed without 是 ("三 斗争精神不强…", "三，", "三：", "三.",
 * "三、") is the next item of its sequence: it counts as a problem, cause or measure like its
 * siblings, and the numbering rule flags exactly the mistyped number with the fix 三 → 三是 (or, when
 * a number is also skipped, the number due). Sentences that open with a numeral (三年来, 三个方面,
 * 三严三实, 三会一课, 三、四月份) and real headings (三、其他需要说明的情况) make no item.
 * Materials written for this test, in each part and at each position (own paragraph, run in).
 */
import { analyze, type Analysis, type Finding } from '../../src/engine';
import { applyFix } from '../../src/engine/fix';
import { findInlineMarkers, matchBareItemNumeral } from '../../src/engine/markers';
import { textDoc } from '../support/docs';

/** Separators a writer types after the numeral instead of 是 (full- and half-width). */
const SEPARATORS = [' ', '，', '：', '.', '、', '．', ',', '　'];

const PROBLEMS = ['理论学习不够深入，满足于读原文。', '政治判断力不强，对风险研判不足。', '斗争精神不强，对基层反映的问题回应不及时。'];
const CAUSES = ['理想信念有所松懈，对理论学习重视不够。', '宗旨意识有所淡化，联系群众不够紧密。', '纪律规矩意识不强，对管党治党认识不到位。'];
const MEASURES = ['强化理论武装。每月参加中心组学习不少于2次。', '践行为民宗旨。每季度到基层调研不少于3次。', '从严管党治党。年底前与分管科室负责人谈话一次。'];

type Where = 'problems' | 'causes' | 'measures';

/** A 2025 material whose `where` part has items 一是, 二是 and `third` (the other parts numbered right); `runIn`: those items in one paragraph. */
function material(where: Where, third: string, runIn = false): string[] {
  const items = (texts: string[], mine: boolean) => {
    const list = mine ? [`一是${texts[0]}`, `二是${texts[1]}`, `${third}${texts[2]}`] : [`一是${texts[0]}`, `二是${texts[1]}`, `三是${texts[2]}`];
    return mine && runIn ? [list.join('')] : list;
  };
  return [
    '某局党组书记2025年度民主生活会个人对照检查材料',
    '按照通知要求，认真查摆问题，现对照检查如下。',
    '一、存在的主要问题',
    '（一）带头强化政治忠诚、提高政治能力方面',
    ...items(PROBLEMS, where === 'problems'),
    '（二）带头固本培元、增强党性方面',
    '一是党性锻炼有所放松，参加三会一课请假2次。',
    '二、原因分析',
    ...items(CAUSES, where === 'causes'),
    '三、整改措施',
    ...items(MEASURES, where === 'measures'),
  ];
}

const countOf = (a: Analysis, where: Where) => (where === 'problems' ? a.outline.aspects[0].problems.length : where === 'causes' ? a.outline.causes.length : a.outline.measures.length);
const numbering = (a: Analysis): Finding[] => a.findings.filter((f) => f.rule === 'numbering' && f.severity !== 'info');

function fixed(lines: string[], f: Finding): string[] {
  const r = applyFix(textDoc(lines).paragraphs.map((p) => ({ text: p.text })), f.fix!);
  if (!r.ok) throw new Error(`fix not applicable: ${JSON.stringify(r)}`);
  return r.paragraphs.map((p) => p.text);
}

describe('an item numbered without 是 continues its 一是/二是 sequence', () => {
  for (const where of ['problems', 'causes', 'measures'] as Where[]) {
    for (const runIn of [false, true]) {
      for (const sep of SEPARATORS) {
        test(`${where}${runIn ? ' run in' : ''}: "三${sep}"`, () => {
          const lines = material(where, `三${sep}`, runIn);
          const a = analyze(textDoc(lines));
          // Counted like its siblings: three items, as with 三是.
          expect(countOf(a, where)).toBe(3);
          expect(countOf(a, where)).toBe(countOf(analyze(textDoc(material(where, '三是', runIn))), where));
          const found = numbering(a);
          expect(found).toHaveLength(1);
          const f = found[0];
          // The span is exactly the mistyped number (numeral and separator), the fix writes 三是.
          const p = textDoc(lines).paragraphs[f.paragraph].text;
          expect(p.slice(f.start!, f.start! + f.length!)).toBe(`三${sep}`);
          expect(f.fix?.edits).toHaveLength(1);
          expect(f.fix!.edits[0].text).toBe('三是');
          const after = fixed(lines, f);
          expect(after).toEqual(textDoc(material(where, '三是', runIn)).paragraphs.map((x) => x.text));
          expect(numbering(analyze(textDoc(after)))).toEqual([]);
        });
      }
    }
  }

  test.each(SEPARATORS)('a skipped number as well ("一是… 三%s…"): one finding, fixed to the number due', (sep) => {
    const lines = material('problems', `三${sep}`).filter((l) => l !== `二是${PROBLEMS[1]}`);
    const a = analyze(textDoc(lines));
    expect(a.outline.aspects[0].problems).toHaveLength(2);
    const found = numbering(a);
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain('“二是”');
    expect(found[0].fix!.edits[0].text).toBe('二是');
    expect(numbering(analyze(textDoc(fixed(lines, found[0]))))).toEqual([]);
  });

  test('later numbers typed without 是 too (四，五、) each get their own fix', () => {
    const lines = material('problems', '三 ');
    lines.splice(7, 0, `四，${PROBLEMS[0]}`, `五、${PROBLEMS[1]}`);
    const a = analyze(textDoc(lines));
    expect(a.outline.aspects[0].problems).toHaveLength(5);
    expect(numbering(a).map((f) => f.fix!.edits[0].text)).toEqual(['三是', '四是', '五是']);
  });
});

describe('no item from sentences and headings that open with a numeral', () => {
  const NOT_ITEMS = [
    '三年来，对理论学习重视不够。',
    '三个方面的问题都与学习不深有关。',
    '三严三实要求落实不够。',
    '三会一课坚持不够经常。',
    '三重一大决策程序执行不严。',
    '三、四月份调研次数偏少。',
    '三季度只开展调研1次。',
    '一是一、二是二的作风还没有养成。',
    '3个项目推进缓慢。',
  ];
  test.each(NOT_ITEMS)('after 一是/二是: "%s" is no third item and no numbering finding', (line) => {
    const lines = material('problems', '三是');
    lines.splice(6, 1, line);
    const a = analyze(textDoc(lines));
    expect(a.outline.aspects[0].problems).toHaveLength(2);
    expect(numbering(a)).toEqual([]);
  });

  test.each(NOT_ITEMS)('run in after 一是…二是…: "%s" is no third item', (line) => {
    const lines = material('problems', '三是');
    lines.splice(4, 3, `一是${PROBLEMS[0]}二是${PROBLEMS[1]}${line}`);
    const a = analyze(textDoc(lines));
    expect(a.outline.aspects[0].problems).toHaveLength(2);
    expect(numbering(a)).toEqual([]);
  });

  test('"三、其他需要说明的情况" where the top level is due at 三 stays a heading', () => {
    const lines = ['一、存在的主要问题', '（一）带头强化政治忠诚、提高政治能力方面', `一是${PROBLEMS[0]}`, `二是${PROBLEMS[1]}`, '二、原因分析', `一是${CAUSES[0]}`, `二是${CAUSES[1]}`, '三、其他需要说明的情况', '无。', '四、整改措施', `一是${MEASURES[0]}`];
    const a = analyze(textDoc(lines));
    expect(a.outline.causes).toHaveLength(2);
    expect(a.outline.parts.map((p) => p.role)).toEqual(['problems', 'causes', 'other', 'measures']);
    expect(numbering(a)).toEqual([]);
  });

  test('a part heading "三、整改措施" after 一是/二是 causes stays the part heading', () => {
    const lines = material('causes', '三是').filter((l) => !l.startsWith('三是'));
    const a = analyze(textDoc(lines));
    expect(a.outline.parts.map((p) => p.role)).toEqual(['problems', 'causes', 'measures']);
    expect(a.outline.causes).toHaveLength(2);
  });

  test('no 一是 sequence running: "三 斗争…" is plain text, unless it is the first line under a heading', () => {
    // In body text, after a line of no sequence: plain text.
    const body = ['一、存在的主要问题', '（一）带头强化政治忠诚、提高政治能力方面', PROBLEMS[0], `三 ${PROBLEMS[2]}`];
    expect(numbering(analyze(textDoc(body)))).toEqual([]);
    // Right under its aspect heading it is the list's first item typed wrongly (t24 m03: bare-first-item.test.ts): 一是 due.
    const lines = ['一、存在的主要问题', '（一）带头强化政治忠诚、提高政治能力方面', `三 ${PROBLEMS[2]}`];
    const first = numbering(analyze(textDoc(lines)));
    expect(first).toHaveLength(1);
    expect(first[0].fix?.edits[0]).toMatchObject({ text: '一是', expect: '三 ' });
    // Under the next aspect, after 一是/二是 of the aspect before: numbered straight through, 三是 due.
    const after = ['一、存在的主要问题', '（一）带头强化政治忠诚、提高政治能力方面', `一是${PROBLEMS[0]}`, `二是${PROBLEMS[1]}`, '（二）带头固本培元、增强党性方面', `三 ${PROBLEMS[2]}`];
    const a = analyze(textDoc(after));
    expect(a.outline.aspects[1].problems[0].marker).toMatchObject({ kind: 'cn-shi', value: 3, broken: true });
    const straight = numbering(a);
    expect(straight).toHaveLength(1);
    expect(straight[0].fix?.edits[0]).toMatchObject({ text: '三是', expect: '三 ' });
  });
});

describe('markers: the bare item numeral', () => {
  test('matches only the numbers due, with the separator in its raw', () => {
    expect(matchBareItemNumeral('三 斗争', [3])?.marker).toMatchObject({ kind: 'cn-shi', value: 3, raw: '三 ', broken: true });
    expect(matchBareItemNumeral('  四，斗争', [3, 4])?.marker.raw).toBe('四，');
    expect(matchBareItemNumeral('三 斗争', [4])).toBeUndefined();
    expect(matchBareItemNumeral('三年来', [3])).toBeUndefined();
    expect(matchBareItemNumeral('三、四月份', [3])).toBeUndefined();
    expect(matchBareItemNumeral('三.5', [3])).toBeUndefined();
  });
  test('inline only beside an 一是 of the same paragraph', () => {
    expect(findInlineMarkers('问题有：一是学习不深。三，斗争精神不强。').map((m) => m.marker.raw)).toEqual(['一是', '三，']);
    expect(findInlineMarkers('学习不深。三，斗争精神不强。')).toEqual([]);
  });
});
