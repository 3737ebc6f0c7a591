/**
 * @jest-environment jsdom
 *
 * t24 M9: a styled .docx pasted into the preview lost its heading styles (m06: 11 unstyled-heading
 * hints against 1 from the CLI on the same file; 添加为批注 then added 10 heading comments). The
 * clipboard's HTML says which paragraphs are headings (<h1>/<h2> from mammoth or a web page; Word's
 * own HTML: <h1>, or classes its style sheet names 标题 1 / heading 1, or mso-outline-level); both
 * paste paths now keep them: plain lines through the model (MemoryDocument.pasteText) and the
 * browser's own paste of a fragment with a table (readDom after the paste's input).
 */
import { act } from '@testing-library/react';
import { readDom } from '../../src/preview/DocumentView';
import { MemoryDocument } from '../../src/preview/memoryDocument';
import { MemoryGateway } from '../../src/preview/memoryGateway';
import { headingClasses, htmlHeadingLevels } from '../../src/preview/pastedHeadings';
import { runAnalysis } from '../../src/taskpane/analysisCore';
import { mount, paste } from '../support/preview-page';


/** The caret at the start of the page's first paragraph (an empty document: Ctrl+A, Delete). */
function caretAtStart(root: HTMLElement) {
  const r = document.createRange();
  r.setStart(root.querySelector('p')!, 0);
  r.collapse(true);
  window.getSelection()!.removeAllRanges();
  window.getSelection()!.addRange(r);
}


/** What the browser's own paste does: the fragment's blocks into the page (source line breaks collapsed to spaces), then an input event. */
function browserPaste(root: HTMLElement, html: string) {
  const body = new DOMParser().parseFromString(html, 'text/html').body;
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) n.nodeValue = (n.nodeValue ?? '').replace(/[\r\n]+/g, ' ');
  const blocks = Array.from(body.querySelectorAll('body > div > *, body > *:not(div)'));
  act(() => {
    root.replaceChildren(...blocks.map((c) => document.importNode(c, true)));
    const e = new Event('input', { bubbles: true });
    Object.defineProperty(e, 'inputType', { value: 'insertFromPaste' });
    root.dispatchEvent(e);
  });
}

/** A personal material (5 aspects) as lines: [text, heading level in the styled original]. */
const MATERIAL: [string, number][] = [
  ['××乡党委书记2025年度民主生活会个人对照检查材料', 0],
  ['按照县委通知要求，本人认真查摆问题，现对照检查如下。', 0],
  ['一、存在的主要问题', 1],
  ['（一）带头强化政治忠诚、提高政治能力方面', 2],
  ['落实上级部署有时打折扣，比如河道清障工作存在“一刀切”现象。', 0],
  ['（二）带头固本培元、增强党性方面', 2],
  ['理论学习不够深入，比如全年自学笔记不足8000字。', 0],
  ['（三）带头敬畏人民、敬畏组织、敬畏法纪方面', 2],
  ['落实八项规定精神有松懈，比如接待检查时有超标准安排工作餐的情况。', 0],
  ['（四）带头干事创业、担当作为方面', 2],
  ['推动项目落地办法不多，比如签约项目6个，开工仅2个。', 0],
  ['（五）带头坚决扛起管党治党责任方面', 2],
  ['对村干部监督偏松，比如有1名村干部插手工程项目被立案。', 0],
  ['二、原因分析', 1],
  ['究其原因，一是理论学习不系统；二是宗旨意识有所淡化。', 0],
  ['三、整改措施', 1],
  ['一是每周固定半天自学，全年笔记不少于2万字。二是签约项目逐一包保，2026年6月底前开工4个。', 0],
  ['对照检查人：陈××', 0],
  ['2025年12月28日', 0],
];
const PLAIN = MATERIAL.map(([t]) => t).join('\n');
const LEVELS = MATERIAL.map(([, l]) => l);

/** As mammoth (or a web page) writes it: <h1>/<h2>, <p>. */
const MAMMOTH = MATERIAL.map(([t, l]) => (l ? `<h${l}>${t}</h${l}>` : `<p>${t}</p>`)).join('');

/** As Word puts it on the clipboard: custom heading classes in its style sheet, source lines wrapped inside paragraphs. */
const WORD = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style><!--
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal {mso-style-parent:""; margin:0cm; font-size:16.0pt;}
p.a3, li.a3, div.a3 {mso-style-name:"标题 1"; mso-style-link:"标题 1 字符"; mso-outline-level:1; font-family:黑体;}
p.a5, li.a5, div.a5 {mso-style-name:"标题 2"; mso-outline-level:2; font-family:楷体;}
--></style></head><body lang=ZH-CN><div class=WordSection1>
${MATERIAL.map(([t, l]) => `<p class=${l === 1 ? 'a3' : l === 2 ? 'a5' : 'MsoNormal'}><span lang=ZH-CN>${t.slice(0, 6)}\r\n${t.slice(6)}</span></p>`).join('\r\n')}
</div></body></html>`;

const levels = (doc: MemoryDocument) => doc.paragraphs.map((p) => p.level);

async function unstyledHints(doc: MemoryDocument) {
  const report = runAnalysis({ paragraphs: await new MemoryGateway(doc).read(), source: 'word' });
  return report.groups.flatMap((g) => g.findings).filter((f) => f.rule === 'unstyled-heading').length;
}

describe('the headings a pasted HTML fragment carries', () => {
  test.each([
    ['<h1>/<h2> (mammoth, a web page)', MAMMOTH],
    ['Word\'s classes named 标题 1 / 标题 2 in its style sheet, lines wrapped in the source', WORD],
    ['an inline mso-outline-level', MATERIAL.map(([t, l]) => `<p class=MsoNormal${l ? ` style='mso-outline-level:${l}'` : ''}>${t}</p>`).join('')],
    ['Word\'s own <h1>/<h2> with its list numbers in spans', MATERIAL.map(([t, l]) => (l ? `<h${l}><span style='mso-list:Ignore'>${t.slice(0, 2)}</span><span>${t.slice(2)}</span></h${l}>` : `<p class=MsoNormal>${t}</p>`)).join('')],
  ])('%s', (_n, html) => {
    const got = htmlHeadingLevels(html);
    expect([...got.values()].sort()).toEqual(LEVELS.filter((l) => l > 0).sort());
    for (const [t, l] of MATERIAL) expect([t, got.get(t) ?? 0]).toEqual([t, l]);
  });

  test('style sheet classes: by style name (标题 N, heading N) or outline level; other styles none', () => {
    const css = 'p.MsoNormal, li.MsoNormal {margin:0} p.a1 {mso-style-name:"heading 3"} .x9 {mso-outline-level:2} p.MsoTitle {mso-style-name:标题} p.a7 {mso-style-name:"标题 1 字符"}';
    expect([...headingClasses(css)]).toEqual([['a1', 3], ['x9', 2]]);
  });

  test('a heading in a table cell, and fragments without headings, give none', () => {
    expect(htmlHeadingLevels('<table><tr><td><h2>一、整改措施</h2></td></tr></table><p>正文</p>').size).toBe(0);
    expect(htmlHeadingLevels('<p>一、存在的主要问题</p><p>正文</p>').size).toBe(0);
    expect(htmlHeadingLevels('').size).toBe(0);
  });
});

describe('pasting a styled material into the preview keeps its headings', () => {
  test.each([
    ['mammoth / a web page', MAMMOTH],
    ['Word\'s clipboard', WORD],
  ])('plain lines through the model (%s): heading levels as styled; the unstyled-heading hints as in Word', async (_n, html) => {
    const doc = new MemoryDocument('');
    const root = mount(doc);
    caretAtStart(root);
    expect(paste(root, { 'text/plain': PLAIN, 'text/html': html })).toBe(true);
    expect(doc.paragraphs.map((p) => p.text)).toEqual(MATERIAL.map(([t]) => t));
    expect(levels(doc)).toEqual(LEVELS);
    // Drawn from the model: the headings keep their level when read back after typing.
    expect(readDom(root).map((p) => p.level)).toEqual(LEVELS);
    expect(await unstyledHints(doc)).toBe(0);
  });

  test('the same lines pasted without HTML stay body text (nothing said they were headings)', async () => {
    const doc = new MemoryDocument('');
    const root = mount(doc);
    caretAtStart(root);
    expect(paste(root, { 'text/plain': PLAIN })).toBe(true);
    expect(levels(doc)).toEqual(LEVELS.map(() => 0));
  });

  const TABLE = '<table><tr><td><p>序号</p></td><td><p>整改措施</p></td></tr><tr><td><p>1</p></td><td><p>每周固定半天自学</p></td></tr></table>';
  test.each([
    ['mammoth / a web page: <h1>/<h2> in the page', MAMMOTH.replace('<p>对照检查人', `${TABLE}<p>对照检查人`)],
    ['Word\'s clipboard: classes the page cannot resolve', WORD.replace('<p class=MsoNormal><span lang=ZH-CN>对照检查人', `${TABLE}<p class=MsoNormal><span lang=ZH-CN>对照检查人`)],
  ])('a fragment with a table (the browser pastes it), %s: heading levels kept, cells as cells', async (_n, html) => {
    const doc = new MemoryDocument('');
    const root = mount(doc);
    caretAtStart(root);
    expect(paste(root, { 'text/plain': PLAIN, 'text/html': html })).toBe(false);
    browserPaste(root, html);
    const body = doc.paragraphs.filter((p) => !p.cell);
    expect(body.map((p) => p.text.replace(/\s+/g, ''))).toEqual(MATERIAL.map(([t]) => t));
    expect(body.map((p) => p.level)).toEqual(LEVELS);
    expect(doc.paragraphs.filter((p) => p.cell).map((p) => p.text)).toEqual(['序号', '整改措施', '1', '每周固定半天自学']);
    // Drawn again from the model: data-level on each heading, read back the same after typing.
    expect(root.querySelectorAll('p[data-level="1"]')).toHaveLength(3);
    expect(readDom(root).filter((p) => !p.cell).map((p) => p.level)).toEqual(LEVELS);
    expect(await unstyledHints(doc)).toBe(0);
  });

  test('typing after a paste: a pasted <h2> left in the page is read as a heading, ours by data-level only', () => {
    const doc = new MemoryDocument('甲段');
    const root = mount(doc);
    act(() => {
      const h = document.createElement('h2');
      h.textContent = '（一）带头强化政治忠诚、提高政治能力方面';
      root.appendChild(h);
      root.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(doc.paragraphs.map((p) => [p.text, p.level])).toEqual([['甲段', 0], ['（一）带头强化政治忠诚、提高政治能力方面', 2]]);
  });
});
