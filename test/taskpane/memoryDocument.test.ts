import { MemoryDocument } from '../../src/preview/memoryDocument';
import { MemoryGateway } from '../../src/preview/memoryGateway';

const H = (text: string, level = 1) => ({ text, level });

describe('MemoryDocument.insertAtSelection (never replace, never split)', () => {
  test('a cursor inside a non-empty paragraph inserts after it, leaving it whole', () => {
    const doc = new MemoryDocument('甲段文字\n乙段文字');
    doc.setUserSelection({ paragraph: 0, offset: 2 });
    expect(doc.insertAtSelection([H('一、存在的主要问题'), H('正文', 0)])).toBe(2);
    expect(doc.paragraphs.map((p) => p.text)).toEqual(['甲段文字', '一、存在的主要问题', '正文', '乙段文字']);
    expect(doc.paragraphs[1].level).toBe(1);
    expect(doc.paragraphs[2].level).toBe(0);
    expect(doc.selection.end).toEqual({ paragraph: 2, offset: 2 });
  });

  test('a cursor at the start of a non-empty paragraph still inserts after it', () => {
    const doc = new MemoryDocument('甲\n乙');
    doc.setUserSelection({ paragraph: 1, offset: 0 });
    doc.insertAtSelection([H('标题')]);
    expect(doc.paragraphs.map((p) => p.text)).toEqual(['甲', '乙', '标题']);
  });

  test('a collapsed cursor in an empty paragraph fills that paragraph', () => {
    const doc = new MemoryDocument('甲\n\n乙');
    doc.setUserSelection({ paragraph: 1, offset: 0 });
    doc.insertAtSelection([H('标题一'), H('标题二', 2)]);
    expect(doc.paragraphs.map((p) => p.text)).toEqual(['甲', '标题一', '标题二', '乙']);
    expect(doc.paragraphs[1].level).toBe(1);
  });

  test('a non-empty selection is not replaced: insertion goes after the paragraph where it ends', () => {
    const doc = new MemoryDocument('甲段\n乙段\n丙段');
    doc.setUserSelection({ paragraph: 1, offset: 1 }, { paragraph: 0, offset: 1 }); // backwards
    doc.insertAtSelection([H('标题')]);
    expect(doc.paragraphs.map((p) => p.text)).toEqual(['甲段', '乙段', '标题', '丙段']);
  });

  test('an empty selected paragraph (non-collapsed selection) is kept', () => {
    const doc = new MemoryDocument('甲\n\n乙');
    doc.selectParagraph(0);
    doc.insertAtSelection([H('标题')]);
    expect(doc.paragraphs.map((p) => p.text)).toEqual(['甲', '标题', '', '乙']);
  });

  test('edits from the view keep ids unique and notify as edits, not content', () => {
    const doc = new MemoryDocument('甲\n乙');
    const events: string[] = [];
    doc.subscribe((e) => events.push(e.type));
    const [a] = doc.paragraphs;
    doc.applyEdit([{ id: a.id, text: '甲' }, { id: a.id, text: '甲二' }, { text: '乙' }]);
    const ids = doc.paragraphs.map((p) => p.id);
    expect(new Set(ids).size).toBe(3);
    expect(ids[0]).toBe(a.id);
    expect(events).toEqual(['edit']);
  });
});

describe('MemoryGateway', () => {
  test('read reports heading levels and markdown hints like a host', async () => {
    const doc = new MemoryDocument('# 标题\n**一、存在的主要问题**\n正文');
    doc.setUserSelection({ paragraph: 2, offset: 2 });
    doc.insertAtSelection([H('二、原因分析', 1)]);
    const paragraphs = await new MemoryGateway(doc).read();
    expect(paragraphs.map((p) => p.text)).toEqual(['标题', '一、存在的主要问题', '正文', '二、原因分析']);
    expect(paragraphs[0].markdownLevel).toBe(1);
    expect(paragraphs[1].bold).toBe(true);
    expect(paragraphs[3].headingLevel).toBe(1);
    expect(paragraphs[2].headingLevel).toBeUndefined();
    expect(paragraphs.map((p) => p.index)).toEqual([0, 1, 2, 3]);
  });

  test('select finds by id, then by index with matching text, then by text', async () => {
    const doc = new MemoryDocument('甲\n乙\n丙');
    const gw = new MemoryGateway(doc);
    const [, b, c] = doc.paragraphs;
    expect(await gw.select({ index: 0, id: c.id, text: '丙' })).toEqual({ ok: true, value: undefined });
    expect(doc.selection).toEqual({ start: { paragraph: 2, offset: 0 }, end: { paragraph: 2, offset: 1 } });
    await gw.select({ index: 1, text: '乙' });
    expect(doc.selection.start.paragraph).toBe(1);
    // index is stale (a paragraph was added above), the text still finds it
    doc.setUserSelection({ paragraph: 0, offset: 0 });
    doc.insertAtSelection([H('新', 0)]);
    await gw.select({ index: 1, text: '乙' });
    expect(doc.selection.start.paragraph).toBe(2);
    expect(doc.paragraphs[2].id).toBe(b.id);
  });

  test('select reports not-found in Chinese', async () => {
    const gw = new MemoryGateway(new MemoryDocument('甲'));
    const r = await gw.select({ index: 5, text: '不存在的段落' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problem).toBe('not-found');
      expect(r.message).toMatch(/找不到/);
    }
  });

  test('a read-only document refuses to insert and stays unchanged', async () => {
    const doc = new MemoryDocument('甲');
    doc.readOnly = true;
    const r = await new MemoryGateway(doc).insert([H('标题')]);
    expect(r).toMatchObject({ ok: false, problem: 'read-only' });
    expect(doc.text).toBe('甲');
  });
});

describe('MemoryDocument.load: text copied from a PDF', () => {
  const para =
    '一是理论学习不够深入系统，满足于读原文、记笔记，对核心要义理解不深不透，学用结合不够紧密，运用理论指导实践、推动工作的能力还有差距。比如，全年撰写心得体会仅2篇。';
  const wrapAt = (s: string, n: number) => s.match(new RegExp(`.{1,${n}}`, 'gu')) ?? [];
  test.each([18, 24, 30])('lines hard-wrapped at %i characters come back as one paragraph each; every character kept', (n) => {
    const text = ['（一）理论学习方面', ...wrapAt(para, n), ...wrapAt(para.replace('一是', '二是'), n)].join('\n');
    const doc = new MemoryDocument(text);
    expect(doc.paragraphs.map((p) => p.text)).toEqual(['（一）理论学习方面', para, para.replace('一是', '二是')]);
  });
  test('text typed one paragraph a line loads as it is', () => {
    const doc = new MemoryDocument('一、存在的主要问题\n（一）理论学习方面\n一是学习不深。');
    expect(doc.paragraphs.map((p) => p.text)).toEqual(['一、存在的主要问题', '（一）理论学习方面', '一是学习不深。']);
  });
});

describe('the preview selects the flagged words and reports edits like Word 1.6', () => {
  const text = '一是学习不深入，学习不系统。';
  test.each([
    ['at the offset', text, 8, '学习', 8],
    ['the first occurrence when the text moved', '补充：' + text, 8, '不系统', ('补充：' + text).indexOf('不系统')],
  ])('span %s', async (_name, now, start, words, expected) => {
    const doc = new MemoryDocument(`前言\n${text}`);
    const gw = new MemoryGateway(doc);
    const id = doc.paragraphs[1].id;
    doc.applyEdit([{ id: doc.paragraphs[0].id, text: '前言' }, { id, text: now }]);
    await gw.select({ index: 1, id, text }, { start, length: words.length, text: words });
    expect(doc.selection).toEqual({ start: { paragraph: 1, offset: expected }, end: { paragraph: 1, offset: expected + words.length } });
    expect(doc.selectedText).toBe(words);
  });

  test('words no longer in the paragraph: the whole paragraph', async () => {
    const doc = new MemoryDocument(`前言\n${text}`);
    const gw = new MemoryGateway(doc);
    await gw.select({ index: 1, text }, { start: 2, length: 3, text: '不存在' });
    expect(doc.selectedText).toBe(text);
  });

  test('watch: changed, added and deleted ids; nothing for an edit that changes nothing', () => {
    const doc = new MemoryDocument('甲\n乙\n丙');
    const gw = new MemoryGateway(doc);
    const seen: Array<string[] | undefined> = [];
    const stop = gw.watch((c) => seen.push(c.ids));
    const [a, b, c] = doc.paragraphs.map((p) => p.id);
    doc.applyEdit([{ id: a, text: '甲' }, { id: b, text: '乙改' }, { id: c, text: '丙' }]);
    doc.applyEdit([{ id: a, text: '甲' }, { id: b, text: '乙改' }, { id: c, text: '丙' }]);
    doc.applyEdit([{ id: a, text: '甲' }, { text: '新' }, { id: c, text: '丙' }]);
    expect(seen[0]).toEqual([b]);
    expect(seen).toHaveLength(2);
    expect(seen[1]).toHaveLength(2); // the new paragraph and the deleted one
    expect(seen[1]).toContain(b);
    stop();
    doc.applyEdit([{ id: a, text: '甲甲' }]);
    expect(seen).toHaveLength(2);
  });
});

describe('MemoryDocument with very many paragraphs (no spread into call arguments)', () => {
  const many = (n: number) => Array.from({ length: n }, (_, i) => H(`第${i}段`, 0));
  test.each([
    ['after a non-empty paragraph', '甲段文字\n乙段文字', 0],
    ['into an empty paragraph at the cursor', '甲段文字\n\n乙段文字', 1],
  ])('inserting 150,000 paragraphs %s keeps every paragraph in order', (_name, text, at) => {
    const doc = new MemoryDocument(text);
    doc.setUserSelection({ paragraph: at, offset: 0 });
    doc.insertAtSelection(many(150_000));
    const texts = doc.paragraphs.map((p) => p.text);
    expect(texts[0]).toBe('甲段文字');
    expect(texts[texts.length - 1]).toBe('乙段文字');
    expect(texts.filter((t) => t.startsWith('第')).length).toBe(150_000);
  });

  test('deleting 150,000 paragraphs reports every one as changed', () => {
    const doc = new MemoryDocument(Array.from({ length: 150_001 }, (_, i) => `第${i}段`).join('\n'));
    const seen: number[] = [];
    doc.subscribe((e) => {
      if (e.type === 'edit') seen.push(e.changed.length);
    });
    doc.applyEdit([{ text: '只剩一段' }]);
    expect(seen).toEqual([150_002]);
  });
});
