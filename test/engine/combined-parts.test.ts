/**
 * A part heading that names the cause analysis and the measures together ("二、原因分析和整改措施")
 * heads both parts (outline.ts namesCausesAndMeasures, combinedEntries): no 缺少“原因分析”部分 and
 * no fix inserting an empty 原因分析 with the parts renumbered. Found by a new-user trial (35).
 */
import { analyze } from '../../src/engine';
import { namesCausesAndMeasures } from '../../src/engine/outline';
import { getTemplate } from '../../src/engine/template';
import { textDoc, completeLines } from '../support/docs';

const PROBLEMS = completeLines().slice(0, completeLines().indexOf('二、原因分析'));
const template = getTemplate('five-aspects-2021')!;

describe('namesCausesAndMeasures', () => {
  test.each(['原因分析和整改措施', '原因剖析及整改措施', '产生问题的原因及整改方向', '问题根源与努力方向', '原因分析、整改措施', '原因分析以及下一步打算', '原因分析暨整改措施'])('%s: both', (h) => {
    expect(namesCausesAndMeasures(h, template)).toBe(true);
  });
  test.each(['原因分析', '整改措施', '整改措施和工作打算', '存在的问题及原因分析', '原因分析和思想根源', '学习和工作中的原因'])('%s: not both', (h) => {
    expect(namesCausesAndMeasures(h, template)).toBe(false);
  });
});

const SHAPES: [string, string[], number, number][] = [
  [
    'causes as text, an intro sentence, numbered measures',
    ['二、原因分析和整改措施', '产生上述问题，根本在于理论武装不够、宗旨意识淡化。下一步，本人将采取以下措施：', '（一）强化理论武装。每月学习2次。', '（二）践行为民宗旨。年底前走访20户。'],
    1,
    2,
  ],
  [
    'cause paragraphs, the intro on a line of its own',
    ['二、原因剖析及整改措施', '一是理想信念有所松懈。', '二是宗旨意识淡化。', '针对上述问题，下一步整改措施如下：', '1.强化理论武装。每月学习2次。', '2.践行为民宗旨。年底前走访20户。', '3.严守纪律规矩。每季度谈心1次。'],
    2,
    3,
  ],
  [
    'sections headed as the two parts',
    ['二、原因分析及整改措施', '（一）原因分析', '一是理想信念有所松懈。', '二是宗旨意识淡化。', '（二）整改措施', '一是强化理论武装，每月学习2次。', '二是践行为民宗旨，年底前走访20户。'],
    2,
    2,
  ],
  [
    'a markdown heading, measures one a line',
    ['## 产生问题的原因与努力方向', '主要是放松了学习，党员意识淡化。', '下一步，我将做到：', '1. 每月学习2次。', '2. 年底前走访20户。'],
    1,
    2,
  ],
];

test.each(SHAPES)('%s: both parts found, causes and measures apart', (_name, tail, causes, measures) => {
  const a = analyze(textDoc([...PROBLEMS, ...tail]));
  expect(a.findings.filter((f) => f.rule === 'missing-part')).toEqual([]);
  expect(a.outline.parts.filter((p) => p.role === 'causes' || p.role === 'measures').map((p) => p.role)).toEqual(['causes', 'measures']);
  expect(a.outline.causes).toHaveLength(causes);
  expect(a.outline.measures).toHaveLength(measures);
  for (const c of a.outline.causes) expect(c.body).not.toMatch(/每月学习|措施[：:]|走访/);
  for (const m of a.outline.measures) expect(m.body).not.toMatch(/松懈|淡化/);
});

test('the combined part is numbered once: no repeated finding for it', () => {
  const a = analyze(textDoc([...PROBLEMS, '二、原因分析和整改措施', '理想信念有所松懈。', '一是强化理论武装，每月学习2次。', '1.践行为民宗旨，年底前走访20户。']));
  const keys = a.findings.map((f) => `${f.rule}|${f.paragraph}|${f.message}`);
  expect(new Set(keys).size).toBe(keys.length);
});

test.each([
  ['separate parts', completeLines(), 2, 2],
  ['a measures heading naming two measures words', [...completeLines().slice(0, -3), '三、整改措施和工作打算', '（一）强化理论武装。每月学习2次。', '（二）践行为民宗旨。年底前走访20户。'], 2, 2],
])('%s: read as before', (_name, lines, causes, measures) => {
  const a = analyze(textDoc(lines as string[]));
  expect(a.outline.causes).toHaveLength(causes as number);
  expect(a.outline.measures).toHaveLength(measures as number);
  expect(a.findings.filter((f) => f.rule === 'missing-part')).toEqual([]);
});

test('a measures part alone still lacks its causes', () => {
  const a = analyze(textDoc([...PROBLEMS, '二、整改措施', '（一）强化理论武装。每月学习2次。']));
  expect(a.findings.filter((f) => f.rule === 'missing-part').map((f) => f.message)).toEqual([expect.stringContaining('原因分析')]);
});

// Labels dividing the combined part (究其原因：…, 今后努力方向：…), each numbering its items from 一是:
// the causes are not read twice, the measures are the label's items, and the measures' 一是 is no
// repeat of the causes' (a trial's 编号跳号：此处应为“三是” with a fix renumbering the measures).
const LABELLED: [string, string[], number, number][] = [
  ['labels run into their items', ['二、原因分析和整改措施', '究其原因：一是政治站位不高；二是宗旨意识淡化。', '今后努力方向：一是每月学习2次。二是年底前走访20户。'], 2, 2],
  ['原因：/整改措施： fields', ['二、原因分析及整改措施', '原因：一是政治站位不高；二是宗旨意识淡化；三是纪律意识不强。', '整改措施：一是每月学习2次。二是年底前走访20户。'], 3, 2],
  ['labels on their own lines', ['二、原因分析和整改措施', '产生问题的原因：', '一是政治站位不高。', '二是宗旨意识淡化。', '整改措施：', '一是每月学习2次。', '二是年底前走访20户。'], 2, 2],
  ['an intro sentence, items of the same style', ['二、原因分析和整改措施', '一是政治站位不高。', '二是宗旨意识淡化。', '针对上述问题，提出以下整改措施：', '一是每月学习2次。', '二是年底前走访20户。'], 2, 2],
  ['measures numbered 1. 2. after the label', ['二、原因剖析及整改措施', '究其原因：一是政治站位不高；二是宗旨意识淡化。', '下一步打算：1.每月学习2次。2.年底前走访20户。'], 2, 2],
];

test.each(LABELLED)('%s: causes and measures apart, numbered each on its own', (_name, tail, causes, measures) => {
  const a = analyze(textDoc([...PROBLEMS, ...tail]));
  expect(a.outline.parts.filter((p) => p.role === 'causes' || p.role === 'measures').map((p) => p.role)).toEqual(['causes', 'measures']);
  expect(a.outline.causes.map((c) => c.body)).toHaveLength(causes);
  expect(a.outline.measures.map((m) => m.body)).toHaveLength(measures);
  for (const c of a.outline.causes) expect(c.body).not.toMatch(/每月学习|走访|[：:]$/);
  for (const m of a.outline.measures) expect(m.body).not.toMatch(/站位|淡化/);
  const first = PROBLEMS.length;
  expect(a.findings.filter((f) => f.rule === 'numbering' && f.paragraph >= first)).toEqual([]);
});

test('a real slip in a combined part is still one: the causes 一是 二是 二是, the measures untouched by its fix', () => {
  const a = analyze(textDoc([...PROBLEMS, '二、原因分析和整改措施', '一是政治站位不高。', '二是宗旨意识淡化。', '二是纪律意识不强。', '三是作风不实。', '今后努力方向：', '一是每月学习2次。', '二是年底前走访20户。']));
  const found = a.findings.filter((f) => f.rule === 'numbering' && f.paragraph >= PROBLEMS.length);
  expect(found).toHaveLength(1);
  expect(found[0].paragraph).toBe(PROBLEMS.length + 3);
  const touched = (found[0].fix?.edits ?? []).map((e) => e.paragraph);
  expect(touched.length).toBeGreaterThan(0);
  for (const p of touched) expect(p).toBeLessThan(PROBLEMS.length + 5);
});
