/** Fixes in the browser preview's document: one undo entry per fix, withdrawn when the text changed, nothing else touched. */
import fc from 'fast-check';
import { MemoryDocument } from '../../src/preview/memoryDocument';
import { MemoryGateway } from '../../src/preview/memoryGateway';
import { analyze } from '../../src/engine';
import { applyFix } from '../../src/engine/fix';
import { completeLines } from '../support/docs';
import { expectedAfter, randomCase } from '../support/fixes';

function material(): string[] {
  const lines = completeLines();
  lines[3] = '二是对以习近平总书记为核心的党中央决策部署理解不深。';
  lines.splice(4, 0, '四是担当不够。', '五是作风不实。');
  lines.splice(10, 2);
  return lines;
}

async function setup(lines = material()) {
  const doc = new MemoryDocument(lines.join('\n'));
  const gateway = new MemoryGateway(doc);
  const paragraphs = await gateway.read();
  const findings = analyze({ paragraphs, source: 'word' }).findings;
  return { doc, gateway, paragraphs, findings };
}

const state = (doc: MemoryDocument) => JSON.stringify(doc.paragraphs.map((p) => [p.id, p.text, p.level]));

describe.each(['numbering', 'formulation', 'unstyled-heading', 'missing-aspect', 'uncovered-problem'])('%s in the preview', (rule) => {
  test('applied once as predicted; one Ctrl+Z (undo entry) restores it; the inverse fix restores it too', async () => {
    const { doc, gateway, paragraphs, findings } = await setup();
    const f = findings.find((x) => x.rule === rule && x.fix)!;
    const before = state(doc);
    const predicted = applyFix(paragraphs.map((p) => ({ text: p.text })), f.fix!);
    const r = await gateway.applyFix(f.fix!);
    if (!r.ok || !predicted.ok) throw new Error('not applied');
    expect(doc.paragraphs.map((p) => p.text)).toEqual(predicted.paragraphs.map((p) => p.text));
    expect(doc.undo()).toBe(true);
    expect(state(doc)).toBe(before);
    expect(doc.canUndo()).toBe(false);

    const again = await gateway.applyFix(f.fix!);
    if (!again.ok) throw new Error('not applied');
    const u = await gateway.applyFix(again.value.undo);
    expect(u.ok).toBe(true);
    expect(doc.paragraphs.map((p) => [p.text, p.level])).toEqual(JSON.parse(before).map((p: unknown[]) => [p[1], p[2]]));
  });

  test('withdrawn when the text changed since the check', async () => {
    const { doc, gateway, findings } = await setup();
    const f = findings.find((x) => x.rule === rule && x.fix)!;
    const edited = doc.paragraphs.map((p, i) => ({ id: p.id, text: i === f.fix!.edits[0].paragraph ? '改过了' + p.text : p.text, level: p.level }));
    doc.applyEdit(edited);
    const before = state(doc);
    const r = await gateway.applyFix(f.fix!);
    expect(r).toMatchObject({ ok: false, problem: 'changed' });
    expect(state(doc)).toBe(before);
  });
});

test('a markdown heading mark in the stored text shifts the offsets, and is kept', async () => {
  const doc = new MemoryDocument('## 落实一岗两责不到位');
  const gateway = new MemoryGateway(doc);
  const [p] = await gateway.read();
  const at = p.text.indexOf('一岗两责');
  const r = await gateway.applyFix({ label: 'x', edits: [{ paragraph: 0, start: at, length: 4, text: '一岗双责', expect: '一岗两责' }] });
  expect(r.ok).toBe(true);
  expect(doc.paragraphs[0].text).toBe('## 落实一岗双责不到位');
});

test('property: random documents and random fixes — exactly the fix, one undo gives the document back', async () => {
  await fc.assert(
    fc.asyncProperty(randomCase, async ({ texts, fix }) => {
      const doc = new MemoryDocument();
      doc.applyEdit(texts.map((text) => ({ text })));
      const read = await new MemoryGateway(doc).read();
      // Markdown-looking texts read differently from what is stored; the fix is built on the stored ones.
      fc.pre(read.every((p, i) => p.text === texts[i]));
      const before = state(doc);
      const r = await new MemoryGateway(doc).applyFix(fix);
      if (!r.ok) throw new Error(r.message);
      expect(doc.paragraphs.map((p) => p.text)).toEqual(expectedAfter(texts, fix).map((p) => p.text));
      doc.undo();
      expect(state(doc)).toBe(before);
    }),
    { numRuns: 150 },
  );
});

test('save and reopen keeps the paragraphs, their levels and the settings', async () => {
  const doc = new MemoryDocument('一、存在的主要问题\n正文');
  const g = new MemoryGateway(doc);
  await g.writeSetting('duizhao.test', { a: [1, 2] });
  await g.applyFix({ label: 'x', edits: [{ paragraph: 0, start: 0, length: 9, text: '一、存在的主要问题', expect: '一、存在的主要问题', style: 1 }] });
  const reopened = MemoryDocument.open(doc.save());
  expect(reopened.paragraphs.map((p) => [p.text, p.level])).toEqual([['一、存在的主要问题', 1], ['正文', 0]]);
  expect(await new MemoryGateway(reopened).readSetting('duizhao.test')).toEqual({ a: [1, 2] });
  expect(() => MemoryDocument.open('not json')).toThrow(/无法打开/);
});

describe.each([
  ['a missing aspect, later sections renumbered', 'missing-aspect', () => {
    const l = completeLines();
    return [...l.slice(0, 4), '（二）带头践行以人民为中心的发展思想方面', l[7], '（三）带头学习运用党在不同历史时期成功应对风险挑战的丰富经验方面', l[9], '（四）带头深刻汲取党史中正反两方面经验方面', ...l.slice(11)];
  }],
  ['a missing part, the next part renumbered', 'missing-part', () => {
    const l = completeLines();
    return [...l.slice(0, 12), '二、整改措施', ...l.slice(16)];
  }],
])('%s in the preview', (_name, rule, lines) => {
  test('renumbered as the engine predicts; one undo entry and the inverse fix each restore it exactly', async () => {
    const { doc, gateway, paragraphs, findings } = await setup(lines());
    const f = findings.find((x) => x.rule === rule && x.fix)!;
    expect(f.fix!.edits.some((e) => !e.newParagraphAfter && e.text !== e.expect)).toBe(true); // it renumbers
    const before = state(doc);
    const predicted = applyFix(paragraphs.map((p) => ({ text: p.text })), f.fix!);
    const r = await gateway.applyFix(f.fix!);
    if (!r.ok || !predicted.ok) throw new Error('not applied');
    expect(doc.paragraphs.map((p) => p.text)).toEqual(predicted.paragraphs.map((p) => p.text));
    expect(analyze({ paragraphs: await gateway.read(), source: 'word' }).findings.filter((x) => x.rule === 'numbering' || x.rule === rule)).toEqual([]);
    expect(doc.undo()).toBe(true);
    expect(state(doc)).toBe(before);
    const again = await gateway.applyFix(f.fix!);
    if (!again.ok) throw new Error('not applied');
    expect((await gateway.applyFix(again.value.undo)).ok).toBe(true);
    expect(doc.paragraphs.map((p) => [p.text, p.level])).toEqual(JSON.parse(before).map((p: unknown[]) => [p[1], p[2]]));
  });
});

describe('a heading meant to join a Word list, in the preview (which has no lists)', () => {
  test.each([
    ['（三）', '带头践行以人民为中心的发展思想方面', 2],
    ['3.', '原因分析', 1],
    ['三、', '整改措施', 1],
  ])('gets the typed number %s of the list form, whole, and one undo takes it back', async (typed, title, level) => {
    const { doc, gateway } = await setup(['一、存在的主要问题', '（一）某方面', '一是学习不深。']);
    const before = state(doc);
    const r = await gateway.applyFix({
      label: 'x',
      edits: [
        { paragraph: 2, start: 0, length: 0, text: `${typed}${title}`, newParagraphAfter: true, level, expect: '一是学习不深。', list: { like: 1, typed } },
        { paragraph: 2, start: 0, length: 0, text: '一是……', newParagraphAfter: true, level: 0, expect: '一是学习不深。' },
      ],
    });
    if (!r.ok) throw new Error(r.message);
    expect(doc.paragraphs.map((p) => p.text)).toEqual(['一、存在的主要问题', '（一）某方面', '一是学习不深。', `${typed}${title}`, '一是……']);
    expect(doc.undo()).toBe(true);
    expect(state(doc)).toBe(before);
  });
});
