/**
 * 撤销 of an insertion on the fake Word (sync counting): exactly the paragraphs the insertion
 * added are taken back, and only while every one of them is unchanged; the writer's text —
 * before, after, typed since — is never touched; a filled empty paragraph is emptied, not deleted.
 */
import { OfficeGateway } from '../../src/word/officeGateway';
import { findInsertedRun } from '../../src/word/inserted';
import type { InsertedBlock } from '../../src/word/gateway';
import type { SkeletonParagraph } from '../../src/engine/types';
import { FakeWordDocument, type ParaNode, type Spec } from './fakeWord';

const SKELETON: SkeletonParagraph[] = [
  { text: '一、存在的主要问题', level: 1 },
  { text: '（一）带头深刻感悟“两个确立”的决定性意义方面', level: 2 },
  { text: '一是……。比如，……。', level: 0 },
  { text: '二是……。', level: 0 },
];

const places: [string, Spec[], (d: FakeWordDocument) => void, object][] = [
  ['after a paragraph', ['标题', '正文一段', '末段'], (d) => d.cursor(d.story()[1]), { api16: true }],
  ['into an empty paragraph', ['标题', '', '末段'], (d) => d.cursor(d.story()[1]), {}],
  ['into an empty heading paragraph', ['标题', { text: '', styleBuiltIn: 'Heading3' }, '末段'], (d) => d.cursor(d.story()[1]), {}],
  ['after a list item', ['标题', { text: '列表项', listString: '1.' }, '末段'], (d) => d.cursor(d.story()[1]), {}],
  ['after a table', ['标题', { table: ['单元格甲', '单元格乙'] }, '末段'], (d) => d.cursor(d.story()[1]), {}],
  ['after a selection over two paragraphs', ['甲', '乙', '丙', '丁'], (d) => d.select(d.story()[1], d.story()[2]), {}],
];

async function inserted(doc: FakeWordDocument): Promise<{ g: OfficeGateway; block: InsertedBlock }> {
  const g = new OfficeGateway(doc.host());
  const r = await g.insert(SKELETON);
  if (!r.ok || !r.value.added) throw new Error(`insert failed: ${JSON.stringify(r)}`);
  return { g, block: r.value.added };
}

describe.each(places)('撤销 of an insertion %s', (_name, specs, place, options) => {
  test('takes back exactly what it added in two syncs: the document is as before', async () => {
    const doc = new FakeWordDocument(specs, options);
    place(doc);
    const before = doc.snapshot();
    const { g, block } = await inserted(doc);
    expect(doc.snapshot()).not.toBe(before);
    const runs = doc.runs.length;
    const r = await g.undoInsert(block);
    expect(r).toEqual({ ok: true, value: { removed: SKELETON.length } });
    expect(doc.snapshot()).toBe(before);
    expect(doc.runs.slice(runs)).toEqual([2]);
  });

  test('after any one added paragraph was edited (text or style): nothing is removed, and it says so', async () => {
    for (let k = 0; k < SKELETON.length; k++) {
      for (const edit of ['text', 'style'] as const) {
        const doc = new FakeWordDocument(specs, options);
        place(doc);
        await inserted(doc).then(async ({ g, block }) => {
          const node = doc.find(SKELETON[k].text);
          if (edit === 'text') doc.type(node, node.text.includes('……') ? node.text.replace('……', '理论学习不深入') : `${node.text}（改）`);
          else node.styleBuiltIn = node.styleBuiltIn === 'Normal' ? 'Heading3' : 'Normal';
          const edited = doc.snapshot();
          const r = await g.undoInsert(block);
          expect(r).toMatchObject({ ok: false, problem: 'changed' });
          if (!r.ok) expect(r.message).toMatch(/保留/);
          expect(doc.snapshot()).toBe(edited);
        });
      }
    }
  });

  test('one added paragraph deleted by the writer: nothing else is removed', async () => {
    const doc = new FakeWordDocument(specs, options);
    place(doc);
    const { g, block } = await inserted(doc);
    const story = doc.story();
    story.splice(story.indexOf(doc.find(SKELETON[2].text)), 1);
    const edited = doc.snapshot();
    expect(await g.undoInsert(block)).toMatchObject({ ok: false, problem: 'changed' });
    expect(doc.snapshot()).toBe(edited);
  });
});

test('WordApi 1.1 (appended at the end, styles by name): no 撤销 is offered, as it could not check the styles', async () => {
  const doc = new FakeWordDocument(['标题', '正文'], { api13: false });
  const r = await new OfficeGateway(doc.host()).insert(SKELETON);
  expect(r).toMatchObject({ ok: true, value: { at: 'at-end' } });
  if (r.ok) expect(r.value.added).toBeUndefined();
});

describe('what the writer did since stays', () => {
  test('paragraphs typed before and after the inserted ones (indexes moved): only the inserted ones go', async () => {
    const doc = new FakeWordDocument(['标题', '正文一段', '末段']);
    doc.cursor(doc.story()[1]);
    const { g, block } = await inserted(doc);
    const story = doc.story();
    const mk = (text: string): ParaNode => ({ ...story[0], uid: `w-${text}`, text });
    story.splice(0, 0, mk('新加的第一段'));
    story.splice(story.length - 1, 0, mk('新加在后面'));
    doc.type(doc.find('末段'), '末段（已修改）');
    const r = await g.undoInsert(block);
    expect(r.ok).toBe(true);
    expect(doc.texts()).toEqual(['新加的第一段', '标题', '正文一段', '新加在后面', '末段（已修改）']);
  });

  test('the skeleton copied elsewhere and the original moved: two candidates, nothing removed (never a guess)', async () => {
    const doc = new FakeWordDocument(['标题', { table: ['单元格'] }, '末段']);
    doc.cursor(doc.story()[1]);
    const { g, block } = await inserted(doc);
    expect(block.index).toBeUndefined();
    const story = doc.story();
    const copies = story.filter((p) => SKELETON.some((s) => s.text === p.text)).map((p) => ({ ...p, uid: `c-${p.text}` }));
    story.push(...copies);
    const edited = doc.snapshot();
    expect(await g.undoInsert(block)).toMatchObject({ ok: false, problem: 'changed' });
    expect(doc.snapshot()).toBe(edited);
  });

  test('a write failing part-way through the 撤销 says so (Ctrl+Z named), read-only documents are refused before writing', async () => {
    const doc = new FakeWordDocument(['标题', '正文']);
    doc.cursor(doc.story()[1]);
    const { g, block } = await inserted(doc);
    (doc.options as { failWriteAt: number }).failWriteAt = doc.writes + 2;
    const r = await g.undoInsert(block);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/Ctrl\+Z/);
    // Refused at the first write (Viewing mode: mode says readWrite): the read-only message, nothing changed.
    const viewing = new FakeWordDocument(['标题', '正文']);
    viewing.cursor(viewing.story()[1]);
    const v = await inserted(viewing);
    (viewing.options as { writeErrorCode: string }).writeErrorCode = 'GeneralException';
    const vs = viewing.snapshot();
    expect(await v.g.undoInsert(v.block)).toMatchObject({ ok: false, problem: 'read-only' });
    expect(viewing.snapshot()).toBe(vs);
    const ro = new FakeWordDocument(['标题', '正文']);
    ro.cursor(ro.story()[1]);
    const i = await inserted(ro);
    (ro.options as { readOnly: boolean }).readOnly = true;
    const snap = ro.snapshot();
    expect(await i.g.undoInsert(i.block)).toMatchObject({ ok: false, problem: 'read-only' });
    expect(ro.snapshot()).toBe(snap);
  });
});

/** A small seeded generator, so a failing case can be replayed. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

test('property: random documents, cursor, insertion, edits outside it → 撤销 leaves every other character as the writer left it', async () => {
  const words = ['一是学习', '二是……', '（三）方面', '', '整改措施', '比如，……。', '××', '末段'];
  for (let seed = 1; seed <= 60; seed++) {
    const rand = rng(seed);
    const n = 1 + Math.floor(rand() * 6);
    const specs: Spec[] = Array.from({ length: n }, () => words[Math.floor(rand() * words.length)]);
    const doc = new FakeWordDocument(specs);
    doc.cursor(doc.story()[Math.floor(rand() * n)]);
    const skeleton = SKELETON.slice(0, 1 + Math.floor(rand() * SKELETON.length));
    const g = new OfficeGateway(doc.host());
    const r = await g.insert(skeleton);
    if (!r.ok || !r.value.added) throw new Error('insert failed');
    const block = r.value.added;
    const mine = new Set(doc.story().filter((_p, i) => i >= block.index! && i < block.index! + skeleton.length));
    // The writer edits paragraphs outside the insertion (and adds one before it).
    const others = doc.story().filter((p) => !mine.has(p));
    for (const p of others) if (rand() < 0.5) doc.type(p, `${p.text}改${seed}`);
    if (rand() < 0.5) doc.story().unshift({ ...doc.story()[0], uid: `n${seed}`, text: `新段${seed}` });
    const expected = doc.story().filter((p) => !mine.has(p) || (block.filled && p === doc.story()[doc.story().indexOf([...mine][0])]));
    const expectedTexts = expected.map((p) => (mine.has(p) ? '' : p.text));
    const u = await g.undoInsert(block);
    expect(u.ok).toBe(true);
    expect(doc.texts()).toEqual(expectedTexts);
  }
});

describe('findInsertedRun (pure)', () => {
  const block: InsertedBlock = { index: 1, paragraphs: [{ text: 'A', level: 1 }, { text: 'b', level: 0 }] };
  test.each([
    ['at its index', [{ text: 'x', level: 0 }, { text: 'A', level: 1 }, { text: 'b', level: 0 }], 1],
    ['moved, the only run', [{ text: 'x', level: 0 }, { text: 'y', level: 0 }, { text: 'A', level: 1 }, { text: 'b', level: 0 }], 2],
    ['moved, two runs', [{ text: 'A', level: 1 }, { text: 'b', level: 0 }, { text: 'y', level: 0 }, { text: 'A', level: 1 }, { text: 'b', level: 0 }], undefined],
    ['a level changed', [{ text: 'x', level: 0 }, { text: 'A', level: 0 }, { text: 'b', level: 0 }], undefined],
    ['split apart', [{ text: 'x', level: 0 }, { text: 'A', level: 1 }, { text: 'z', level: 0 }, { text: 'b', level: 0 }], undefined],
    ['a text changed', [{ text: 'x', level: 0 }, { text: 'A', level: 1 }, { text: 'b2', level: 0 }], undefined],
  ])('%s', (_n, now, want) => {
    expect(findInsertedRun(now, block)).toBe(want);
  });
  test('with ids: found by the first id; another paragraph with the same texts is not taken', () => {
    const withIds: InsertedBlock = { paragraphs: [{ id: 'p1', text: 'A', level: 1 }, { id: 'p2', text: 'b', level: 0 }] };
    expect(findInsertedRun([{ id: 'q1', text: 'A', level: 1 }, { id: 'q2', text: 'b', level: 0 }, { id: 'p1', text: 'A', level: 1 }, { id: 'p2', text: 'b', level: 0 }], withIds)).toBe(2);
    expect(findInsertedRun([{ id: 'q1', text: 'A', level: 1 }, { id: 'q2', text: 'b', level: 0 }], withIds)).toBeUndefined();
  });
});
