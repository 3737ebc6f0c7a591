/**
 * 插入整改清单 puts the table after the 整改措施 part (or the material's end before its sign-off)
 * when the cursor is not already there — in the preview as in Word (t20: with the cursor on a
 * finding in 存在的主要问题 it split the aspects and the re-check saw 8 false 重复文字) — and the
 * status says where it went.
 */
import { MemoryDocument } from '../../src/preview/memoryDocument';
import { MemoryGateway } from '../../src/preview/memoryGateway';
import { runAnalysis } from '../../src/taskpane/analysisCore';
import { checklistPlace } from '../../src/taskpane/checklistPlace';
import { paneDeliverableText as t } from '../../src/engine/deliverables/messages';
import { completeLines } from '../support/docs';
import type { Paragraph } from '../../src/engine/types';

const paras = (lines: string[]): Paragraph[] => lines.map((text, index) => ({ index, text }));
const MEASURES_END = completeLines().length - 1;

describe('checklistPlace', () => {
  test.each([
    ['the measures part last', completeLines(), 'measures', 15, MEASURES_END],
    ['a closing formula and a sign-off after it', [...completeLines(), '', '以上发言，请同志们批评指正。', '张某某', '2026年1月18日'], 'measures', 15, MEASURES_END],
    ['another part after it', [...completeLines().slice(0, 12), ...completeLines().slice(15), '二、原因分析', '（一）理想信念有所松懈。'], 'measures', 12, 14],
    ['no measures part: the end before the sign-off', [...completeLines().slice(0, 15), '以上发言，请批评指正。', 'XX镇党委班子', '2026年1月18日'], 'end', 14, 14],
    // t24 m13: a signer's line without a date is no sign-off to signOffStart; the table still goes before it.
    ['a signer\'s line without a date after it', [...completeLines(), '对照检查人：何××'], 'measures', 15, MEASURES_END],
    ['a closing formula and a signer\'s line after it', [...completeLines(), '以上发言，请批评指正。', '', '发言人：李某'], 'measures', 15, MEASURES_END],
    ['no measures part, a signer\'s line at the end', [...completeLines().slice(0, 15), '本人对照检查人：王××'], 'end', 14, 14],
  ])('%s', (_n, lines, where, first, last) => {
    const ps = paras(lines);
    const report = runAnalysis({ paragraphs: ps, source: 'word' });
    const place = checklistPlace(report.parts.filter((p) => p.found).map((p) => ({ role: p.role, paragraph: p.found!.paragraph })), ps);
    expect(place).toEqual({ where, first, last, firstText: lines[first], lastText: lines[last] });
    expect(report.checklistPlace).toEqual(place);
  });

  test('an empty material has no place', () => {
    expect(checklistPlace([], paras(['', '']))).toBeUndefined();
  });
});

describe('the preview puts the table there', () => {
  async function checked(lines: string[]) {
    const doc = new MemoryDocument(lines.join('\n'));
    const gateway = new MemoryGateway(doc);
    const report = runAnalysis({ paragraphs: await gateway.read(), source: 'word' });
    return { doc, gateway, report };
  }
  const tableAt = (doc: MemoryDocument) => doc.paragraphs.findIndex((p) => p.cell);
  /** The findings as rule and paragraph text (indexes move when the table goes in above them). */
  const findings = (r: ReturnType<typeof runAnalysis>, doc: MemoryDocument) =>
    r.groups.flatMap((g) => g.findings.map((f) => `${f.rule}|${f.paragraph === undefined ? '' : doc.paragraphs[f.paragraph]?.text}`)).sort();

  test.each([
    ['on a problem (a finding clicked)', 2],
    ['on an aspect heading', 4],
    ['in the causes part', 13],
    ['on the title line', 0],
  ])('cursor %s: after the 整改措施 part; the aspects stay whole; the status says so', async (_n, cursor) => {
    const lines = [...completeLines(), '以上发言，请批评指正。'];
    const { doc, gateway, report } = await checked(lines);
    doc.setUserSelection({ paragraph: cursor, offset: 1 });
    const before = findings(report, doc);
    const r = await gateway.insertChecklist(report.checklist ?? [], report.checklistPlace);
    expect(r).toEqual({ ok: true, value: { rows: (report.checklist ?? []).length - 1, where: 'measures', heading: '整改清单' } });
    expect(doc.paragraphs[MEASURES_END + 1].text).toBe('整改清单');
    expect(tableAt(doc)).toBe(MEASURES_END + 2);
    expect(doc.paragraphs[doc.paragraphs.length - 1].text).toBe('以上发言，请批评指正。');
    expect(t.checklistInserted(1, 'measures', '整改清单')).toBe('已在“整改措施”部分之后插入整改清单（1 行），标题为“整改清单”。');
    // The re-check reads the material as before: no finding the table made (t23: 7 → 14 hints).
    const again = runAnalysis({ paragraphs: await gateway.read(), source: 'word' });
    expect(findings(again, doc)).toEqual(before);
  });

  test('cursor already in the 整改措施 part: at the cursor', async () => {
    const { doc, gateway, report } = await checked(completeLines());
    doc.setUserSelection({ paragraph: 16, offset: 1 });
    expect(await gateway.insertChecklist(report.checklist ?? [], report.checklistPlace)).toMatchObject({ ok: true, value: { where: 'cursor' } });
    expect(doc.paragraphs[17].text).toBe('整改清单');
    expect(tableAt(doc)).toBe(18);
  });

  test('a place no longer of this document (edited since the check): at the cursor', async () => {
    const { doc, gateway, report } = await checked(completeLines());
    const ps = doc.paragraphs.map((p) => ({ id: p.id, text: p.text }));
    ps[MEASURES_END] = { ...ps[MEASURES_END], text: '改过的措施。' };
    doc.applyEdit(ps);
    doc.setUserSelection({ paragraph: 2, offset: 1 });
    expect(await gateway.insertChecklist(report.checklist ?? [], report.checklistPlace)).toMatchObject({ ok: true, value: { where: 'cursor' } });
    expect(tableAt(doc)).toBe(4);
  });

  test('no measures part: at the end before the sign-off', async () => {
    const lines = [...completeLines().slice(0, 15), 'XX镇党委班子', '2026年1月18日'];
    const { doc, gateway, report } = await checked(lines);
    doc.setUserSelection({ paragraph: 2, offset: 1 });
    expect(await gateway.insertChecklist(report.checklist ?? [['序号', '问题'], ['1', '甲']], report.checklistPlace)).toMatchObject({ ok: true, value: { where: 'end' } });
    expect(doc.paragraphs[15].text).toBe('整改清单');
    expect(tableAt(doc)).toBe(16);
    expect(doc.paragraphs.slice(-2).map((p) => p.text)).toEqual(['XX镇党委班子', '2026年1月18日']);
  });
});
