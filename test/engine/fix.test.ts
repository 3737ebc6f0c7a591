/** Exact spans and fixes as data: what each rule points at, what its fix does, and the applier. */
import fc from 'fast-check';
import { analyze, getTemplate } from '../../src/engine';
import { applyFix, inverseFix, ruleWideFix, verifyFix } from '../../src/engine/fix';
import { buildSkeleton } from '../../src/engine/skeleton';
import { toJson } from '../../src/engine/json';
import { buildPaneReport } from '../../src/taskpane/report';
import { fixText } from '../../src/engine/messages';
import type { DocumentInput, Finding } from '../../src/engine/types';
import { completeLines, textDoc } from '../support/docs';
import { expectedAfter, randomCase } from '../support/fixes';

function wordLines(lines: string[]): DocumentInput {
  return { ...textDoc(lines), source: 'word' };
}

function spanText(input: DocumentInput, f: Finding): string | undefined {
  return f.start === undefined ? undefined : input.paragraphs[f.paragraph].text.slice(f.start, f.start + f.length!);
}

/** How many other uncovered-problem stubs the same check offers at `f`'s place before it. */
function stubsBefore(input: DocumentInput, f: Finding): number {
  const at = (x: Finding) => x.fix?.edits.find((e) => e.newParagraphAfter)?.paragraph;
  const stubs = analyze(input).findings.filter((x) => x.rule === 'uncovered-problem' && x.fix && at(x) === at(f));
  return stubs.findIndex((x) => x.paragraph === f.paragraph);
}

function fixed(input: DocumentInput, f: Finding): string[] {
  const r = applyFix(input.paragraphs, f.fix!);
  if (!r.ok) throw new Error(`fix failed: ${r.problem}`);
  return r.paragraphs.map((p) => p.text);
}

const replace = (lines: string[], i: number, text: string) => lines.map((l, k) => (k === i ? text : l));
const insertAt = (lines: string[], i: number, ...added: string[]) => [...lines.slice(0, i), ...added, ...lines.slice(i)];

interface Row {
  name: string;
  lines: string[];
  rule: string;
  /** Picks the finding among the rule's (default: the first). */
  which?: (f: Finding) => boolean;
  /** The words the finding must point at. */
  span?: string;
  /** The document after its fix (undefined: the finding has no fix). */
  after?: string[];
}

const base = completeLines();

const rows: Row[] = [
  {
    name: 'a broken marker: 三 → 三是',
    lines: insertAt(base, 4, '三基层治理能力不足。'),
    rule: 'numbering',
    span: '三',
    after: insertAt(base, 4, '三是基层治理能力不足。'),
  },
  {
    name: 'a skipped item: 四是 → 三是, the next renumbered',
    lines: insertAt(base, 4, '四是担当不够。', '五是作风不实。'),
    rule: 'numbering',
    span: '四是',
    after: insertAt(base, 4, '三是担当不够。', '四是作风不实。'),
  },
  {
    name: 'a repeated section number: （二）（二） → （二）（三）, later sections follow',
    lines: replace(replace(base, 6, '（二）带头践行以人民为中心的发展思想方面'), 8, '（三）带头学习运用党在不同历史时期成功应对风险挑战的丰富经验方面'),
    rule: 'numbering',
    which: (f) => f.paragraph === 6,
    span: '（二）',
    after: replace(replace(base, 6, '（三）带头践行以人民为中心的发展思想方面'), 8, '（四）带头学习运用党在不同历史时期成功应对风险挑战的丰富经验方面'),
  },
  {
    name: 'measures starting at （二）: renumbered from （一）, half-width kept',
    lines: [...base.slice(0, 16), '(2)强化理论武装。每月学习2次。', '(3)践行为民宗旨。年底前走访20户。'],
    rule: 'numbering',
    which: (f) => f.paragraph === 16,
    span: '(2)',
    after: [...base.slice(0, 16), '(1)强化理论武装。每月学习2次。', '(2)践行为民宗旨。年底前走访20户。'],
  },
  {
    name: 'a wrong formulation inside a sentence',
    lines: replace(base, 3, '二是对以习近平总书记为核心的党中央决策部署理解不深。'),
    rule: 'formulation',
    span: '以习近平总书记为核心的党中央',
    after: replace(base, 3, '二是对以习近平同志为核心的党中央决策部署理解不深。'),
  },
  {
    name: 'a formulation with a captured group',
    lines: replace(base, 2, '一是学习十九大六中全会精神不深。比如，读原著少。'),
    rule: 'formulation',
    span: '十九大六中全会',
    after: replace(base, 2, '一是学习十九届六中全会精神不深。比如，读原著少。'),
  },
  {
    name: 'the first placeholder is selected, not edited',
    lines: replace(base, 3, '二是……。'),
    rule: 'placeholder',
    span: '……',
  },
  {
    name: 'an excuse: the sentence that gives it, in a later paragraph of the cause',
    lines: insertAt(base, 14, '究其原因，主要是工作任务繁重，忙于事务。'),
    rule: 'objective-cause',
    span: '究其原因，主要是工作任务繁重，忙于事务。',
  },
  {
    name: 'a repeated sentence',
    lines: replace(base, 7, '一是宗旨意识淡化，联系群众不够，深入基层调查研究的次数明显偏少。'),
    rule: 'repeated-text',
    // The later copy, where it is written.
    span: '二是宗旨意识淡化，联系群众不够，深入基层调查研究的次数明显偏少。',
  },
  {
    name: 'a vague measure: its heading sentence',
    lines: replace(base, 17, '（二）践行为民宗旨。坚持群众路线，密切联系群众。'),
    rule: 'vague-measure',
    span: '（二）践行为民宗旨。',
  },
  {
    name: 'a problem without example, inline: its heading sentence only',
    lines: replace(base, 5, '一是落实决策部署不到位。二是调查研究不够深入，满足于听汇报。有的调研走马观花。'),
    rule: 'no-example',
    which: (f) => f.message.includes('调查研究'),
    span: '二是调查研究不够深入，满足于听汇报。',
  },
];

// The repeated-text row needs the sentence twice: once in another aspect.
rows[8].lines = insertAt(rows[8].lines, 10, '二是宗旨意识淡化，联系群众不够，深入基层调查研究的次数明显偏少。');

describe.each(rows)('$name', ({ lines, rule, which, span, after }) => {
  const input = textDoc(lines);
  const findings = analyze(input).findings.filter((f) => f.rule === rule);
  const f = findings.find(which ?? (() => true));

  test('is found, and points at the words', () => {
    expect(f).toBeDefined();
    expect(spanText(input, f!)).toBe(span);
  });

  if (after) {
    test('its fix gives the corrected document, and checks clean for this finding', () => {
      expect(fixed(input, f!)).toEqual(after);
      const again = analyze(textDoc(after)).findings.filter((x) => x.rule === rule && x.paragraph === f!.paragraph && x.message === f!.message);
      expect(again).toHaveLength(0);
    });
    test('every edit says what its span must still hold', () => {
      for (const e of f!.fix!.edits) expect(e.expect).toBe(input.paragraphs[e.paragraph].text.slice(e.start, e.start + e.length));
    });
  }
});

describe('fixes that insert headings in their place', () => {
  test('a missing aspect goes between （三） and （五）, numbered （四）, and the re-check finds it', () => {
    const lines = [...base.slice(0, 8), ...base.slice(10)]; // aspect 4 and its item removed
    const input = wordLines(lines);
    const f = analyze(input).findings.find((x) => x.rule === 'missing-aspect')!;
    expect(f.fix).toBeDefined();
    const out = fixed(input, f);
    const at = out.indexOf('（四）带头学习运用党在不同历史时期成功应对风险挑战的丰富经验方面');
    expect(at).toBe(8);
    expect(out[7]).toBe(lines[7]);
    expect(out[at + 3]).toBe('（五）带头深刻汲取党史中正反两方面经验方面');
    const again = analyze(textDoc(out));
    expect(again.findings.filter((x) => x.rule === 'missing-aspect')).toHaveLength(0);
    expect(again.outline.aspects.map((a) => a.aspect)).toEqual([1, 2, 3, 4, 5]);
  });

  test('the last aspect missing goes at the end of the problems part, before 二、原因分析', () => {
    const lines = [...base.slice(0, 10), ...base.slice(12)];
    const input = textDoc(lines);
    const f = analyze(input).findings.find((x) => x.rule === 'missing-aspect')!;
    const out = fixed(input, f);
    expect(out[10]).toMatch(/^（五）带头深刻汲取/);
    expect(out[13]).toBe('二、原因分析');
  });

  test('an aspect numbered for the wrong place is moved up: （四）=aspect 5 becomes （五）', () => {
    const lines = [...base.slice(0, 8), '（四）带头深刻汲取党史中正反两方面经验方面', ...base.slice(11)];
    const input = textDoc(lines);
    const f = analyze(input).findings.find((x) => x.rule === 'missing-aspect')!;
    const out = fixed(input, f);
    expect(out.filter((t) => /^（[四五]）/.test(t)).map((t) => t.slice(0, 3))).toEqual(['（四）', '（五）']);
  });

  test('a missing part goes before the next part, which is renumbered', () => {
    const lines = [...base.slice(0, 12), '二、整改措施', ...base.slice(16)];
    const input = textDoc(lines);
    const f = analyze(input).findings.find((x) => x.rule === 'missing-part')!;
    const out = fixed(input, f);
    expect(out[12]).toBe('二、原因分析');
    expect(out).toContain('三、整改措施');
    const again = analyze(textDoc(out)).findings.map((x) => x.rule);
    expect(again).not.toContain('missing-part');
    expect(again.filter((r) => r === 'numbering')).toHaveLength(0);
  });

  test('a missing last part goes before the closing formula', () => {
    const lines = [...base.slice(0, 15), '以上对照检查，不妥之处，请同志们批评指正。'];
    const input = textDoc(lines);
    const f = analyze(input).findings.find((x) => x.rule === 'missing-part')!;
    const out = fixed(input, f);
    expect(out[15]).toBe('三、整改措施');
    expect(out[out.length - 1]).toBe('以上对照检查，不妥之处，请同志们批评指正。');
  });

  test('an uncovered problem gets a measure stub naming it, after the last measure', () => {
    const lines = replace(base, 11, '一是网络意识形态工作抓得不紧。');
    const input = textDoc(lines);
    const f = analyze(input).findings.find((x) => x.rule === 'uncovered-problem' && x.paragraph === 11)!;
    expect(spanText(input, f)).toBe('一是网络意识形态工作抓得不紧。');
    const out = fixed(input, f);
    expect(out).toHaveLength(lines.length + 1);
    // Numbered after the measures and after the stubs offered before it at the same place (the
    // other unanswered problems above it: stubs-number-on.test.ts).
    expect(out[out.length - 1]).toBe(fixText.measureStub(`（${'三四五六七八'[stubsBefore(input, f)]}）`, '网络意识形态工作抓得不紧'));
  });

  test.each([
    ['1、', '2、', '3、'],
    ['１．', '２．', '３．'],
    ['(1)', '(2)', '(3)'],
  ])('the stub numbers on in the measures\' own form: %s %s → %s', (a, b, next) => {
    const lines = [...replace(base, 11, '一是网络意识形态工作抓得不紧。').slice(0, 16), `${a}强化理论武装。每月学习2次。`, `${b}践行为民宗旨。年底前走访20户。`];
    const input = textDoc(lines);
    // The first stub offered there (later ones number on after it: stubs-number-on.test.ts).
    const f = analyze(input).findings.find((x) => x.rule === 'uncovered-problem' && x.fix)!;
    const out = fixed(input, f);
    expect(stubsBefore(input, f)).toBe(0);
    expect(out[out.length - 1].startsWith(next)).toBe(true);
    expect(out[out.length - 1]).toBe(fixText.measureStub(next, out[out.length - 1].slice(next.length + 3).split('”的问题')[0]));
  });
});

describe('unstyled headings', () => {
  const input = wordLines(base);
  const findings = analyze(input).findings;
  const own = findings.filter((f) => f.rule === 'unstyled-heading');

  test('each fix applies the level and leaves the text', () => {
    expect(own.length).toBe(8);
    for (const f of own) {
      const r = applyFix(input.paragraphs, f.fix!);
      expect(r.ok && r.paragraphs.map((p) => p.text)).toEqual(base);
      expect(r.ok && r.paragraphs[f.paragraph].level).toBe(/^（/.test(base[f.paragraph]) ? 2 : 1);
    }
  });

  test('全部应用 joins them into one fix, after which none is left', () => {
    const all = ruleWideFix(findings, 'unstyled-heading', fixText.applyAllHeadingStyles)!;
    expect(all.edits).toHaveLength(8);
    const r = applyFix(input.paragraphs, all);
    if (!r.ok) throw new Error('failed');
    const styled: DocumentInput = {
      source: 'word',
      paragraphs: r.paragraphs.map((p, index) => ({ index, text: p.text, ...(p.level ? { headingLevel: p.level, outlineLevel: p.level } : {}) })),
    };
    expect(analyze(styled).findings.filter((f) => f.rule === 'unstyled-heading')).toHaveLength(0);
  });

  test('a heading that runs into body text gets no style fix', () => {
    const lines = replace(base, 12, '二、原因分析。主要是理想信念有所松懈。');
    const f = analyze(wordLines(lines)).findings.find((x) => x.rule === 'unstyled-heading' && x.paragraph === 12);
    expect(f).toBeDefined();
    expect(f!.fix).toBeUndefined();
  });
});

describe('applyFix', () => {
  test('withdraws when a span no longer holds what it expects, and changes nothing', () => {
    const input = textDoc(insertAt(base, 4, '四是担当不够。'));
    const f = analyze(input).findings.find((x) => x.rule === 'numbering')!;
    for (const changed of ['四 是担当不够。', '三是担当不够。', '', '四']) {
      const ps = input.paragraphs.map((p, i) => (i === 4 ? { text: changed } : { text: p.text }));
      const r = applyFix(ps, f.fix!);
      expect(r).toMatchObject({ ok: false, problem: 'changed' });
    }
  });

  test('a new paragraph is withdrawn when its anchor changed', () => {
    const lines = [...base.slice(0, 8), ...base.slice(10)];
    const input = textDoc(lines);
    const f = analyze(input).findings.find((x) => x.rule === 'missing-aspect')!;
    const ps = input.paragraphs.map((p, i) => ({ text: i === 7 ? p.text + '又加了一句。' : p.text }));
    expect(applyFix(ps, f.fix!)).toMatchObject({ ok: false, problem: 'changed' });
  });

  test.each([
    [[{ paragraph: 0, start: 0, length: 2, text: 'x' }, { paragraph: 0, start: 1, length: 2, text: 'y' }]],
    [[{ paragraph: 0, start: 1, length: 0, text: 'x' }, { paragraph: 0, start: 1, length: 0, text: 'y' }]],
    [[{ paragraph: 5, start: 0, length: 0, text: 'x' }]],
    [[{ paragraph: 0, start: -1, length: 1, text: 'x' }]],
  ])('refuses an invalid fix %#', (edits) => {
    expect(applyFix([{ text: '一二三四' }], { label: 'x', edits })).toMatchObject({ ok: false, problem: 'invalid' });
  });

  test('property: outside the spans nothing changes; new paragraphs follow their anchor in order', () => {
    fc.assert(
      fc.property(randomCase, ({ texts, fix }) => {
        expect(verifyFix(texts.map((text) => ({ text })), fix).ok).toBe(true);
        const r = applyFix(texts.map((text) => ({ text })), fix);
        if (!r.ok) throw new Error('valid fix refused');
        const want = expectedAfter(texts, fix);
        expect(r.paragraphs.map((p) => p.text)).toEqual(want.map((w) => w.text));
        expect(r.origin.filter((o) => o >= 0)).toEqual(texts.map((_, i) => i));
      }),
      { numRuns: 300 },
    );
  });
});

describe('the inverse of a fix whose spans touch once applied is one valid fix', () => {
  const e = (start: number, length: number, text: string, t: string) => ({ paragraph: 0, start, length, text, expect: t.slice(start, start + length) });
  const t = '理论学习 不深入😀。';
  test.each([
    ['two deletions side by side', [e(3, 1, '', t), e(0, 3, '', t)]],
    ['three deletions side by side', [e(0, 2, '', t), e(2, 2, '', t), e(4, 1, '', t)]],
    ['a deletion then a replacement', [e(0, 2, '', t), e(2, 2, '学风', t)]],
    ['a replacement then a deletion', [e(0, 2, '学', t), e(2, 3, '', t)]],
    ['deletions around a surrogate pair', [e(5, 3, '', t), e(8, 2, '', t)]],
    ['an insertion right after a deletion', [e(0, 2, '', t), e(2, 0, '加', t)]],
    ['deletions apart stay two edits', [e(0, 1, '', t), e(2, 1, '', t)]],
  ])('%s', (_name, edits) => {
    const before = [{ text: t }];
    const fix = { label: 'x', edits };
    expect(verifyFix(before, fix).ok).toBe(true);
    const r = applyFix(before, fix);
    if (!r.ok) throw new Error('valid fix refused');
    const inverse = inverseFix(before, fix)!;
    expect(verifyFix(r.paragraphs, inverse).ok).toBe(true);
    const back = applyFix(r.paragraphs, inverse);
    if (!back.ok) throw new Error(`inverse refused: ${back.problem}`);
    expect(back.paragraphs.map((p) => p.text)).toEqual([t]);
    // No two inverse edits touch: touching spans are merged.
    const spans = inverse.edits.map((x) => [x.start, x.start + x.length]).sort((a, b) => a[0] - b[0]);
    spans.slice(1).forEach((sp, i) => expect(sp[0]).toBeGreaterThan(spans[i][1]));
  });
});

test('property: a fix followed by its inverse gives the document back (text and levels)', () => {
  fc.assert(
    fc.property(randomCase, ({ texts, fix }) => {
      const before = texts.map((text) => ({ text }));
      const r = applyFix(before, fix);
      if (!r.ok) throw new Error('valid fix refused');
      const inverse = inverseFix(before, fix)!;
      const back = applyFix(r.paragraphs, inverse);
      if (!back.ok) throw new Error(`inverse refused: ${back.problem}`);
      expect(back.paragraphs.map((p) => p.text)).toEqual(texts);
      expect(back.paragraphs.map((p) => p.level ?? 0)).toEqual(texts.map(() => 0));
    }),
    // 1266743356 found two deletions side by side whose inverse was two insertions at one offset.
    { numRuns: 1000 },
  );
});

describe('placeholders count as nothing, and the map agrees with the list', () => {
  const template = getTemplate()!;
  const skeleton = buildSkeleton(template, { kind: 'all' }).map((p) => p.text);

  test.each([
    ['the skeleton as inserted', skeleton],
    ['problems written, measures still placeholders', skeleton.map((t, i) => (i === 4 ? '一是理论学习不深入。比如，全年只读了两本书。' : t))],
    ['one measure written', skeleton.map((t) => (t.startsWith('（一）……') ? '（一）强化理论学习。每月集中学习2次。' : t))],
  ])('%s', (_name, lines) => {
    const a = analyze(textDoc(lines));
    const json = toJson(a, 'x');
    // No placeholder measure counts as concrete (or as vague: it is judged neither way).
    a.outline.measures.forEach((m, i) => {
      if (/……/.test(m.body)) {
        expect(json.measures[i].placeholder).toBe(true);
        expect('concrete' in json.measures[i]).toBe(false);
      }
    });
    const report = buildPaneReport(json, template, lines.length);
    const mapUnanswered = report.aspects.reduce((n, r) => n + (r.unanswered ?? 0), 0);
    const listUnanswered = a.findings.filter((f) => f.rule === 'uncovered-problem').length;
    expect(mapUnanswered).toBe(listUnanswered);
    const problems = report.aspects.reduce((n, r) => n + r.problemCount, 0);
    const written = a.outline.aspects.flatMap((x) => x.problems).filter((p) => !/……/.test(p.body)).length;
    expect(problems).toBe(written);
  });
});
