/**
 * 插入整改清单 adds no finding, wherever the table lands (t23: with the cursor on a finding in
 * 存在的问题 the table went in between two aspects, and the re-check read its cells as problems:
 * warnings 1 → 2, hints 7 → 14, each cell “没有具体事例”, one problem lost its answer). The place the
 * check found puts it after the 整改措施 part under a heading of its own; and a table of ours standing
 * anywhere else (an older document, a table moved by the writer) is read as the measures it restates,
 * never as problems (engine/restated-checklist.ts). Several materials × several cursors, preview path;
 * the Word path's placement is test/word/deliverables.test.ts.
 */
import * as fs from 'fs';
import * as path from 'path';
import { MemoryDocument } from '../../src/preview/memoryDocument';
import { MemoryGateway, previewDeliverables } from '../../src/preview/memoryGateway';
import { runAnalysis } from '../../src/taskpane/analysisCore';
import { completeLines } from '../support/docs';

const fixture = (f: string) => fs.readFileSync(path.join(__dirname, '../fixtures', f), 'utf8');

/** A 组织生活会 material as a member writes it (numbered 1、 aspects, one-line causes, a sign-off). */
const ORG_LIFE = [
  '2024年度组织生活会党员个人对照检查材料',
  '按照支部安排，我学习了党章，与支部党员谈心谈话4人次，现对照检查如下：',
  '一、存在的问题',
  '1、政治信仰方面：对党的创新理论的学习停留在完成任务上，比如全年只读了1本原著。',
  '2、党员意识方面：以党员标准要求自己少，今年有2次志愿服务活动没有参加。',
  '3、作用发挥方面：在科室业务攻坚中带头作用不明显，遇到棘手问题习惯推给同事。',
  '4、纪律作风方面：有时上班迟到，今年迟到3次。',
  '二、原因分析',
  '主要是放松了主观世界的改造，党性修养不够，自我要求降低。',
  '三、整改措施',
  '1、加强理论学习，每天学习不少于30分钟，每月读一本书。',
  '2、参加支部组织的全部志愿服务活动，2025年参加不少于6次。',
  '3、严守工作纪律，杜绝迟到早退。',
  '对照人：赵××',
  '2025年1月15日',
].join('\n');

const MATERIALS: [string, string][] = [
  ['a complete five-aspect material', [...completeLines(), '以上发言，请批评指正。'].join('\n')],
  ['a 组织生活会 material with a sign-off', ORG_LIFE],
  ['a markdown paste', fixture('unseen/u102_markdown_paste.txt')],
  ['measures written with a table of their own', fixture('years/y2024_four_banzi_table.txt')],
  ['run-in items', fixture('unseen/u101_personal_inline.txt')],
];

/** The findings as rule and paragraph text: indexes move when the table goes in above them. */
function findings(doc: MemoryDocument, report: ReturnType<typeof runAnalysis>, texts: readonly string[]) {
  void doc;
  return report.groups.flatMap((g) => g.findings.map((f) => `${f.rule}|${f.paragraph === undefined ? '' : texts[f.paragraph]}|${f.message}`)).sort();
}

async function checked(text: string) {
  const doc = new MemoryDocument(text);
  const gateway = new MemoryGateway(doc);
  const read = await gateway.read();
  const report = runAnalysis({ paragraphs: read, source: 'word' });
  return { doc, gateway, report, texts: read.map((p) => p.text) };
}

/** Cursors: on a problem item, an aspect or part heading, the causes, the title, the last measure, the last line. */
function cursors(texts: readonly string[], report: ReturnType<typeof runAnalysis>): [string, number][] {
  const part = (role: string) => report.parts.find((p) => p.role === role)?.found?.paragraph;
  const problems = part('problems') ?? 0;
  const causes = part('causes');
  const measures = part('measures');
  const next = (from: number) => texts.findIndex((x, i) => i > from && x.trim() !== '');
  const out: [string, number][] = [
    ['the title', next(-1)],
    ['the problems heading', problems],
    ['a problem item', next(next(problems))],
  ];
  if (causes !== undefined) out.push(['the causes', next(causes)]);
  if (measures !== undefined) out.push(['a measure', next(measures)]);
  out.push(['the last line', texts.length - 1 - [...texts].reverse().findIndex((x) => x.trim() !== '')]);
  return out;
}

describe.each(MATERIALS)('%s', (_name, text) => {
  test('with the place (the pane, the preview): after the 整改措施 part or at the cursor there, under 整改清单; no finding added', async () => {
    const first = await checked(text);
    for (const [where, at] of cursors(first.texts, first.report)) {
      const { doc, gateway, report, texts } = await checked(text);
      doc.setUserSelection({ paragraph: at, offset: 1 });
      const r = await previewDeliverables(gateway).insertChecklist(report.checklist ?? [], report.checklistPlace);
      expect([where, r.ok]).toEqual([where, true]);
      const read = await gateway.read();
      const table = read.findIndex((p, i) => p.cell && read[i - 1]?.text === '整改清单');
      expect([where, table]).not.toEqual([where, -1]);
      // Never between the problems: after the measures part begins, or the material's last text when there is none.
      const measures = report.parts.find((p) => p.role === 'measures')?.found?.paragraph;
      if (measures !== undefined) expect([where, table > measures]).toEqual([where, true]);
      const again = runAnalysis({ paragraphs: read, source: 'word' });
      expect([where, findings(doc, again, read.map((p) => p.text))]).toEqual([where, findings(doc, report, texts)]);
    }
  });

  test('at the cursor wherever it is (no place: an older pane, a table moved there): read as the measures it restates, no finding added', async () => {
    const first = await checked(text);
    for (const [where, at] of cursors(first.texts, first.report)) {
      const { doc, gateway, report, texts } = await checked(text);
      if (doc.paragraphs[at]?.cell) continue;
      doc.setUserSelection({ paragraph: at, offset: 1 });
      expect(await gateway.insertChecklist(report.checklist ?? [])).toMatchObject({ ok: true, value: { where: 'cursor' } });
      const read = await gateway.read();
      const again = runAnalysis({ paragraphs: read, source: 'word' });
      expect([where, findings(doc, again, read.map((p) => p.text))]).toEqual([where, findings(doc, report, texts)]);
      expect([where, again.parts.map((p) => [p.role, p.found ? read[p.found.paragraph].text : null])]).toEqual([
        where,
        report.parts.map((p) => [p.role, p.found ? texts[p.found.paragraph] : null]),
      ]);
    }
  });
});

test('the heading line takes the 整改措施 heading\'s level when the document uses heading levels', async () => {
  const doc = new MemoryDocument('');
  const lines = completeLines();
  doc.applyEdit(lines.map((text, i) => ({ text, level: [0, 12, 15].includes(i) ? 1 : [1, 4, 6, 8, 10].includes(i) ? 2 : 0 })));
  const gateway = new MemoryGateway(doc);
  const report = runAnalysis({ paragraphs: await gateway.read(), source: 'word' });
  const before = report.groups.flatMap((g) => g.findings.map((f) => `${f.rule}|${f.message}`)).sort();
  doc.setUserSelection({ paragraph: 2, offset: 1 });
  expect(await gateway.insertChecklist(report.checklist ?? [], report.checklistPlace)).toMatchObject({ ok: true, value: { where: 'measures', heading: '整改清单' } });
  expect(doc.paragraphs[lines.length]).toMatchObject({ text: '整改清单', level: 1 });
  const again = runAnalysis({ paragraphs: await gateway.read(), source: 'word' });
  expect(again.groups.flatMap((g) => g.findings.map((f) => `${f.rule}|${f.message}`)).sort()).toEqual(before);
});
