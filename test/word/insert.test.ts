/** Skeleton insertion on the fake Word: all or nothing, strict emptiness, locked controls at either end, Viewing mode, where it went. */
import { OfficeGateway } from '../../src/word/officeGateway';
import type { SkeletonParagraph } from '../../src/engine/types';
import { FakeWordDocument, type ContentControlNode, type Spec } from './fakeWord';

const gateway = (doc: FakeWordDocument) => new OfficeGateway(doc.host());

const SKELETON: SkeletonParagraph[] = [
  { text: '一、存在的主要问题', level: 1 },
  { text: '（一）带头深刻感悟“两个确立”的决定性意义方面', level: 2 },
  { text: '一是……。比如，……。', level: 0 },
  { text: '二是……。', level: 0 },
];

/** Documents and where the cursor is: after a paragraph, into an empty one, after a list item, after a table. */
const places: [string, Spec[], (d: FakeWordDocument) => void][] = [
  ['after a paragraph', ['标题', '正文一段', '末段'], (d) => d.cursor(d.story()[1])],
  ['into an empty paragraph', ['标题', '', '末段'], (d) => d.cursor(d.story()[1])],
  ['after a list item', ['标题', { text: '列表项', listString: '1.' }, '末段'], (d) => d.cursor(d.story()[1])],
  ['after a table', ['标题', { table: ['单元格甲', '单元格乙'] }, '末段'], (d) => d.cursor(d.story()[1])],
];

describe.each(places)('a failure at every write step, %s', (_name, specs, place) => {
  test('leaves the document exactly as before and says what happened', async () => {
    const probe = new FakeWordDocument(specs);
    place(probe);
    const ok = await gateway(probe).insert(SKELETON);
    expect(ok.ok).toBe(true);
    const steps = probe.writes;
    expect(steps).toBeGreaterThanOrEqual(SKELETON.length * 2);
    for (let k = 1; k <= steps; k++) {
      const doc = new FakeWordDocument(specs, { failWriteAt: k });
      place(doc);
      const before = doc.snapshot();
      const r = await gateway(doc).insert(SKELETON);
      expect(r.ok).toBe(false);
      expect(doc.snapshot()).toBe(before);
      if (!r.ok) expect(r.message).toMatch(k === 1 ? /没有改动/ : /已撤回/);
    }
  });
});

describe('a paragraph is empty only with no content at all', () => {
  test.each([
    ['a no-break space', '\u00a0'],
    ['a zero-width space', '\u200b'],
    ['a tab', '\t'],
    ['a page break', '\u000c'],
    ['an object anchor', '\u0001'],
    ['a full-width space', '\u3000'],
  ])('%s: the skeleton goes after it, the paragraph keeps its content', async (_name, text) => {
    const doc = new FakeWordDocument(['标题', text, '末段']);
    doc.cursor(doc.story()[1]);
    const r = await gateway(doc).insert(SKELETON);
    expect(r).toMatchObject({ ok: true, value: { at: 'after-paragraph', after: 1 } });
    expect(doc.texts()).toEqual(['标题', text, ...SKELETON.map((p) => p.text), '末段']);
  });

  test('an inline picture (no text): not reused', async () => {
    const doc = new FakeWordDocument(['标题', { text: '', pictures: 1 }, '末段']);
    doc.cursor(doc.story()[1]);
    await gateway(doc).insert(SKELETON);
    expect(doc.story()[1].pictures).toBe(1);
    expect(doc.texts()).toEqual(['标题', '', ...SKELETON.map((p) => p.text), '末段']);
  });

  test('a truly empty paragraph is filled and reported as the cursor', async () => {
    const doc = new FakeWordDocument(['标题', '', '末段']);
    doc.cursor(doc.story()[1]);
    const r = await gateway(doc).insert(SKELETON);
    expect(r).toMatchObject({ ok: true, value: { at: 'cursor', inserted: 4 } });
    expect(doc.texts()).toEqual(['标题', ...SKELETON.map((p) => p.text), '末段']);
  });
});

describe('locked content controls', () => {
  const locked: ContentControlNode = { cannotEdit: true };
  const specs: Spec[] = ['前', { text: '控件内', cc: locked }, '后'];
  test.each([
    ['starts outside and ends inside', 0, 1],
    ['starts inside and ends outside', 1, 2],
    ['lies inside', 1, 1],
  ])('a selection that %s is refused and nothing changes', async (_name, a, b) => {
    const doc = new FakeWordDocument(specs);
    doc.select(doc.story()[a], doc.story()[b]);
    const before = doc.snapshot();
    const r = await gateway(doc).insert(SKELETON);
    expect(r).toMatchObject({ ok: false, problem: 'locked-content-control' });
    expect(doc.snapshot()).toBe(before);
  });
});

test.each(['GeneralException', 'AccessDenied', 'NotAllowed'])('Viewing mode (mode says readWrite, writes fail with %s): the read-only message', async (code) => {
  const doc = new FakeWordDocument(['标题', '正文'], { writeErrorCode: code });
  doc.cursor(doc.story()[1]);
  const before = doc.snapshot();
  const r = await gateway(doc).insert(SKELETON);
  expect(r).toMatchObject({ ok: false, problem: 'read-only' });
  if (!r.ok) expect(r.message).toMatch(/查看/);
  expect(doc.snapshot()).toBe(before);
});

test('where the text went: after paragraph N (0-based), after a table', async () => {
  const doc = new FakeWordDocument(['一', '二', '三', '四']);
  doc.cursor(doc.story()[2]);
  expect(await gateway(doc).insert(SKELETON)).toMatchObject({ ok: true, value: { at: 'after-paragraph', after: 2 } });
  const t = new FakeWordDocument(['一', { table: ['甲'] }, '二']);
  t.cursor(t.story()[1]);
  expect(await gateway(t).insert(SKELETON)).toMatchObject({ ok: true, value: { at: 'after-table' } });
});
