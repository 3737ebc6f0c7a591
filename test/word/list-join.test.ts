/**
 * Missing headings inserted among headings Word numbers with a list (automatic numbering, not typed
 * text): the inserted heading joins the same list at its siblings' level, with no typed number, and
 * Word renumbers the headings after it; where Word cannot join the list it gets the typed number in
 * the list's form and the pane is told so. Documents numbered by typed text are unchanged, and a
 * failure at any write leaves the document exactly as before. Shapes: the missing aspect first, in
 * the middle, last; a missing part among list-numbered parts; lists of other number forms; items
 * that are list items themselves; text pasted from a PDF (joined lines).
 */
import { OfficeGateway } from '../../src/word/officeGateway';
import { analyze } from '../../src/engine';
import type { DocumentInput, Finding, Fix } from '../../src/engine/types';
import { ROLLBACK_MESSAGES } from '../../src/word/errors';
import { listVariant, refusedJoin } from '../../src/word/fixes';
import { completeLines } from '../support/docs';
import { toWordFix, type UnwrapMap } from '../../src/engine/readers/joined';
import { FakeWordDocument, type FakeOptions, type ParaSpec } from './fakeWord';

const gateway = (doc: FakeWordDocument) => new OfficeGateway(doc.host());
const LIST = 7;

/**
 * The complete material with its part headings (一、) at list level 0 and the aspect, cause and
 * measure headings (（一）) at level 1 of one Word list, numbers not typed; `drop` removes lines
 * (by their typed text's index in completeLines); `itemsInList` puts the 一是 items at level 2.
 */
function listMaterial(drop: number[], itemsInList = false): ParaSpec[] {
  const out: ParaSpec[] = [];
  completeLines().forEach((line, i) => {
    if (drop.includes(i)) return;
    const part = /^[一二三四五六]、(.*)$/.exec(line);
    const sub = /^（[一二三四五六]）(.*)$/.exec(line);
    if (part) out.push({ text: part[1], styleBuiltIn: 'Heading1', list: { id: LIST, level: 0 }, leftIndent: 0, firstLineIndent: 0 });
    else if (sub) out.push({ text: sub[1], styleBuiltIn: 'Heading2', list: { id: LIST, level: 1 }, leftIndent: 21, firstLineIndent: -21 });
    else if (itemsInList) out.push({ text: line.replace(/^[一二三四五]是/, ''), list: { id: LIST, level: 2 }, leftIndent: 42 });
    else out.push({ text: line });
  });
  return out;
}

async function findingsOf(doc: FakeWordDocument): Promise<{ input: DocumentInput; findings: Finding[] }> {
  const paragraphs = await gateway(doc).read();
  const input: DocumentInput = { paragraphs, source: 'word' };
  return { input, findings: analyze(input).findings };
}

function fixOf(findings: Finding[], rule: string): Fix {
  const f = findings.find((x) => x.rule === rule && x.fix && x.fix.edits.length > 0);
  if (!f) throw new Error(`no ${rule} fix`);
  return f.fix!;
}

/** Lines of completeLines by role: aspect headings 1..5 are at these indexes. */
const ASPECT_LINE = [1, 4, 6, 8, 10];
/** The aspect heading and its one item, as lines to drop for aspect n (1-based). */
const aspectLines = (n: number) => (n === 1 ? [1, 2, 3] : [ASPECT_LINE[n - 1], ASPECT_LINE[n - 1] + 1]);

describe.each([
  ['first', 1],
  ['in the middle', 3],
  ['last', 5],
])('missing aspect %s among list-numbered aspect headings', (_where, missing) => {
  test.each([
    ['items as body text', false],
    ['items as list items', true],
  ])('%s: joins the list at the aspects\' level, untyped; Word renumbers; one undo', async (_items, itemsInList) => {
    const doc = new FakeWordDocument(listMaterial(aspectLines(missing), itemsInList));
    const before = doc.snapshot();
    const { findings } = await findingsOf(doc);
    const fix = fixOf(findings, 'missing-aspect');
    const heading = fix.edits[0];
    const typed = `（${'一二三四五'[missing - 1]}）`;
    expect(heading.list?.typed).toBe(typed);
    expect(heading.text.startsWith(typed)).toBe(true);

    const r = await gateway(doc).applyFix(fix);
    if (!r.ok) throw new Error(r.message);
    expect(r.value.note).toBeUndefined();
    const added = doc.story().find((p) => p.text === heading.text.slice(typed.length))!;
    expect(added).toBeDefined();
    expect(added.list).toEqual({ id: LIST, level: 1 });
    expect(doc.listStringOf(added)).toBe(typed);
    expect(added.leftIndent).toBe(21); // copied from the sibling: attachToList does not (office-js#6524)
    expect(added.firstLineIndent).toBe(-21);
    // The placeholders under it are body text, outside any list.
    const k = doc.story().indexOf(added);
    expect(doc.story()[k + 1].list).toBeUndefined();
    expect(doc.story()[k + 1].listString).toBeUndefined();

    // The re-check finds every aspect, in order, numbered （一）…（五） by the list.
    const again = await findingsOf(doc);
    const aspects = analyze(again.input).outline.aspects;
    const headings = new Set(aspects.map((a) => a.node.paragraph));
    expect(again.findings.filter((f) => f.rule === 'missing-aspect' || (f.rule === 'numbering' && headings.has(f.paragraph)))).toEqual([]);
    expect(aspects.map((a) => a.aspect)).toEqual([1, 2, 3, 4, 5]);
    expect(aspects.map((a) => again.input.paragraphs[a.node.paragraph].listString)).toEqual(['（一）', '（二）', '（三）', '（四）', '（五）']);

    const u = await gateway(doc).applyFix(r.value.undo);
    if (!u.ok) throw new Error(u.message);
    expect(doc.snapshot()).toBe(before);
  });
});

test('a missing part among list-numbered part headings joins at level 0', async () => {
  const doc = new FakeWordDocument(listMaterial([12, 13, 14])); // 二、原因分析 and its two causes
  const { findings } = await findingsOf(doc);
  const fix = fixOf(findings, 'missing-part');
  expect(fix.edits[0].list?.typed).toBe('二、');
  const r = await gateway(doc).applyFix(fix);
  if (!r.ok) throw new Error(r.message);
  const added = doc.story().find((p) => p.text === fix.edits[0].text.slice(2))!;
  expect(added.list).toEqual({ id: LIST, level: 0 });
  expect(doc.listStrings().filter((s) => /、$/.test(s))).toEqual(['一、', '二、', '三、']);
  const again = await findingsOf(doc);
  expect(again.findings.filter((f) => f.rule === 'missing-part')).toEqual([]);
});

test.each([
  ['一、 then 1.', ['cn-dun', 'arabic-dot'], '3.'],
  ['一、 then （1）', ['cn-dun', 'arabic-paren'], '（3）'],
])('a list of another form (%s): the typed fallback uses that form', async (_name, kinds, typed) => {
  const options: FakeOptions = { lists: { [LIST]: kinds as never } };
  const doc = new FakeWordDocument(listMaterial(aspectLines(3)), options);
  const { findings } = await findingsOf(doc);
  const fix = fixOf(findings, 'missing-aspect');
  expect(fix.edits[0].list?.typed).toBe(typed);
  const r = await gateway(doc).applyFix(fix);
  if (!r.ok) throw new Error(r.message);
  const added = doc.story().find((p) => p.text === fix.edits[0].text.slice(typed.length))!;
  expect(doc.listStringOf(added)).toBe(typed);
});

describe('where Word cannot join the list', () => {
  test.each([
    ['attachToList refused ("This command is not available")', { attachToListError: 'GeneralException' }],
    ['attachToList not implemented on this host', { attachToListError: 'NotImplemented' }],
  ])('%s: typed number in the list\'s form, said so, nothing half-written', async (_name, options) => {
    const doc = new FakeWordDocument(listMaterial(aspectLines(3)), options as FakeOptions);
    const { findings } = await findingsOf(doc);
    const fix = fixOf(findings, 'missing-aspect');
    const before = doc.snapshot();
    const r = await gateway(doc).applyFix(fix);
    if (!r.ok) throw new Error(r.message);
    expect(r.value.note).toBe(ROLLBACK_MESSAGES.typedNumbers(['（三）']));
    expect(doc.texts().filter((t) => t === fix.edits[0].text)).toHaveLength(1);
    const added = doc.find(fix.edits[0].text);
    expect(added.list).toBeUndefined();
    expect(doc.listStringOf(added)).toBeUndefined();
    const u = await gateway(doc).applyFix(r.value.undo);
    if (!u.ok) throw new Error(u.message);
    expect(doc.snapshot()).toBe(before);
  });

  test('the sibling is no longer a list item when the fix is applied: typed, said so', async () => {
    const doc = new FakeWordDocument(listMaterial(aspectLines(3)));
    const { findings } = await findingsOf(doc);
    const fix = fixOf(findings, 'missing-aspect');
    const sibling = doc.story()[fix.edits[0].list!.like];
    delete sibling.list; // the writer took the list off (text unchanged)
    const r = await gateway(doc).applyFix(fix);
    if (!r.ok) throw new Error(r.message);
    expect(r.value.note).toBe(ROLLBACK_MESSAGES.typedNumbers(['（三）']));
    expect(doc.texts()).toContain(fix.edits[0].text);
  });

  test('only a refusal of attachToList (or a missing API) leads to typing the number', () => {
    expect(refusedJoin({ code: 'GeneralException', debugInfo: { errorLocation: 'Paragraph.attachToList' } })).toBe(true);
    expect(refusedJoin({ code: 'ApiNotFound' })).toBe(true);
    expect(refusedJoin({ code: 'NotImplemented', debugInfo: {} })).toBe(true);
    expect(refusedJoin({ code: 'GeneralException', debugInfo: { errorLocation: 'Paragraph.insertParagraph' } })).toBe(false);
    expect(refusedJoin({ code: 'AccessDenied' })).toBe(false);
    expect(refusedJoin(new Error('x'))).toBe(false);
    expect(refusedJoin(undefined)).toBe(false);
  });
});

test('all-or-nothing: a failure at any write leaves the document exactly as before (or the fix whole)', async () => {
  const probe = new FakeWordDocument(listMaterial(aspectLines(3)));
  const { findings } = await findingsOf(probe);
  const fix = fixOf(findings, 'missing-aspect');
  const w0 = probe.writes;
  const ok = await gateway(probe).applyFix(fix);
  if (!ok.ok) throw new Error(ok.message);
  const whole = probe.snapshot();
  const writes = probe.writes - w0;
  expect(writes).toBeGreaterThan(4);
  for (let k = 1; k <= writes; k++) {
    const doc = new FakeWordDocument(listMaterial(aspectLines(3)), { failWriteAt: k });
    const before = doc.snapshot();
    const r = await gateway(doc).applyFix(fix);
    if (r.ok) expect(doc.snapshot()).toBe(whole);
    else {
      expect(r.message).toMatch(/已撤回|没有改动/);
      expect(doc.snapshot()).toBe(before);
    }
  }
});

test('typed-number documents are unchanged: no list mark, the typed number written, no list touched', async () => {
  for (const missing of [1, 3, 5]) {
    const lines = completeLines().filter((_, i) => !aspectLines(missing).includes(i));
    const doc = new FakeWordDocument(lines);
    const { findings } = await findingsOf(doc);
    const fix = fixOf(findings, 'missing-aspect');
    expect(fix.edits.some((e) => e.list)).toBe(false);
    expect(listVariant(fix, true)).toBe(fix);
    doc.runs = [];
    const r = await gateway(doc).applyFix(fix);
    if (!r.ok) throw new Error(r.message);
    // read, locate (only when later headings are renumbered), write: no list read
    expect(doc.runs).toEqual([fix.edits.some((e) => !e.newParagraphAfter) ? 3 : 2]);
    expect(doc.texts()).toContain(fix.edits[0].text);
    expect(doc.story().every((p) => p.list === undefined && p.listString === undefined)).toBe(true);
  }
});

test('listVariant: joined headings lose exactly their typed number; typed ones lose the list mark', () => {
  const fix: Fix = {
    label: 'x',
    edits: [
      { paragraph: 2, start: 0, length: 0, text: '（三）带头践行方面', newParagraphAfter: true, level: 2, expect: 'a', list: { like: 1, typed: '（三）' } },
      { paragraph: 2, start: 0, length: 0, text: '一是……', newParagraphAfter: true, level: 0, expect: 'a' },
    ],
  };
  expect(listVariant(fix, true).edits.map((e) => e.text)).toEqual(['带头践行方面', '一是……']);
  expect(listVariant(fix, true).edits[0].list).toEqual({ like: 1, typed: '（三）' });
  const typed = listVariant(fix, false);
  expect(typed.edits.map((e) => e.text)).toEqual(['（三）带头践行方面', '一是……']);
  expect(typed.edits.every((e) => !('list' in e))).toBe(true);
});

test('over paragraphs joined from PDF lines, the sibling a heading joins is mapped to its Word paragraph', () => {
  const map: UnwrapMap = {
    pieces: [[{ word: 0, at: 0, from: 0, length: 2 }], [{ word: 1, at: 0, from: 0, length: 3 }, { word: 2, at: 3, from: 0, length: 3 }], [{ word: 3, at: 0, from: 0, length: 2 }]],
    texts: ['方面', '一是学习不深', '方面'],
    word: [{ text: '方面' }, { text: '一是学' }, { text: '习不深' }, { text: '方面' }],
  };
  for (const [like, word] of [
    [0, 0],
    [2, 3],
  ]) {
    const fix: Fix = { label: 'x', edits: [{ paragraph: 1, start: 0, length: 0, text: '（二）x方面', newParagraphAfter: true, level: 2, expect: '一是学习不深', list: { like, typed: '（二）' } }] };
    const w = toWordFix(map, fix)!;
    expect(w.edits[0]).toMatchObject({ paragraph: 2, expect: '习不深', list: { like: word, typed: '（二）' } });
  }
  const bad: Fix = { label: 'x', edits: [{ paragraph: 1, start: 0, length: 0, text: 'x', newParagraphAfter: true, expect: '一是学习不深', list: { like: 9, typed: '（二）' } }] };
  expect(toWordFix(map, bad)).toBeUndefined();
});
