/**
 * Fixes in the preview over paragraphs whose stored text holds what the read leaves out — markdown
 * marks ("**", "## ", "- "), zero-width characters, a tab or no-break space read as a space: the
 * fix's offsets are in the read text and are moved into the stored text, so the fix is applied,
 * exactly its span. It was refused with 这段文字在检查之后已被修改 though nothing had been edited.
 */
import fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import { MemoryDocument } from '../../src/preview/memoryDocument';
import { MemoryGateway } from '../../src/preview/memoryGateway';
import { storedOffsets, toStoredEdit } from '../../src/preview/storedOffsets';
import { analyze } from '../../src/engine';
import { applyFix } from '../../src/engine/fix';
import { ROLLBACK_MESSAGES } from '../../src/word/errors';

const texts = (doc: MemoryDocument) => doc.paragraphs.map((p) => p.text);

describe('a replacement of words in the read text writes exactly those words into the stored text', () => {
  test.each([
    ['a zero-width space before the words', '对\u200b“四个意思”的理解不深', '四个意思', '四个意识', '对\u200b“四个意识”的理解不深'],
    ['a zero-width space right after them', '对“四个意思\u200b”的理解', '四个意思', '四个意识', '对“四个意识\u200b”的理解'],
    ['a zero-width space inside them (dropped with them: it takes no room)', '对“四个\u200b意思”的理解', '四个意思', '四个意识', '对“四个意识”的理解'],
    ['a zero-width no-break space and a soft hyphen before', '落实\ufeff\u00ad一岗两责不到位', '一岗两责', '一岗双责', '落实\ufeff\u00ad一岗双责不到位'],
    ['bold marks before', '1. **加强理论学习。** 落实一岗两责', '一岗两责', '一岗双责', '1. **加强理论学习。** 落实一岗双责'],
    ['bold marks around', '**落实一岗两责不到位**', '一岗两责', '一岗双责', '**落实一岗双责不到位**'],
    ['a heading mark', '## 落实一岗两责不到位', '一岗两责', '一岗双责', '## 落实一岗双责不到位'],
    ['a bullet and a tab', '- 一是\t落实一岗两责不到位', '一岗两责', '一岗双责', '- 一是\t落实一岗双责不到位'],
  ])('%s', async (_name, stored, words, by, after) => {
    const doc = new MemoryDocument(stored);
    const gateway = new MemoryGateway(doc);
    const [p] = await gateway.read();
    const at = p.text.indexOf(words);
    expect(at).toBeGreaterThanOrEqual(0);
    const r = await gateway.applyFix({ label: 'x', edits: [{ paragraph: 0, start: at, length: words.length, text: by, expect: words }] });
    expect(r.ok).toBe(true);
    expect(doc.paragraphs[0].text).toBe(after);
    // Its undo (over the stored text) gives the paragraph back as it was, marks and all (an invisible character inside the span is not put back).
    if (!r.ok) return;
    expect((await gateway.applyFix(r.value.undo)).ok).toBe(true);
    expect((await gateway.read())[0].text).toBe(p.text);
  });
});

test.each([
  ['bold marks', '**加强理论学习。** 每周自学'],
  ['a heading mark', '## 四、整改措施'],
  ['a zero-width space', '四是\u200b从严管党治党。'],
  ['a bullet', '- 二是对班子成员日常监督偏松偏软。'],
])('a new paragraph after a paragraph with %s is added (the anchor is compared as read)', async (_n, stored) => {
  const doc = new MemoryDocument(`前文\n${stored}\n后文`);
  const gateway = new MemoryGateway(doc);
  const read = await gateway.read();
  const r = await gateway.applyFix({ label: 'x', edits: [{ paragraph: 1, start: 0, length: 0, text: '5.针对……的问题，……。', newParagraphAfter: true, level: 0, expect: read[1].text }] });
  expect(r.ok).toBe(true);
  expect(texts(doc)).toEqual(['前文', stored, '5.针对……的问题，……。', '后文']);
});

test('a markdown mark inside the words to replace: refused with its own message, nothing changed', async () => {
  const doc = new MemoryDocument('落实**一岗**两责');
  const gateway = new MemoryGateway(doc);
  const [p] = await gateway.read();
  expect(p.text).toBe('落实一岗两责');
  const r = await gateway.applyFix({ label: 'x', edits: [{ paragraph: 0, start: 2, length: 4, text: '一岗双责', expect: '一岗两责' }] });
  expect(r).toMatchObject({ ok: false, message: ROLLBACK_MESSAGES.unlocatablePreview });
  expect(texts(doc)).toEqual(['落实**一岗**两责']);
});

test.each([
  ['typed into the words', (t: string) => t.replace('意思', '意见')],
  ['typed before them', (t: string) => '新' + t],
  ['the marks taken away', (t: string) => t.replace(/\*\*|\u200b/g, '')],
])('still refused as changed when the text really changed (%s)', async (_n, change) => {
  const doc = new MemoryDocument('**对\u200b“四个意思”的理解**');
  const gateway = new MemoryGateway(doc);
  const [p] = await gateway.read();
  const at = p.text.indexOf('四个意思');
  doc.applyEdit(doc.paragraphs.map((x) => ({ id: x.id, text: change(x.text) })));
  const before = texts(doc);
  const r = await gateway.applyFix({ label: 'x', edits: [{ paragraph: 0, start: at, length: 4, text: '四个意识', expect: '四个意思' }] });
  if (r.ok) {
    // Only when the change left the words where they were (taking the marks away does): then exactly them.
    expect(texts(doc)).toEqual([before[0].replace('四个意思', '四个意识')]);
  } else expect(r).toMatchObject({ ok: false, problem: 'changed' });
  if (!r.ok) expect(texts(doc)).toEqual(before);
});

const PIECES = ['**学习**', '**不深。**', '\u200b', '\ufeff', '\t', '\u00a0', '一是', '理论', '学习', '不深', '，', '。', '“', '”', 'ab', ' '];
test('property: stored texts with marks and invisible characters, random replacements over the read text — exactly the span, or refused and nothing changed', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 12 }).map((x) => x.join('')), fc.nat(), fc.nat(), fc.constantFrom('', '改', '改写'), async (stored, a, b, by) => {
      const doc = new MemoryDocument(stored);
      const gateway = new MemoryGateway(doc);
      const [p] = await gateway.read();
      if (doc.paragraphs.length !== 1) return;
      const start = p.text.length ? a % (p.text.length + 1) : 0;
      const length = (p.text.length - start) ? b % (p.text.length - start + 1) : 0;
      const fix = { label: 'x', edits: [{ paragraph: 0, start, length, text: by, expect: p.text.slice(start, start + length) }] };
      const before = doc.paragraphs[0].text;
      const r = await gateway.applyFix(fix);
      const after = doc.paragraphs[0].text;
      if (!r.ok) {
        expect(r.message).toBe(ROLLBACK_MESSAGES.unlocatablePreview);
        expect(after).toBe(before);
        return;
      }
      // The stored text changed in one place only: a run replaced by `by`.
      let head = 0;
      while (head < before.length && head < after.length && before[head] === after[head]) head++;
      let tail = 0;
      while (tail < before.length - head && tail < after.length - head && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
      expect(after.slice(head, after.length - tail).length).toBeLessThanOrEqual(by.length);
      // Without its marks and invisible characters, the stored text is the engine's prediction over the read text.
      const predicted = applyFix([{ text: p.text }], fix);
      if (!predicted.ok) throw new Error('bad fix');
      const plain = (t: string) => t.replace(/\*\*|[\u200b\ufeff]/g, '').replace(/[\t\u00a0]/g, ' ');
      if (plain(before) === p.text) expect(plain(after)).toBe(predicted.paragraphs[0].text);
    }),
    { numRuns: 300 },
  );
});

describe('offsets between stored and read text', () => {
  test('each read character at its stored one, and one past the last', () => {
    expect(storedOffsets('**甲乙**丙', '甲乙丙')).toEqual([2, 3, 6, 7]);
    expect(storedOffsets('\u200b甲\t乙', '甲 乙')).toEqual([1, 2, 3, 4]);
    expect(storedOffsets('甲乙', '甲丙')).toBeUndefined();
    expect(storedOffsets('', '')).toEqual([0]);
  });
  test('an insertion at the end goes after the last read character, before closing marks', () => {
    const at = storedOffsets('**甲乙**', '甲乙')!;
    expect(toStoredEdit('**甲乙**', at, { paragraph: 0, start: 2, length: 0, text: '丙', expect: '' })).toMatchObject({ start: 4, length: 0 });
    expect(toStoredEdit('**甲乙**', at, { paragraph: 0, start: 0, length: 0, text: '丙', expect: '' })).toMatchObject({ start: 2, length: 0 });
  });
});

describe.each([
  ['unseen/u102_markdown_paste.txt', (t: string) => t],
  ['years/y2023_theme_banzi_markdown.txt', (t: string) => t],
  ['years/y2024_orglife_geren_runin.txt', (t: string) => t.replace(/“/g, '\u200b“').replace(/。/g, '。\u200b')],
  ['years/y2022_six_banzi_repeated_number.txt', (t: string) => t.replace(/(.)(.)/gu, (m, x, y) => (x === '是' ? `${x}\u200b${y}` : m)).replace(/\t?$/gm, '')],
])('%s (as pasted)', (name, shape) => {
  test('every fix the check offers applies, exactly as the engine predicts over the read text', async () => {
    const text = shape(fs.readFileSync(path.join(__dirname, '../fixtures', name), 'utf8'));
    const first = new MemoryGateway(new MemoryDocument(text));
    const read = await first.read();
    const findings = analyze({ paragraphs: read, source: 'word' }).findings.filter((f) => f.fix);
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      const doc = new MemoryDocument(text);
      const gateway = new MemoryGateway(doc);
      await gateway.read();
      const r = await gateway.applyFix(f.fix!);
      const predicted = applyFix(read.map((p) => ({ text: p.text, level: p.headingLevel ?? 0 })), f.fix!);
      if (!predicted.ok) throw new Error('engine');
      if (!r.ok) {
        expect([f.rule, r.message]).toEqual([f.rule, ROLLBACK_MESSAGES.unlocatablePreview]);
        continue;
      }
      expect((await gateway.read()).map((p) => p.text)).toEqual(predicted.paragraphs.map((p) => p.text));
    }
  });
});
