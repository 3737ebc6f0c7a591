/**
 * Findings as Word comments (issue 14): the copy reads back to the same paragraphs, each comment
 * anchors exactly the words it was given (across split runs, tabs, breaks, fields, tracked changes,
 * hidden text, hyperlinks and entities), every other zip entry keeps its bytes, document.xml keeps
 * every byte outside the added markup, existing comments stay, and LibreOffice opens the copy.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import fc from 'fast-check';
import { readDocx } from '../../src/engine/readers/docx';
import { addDocxComments, type DocxComment } from '../../src/engine/writers/docx-comments';
import { findingComments } from '../../src/engine/deliverables/comments';
import { analyze } from '../../src/engine';
import { IMPORT_NOTICE_HOW, RULE_ADVICE, messages } from '../../src/engine/messages';
import { main } from '../../src/cli/main';
import { oneStyleComment } from '../../src/cli/annotate';
import { BlockSpec, CHINESE_WORD_STYLES, gbtAbstractNum, makeDocx } from '../support/docx-writer';

const OPTIONS = { author: '对照检查助手', initials: '对照', date: '2026-11-30T00:00:00Z' };

/** Paragraphs in many shapes: what the reader's offsets must survive. */
const BODY: BlockSpec[] = [
  { text: '关于2025年度民主生活会对照检查材料', style: 'a3' },
  { text: '存在的主要问题', style: '1', numId: 1 },
  { runs: ['一是理论学习', { text: '不够深入', bold: true }, '，比如读原著少。'] },
  { runs: ['二是', { tab: true }, '联系群众', { br: true }, '不够紧密。'] },
  { runs: ['见', { field: 'PAGE', result: '12' }, '页所列问题。'] },
  { runs: ['原文', { text: '删掉的话', deleted: true }, '保留', { text: '新加的话', inserted: true }, '结尾。'] },
  { runs: ['看得见', { text: '看不见', hidden: true }, '的文字。'] },
  { runs: ['链接前', { raw: '<w:hyperlink r:id="rId99"><w:r><w:t>超链接文字</w:t></w:r></w:hyperlink>' }, '链接后。'] },
  { runs: [{ raw: '<w:r><w:t>A&amp;B&lt;C&gt; 和 “引号” 𠀀字</w:t></w:r>' }] },
  { runs: [{ raw: '<w:r><w:rPr><w:b/></w:rPr><w:t>第一段</w:t><w:tab/><w:t xml:space="preserve"> 第二段 </w:t></w:r>' }] },
  { runs: [{ br: true }, '前面有换行的段落。'] },
  { text: '' },
  { kind: 'raw', xml: '<w:p/>' },
  {
    kind: 'table',
    rows: [
      [[{ text: '问题' }], [{ text: '整改措施' }]],
      [[{ text: '学习不深' }], [{ runs: ['每月', { text: '学习2次', bold: true }] }]],
    ],
  },
  { runs: [{ raw: '<w:sdt><w:sdtContent><w:r><w:t>内容控件里的字</w:t></w:r></w:sdtContent></w:sdt>' }, '之后。'] },
];

async function sample(extra: Partial<Parameters<typeof makeDocx>[0]> = {}): Promise<Uint8Array> {
  return makeDocx({ body: BODY, styles: CHINESE_WORD_STYLES, abstractNums: [gbtAbstractNum(1)], nums: [{ id: 1, abstractId: 1 }], ...extra });
}

async function entries(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Uint8Array>();
  for (const name of Object.keys(zip.files)) if (!zip.files[name].dir) out.set(name, await zip.files[name].async('uint8array'));
  return out;
}

async function part(bytes: Uint8Array, name: string): Promise<string> {
  const f = (await JSZip.loadAsync(bytes)).file(name);
  return f ? f.async('string') : '';
}

/** Each comment's anchored text, read back by turning its range markers into visible brackets. */
async function anchoredTexts(bytes: Uint8Array): Promise<Map<number, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const doc = await zip.file('word/document.xml')!.async('string');
  const marked = doc
    .replace(/<w:commentRangeStart w:id="(\d+)"\/>/g, '<w:r><w:t>⟦$1⟧</w:t></w:r>')
    .replace(/<w:commentRangeEnd w:id="(\d+)"\/>/g, '<w:r><w:t>⟦/$1⟧</w:t></w:r>');
  zip.file('word/document.xml', marked);
  const ps = await readDocx(await zip.generateAsync({ type: 'uint8array' }));
  const all = ps.map((p) => p.text).join('\u0001');
  const out = new Map<number, string>();
  for (const m of all.matchAll(/⟦(\d+)⟧([\s\S]*?)⟦\/\1⟧/g)) out.set(Number(m[1]), m[2]);
  return out;
}

/**
 * Whether `after` is `before` with only our markup added: comment markers and reference runs,
 * and run splits (`</w:t></w:r>` markers `<w:r …><w:rPr>…</w:rPr><w:t xml:space="preserve">`).
 * Compared a tag or a character at a time; w:t start tags are compared with xml:space="preserve".
 */
function onlyMarkupAdded(after: string, before: string): boolean {
  const norm = (x: string) => x.replace(/<w:t>/g, '<w:t xml:space="preserve">');
  const a = norm(after);
  const b = norm(before);
  const tokens = (x: string) => [...x.matchAll(/<[^>]+>|[^<]/gu)].map((m) => ({ t: m[0], at: m.index! }));
  const ta = tokens(a);
  const tb = tokens(b);
  const marks = '(?:<w:commentRangeStart w:id="\\d+"/>|<w:commentRangeEnd w:id="\\d+"/>|<w:r><w:commentReference w:id="\\d+"/></w:r>)+';
  const rPr = '(?:<w:rPr>(?:(?!</w:rPr>).)*</w:rPr>)?';
  const added = [
    new RegExp(`</w:t></w:r>${marks}<w:r(?: [^>]*)?>${rPr}<w:t xml:space="preserve">`, 'y'),
    new RegExp(`</w:r>${marks}<w:r(?: [^>]*)?>${rPr}`, 'y'),
    new RegExp(marks, 'y'),
  ];
  // Alignment with backtracking: the same token on both sides, or one of our insertions in `after`.
  const failed = new Set<number>();
  const align = (i: number, j: number): boolean => {
    for (;;) {
      if (i === ta.length) return j === tb.length;
      const key = i * (tb.length + 1) + j;
      if (failed.has(key)) return false;
      for (const re of added) {
        re.lastIndex = ta[i].at;
        if (!re.test(a)) continue;
        let k = i;
        while (k < ta.length && ta[k].at < re.lastIndex) k++;
        if (align(k, j)) return true;
      }
      if (j < tb.length && ta[i].t === tb[j].t) {
        i++;
        j++;
        continue;
      }
      failed.add(key);
      return false;
    }
  };
  return align(0, 0);
}

test('every span in every paragraph: same paragraphs read back, the exact words anchored, nothing else changed', async () => {
  const original = await sample();
  const paragraphs = await readDocx(original);
  const before = await entries(original);
  const originalDoc = await part(original, 'word/document.xml');
  const nonEmpty = paragraphs.filter((p) => p.text.length > 0);
  await fc.assert(
    fc.asyncProperty(
      fc.array(
        fc.record({ p: fc.integer({ min: 0, max: nonEmpty.length - 1 }), a: fc.nat(), b: fc.nat() }),
        { minLength: 1, maxLength: 6 },
      ),
      async (picks) => {
        // One comment per paragraph (as the tool makes them).
        const seen = new Set<number>();
        const comments: DocxComment[] = [];
        for (const k of picks) {
          const p = nonEmpty[k.p];
          if (seen.has(p.index)) continue;
          seen.add(p.index);
          // Spans on character boundaries (never inside a surrogate pair), as findings are.
          const low = (i: number) => /[\udc00-\udfff]/.test(p.text[i] ?? '');
          let start = k.a % p.text.length;
          if (low(start)) start--;
          let length = 1 + (k.b % (p.text.length - start));
          if (low(start + length)) length++;
          comments.push({ paragraph: p.index, start, length, lines: [`批注${p.index}`] });
        }
        const r = await addDocxComments(original, comments, OPTIONS);
        expect(r.widened).toEqual([]);
        expect(await readDocx(r.bytes)).toEqual(paragraphs);
        const anchored = await anchoredTexts(r.bytes);
        comments.forEach((c, i) => {
          const text = paragraphs[c.paragraph].text;
          expect(anchored.get(r.ids[i])).toBe(text.slice(c.start!, c.start! + c.length!));
        });
        const after = await entries(r.bytes);
        for (const [name, bytes] of before) {
          if (['word/document.xml', 'word/_rels/document.xml.rels', '[Content_Types].xml'].includes(name)) continue;
          expect(Buffer.from(after.get(name)!).equals(Buffer.from(bytes))).toBe(true);
        }
        expect(onlyMarkupAdded(await part(r.bytes, 'word/document.xml'), originalDoc)).toBe(true);
      },
    ),
    { numRuns: 20 },
  );
}, 60_000);

test('whole-paragraph comments (no span), empty and self-closing paragraphs, ids after existing comments', async () => {
  const original = await sample({ comments: ['原有批注一', '原有批注二'] });
  const paragraphs = await readDocx(original);
  const comments: DocxComment[] = paragraphs.map((p) => ({ paragraph: p.index, lines: ['整段', '第二行'] }));
  const r = await addDocxComments(original, comments, OPTIONS);
  expect(await readDocx(r.bytes)).toEqual(paragraphs);
  const anchored = await anchoredTexts(r.bytes);
  // (A leading line break stays inside a whole-paragraph range; the reader trims it from the text.)
  paragraphs.forEach((p, i) => expect(anchored.get(r.ids[i])?.replace(/^\n+|\n+$/g, '')).toBe(p.text));
  expect(Math.min(...r.ids)).toBeGreaterThan(1);
  expect(new Set(r.ids).size).toBe(r.ids.length);
  const xml = await part(r.bytes, 'word/comments.xml');
  expect(xml).toContain('原有批注一');
  expect(xml).toContain('原有批注二');
  expect(xml.match(/w:author="对照检查助手"/g)).toHaveLength(paragraphs.length);
  for (const id of r.ids) expect(xml).toContain(`<w:comment w:id="${id}" w:author="对照检查助手"`);
  // The existing comments part, its relationship and content type are not duplicated.
  expect((await part(r.bytes, 'word/_rels/document.xml.rels')).match(/\/comments"/g)).toHaveLength(1);
  expect((await part(r.bytes, '[Content_Types].xml')).match(/comments\+xml/g)).toHaveLength(1);
  const doc = await part(r.bytes, 'word/document.xml');
  // (<w:p/> becomes <w:p>…</w:p> to hold its markers.)
  expect(onlyMarkupAdded(doc, (await part(original, 'word/document.xml')).replace('<w:p/>', '<w:p></w:p>'))).toBe(true);
  // The check itself fails on any other change.
  expect(onlyMarkupAdded(doc.replace('存在的主要问题', '存在的问题'), await part(original, 'word/document.xml'))).toBe(false);
  expect(onlyMarkupAdded(doc.replace('<w:b/>', ''), await part(original, 'word/document.xml'))).toBe(false);
});

test('a new comments part gets one relationship and one content-type override; the old parts are extended, not rewritten', async () => {
  const original = await sample();
  const r = await addDocxComments(original, [{ paragraph: 2, start: 2, length: 4, lines: ['x'] }], OPTIONS);
  const rels = await part(r.bytes, 'word/_rels/document.xml.rels');
  const oldRels = await part(original, 'word/_rels/document.xml.rels');
  expect(rels.startsWith(oldRels.slice(0, oldRels.lastIndexOf('</Relationships>')))).toBe(true);
  expect(rels.match(/relationships\/comments" Target="comments.xml"/g)).toHaveLength(1);
  const types = await part(r.bytes, '[Content_Types].xml');
  expect(types).toContain('<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>');
});

test('the copy holds the document\'s own zip entries and word/comments.xml, nothing else (no folder entries: t24)', async () => {
  const names = async (bytes: Uint8Array) => Object.keys((await JSZip.loadAsync(bytes)).files).sort();
  // As Word and python-docx write them: file entries only (JSZip, which made the sample, adds folders).
  const withoutFolders = async (bytes: Uint8Array) => {
    const from = await JSZip.loadAsync(bytes);
    const to = new JSZip();
    for (const [name, f] of Object.entries(from.files)) if (!f.dir) to.file(name, await f.async('uint8array'), { createFolders: false });
    return to.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  };
  // A new comments part, and an existing one extended.
  for (const original of [await withoutFolders(await sample()), await withoutFolders(await sample({ comments: ['原有批注'] }))]) {
    const before = await names(original);
    const r = await addDocxComments(original, [{ paragraph: 2, start: 2, length: 4, lines: ['x'] }], OPTIONS);
    const after = await names(r.bytes);
    expect(after).toEqual([...new Set([...before, 'word/comments.xml'])].sort());
    expect(after.filter((n) => n.endsWith('/'))).toEqual(before.filter((n) => n.endsWith('/')));
  }
});

test('findings group into one comment per paragraph, spanning all their words, whole paragraph when one has no span', () => {
  const paragraphs = [
    { index: 0, text: '一二三四五六七八九十' },
    { index: 1, text: '甲乙丙丁' },
  ];
  const f = (paragraph: number, start?: number, length?: number) => ({
    rule: 'numbering',
    severity: 'warning' as const,
    message: `消息${paragraph}${start ?? ''}`,
    paragraph,
    excerpt: '',
    ...(start !== undefined ? { start, length } : {}),
  });
  const c = findingComments([f(0, 6, 2), f(1), f(0, 1, 2), f(1, 0, 1), f(7, 0, 1)], paragraphs);
  expect(c.map((x) => [x.paragraph, x.start, x.length])).toEqual([
    [0, 1, 7],
    [1, undefined, undefined],
  ]);
  expect(c[0].lines).toEqual(['【警告】消息06', expect.stringMatching(/^建议：/), '【警告】消息01', expect.stringMatching(/^建议：/)]);
  // A span past the paragraph's end falls back to the whole paragraph.
  expect(findingComments([f(1, 3, 5)], paragraphs)[0].start).toBeUndefined();
});

test('one comment lists its paragraph\'s findings the most serious first, in report order within a severity (t24)', () => {
  const paragraphs = [{ index: 0, text: '三、整改措施' }];
  const f = (severity: 'error' | 'warning' | 'info', n: number) => ({ rule: 'numbering', severity, message: `${severity}${n}`, paragraph: 0, excerpt: '' });
  for (const order of [
    [f('info', 1), f('warning', 1), f('error', 1)],
    [f('warning', 1), f('info', 1), f('warning', 2), f('error', 1)],
    [f('info', 1), f('info', 2), f('error', 1)],
  ]) {
    const tags = findingComments(order, paragraphs)[0].lines.filter((l) => l.startsWith('【')).map((l) => l.replace(/^【.*?】/, ''));
    const expected = ['error', 'warning', 'info'].flatMap((s) => order.filter((x) => x.severity === s).map((x) => x.message));
    expect(tags).toEqual(expected);
  }
});

// A comment does not say the advice again when the message already says it (a trial found
// 建议 repeating the message almost word for word); other advice stays.
test.each([
  ['uncovered-problem', '问题“联系群众不够”在整改措施中没有找到对应的措施。请补写针对这一问题的具体措施，做到问题—措施一一对应。', false],
  ['no-example', '问题“自身要求有所放松”没有具体事例：可用“比如”举出具体的事、数字或项目，做到见人见事见思想。', false],
  ['numbering', '编号跳号：此处应为“（四）”，写成了“（五）”。', true],
  ['placeholder', '共 9 处占位内容尚未填写，这是第 1 处（“XX”）。', true],
  ['missing-aspect', '未找到第3个方面“带头践行以人民为中心的发展思想”的问题查摆。', true],
])('%s: advice %s', (rule, message, advised) => {
  const c = findingComments([{ rule, severity: 'warning', message, paragraph: 0, excerpt: '' }], [{ index: 0, text: '正文' }]);
  expect(c[0].lines[0]).toBe(`【警告】${message}`);
  expect(c[0].lines.length).toBe(advised ? 2 : 1);
  if (advised) expect(c[0].lines[1]).toBe(`建议：${RULE_ADVICE[rule]}`);
});

// A copy sent back to the writer (--annotate) names neither the command nor the pane's buttons
// (a trial's 2026 copies told the writer to run duizhao template from-notice).
test.each(['cli', 'pane'] as const)('unknown-template in a copy for the writer, from the %s wording', (surface) => {
  const message = messages.unknownTemplate(2026, surface, '民主生活会');
  const f = { rule: 'unknown-template', severity: 'warning' as const, message, paragraph: 0, excerpt: '' };
  const copy = findingComments([f], [{ index: 0, text: '2026年度民主生活会对照检查材料' }], { surface: 'document' })[0].lines.join('\n');
  expect(copy).not.toMatch(/duizhao|--template|从通知导入|使用此模板/);
  expect(copy).toContain(IMPORT_NOTICE_HOW.document);
  expect(copy.split(IMPORT_NOTICE_HOW.document)).toHaveLength(2);
  // Other findings and the default surface are as given.
  expect(findingComments([f], [{ index: 0, text: '正文' }])[0].lines[0]).toContain(message);
  const other = { ...f, rule: 'numbering', message: '编号跳号：此处应为“（四）”，写成了“（五）”。' };
  expect(findingComments([other], [{ index: 0, text: '正文' }], { surface: 'document' })[0].lines[0]).toBe(`【警告】${other.message}`);
});

// Typed headings without a heading style: one comment for all of them in the writer's copy (a
// trial's copy had 10 of its 14 comments about styles), as many as there are otherwise.
test.each([
  ['parts and aspects typed', ['一、存在的主要问题', '（一）带头深刻感悟“两个确立”的决定性意义方面', '一是理论学习不深。', '（二）带头牢记我们党是什么、要干什么这个根本问题方面', '一是联系群众不够。', '二、原因分析', '理想信念有所松懈。', '三、整改措施', '（一）加强学习，每月2次。'], 5],
  ['parts only', ['一、存在的主要问题', '一是理论学习不深。', '二是联系群众不够。', '二、原因分析', '理想信念有所松懈。', '三、整改措施', '每月学习2次。'], 3],
])('--annotate: %s → one comment for the unstyled headings', async (_name, lines, n) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-annotate-styles-'));
  const src = path.join(dir, '材料.docx');
  fs.writeFileSync(src, await makeDocx({ body: (lines as string[]).map((text) => ({ text })) }));
  const input = { paragraphs: await readDocx(fs.readFileSync(src)), source: 'docx' as const };
  const each = analyze(input).findings.filter((f) => f.rule === 'unstyled-heading');
  expect(each).toHaveLength(n as number);
  await main([src, '--annotate', path.join(dir, 'out')], () => {}, () => {});
  const xml = await part(fs.readFileSync(path.join(dir, 'out', '材料.docx')), 'word/comments.xml');
  const texts = (xml.match(/<w:comment [\s\S]*?<\/w:comment>/g) ?? []).map((c) => (c.match(/<w:t[^>]*>([^<]*)<\/w:t>/g) ?? []).join(''));
  const style = texts.filter((c) => c.includes('未使用 Word 标题样式'));
  expect(style).toHaveLength(1);
  expect(style[0]).toContain(`等 ${n} 个标题`);
  // Anchored at the first heading's paragraph: the first comment in document order about styles.
  expect(style[0]).toContain('一、存在的主要问题');
});

// Annotated copies written inside the folder being checked would be read as materials next time
// (a trial's next run named each copy ~100% alike to its original): said once on stderr.
// Where the copies are refused (the folder of a .docx being checked), the refusal is said alone:
// a trial got the note and then the refusal, the note naming the folder twice (t26 #7).
test.each([
  ['a subfolder of the folder checked', (d: string) => [d, '--annotate', path.join(d, '批注')], 'inside', true],
  ['the folder checked itself, its .docx files all in a subfolder', (d: string) => [d, '--annotate', d], 'same', false],
  ['the folder checked itself, a .docx in it', (d: string) => [d, '--annotate', d], 'refused', true],
  ['the folder checked itself, given with a trailing slash', (d: string) => [`${d}/`, '--annotate', `${d}/`], 'refused', true],
  ['a folder beside it', (d: string) => [d, '--annotate', `${d}-批注`], 'none', true],
  ['a subfolder of a file\'s own folder, the file given by name', (d: string) => [path.join(d, '材料.docx'), '--annotate', path.join(d, '批注')], 'none', true],
])('--annotate into %s: a note on stderr only where the next check would read the copies', async (_name, args, said, topDocx) => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-annotate-inside-'));
  const bytes = await makeDocx({ body: ['一、存在的主要问题', '一是理论学习不深。'].map((text) => ({ text })) });
  fs.mkdirSync(path.join(d, 'sub'));
  fs.writeFileSync(path.join(d, 'sub', '材料.docx'), bytes);
  if (topDocx) fs.writeFileSync(path.join(d, '材料.docx'), bytes);
  const err: string[] = [];
  const code = await main((args as (d: string) => string[])(d), () => {}, (s) => err.push(s));
  const notes = err.filter((l) => l.includes('下次检查这个文件夹时，副本也会被当作材料检查'));
  expect(notes.length).toBe(said === 'inside' || said === 'same' ? 1 : 0);
  if (said === 'refused') {
    expect(code).toBe(2);
    expect(err).toEqual([expect.stringContaining('无法写出：批注副本的输出文件夹不能是原文件所在的文件夹')]);
  }
  // The folder is named once, and the note says the copies will go there (not that they went).
  for (const n of notes) {
    expect(n).toMatch(/^注意：批注副本将写在/);
    expect(n.split(d).length - 1).toBe(1);
    expect(n).toContain(said === 'same' ? `要检查的文件夹（${d}）中，` : `要检查的文件夹（${d}）内的“批注”文件夹中，`);
  }
});

const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice', '/usr/lib/libreoffice/program/soffice'].find((p) => fs.existsSync(p));

test('the CLI writes an annotated copy LibreOffice opens with the comments in place (needs soffice)', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-annotate-'));
  const lines = ['一、存在的主要问题', '（一）带头深刻感悟“两个确立”的决定性意义方面', '一是理论学习不深。', '三、整改措施', '（一）加强学习。'];
  const src = path.join(dir, '材料.docx');
  fs.writeFileSync(src, await makeDocx({ body: lines.map((text) => ({ text })) }));
  const out = path.join(dir, 'out');
  const err: string[] = [];
  const code = await main([src, '--annotate', out], () => {}, (s) => err.push(s));
  expect(code).toBe(1);
  const copy = path.join(out, '材料.docx');
  expect(err.join('\n')).toContain('已写出带批注的副本');
  const bytes = fs.readFileSync(copy);
  const paragraphs = await readDocx(bytes);
  expect(paragraphs.map((p) => p.text)).toEqual(lines);
  const analysis = analyze({ paragraphs, source: 'docx' });
  // The unstyled headings are one comment (oneStyleComment); every other finding's paragraph has one.
  const commented = new Set(oneStyleComment(analysis.findings, { paragraphs, source: 'docx' }).map((f) => f.paragraph));
  expect(commented.size).toBeLessThan(new Set(analysis.findings.map((f) => f.paragraph)).size);
  const comments = await part(bytes, 'word/comments.xml');
  expect(comments.match(/<w:comment /g)).toHaveLength(commented.size);
  // The source is never written over.
  expect(await main([src, '--annotate', dir], () => {}, () => {})).toBe(2);
  if (!soffice) {
    console.warn('soffice not found: LibreOffice check skipped (install Debian package libreoffice-writer-nogui)');
    return;
  }
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-lo-'));
  execFileSync(soffice, [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'fodt', '--outdir', dir, copy], {
    timeout: 120_000,
    stdio: 'pipe',
  });
  const fodt = fs.readFileSync(path.join(dir, '材料.fodt'), 'utf8');
  const annotations = fodt.match(/<office:annotation\b[\s\S]*?<\/office:annotation>/g) ?? [];
  expect(annotations.length).toBe(commented.size);
  for (const a of annotations) expect(a).toContain('对照检查助手');
  expect(fodt).toContain('一是理论学习不深。');
}, 180_000);

/**
 * A copy annotated before and sent back (t24: annotating it again gave 20 comments, 10 of them out
 * of date): with `replaceOwn` this author's earlier comments — their text, range markers, reference
 * runs and Word's side entries (commentsExtended, commentsIds, commentsExtensible) — go first; a
 * human reviewer's comments and everything the writer typed stay.
 */
describe('replacing this tool\'s earlier comments', () => {
  const REPLACE = { ...OPTIONS, replaceOwn: true };
  const ours = (xml: string) => (xml.match(/w:author="对照检查助手"/g) ?? []).length;

  test('annotated twice: as many of ours as the second time adds, the human comments kept, the text unchanged', async () => {
    const original = await sample({ comments: ['人工批注一', '人工批注二'] });
    const paragraphs = await readDocx(original);
    const first = await addDocxComments(original, [{ paragraph: 2, start: 2, length: 4, lines: ['旧一'] }, { paragraph: 3, lines: ['旧二'] }, { paragraph: 6, lines: ['旧三'] }], REPLACE);
    expect(first.removed).toBe(0);
    const second = await addDocxComments(first.bytes, [{ paragraph: 2, start: 0, length: 2, lines: ['新一'] }, { paragraph: 9, lines: ['新二'] }], REPLACE);
    expect(second.removed).toBe(3);
    const xml = await part(second.bytes, 'word/comments.xml');
    expect(ours(xml)).toBe(2);
    expect(xml).not.toMatch(/旧一|旧二|旧三/);
    expect(xml).toContain('人工批注一');
    expect(xml).toContain('人工批注二');
    expect(await readDocx(second.bytes)).toEqual(paragraphs);
    // Only the second time's markup is added to the original document (the first's is gone).
    const doc = await part(second.bytes, 'word/document.xml');
    for (const id of first.ids) expect(doc).not.toMatch(new RegExp(`<w:comment(RangeStart|RangeEnd|Reference) w:id="${id}"`));
    expect(onlyMarkupAdded(doc, await part(original, 'word/document.xml'))).toBe(true);
    const anchored = await anchoredTexts(second.bytes);
    expect(anchored.get(second.ids[0])).toBe(paragraphs[2].text.slice(0, 2));
  });

  test('without replaceOwn the earlier comments stay (an explicit choice, as before)', async () => {
    const first = await addDocxComments(await sample(), [{ paragraph: 2, lines: ['旧'] }], OPTIONS);
    const second = await addDocxComments(first.bytes, [{ paragraph: 3, lines: ['新'] }], OPTIONS);
    expect(second.removed).toBe(0);
    expect(ours(await part(second.bytes, 'word/comments.xml'))).toBe(2);
  });

  test('Word\'s side parts lose the removed comments\' entries and keep the others', async () => {
    const first = await addDocxComments(await sample({ comments: ['人工'] }), [{ paragraph: 2, lines: ['旧'] }], REPLACE);
    // As Word saves it: each comment paragraph with a w14:paraId, and the three side parts keyed by it.
    const zip = await JSZip.loadAsync(first.bytes);
    let comments = (await zip.file('word/comments.xml')!.async('string'))
      .replace(/(<w:comment [^>]*w:author="t"[^>]*>)<w:p>/, '$1<w:p w14:paraId="0000AAAA">')
      .replace(/(<w:comment [^>]*w:author="对照检查助手"[^>]*>)<w:p>/, '$1<w:p w14:paraId="0000BBBB">')
      .replace('<w:comments ', '<w:comments xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" ');
    zip.file('word/comments.xml', comments);
    zip.file('word/commentsExtended.xml', '<w15:commentsEx xmlns:w15="x"><w15:commentEx w15:paraId="0000AAAA" w15:done="0"/><w15:commentEx w15:paraId="0000BBBB" w15:done="0"/></w15:commentsEx>');
    zip.file('word/commentsIds.xml', '<w16cid:commentsIds xmlns:w16cid="y"><w16cid:commentId w16cid:paraId="0000AAAA" w16cid:durableId="11111111"/><w16cid:commentId w16cid:paraId="0000BBBB" w16cid:durableId="22222222"/></w16cid:commentsIds>');
    zip.file('word/commentsExtensible.xml', '<w16cex:commentsExtensible xmlns:w16cex="z"><w16cex:commentExtensible w16cex:durableId="11111111" w16cex:dateUtc="2026-01-01T00:00:00Z"/><w16cex:commentExtensible w16cex:durableId="22222222" w16cex:dateUtc="2026-01-01T00:00:00Z"/></w16cex:commentsExtensible>');
    const saved = await zip.generateAsync({ type: 'uint8array' });
    const second = await addDocxComments(saved, [{ paragraph: 3, lines: ['新'] }], REPLACE);
    expect(second.removed).toBe(1);
    comments = await part(second.bytes, 'word/comments.xml');
    expect(comments).toContain('0000AAAA');
    expect(comments).not.toContain('0000BBBB');
    for (const [name, kept, gone] of [
      ['word/commentsExtended.xml', '0000AAAA', '0000BBBB'],
      ['word/commentsIds.xml', '11111111', '22222222'],
      ['word/commentsExtensible.xml', '11111111', '22222222'],
    ]) {
      const x = await part(second.bytes, name);
      expect(x).toContain(kept);
      expect(x).not.toContain(gone);
    }
  });

  test('a self-closed empty comment by someone else is kept, and ends where it closes', async () => {
    const first = await addDocxComments(await sample({ comments: ['人工'] }), [{ paragraph: 2, lines: ['旧'] }], REPLACE);
    const zip = await JSZip.loadAsync(first.bytes);
    // Someone's empty comment written self-closed, before ours; a full one of theirs after.
    const xml = (await zip.file('word/comments.xml')!.async('string')).replace(/(<w:comment [^>]*w:author="对照检查助手")/, '<w:comment w:id="90" w:author="t"/>$1').replace('</w:comments>', '<w:comment w:id="91" w:author="t"><w:p><w:r><w:t>之后的人工批注</w:t></w:r></w:p></w:comment></w:comments>');
    zip.file('word/comments.xml', xml);
    const second = await addDocxComments(await zip.generateAsync({ type: 'uint8array' }), [{ paragraph: 3, lines: ['新'] }], REPLACE);
    expect(second.removed).toBe(1);
    const after = await part(second.bytes, 'word/comments.xml');
    expect(after).toContain('<w:comment w:id="90" w:author="t"/>');
    expect(after).toContain('之后的人工批注');
    expect(after).toContain('人工');
    expect(after).not.toContain('旧');
    expect(ours(after)).toBe(1);
  });

  test('the CLI replaces its own comments when a returned copy is annotated again', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-reannotate-'));
    const file = path.join(dir, '材料.docx');
    fs.writeFileSync(file, await makeDocx({ body: ['二、存在的主要问题', '一是理论学习不够深入。', '二是调查研究不够。', '三、原因分析', '理想信念有所松懈。', '四、整改措施', '加强学习。'].map((text) => ({ text })) }));
    const out1 = path.join(dir, '批注1');
    const out2 = path.join(dir, '批注2');
    const lines: string[] = [];
    await main([file, '--annotate', out1], (s) => lines.push(s), (s) => lines.push(s));
    const copy = path.join(out1, fs.readdirSync(out1)[0]);
    const n1 = ours(await part(fs.readFileSync(copy), 'word/comments.xml'));
    expect(n1).toBeGreaterThan(0);
    lines.length = 0;
    await main([copy, '--annotate', out2], (s) => lines.push(s), (s) => lines.push(s));
    const again = path.join(out2, fs.readdirSync(out2)[0]);
    expect(ours(await part(fs.readFileSync(again), 'word/comments.xml'))).toBe(n1);
    expect(lines.join('\n')).toContain(`替换了原有的 ${n1} 条本助手批注`);
  });
});
