/**
 * `npm run eval`: runs the engine over ../shared/seeds (or `--dir DIR`) and scores it against the gold labels.
 *
 * Structure (the outline's part): parts found with their role, aspect mapping, problem item
 * counts, cause count, measure count, numbering errors found. Links (issue 3): aspect coverage
 * agreement, named uncovered problems found, measure concreteness agreement (gold not null).
 * With `--variants` it also scores alternative linking methods side by side.
 */
import { analyze, readText, UNKNOWN_TEMPLATE_ID, type AnalyzeOptions } from '../engine';
import { effectiveText } from '../engine/outline';
import type { Analysis } from '../engine';
import { linkOutline, sharedLinks, type LinkOptions, type LinkResult } from '../engine/link/link';
import { inRange, loadSeeds, norm, SEEDS_DIR, type Gold, type Seed } from './gold';

function startsLike(text: string, beginning: string): boolean {
  const a = norm(text);
  const b = norm(beginning);
  return a.startsWith(b) || (a.length >= 6 && b.startsWith(a));
}

export interface Tally {
  hit: number;
  total: number;
}

const tally = (): Tally => ({ hit: 0, total: 0 });
const add = (t: Tally, ok: boolean) => {
  t.total++;
  if (ok) t.hit++;
};
/** Adds `t` into `into` (and returns it, so it can fold a list). */
const addInto = (into: Tally, t: Tally): Tally => {
  into.hit += t.hit;
  into.total += t.total;
  return into;
};
const pct = (t: Tally) => (t.total ? `${t.hit}/${t.total} (${Math.round((100 * t.hit) / t.total)}%)` : '—');

export interface LinkScore {
  coverage: Tally;
  uncovered: Tally;
  /** Problems we call uncovered that the gold does not name (the gold list is a sample). */
  extraUncovered: number;
  /** Aspects gold calls covered where some problem is flagged uncovered by us. */
  concrete: Tally;
  details: string[];
}

export function scoreLinks(analysis: Analysis, gold: Gold, links: LinkResult, paragraphsText: string[]): LinkScore {
  const s: LinkScore = { coverage: tally(), uncovered: tally(), extraUncovered: 0, concrete: tally(), details: [] };
  const o = analysis.outline;
  for (const [num, want] of Object.entries(gold.coverage)) {
    const idx = o.aspects.findIndex((a) => a.aspect === Number(num));
    const got = idx >= 0 ? links.aspects[idx].coverage : 'missing';
    add(s.coverage, got === want);
    if (got !== want) s.details.push(`  方面${num}：应为 ${want}，得到 ${got}`);
  }
  // A problem item is named by its heading sentence, its own text (一是… inside a paragraph) or its paragraph.
  const namesOf = (l: LinkResult['links'][number]) => [l.head, o.aspects[l.aspectIndex]?.problems[l.item - 1]?.body ?? '', paragraphsText[l.paragraph] ?? ''];
  const none = links.links.filter((l) => l.strength === 'none');
  for (const u of gold.uncoveredProblems) {
    const found = none.some((l) => namesOf(l).some((t) => startsLike(t, u)));
    add(s.uncovered, found);
    if (!found) s.details.push(`  未找出未对应问题：${u}`);
  }
  for (const l of none) {
    if (!gold.uncoveredProblems.some((u) => namesOf(l).some((t) => startsLike(t, u)))) {
      s.extraUncovered++;
      s.details.push(`  多报未对应：${l.head.slice(0, 30)}`);
    }
  }
  gold.measures.forEach((gm) => {
    if (gm.concrete === null) return;
    const m = links.measures.find((x) => startsLike(x.head, gm.heading) || startsLike(paragraphsText[x.paragraph] ?? '', gm.heading));
    // A gold measure that heads a group of measures (outline.ts groupedMeasures: the tool reads its
    // items as measures): concrete when one of its items is, as its whole text was.
    const items = m ? [] : links.measures.filter((x) => startsLike(o.measures[x.index]?.group ?? '', gm.heading));
    const got = m ? m.concrete : items.length ? items.some((x) => x.concrete) : undefined;
    const ok = got === gm.concrete;
    add(s.concrete, ok);
    if (!ok) s.details.push(`  措施具体性：${gm.heading} 应为 ${gm.concrete}，得到 ${got ?? '未找到'}`);
  });
  return s;
}

export interface StructureScore {
  parts: Tally;
  aspects: Tally;
  items: Tally;
  causes: Tally;
  measures: Tally;
  numbering: Tally;
  details: string[];
}

export function scoreStructure(analysis: Analysis, gold: Gold, paragraphsText: string[]): StructureScore {
  const s: StructureScore = { parts: tally(), aspects: tally(), items: tally(), causes: tally(), measures: tally(), numbering: tally(), details: [] };
  const o = analysis.outline;
  for (const gp of gold.parts) {
    const ok = o.parts.some((p) => p.role === gp.role && startsLike(paragraphsText[p.node.paragraph] ?? p.node.heading, gp.heading));
    add(s.parts, ok);
    if (!ok) s.details.push(`  未找到部分：${gp.role} ${gp.heading}`);
  }
  for (const ga of gold.aspects) {
    const a = o.aspects.find((x) => startsLike(paragraphsText[x.node.paragraph] ?? x.node.heading, ga.heading));
    const okMap = !!a && a.aspect === ga.aspect;
    add(s.aspects, okMap);
    if (!okMap) s.details.push(`  方面映射：${ga.heading} 应为 ${ga.aspect}，得到 ${a ? a.aspect : '未找到'}`);
    const n = a ? a.problems.length : -1;
    const [lo, hi] = Array.isArray(ga.problems) ? ga.problems : [ga.problems, ga.problems];
    const okN = n >= lo && n <= hi;
    add(s.items, okN);
    if (!okN) s.details.push(`  问题条数：${ga.heading} 应为 ${ga.problems}，得到 ${n}`);
  }
  add(s.causes, inRange(o.causes.length, gold.causes));
  if (!inRange(o.causes.length, gold.causes)) s.details.push(`  原因条数：应为 ${gold.causes}，得到 ${o.causes.length}`);
  for (const gm of gold.measures) {
    // A group of measures (its items read as measures) is found by its heading.
    const ok = o.measures.some((m) => startsLike(m.heading, gm.heading) || startsLike(paragraphsText[m.paragraph] ?? '', gm.heading) || startsLike(m.group ?? '', gm.heading));
    add(s.measures, ok);
    if (!ok) s.details.push(`  未找到措施：${gm.heading}`);
  }
  // The writer's entries: the items of one group of measures count as their group.
  const entries = new Set(o.measures.map((m) => m.group ?? m)).size;
  if (entries !== gold.measures.length) s.details.push(`  措施条数：应为 ${gold.measures.length}，得到 ${entries}`);
  for (const gn of gold.numbering) {
    const ok = analysis.findings.some((f) => f.rule === 'numbering' && startsLike(paragraphsText[f.paragraph] ?? f.excerpt, gn));
    add(s.numbering, ok);
    if (!ok) s.details.push(`  未报编号错误：${gn}`);
  }
  return s;
}

export function analyzeSeed(seed: Seed, options: AnalyzeOptions = {}): { analysis: Analysis; texts: string[] } {
  const paragraphs = readText(seed.text, seed.name.endsWith('.md') ? 'markdown' : 'text');
  const analysis = analyze({ paragraphs, source: seed.name.endsWith('.md') ? 'markdown' : 'text', name: seed.name }, options);
  return { analysis, texts: paragraphs.map(effectiveText) };
}

/** The detected template as the gold labels it: its id, or null for the unknown template. */
export function detectedTemplate(analysis: Analysis): string | null {
  return analysis.templateId === UNKNOWN_TEMPLATE_ID ? null : analysis.templateId;
}

export interface DetectionScore {
  /** Detected template equals gold (null = no template). */
  template: Tally;
  /** No aspect demanded where gold says no template: no missing-aspect finding and every aspect null. */
  noDemand: Tally;
  /** Recognised year equals the year the gold reads from the title (where labelled). */
  year: Tally;
  details: string[];
}

export function scoreDetection(analysis: Analysis, gold: Gold): DetectionScore {
  const s: DetectionScore = { template: tally(), noDemand: tally(), year: tally(), details: [] };
  if (gold.template === undefined) return s;
  const got = detectedTemplate(analysis);
  add(s.template, got === gold.template);
  if (got !== gold.template) s.details.push(`  模板：应为 ${gold.template}，识别为 ${got}（${analysis.templateReason}）`);
  if (gold.template === null) {
    const ok = !analysis.findings.some((f) => f.rule === 'missing-aspect') && analysis.outline.aspects.every((a) => a.aspect === null);
    add(s.noDemand, ok);
    if (!ok) s.details.push('  无模板的材料仍被要求或映射了方面');
  }
  if (gold.recognisedYear !== undefined) {
    add(s.year, analysis.recognisedYear === gold.recognisedYear);
    if (analysis.recognisedYear !== gold.recognisedYear) s.details.push(`  年度：应为 ${gold.recognisedYear}，识别为 ${analysis.recognisedYear}`);
  }
  return s;
}

/** Detection and mapping choices compared by `--variants` (the default is the first). */
const DETECT_VARIANTS: { name: string; options: AnalyzeOptions }[] = [
  { name: '标题开头 + 方面标题（默认）', options: {} },
  { name: '只看方面标题', options: { detect: { fitOnly: true } } },
  { name: '只看标题开头', options: { detect: { metaOnly: true } } },
  { name: '匹配下限 0.25', options: { detect: { minFit: 0.25 } } },
  { name: '匹配下限 0.35', options: { detect: { minFit: 0.35 } } },
  { name: '匹配下限 0.65', options: { detect: { minFit: 0.65 } } },
  { name: '方面映射不要求证据（旧方法）', options: { mapping: { requireEvidence: false } } },
  { name: '方面标题覆盖 ≥0.35', options: { mapping: { minCoverage: 0.35 } } },
  { name: '方面标题覆盖 ≥0.6', options: { mapping: { minCoverage: 0.6 } } },
  { name: '正文证据 ≥12', options: { mapping: { minBody: 12 } } },
];

/** Linking variants compared by `--variants` (the default is the first). */
const VARIANTS: { name: string; options: LinkOptions }[] = [
  { name: '概念词库（默认）', options: {} },
  { name: '概念词库，强对应不要求标题概念', options: { requireHeadConcept: false } },
  { name: '概念词库，标题与正文同权', options: { weights: { problemBody: 1, measureBody: 1 }, strong: 1.2, weak: 0.6 } },
  { name: '概念词库，不计宽泛词形', options: { weights: { loose: 0 } } },
  { name: '字二元组 TF-IDF 0.10/0.05', options: { method: 'bigrams', strong: 0.1, weak: 0.05 } },
  { name: '字二元组 TF-IDF 0.20/0.10', options: { method: 'bigrams', strong: 0.2, weak: 0.1 } },
  { name: '字二元组 TF-IDF 0.30/0.15', options: { method: 'bigrams', strong: 0.3, weak: 0.15 } },
  { name: '概念词库 + 字二元组', options: { method: 'combined', bigramFactor: 1 } },
  { name: '概念词库，不用共有短语', options: { phrases: false } },
  { name: '共有短语 ≥4 字', options: { phraseMinChars: 4 } },
  { name: '共有短语 ≥7 字可为强', options: { phraseStrongChars: 7 } },
  { name: '共有短语 ≥4 字，≥8 字可为强', options: { phraseMinChars: 4, phraseStrongChars: 8 } },
  { name: '共有短语权重 0.1', options: { phraseWeight: 0.1 } },
  { name: '不用短共有词（3–4 字）', options: { termMinChars: 0 } },
  { name: '短共有词 ≥4 字', options: { termMinChars: 4 } },
  { name: '短共有词单独成立需 3 个', options: { termsAlone: 3 } },
  { name: '短共有词单独成立 1 个即可', options: { termsAlone: 1 } },
  { name: '标题句短共有词 0.2', options: { termHeadScore: 0.2 } },
  { name: '短共有词权重 0.15', options: { termWeight: 0.15 } },
  { name: '短共有词不能为强', options: { termStrongChars: 0 } },
  { name: '短共有词 ≥8 字可为强', options: { termStrongChars: 8 } },
  { name: '标题句短语不放宽', options: { phraseHeadMinChars: 5, phraseHeadScore: 0 } },
  { name: '标题句短语 0.3', options: { phraseHeadScore: 0.3 } },
  { name: '不用相关概念', options: { relatedFactor: 0 } },
  { name: '相关概念 0.3', options: { relatedFactor: 0.3 } },
  { name: '相关概念不算要点', options: { relatedPoint: false } },
  { name: '相关概念可单独成立对应', options: { relatedBoostOnly: false } },
  { name: '笼统措施也算覆盖（旧规则）', options: { coveredNeedsSubstance: false } },
  { name: '无承诺措施 ≥80 字算实在', options: { substantialChars: 80 } },
  { name: '无承诺措施 ≥150 字算实在', options: { substantialChars: 150 } },
  { name: '只有具体措施算覆盖', options: { substantialChars: Infinity, actionsListed: 0 } },
  { name: '列出多项举措不算实在', options: { actionsListed: 0 } },
  { name: '“一律”“第一时间”不算实在', options: { bindingRule: false } },
]

function main(): void {
  const args = process.argv.slice(2);
  // --dir DIR: another folder of labelled materials (e.g. test/fixtures/unseen), gold beside or in gold/.
  const dirAt = args.indexOf('--dir');
  const dir = dirAt >= 0 && args[dirAt + 1] ? args[dirAt + 1] : SEEDS_DIR;
  const verbose = args.includes('--verbose') || args.includes('-v');
  const variants = args.includes('--variants');
  const seeds = loadSeeds(dir);
  if (seeds.length === 0) {
    console.error(`在 ${dir} 下没有找到带标注的样本。`);
    process.exit(2);
  }
  const total = { parts: tally(), aspects: tally(), items: tally(), causes: tally(), measures: tally(), numbering: tally() };
  const link = { coverage: tally(), uncovered: tally(), concrete: tally(), extra: 0 };
  const analysed = seeds.map((seed) => ({ seed, ...analyzeSeed(seed) }));
  const detection = { template: tally(), noDemand: tally(), year: tally() };
  for (const { seed, analysis, texts } of analysed) {
    const dt = scoreDetection(analysis, seed.gold);
    addInto(detection.template, dt.template);
    addInto(detection.noDemand, dt.noDemand);
    addInto(detection.year, dt.year);
    const st = scoreStructure(analysis, seed.gold, texts);
    const ls = scoreLinks(analysis, seed.gold, sharedLinks(analysis), texts);
    for (const k of Object.keys(total) as (keyof typeof total)[]) addInto(total[k], st[k]);
    addInto(link.coverage, ls.coverage);
    addInto(link.uncovered, ls.uncovered);
    addInto(link.concrete, ls.concrete);
    link.extra += ls.extraUncovered;
    console.log(`${seed.name}：结构 部分 ${pct(st.parts)}，方面 ${pct(st.aspects)}，条数 ${pct(st.items)}，原因 ${pct(st.causes)}，措施 ${pct(st.measures)}，编号 ${pct(st.numbering)}；` +
      `对应 覆盖 ${pct(ls.coverage)}，未对应问题 ${pct(ls.uncovered)}（多报 ${ls.extraUncovered}），措施具体性 ${pct(ls.concrete)}`);
    console.log(`    模板 ${detectedTemplate(analysis)}（${analysis.templateReason}）${dt.template.total && !dt.template.hit ? ' ✗' : ''}`);
    if (verbose) for (const d of [...dt.details, ...st.details, ...ls.details]) console.log(d);
  }
  const structure = Object.values(total).reduce(addInto, tally());
  const linking = [link.coverage, link.uncovered, link.concrete].reduce(addInto, tally());
  console.log('');
  console.log('结构：');
  console.log(`  部分 ${pct(total.parts)}  方面映射 ${pct(total.aspects)}  问题条数 ${pct(total.items)}  原因条数 ${pct(total.causes)}  措施 ${pct(total.measures)}  编号错误 ${pct(total.numbering)}`);
  console.log('问题—措施对应：');
  console.log(`  方面覆盖一致 ${pct(link.coverage)}  未对应问题找出 ${pct(link.uncovered)}（多报 ${link.extra}）  措施具体性一致 ${pct(link.concrete)}`);
  console.log(`合计：结构 ${pct(structure)}，对应 ${pct(linking)}，总计 ${pct([structure, linking].reduce(addInto, tally()))}`);
  console.log('模板识别：');
  console.log(`  模板一致 ${pct(detection.template)}  无模板时不要求方面 ${pct(detection.noDemand)}  标题年度一致 ${pct(detection.year)}`);

  if (variants) {
    console.log('');
    console.log('模板识别与方面映射比较（模板一致 / 方面映射 / 结构合计）：');
    for (const v of DETECT_VARIANTS) {
      const t = tally();
      const asp = tally();
      const st = tally();
      for (const seed of seeds) {
        const { analysis, texts } = analyzeSeed(seed, v.options);
        addInto(t, scoreDetection(analysis, seed.gold).template);
        const sc = scoreStructure(analysis, seed.gold, texts);
        addInto(asp, sc.aspects);
        [sc.parts, sc.aspects, sc.items, sc.causes, sc.measures, sc.numbering].reduce(addInto, st);
      }
      console.log(`  ${v.name}：${pct(t)} / ${pct(asp)} / ${pct(st)}`);
    }
    console.log('');
    console.log('对应方法比较（方面覆盖 / 未对应问题 / 多报）：');
    for (const v of VARIANTS) {
      const c = tally();
      const u = tally();
      let extra = 0;
      for (const { seed, analysis, texts } of analysed) {
        const ls = scoreLinks(analysis, seed.gold, linkOutline(analysis.outline, analysis.template, v.options), texts);
        addInto(c, ls.coverage);
        addInto(u, ls.uncovered);
        extra += ls.extraUncovered;
      }
      console.log(`  ${v.name}：${pct(c)} / ${pct(u)} / ${extra}`);
    }
  }
}

if (require.main === module) main();
