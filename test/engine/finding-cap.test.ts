/**
 * Issue 13, memory: a rule lists at most MAX_FINDINGS_PER_RULE findings of a severity in one
 * document, the rest standing in one summary finding (`omitted`) that points at the first of them;
 * every total stays exact. A fix of more than MAX_FIX_EDITS edits is not offered. Checked against
 * the same rules run with no cap, on floods of several shapes (each rule that can repeat: numbering
 * repeats and skips, placeholders, vague measures, repeated part headings) and on ordinary
 * materials, which must come out exactly as with no cap.
 */
import * as fs from 'fs';
import * as path from 'path';
import { analyze, readText, type Analysis } from '../../src/engine';
import { runRules, MAX_FINDINGS_PER_RULE } from '../../src/engine/rules';
import { MAX_FIX_EDITS } from '../../src/engine/rules/util';
import { toJson } from '../../src/engine/json';
import { withoutLeadingOutline } from '../../src/engine/leading-outline';
import { formatReport } from '../../src/engine/report';
import { countBySeverity } from '../../src/engine/severity';
import type { Finding } from '../../src/engine/types';

const ITEM = '理论学习不够深入，学用结合不够紧密。';
const ASPECTS = ['坚定拥护“两个确立”', '学习贯彻党的创新理论', '践行以人民为中心的发展思想', '担当作为'];
const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

function analyse(text: string): Analysis {
  return analyze({ paragraphs: readText(text, 'text'), source: 'text' });
}

/** The same analysis's findings with no cap at all. */
function uncapped(a: Analysis, text: string): Finding[] {
  // The paragraphs analyze() reads (a leading outline left out, as there).
  const input = { paragraphs: withoutLeadingOutline(readText(text, 'text')), source: 'text' as const };
  return runRules({ input, outline: a.outline, template: a.template, shared: new Map() }, undefined, Infinity);
}

const key = (f: Finding) => `${f.rule}/${f.severity}`;

/** Shapes that make one rule report far more than the cap (n: a size well above it). */
const FLOODS: { name: string; text: (n: number) => string }[] = [
  { name: '"一是" repeated (numbering: repeats)', text: (n) => Array(n).fill('一是' + ITEM).join('\n') },
  { name: 'numbered lines 1. 2. over and over (numbering: restarts)', text: (n) => Array.from({ length: n }, (_, i) => `${(i % 2) + 1}.${ITEM}`).join('\n') },
  { name: 'part headings repeated', text: (n) => Array.from({ length: n }, (_, i) => ['一、存在的主要问题', '二、原因分析', '三、整改措施'][i % 3]).join('\n') },
  {
    name: 'placeholders under aspects',
    text: (n) =>
      '一、存在的主要问题\n' +
      Array.from({ length: n }, (_, i) => `（${CN[i % 10]}）在带头增强党性方面\n一是……（写明具体问题）`).join('\n') +
      '\n二、原因分析\n理想信念有所松懈。\n三、整改措施\n' +
      Array.from({ length: n }, (_, i) => `${i + 1}.加强学习。`).join('\n'),
  },
  { name: 'vague measures', text: (n) => `一、存在的主要问题\n一是${ITEM}\n二、原因分析\n理想信念松懈。\n三、整改措施\n` + Array.from({ length: n }, (_, i) => `要进一步加强理论学习${i}。`).join('\n') },
  {
    // no-example and uncovered-problem build no name, span or stub past the cap (Report.listed).
    name: 'problems with no example and no answer (rules naming each item)',
    text: (n) =>
      '一、存在的主要问题\n' +
      Array.from({ length: n }, (_, i) => `${i % 90 ? '' : `${CN[(i / 90) % 10]}是在${ASPECTS[(i / 90) % 4]}方面\n`}${(i % 90) + 1}.${i % 2 ? '理论学习不够深入' : '为民服务意识淡化'}，第${CN[i % 10]}组工作推进不力。`).join('\n') +
      '\n二、原因分析\n理想信念有所松懈。\n三、整改措施\n1.加强理论学习，提升学习质量。\n2.强化宗旨意识。',
  },
  { name: 'objective causes', text: (n) => `一、存在的主要问题\n一是${ITEM}\n二、原因分析\n` + Array.from({ length: n }, (_, i) => `工作任务重，时间紧，客观上没有时间学习${i}。`).join('\n') },
  {
    name: 'misspelt formulations (two rules at once)',
    text: (n) => '一、存在的主要问题\n' + Array.from({ length: n }, () => '学习贯彻习近平新时代中国特色社会主意思想不够深入。').join('\n'),
  },
];

describe('findings per rule are capped, totals stay exact', () => {
  const n = MAX_FINDINGS_PER_RULE * 3 + 17;
  test.each(FLOODS)('$name', ({ text }) => {
    const t = text(n);
    const a = analyse(t);
    const all = uncapped(a, t);
    const byKey = new Map<string, Finding[]>();
    for (const f of all) byKey.set(key(f), [...(byKey.get(key(f)) ?? []), f]);
    // The shape does flood some rule past the cap (else the test tests nothing).
    expect([...byKey.values()].some((fs) => fs.length > MAX_FINDINGS_PER_RULE)).toBe(true);

    for (const [k, full] of byKey) {
      const listed = a.findings.filter((f) => key(f) === k && f.omitted === undefined);
      const summaries = a.findings.filter((f) => key(f) === k && f.omitted !== undefined);
      if (full.length <= MAX_FINDINGS_PER_RULE) {
        expect(summaries).toHaveLength(0);
        expect(listed.map((f) => f.paragraph)).toEqual(full.map((f) => f.paragraph));
        continue;
      }
      // The first MAX listed as they are (fix aside: see below), one summary for the rest.
      expect(listed.map(({ fix, ...f }) => f)).toEqual(full.slice(0, MAX_FINDINGS_PER_RULE).map(({ fix, ...f }) => f));
      expect(summaries).toHaveLength(1);
      const s = summaries[0];
      expect(s.omitted).toBe(full.length - MAX_FINDINGS_PER_RULE);
      expect(s.paragraph).toBe(full[MAX_FINDINGS_PER_RULE].paragraph);
      expect(s.excerpt).toBe(full[MAX_FINDINGS_PER_RULE].excerpt);
      expect(s.message).toContain(String(s.omitted));
      expect(s.fix).toBeUndefined();
      expect(s.start).toBeUndefined();
    }
    // Every total counts every finding: summary, JSON, report.
    const exact = countBySeverity(all);
    expect(countBySeverity(a.findings)).toEqual(exact);
    const json = toJson(a, 'x.txt');
    expect(json.summary).toEqual(exact);
    const omittedJson = json.findings.filter((f) => f.omitted !== undefined);
    expect(omittedJson.length).toBeGreaterThan(0);
    for (const f of omittedJson) expect(f.fix).toBeUndefined();
    expect(json.findings.length).toBeLessThan(all.length);
    const report = formatReport(a, 'x.txt').join('\n');
    for (const s of a.findings.filter((f) => f.omitted !== undefined)) expect(report).toContain(s.message);
    // Paragraph numbers stay within the document.
    const count = readText(t, 'text').length;
    for (const f of a.findings) expect(f.paragraph).toBeLessThan(count);
  });
});

describe('no fix of more than MAX_FIX_EDITS edits', () => {
  const big = MAX_FIX_EDITS + 40;
  const shapes: { name: string; text: (n: number) => string; rule: string }[] = [
    // Items of different words: the same words under one number are a repeat to delete, not to renumber.
    { name: 'a repeated 一是 sequence (renumbering)', text: (k) => Array.from({ length: k }, (_, i) => `一是第${i + 1}项${ITEM}`).join('\n'), rule: 'numbering' },
    { name: 'numbers restarting (renumbering)', text: (k) => Array.from({ length: k }, (_, i) => `${(i % 2) + 1}.${ITEM}`).join('\n'), rule: 'numbering' },
    {
      name: 'a missing part before many misnumbered part headings (insert + shift)',
      text: (k) => ['一、存在的主要问题', '一是' + ITEM, ...Array.from({ length: k }, () => '二、整改措施\n1.加强学习。')].join('\n'),
      rule: 'missing-part',
    },
  ];
  test.each(shapes)('$name: withheld when long, offered when short', ({ text, rule }) => {
    const long = analyse(text(big));
    for (const f of long.findings) if (f.fix) expect(f.fix.edits.length).toBeLessThanOrEqual(MAX_FIX_EDITS);
    // The finding itself is still there.
    expect(long.findings.some((f) => f.rule === rule)).toBe(true);
    // A short document of the same shape keeps its fix.
    const short = analyse(text(6));
    expect(short.findings.some((f) => f.rule === rule && f.fix && f.fix.edits.length > 0)).toBe(true);
  });
});

describe('ordinary materials are unchanged by the caps', () => {
  const root = path.join(__dirname, '..', '..');
  const dirs = ['samples', 'test/fixtures/unseen', 'test/fixtures/years', 'test/fixtures/years-heldout'];
  const files = dirs.flatMap((d) =>
    fs
      .readdirSync(path.join(root, d))
      .filter((f) => /\.(txt|md)$/.test(f))
      .map((f) => path.join(d, f)),
  );
  test('there are materials to compare', () => expect(files.length).toBeGreaterThan(20));
  test.each(files)('%s', (file) => {
    const t = fs.readFileSync(path.join(root, file), 'utf8');
    const a = analyse(t);
    expect(a.findings.some((f) => f.omitted !== undefined)).toBe(false);
    expect(a.findings).toEqual(uncapped(a, t));
  });
});
