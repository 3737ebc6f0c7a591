/**
 * Missing aspects and parts inserted one after another: each inserted heading gets the number it
 * really has in the document, in the document's own form, and applying every fix in turn (the pure
 * applyFix, re-analysing between) leaves one correct sequence — no numbering finding, every aspect
 * found, in the template's order, and the writer's text kept. Shapes: typed （一）, 1., 一是-style
 * aspect headings; none, some or most aspects mapped; a section outside the template at the end,
 * in the middle, or alone; the missing one first, in the middle, at the end; numbering already
 * irregular; the fixes taken first-to-last and last-to-first.
 */
import { analyze, getTemplate } from '../../src/engine';
import { applyFix } from '../../src/engine/fix';
import type { Analysis } from '../../src/engine';
import { formatMarker } from '../../src/engine/markers';
import type { MarkerKind } from '../../src/engine/types';
import { textDoc, wordDoc } from '../support/docs';
import { toJson } from '../../src/engine/json';
import { buildPaneReport } from '../../src/taskpane/report';
import { buildSkeleton } from '../../src/engine/skeleton';
import { allTemplates } from '../../src/engine/template';

type Form = 'cn-paren' | 'arabic-dot' | 'cn-shi';

/** A section of the problems part: a template aspect (by number) or a local topic outside it. */
type Section = number | string;

const T2021 = getTemplate('five-aspects-2021')!;
const T2025 = getTemplate('five-aspects-2025')!;

/** Item lines under a section, in a form that differs from the headings'. */
function items(form: Form, k: number): string[] {
  const item = form === 'cn-shi' ? '' : '一是';
  return [`${item}第${k + 1}节的问题表现不够深入。比如，去年调研只有两次。`];
}

function heading(form: Form, n: number, title: string): string {
  const t = title.endsWith('方面') ? title : `${title}方面`;
  if (form === 'cn-shi') return `${formatMarker('cn-shi', n)}在${t}。`;
  return `${formatMarker(form as MarkerKind, n)}${t}`;
}

/** A material whose problems part holds `sections` numbered 1.. in `form` (or by `numbers`). */
function material(template: typeof T2021, sections: Section[], form: Form, numbers?: number[]): string[] {
  const title = template.id === 'five-aspects-2021' ? '党史学习教育专题民主生活会个人对照检查材料' : '2025年度民主生活会个人对照检查材料';
  const lines = [title, '一、存在的主要问题'];
  sections.forEach((s, k) => {
    const t = typeof s === 'number' ? template.aspects[s - 1].title : s;
    lines.push(heading(form, numbers?.[k] ?? k + 1, t), ...items(form, k));
  });
  if (template.parts.some((p) => p.role === 'cases' && p.required)) {
    lines.push('二、反面典型案例剖析', '对照某案例，查摆自身在纪律意识方面的差距。');
    lines.push('三、原因分析', '（一）理想信念有所松懈。', '四、整改措施', '（一）强化理论武装。每月学习2次，年底前完成。');
  } else {
    lines.push('二、原因分析', '（一）理想信念有所松懈。', '三、整改措施', '（一）强化理论武装。每月学习2次，年底前完成。');
  }
  return lines;
}

/** Apply missing-aspect fixes one at a time, re-analysing in between; returns the final text. */
function applyAll(lines: string[], order: 'first' | 'last', rules = ['missing-aspect']): { lines: string[]; applied: number } {
  let cur = lines;
  let applied = 0;
  for (let guard = 0; guard < 12; guard++) {
    const fs = analyze(textDoc(cur)).findings.filter((f) => rules.includes(f.rule) && f.fix && f.fix.edits.length);
    if (!fs.length) break;
    const f = order === 'first' ? fs[0] : fs[fs.length - 1];
    const r = applyFix(textDoc(cur).paragraphs, f.fix!);
    if (!r.ok) throw new Error(`fix withdrawn: ${r.problem}`);
    cur = r.paragraphs.map((p) => p.text);
    applied++;
  }
  return { lines: cur, applied };
}

/** The written text without heading numbers, to compare what the writer typed. */
const unnumbered = (s: string) => s.replace(/^(（[一二三四五六七八九十]+）|[0-9]+\.|[一二三四五六七八九十]+是在)/, '');

function expectClean(a: Analysis, template: typeof T2021, original: string[], after: string[]) {
  expect(a.findings.filter((f) => f.rule === 'numbering').map((f) => f.message)).toEqual([]);
  expect(a.findings.filter((f) => f.rule === 'missing-aspect' || f.rule === 'aspect-order').map((f) => f.message)).toEqual([]);
  const mapped = a.outline.aspects.map((x) => x.aspect).filter((n): n is number => n !== null);
  expect(mapped).toEqual(template.aspects.map((x) => x.number));
  placeholdersCountAsNothing(a, template, after);
  // Every paragraph the writer typed is still there, in order (heading numbers aside).
  const kept = after.map(unnumbered);
  let at = 0;
  for (const line of original.map(unnumbered)) {
    const k = kept.indexOf(line, at);
    expect(k).toBeGreaterThanOrEqual(0);
    at = k + 1;
  }
}

/**
 * Placeholders (the inserted "……" items, in whatever form) count as no problem, no concrete
 * measure and nothing answered, and the structure map agrees with the list (one source for both).
 */
function placeholdersCountAsNothing(a: Analysis, template: typeof T2021, lines: string[]) {
  const json = toJson(a, 'x');
  a.outline.measures.forEach((m, i) => {
    if (/……/.test(m.body)) expect(json.measures[i].concrete).not.toBe(true);
  });
  const report = buildPaneReport(json, template, lines.length);
  const mapUnanswered = [...report.aspects, ...report.extraAspects].reduce((n, r) => n + (r.unanswered ?? 0), 0);
  expect(mapUnanswered).toBe(a.findings.filter((f) => f.rule === 'uncovered-problem').length);
  const written = a.outline.aspects.flatMap((x) => x.problems).filter((p) => !/……/.test(p.body)).length;
  expect([...report.aspects, ...report.extraAspects].reduce((n, r) => n + r.problemCount, 0)).toBe(written);
  // No finding about a placeholder item other than the placeholder rule's own.
  for (const f of a.findings.filter((x) => ['uncovered-problem', 'no-example', 'vague-measure', 'weak-link'].includes(x.rule))) {
    expect(lines[f.paragraph]).not.toMatch(/……/);
  }
}

describe.each(allTemplates().map((t) => [t.id, t] as const))('placeholders count as nothing: %s', (_id, template) => {
  test.each(['all', 'missing'] as const)('the %s skeleton as inserted, then one problem and one measure written', (kind) => {
    const skeleton = buildSkeleton(template, { kind }).map((p) => p.text);
    placeholdersCountAsNothing(analyze(textDoc(skeleton), { template }), template, skeleton);
    const firstItem = skeleton.findIndex((t) => /^一是……。比如/.test(t));
    const firstMeasure = skeleton.findIndex((t) => /^（一）……。/.test(t));
    const written = skeleton.map((t, i) => (i === firstItem ? '一是理论学习不深入。比如，全年只读了两本书。' : i === firstMeasure ? '（一）强化理论学习。每月集中学习2次，年底前完成。' : t));
    placeholdersCountAsNothing(analyze(textDoc(written), { template }), template, written);
  });
});

interface Shape {
  name: string;
  template?: typeof T2021;
  sections: Section[];
  numbers?: number[];
}

const shapes: Shape[] = [
  { name: 'only aspect 1, a local section after it', sections: [1, '乡村振兴工作'] },
  { name: 'aspects 1 and 3, nothing else', sections: [1, 3] },
  { name: 'a local section between two aspects', sections: [1, '安全生产工作', 3] },
  { name: 'none mapped: two local sections only', sections: ['乡村振兴工作', '安全生产工作'] },
  { name: 'the first aspect missing, a local section first', sections: ['安全生产工作', 2, 4] },
  { name: 'the last aspects missing', sections: [1, 2, 3] },
  { name: 'the middle one missing', sections: [1, 2, 4, 5] },
  { name: 'the first one missing', sections: [2, 3, 4, 5] },
  { name: 'numbered by the template (a gap where the missing one was)', sections: [1, 3, 5], numbers: [1, 3, 5] },
  { name: 'numbered irregularly (a repeated number)', sections: [1, 2, 4], numbers: [1, 2, 2] },
  { name: '2025: two of five, with a local section', template: T2025, sections: [2, '信访维稳工作', 4] },
];

const forms: Form[] = ['cn-paren', 'arabic-dot', 'cn-shi'];

// A section outside the template written "一是在……方面。" cannot be told from a problem item (only
// the year's aspect words make such a line a heading), so the 一是 form is tried on template aspects.
const shapesOf = (form: Form) => (form === 'cn-shi' ? shapes.filter((s) => s.sections.every((x) => typeof x === 'number')) : shapes);

describe.each(forms)('aspect headings written %s', (form) => {
  describe.each(shapesOf(form))('$name', ({ sections, numbers, template = T2021 }) => {
    const lines = material(template, sections, form, numbers);

    test('the material reads as intended (sections found, the local ones unmapped)', () => {
      const a = analyze(textDoc(lines));
      expect(a.template.id).toBe(template.id);
      expect(a.outline.aspects.map((x) => x.aspect)).toEqual(sections.map((s) => (typeof s === 'number' ? s : null)));
    });

    test.each(['first', 'last'] as const)('every fix applied in turn (%s finding first) gives one correct sequence', (order) => {
      const fixedNumbering = numbers && numbers.some((n, k) => n !== k + 1);
      const r = applyAll(lines, order, fixedNumbering ? ['missing-aspect', 'numbering'] : ['missing-aspect']);
      const missing = template.aspects.length - sections.filter((s) => typeof s === 'number').length;
      expect(r.applied).toBeGreaterThanOrEqual(missing);
      expectClean(analyze(textDoc(r.lines)), template, lines, r.lines);
    });

    test('each fix, computed on the same text, numbers its heading for its own place', () => {
      const input = textDoc(lines);
      const a = analyze(input);
      // Fixes inserting at one place number on from each other (（三）, then （四）: shown together,
      // as a report lists them, they read as one sequence: stubs-number-on.test.ts). A later one of them,
      // applied alone before the earlier ones, leaves the gap they fill (the in-turn test above
      // applies them all), so only the first at each place is applied alone here.
      const atAnchor = new Map<number, number>();
      for (const f of a.findings.filter((x) => x.rule === 'missing-aspect' && x.fix)) {
        const inserted = f.fix!.edits.find((e) => e.newParagraphAfter)!;
        const earlier = atAnchor.get(inserted.paragraph);
        atAnchor.set(inserted.paragraph, (earlier ?? -1) + 1);
        if (earlier !== undefined) continue;
        const r = applyFix(input.paragraphs, f.fix!);
        if (!r.ok) throw new Error('withdrawn');
        const again = analyze(textDoc(r.paragraphs.map((p) => p.text)));
        // Applied alone, the fix leaves no numbering fault that was not there before.
        const before = a.findings.filter((x) => x.rule === 'numbering').length;
        expect(again.findings.filter((x) => x.rule === 'numbering').length).toBeLessThanOrEqual(before);
        expect(again.outline.aspects.some((x) => String(x.aspect) === /第(\d+)个方面/.exec(f.message)![1])).toBe(true);
      }
    });
  });
});

test('the inserted heading takes the writer form of the number (full-width digits, 、)', () => {
  const lines = material(T2021, [1, 3], 'arabic-dot').map((l) => l.replace(/^([0-9])\./, (_, d: string) => `${String.fromCharCode(0xff10 + Number(d))}．`));
  const f = analyze(textDoc(lines)).findings.find((x) => x.rule === 'missing-aspect')!;
  const heading = f.fix!.edits.find((e) => e.newParagraphAfter)!.text;
  expect(heading.startsWith('２．')).toBe(true);
  expect(f.fix!.edits.filter((e) => !e.newParagraphAfter).map((e) => [e.expect, e.text])).toEqual([['２．', '３．']]);
});

describe('missing parts take their real number too', () => {
  test('a part outside the template before the missing one counts', () => {
    const lines = ['党史学习教育专题民主生活会个人对照检查材料', '一、存在的主要问题'];
    T2021.aspects.forEach((x, k) => lines.push(`（${'一二三四五'[k]}）${x.title}方面`, '一是学习不够深入。比如，只读了两本书。'));
    lines.push('二、上年度整改落实情况', '去年问题已整改完毕。', '三、整改措施', '（一）强化理论武装。每月学习2次，年底前完成。');
    const input = textDoc(lines);
    const a = analyze(input);
    const f = a.findings.find((x) => x.rule === 'missing-part')!;
    expect(f.fix).toBeDefined();
    const r = applyFix(input.paragraphs, f.fix!);
    if (!r.ok) throw new Error('withdrawn');
    const out = r.paragraphs.map((p) => p.text);
    expect(out).toContain('三、原因分析');
    expect(out).toContain('四、整改措施');
    const again = analyze(textDoc(out));
    expect(again.findings.filter((x) => x.rule === 'numbering' || x.rule === 'missing-part').map((x) => x.message)).toEqual([]);
  });

  test('part headings written 一. / 1、 keep that form', () => {
    const base = ['党史学习教育专题民主生活会个人对照检查材料', '1、存在的主要问题'];
    T2021.aspects.forEach((x, k) => base.push(`（${'一二三四五'[k]}）${x.title}方面`, '一是学习不够深入。比如，只读了两本书。'));
    base.push('2、整改措施', '（一）强化理论武装。每月学习2次，年底前完成。');
    const input = textDoc(base);
    const f = analyze(input).findings.find((x) => x.rule === 'missing-part');
    if (!f?.fix) return expect(analyze(input).outline.parts.length).toBeLessThan(2); // headings not read as parts: nothing to number
    const r = applyFix(input.paragraphs, f.fix);
    if (!r.ok) throw new Error('withdrawn');
    const out = r.paragraphs.map((p) => p.text);
    expect(out).toContain('2、原因分析');
    expect(out).toContain('3、整改措施');
  });
});

describe('headings numbered by Word (a list) or by style only', () => {
  const l = T2021.aspects.map((x) => `${x.title}方面`);
  const build = (present: number[], auto: boolean) => {
    const ps: { text: string; listString?: string; headingLevel?: number; styleName?: string }[] = [{ text: '党史学习教育专题民主生活会个人对照检查材料' }, { text: '一、存在的主要问题', headingLevel: 1 }];
    present.forEach((n, k) => {
      ps.push({ text: l[n - 1], headingLevel: 2, styleName: 'heading 2', ...(auto ? { listString: `（${'一二三四五'[k]}）` } : {}) });
      ps.push({ text: '一是学习不够深入。比如，只读了两本书。' });
    });
    ps.push({ text: '二、原因分析', headingLevel: 1 }, { text: '一是理想信念有所松懈。' }, { text: '三、整改措施', headingLevel: 1 }, { text: '一是强化理论武装。每月学习2次，年底前完成。' });
    return wordDoc(ps);
  };

  test('style only: the inserted heading types no number and joins no list', () => {
    const input = build([1, 3, 4, 5], false);
    const a = analyze(input);
    expect(a.outline.aspects.map((x) => x.aspect)).toEqual([1, 3, 4, 5]);
    const f = a.findings.find((x) => x.rule === 'missing-aspect')!;
    expect(f.fix!.edits.every((e) => e.newParagraphAfter && !e.list)).toBe(true);
    const heading = f.fix!.edits[0];
    expect(heading.text).toBe(l[1]);
    expect(heading.level).toBe(2);
    expect(heading.paragraph).toBe(3);
  });

  test.each([
    ['second', [1, 3, 4, 5], 3, 2, '（二）'],
    ['first', [2, 3, 4, 5], 1, 2, '（一）'],
    ['last', [1, 2, 3, 4], 9, 8, '（五）'],
  ])('a Word list, %s missing: joins the list of its sibling; the number it gets is typed only as the fallback; no automatic number edited', (_n, present, anchor, like, typed) => {
    const input = build(present, true);
    const a = analyze(input);
    const f = a.findings.find((x) => x.rule === 'missing-aspect')!;
    expect(f.fix!.edits.every((e) => e.newParagraphAfter)).toBe(true); // nothing renumbered by typing
    const heading = f.fix!.edits[0];
    const missing = [1, 2, 3, 4, 5].find((n) => !present.includes(n))!;
    expect(heading.text).toBe(`${typed}${l[missing - 1]}`);
    expect(heading.list).toEqual({ like, typed });
    expect(input.paragraphs[like].listString).toBeDefined();
    expect(heading.paragraph).toBe(anchor);
    expect(f.fix!.edits.slice(1).every((e) => !e.list)).toBe(true);
    // A host that cannot join lists (pure applyFix: text, the preview) writes the typed number.
    const r = applyFix(input.paragraphs, f.fix!);
    if (!r.ok) throw new Error('withdrawn');
    expect(r.paragraphs.map((p) => p.text)).toContain(heading.text);
  });
});
