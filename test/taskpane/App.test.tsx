/** @jest-environment jsdom */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { createMainThreadAnalyzer, type Analyzer } from '../../src/taskpane/analyzer';
import { AnalysisError } from '../../src/taskpane/analysisError';
import { S } from '../../src/taskpane/strings';
import { MemoryDocument } from '../../src/preview/memoryDocument';
import { MemoryGateway } from '../../src/preview/memoryGateway';
import type { DocumentGateway } from '../../src/word/gateway';
import { PANE_LINES } from '../support/pane-material';

jest.setTimeout(30_000); // a loaded 2-core machine renders Fluent menus slowly in jsdom

jest.mock('../../src/taskpane/workerFactory', () => ({ createAnalysisWorker: () => null }));

const MATERIAL = PANE_LINES.join('\n');

function setup(text: string, overrides: Partial<DocumentGateway> = {}, analyzer: Analyzer = createMainThreadAnalyzer(), templateId?: string) {
  const doc = new MemoryDocument(text);
  const real = new MemoryGateway(doc);
  const gateway: DocumentGateway = {
    capabilities: () => real.capabilities(),
    read: () => real.read(),
    select: (ref) => real.select(ref),
    insert: (p) => real.insert(p),
    readSetting: (key) => real.readSetting(key),
    writeSetting: (key, value) => real.writeSetting(key, value),
    applyFix: (fix) => real.applyFix(fix),
    ...overrides,
  };
  // These tests click 检查 themselves; checking on open and after edits is tested in writer-loop.test.tsx.
  const view = render(<App gateway={gateway} analyzer={analyzer} checkOnOpen={false} templateId={templateId} />);
  return { doc, gateway, view };
}

const checkButton = () => screen.getByRole('button', { name: '检查' });

test('before checking it explains what the check does, in Chinese', () => {
  setup(MATERIAL);
  expect(screen.getByRole('heading', { name: '对照检查助手' })).toBeTruthy();
  expect(screen.getByText(/不会改动您的文字/)).toBeTruthy();
});

test('检查 shows severity counts, the template map and findings grouped by rule', async () => {
  setup(MATERIAL);
  fireEvent.click(checkButton());
  const findings = await screen.findByTestId('findings', {}, { timeout: 5000 });
  const counts = screen.getByTestId('severity-counts');
  expect(counts.textContent).toMatch(/错误 \d+ 项/);
  expect(counts.textContent).toMatch(/警告 \d+ 项/);
  expect(counts.textContent).toMatch(/提示 \d+ 项/);
  // aspects 1 and 2 found, 3..5 missing
  const found = document.querySelectorAll('[data-aspect][data-found=yes]');
  const missing = document.querySelectorAll('[data-aspect][data-found=no]');
  expect(found.length).toBe(2);
  expect(missing.length).toBe(3);
  expect(document.querySelector('[data-part=causes][data-found=yes]')).not.toBeNull();
  // the missing aspects are reported, and the broken "三基层治理" numbering too
  expect(within(findings).getAllByRole('button', { name: /第 \d+ 段/ }).length).toBeGreaterThan(0);
  expect(findings.querySelector('[data-rule=missing-aspect]')).not.toBeNull();
  expect(findings.querySelector('[data-rule=numbering][data-paragraph="6"]')).not.toBeNull();
});

test('opening a finding selects its paragraph through the gateway', async () => {
  const { doc } = setup(MATERIAL);
  fireEvent.click(checkButton());
  const findings = await screen.findByTestId('findings', {}, { timeout: 5000 });
  const item = findings.querySelector('[data-rule=numbering][data-paragraph="6"]') as HTMLElement;
  await act(async () => {
    fireEvent.click(item);
  });
  expect(doc.selection.start).toEqual({ paragraph: 6, offset: 0 });
  expect(doc.selection.end.offset).toBe(doc.paragraphs[6].text.length);
});

test('a heading in the template map is a link to its paragraph', async () => {
  const { doc } = setup(MATERIAL);
  fireEvent.click(checkButton());
  await screen.findByTestId('findings', {}, { timeout: 5000 });
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: /原因分析：已有，定位到该段落/ }));
  });
  expect(doc.selection.start.paragraph).toBe(7);
});

test('a paragraph that vanished gives a Chinese notice, not an error', async () => {
  setup(MATERIAL, {
    select: async () => ({ ok: false, problem: 'not-found', message: 'ItemNotFound' }),
  });
  fireEvent.click(checkButton());
  const findings = await screen.findByTestId('findings', {}, { timeout: 5000 });
  await act(async () => {
    fireEvent.click(within(findings).getAllByRole('button', { name: /第 \d+ 段/ })[0]);
  });
  expect(await screen.findByText(/找不到该段落/)).toBeTruthy();
});

test('an empty document says so and suggests the skeleton', async () => {
  setup('\n  \n');
  fireEvent.click(checkButton());
  expect(await screen.findByText(/文档是空的/)).toBeTruthy();
  expect(screen.queryByTestId('findings')).toBeNull();
});

test('text without any template structure is flagged', async () => {
  setup('今天天气很好。\n我们去公园散步。');
  fireEvent.click(checkButton());
  expect(await screen.findByText(/没有识别出对照检查材料的结构/, {}, { timeout: 5000 })).toBeTruthy();
});

test('a failed read shows a Chinese error and keeps the document untouched', async () => {
  const { doc } = setup(MATERIAL, {
    read: async () => {
      throw new Error('GeneralException');
    },
  });
  fireEvent.click(checkButton());
  expect(await screen.findByText(/读取文档失败/)).toBeTruthy();
  expect(doc.text).toBe(MATERIAL);
  expect(checkButton().hasAttribute('disabled')).toBe(false);
});

test('a failed analysis shows a Chinese error', async () => {
  const broken: Analyzer = { analyze: async () => Promise.reject(new Error('boom')), dispose() {} };
  setup(MATERIAL, {}, broken);
  fireEvent.click(checkButton());
  expect(await screen.findByText(/分析文档时出错/)).toBeTruthy();
});

test('a failed analysis after an empty check: the announcement of the empty check does not stand beside the error', async () => {
  // An empty document is never analysed: the analyser fails on the first text it gets.
  const broken: Analyzer = { analyze: async () => Promise.reject(new Error('boom')), dispose() {} };
  const { doc } = setup('', {}, broken);
  fireEvent.click(checkButton());
  expect(await screen.findByText('检查完成：当前文档没有内容。')).toBeTruthy();
  doc.load(MATERIAL);
  fireEvent.click(checkButton());
  expect(await screen.findByText(/分析文档时出错/)).toBeTruthy();
  expect(screen.queryByText('检查完成：当前文档没有内容。')).toBeNull();
});

test('an analysis stopped at its time limit shows why, and the document is unchanged', async () => {
  const stopped: Analyzer = { analyze: async () => Promise.reject(new AnalysisError(S.analyzeTimeout(25))), dispose() {} };
  setup(MATERIAL, {}, stopped);
  fireEvent.click(checkButton());
  expect(await screen.findByText(/检查超过 25 秒仍未完成，已停止/)).toBeTruthy();
  expect(screen.queryByText(/分析文档时出错/)).toBeNull();
});

test('unsupported Word shows only the explanation', () => {
  const doc = new MemoryDocument(MATERIAL);
  render(<App gateway={new MemoryGateway(doc)} analyzer={createMainThreadAnalyzer()} support="unsupported" />);
  expect(screen.getByText('当前 Word 版本不受支持')).toBeTruthy();
  expect(screen.queryByRole('button', { name: '检查' })).toBeNull();
});

test('unsupported Word names the version Office reported', () => {
  const doc = new MemoryDocument(MATERIAL);
  render(<App gateway={new MemoryGateway(doc)} analyzer={createMainThreadAnalyzer()} support="unsupported" hostVersion="15.0.4420.1017，PC" />);
  expect(screen.getByText(/当前 Word（15\.0\.4420\.1017，PC）不支持 WordApi 1\.1/)).toBeTruthy();
});

test('Office.js that did not load is named as the cause, not "open it in Word"', () => {
  const doc = new MemoryDocument(MATERIAL);
  render(<App gateway={new MemoryGateway(doc)} analyzer={createMainThreadAnalyzer()} support="no-office-js" />);
  expect(screen.getByText('无法加载 Office.js（可能被网络策略拦截）')).toBeTruthy();
  expect(screen.getByText(/appsforoffice\.microsoft\.com/)).toBeTruthy();
  expect(screen.queryByText('请在 Word 中打开')).toBeNull();
  expect(screen.queryByRole('button', { name: '检查' })).toBeNull();
});

test('the dark theme is applied when asked', () => {
  const doc = new MemoryDocument(MATERIAL);
  const { container } = render(
    <App gateway={new MemoryGateway(doc)} analyzer={createMainThreadAnalyzer()} theme="dark" />,
  );
  expect(container.querySelector('[data-theme=dark]')).not.toBeNull();
});

describe('skeleton menu', () => {
  async function choose(name: RegExp | string) {
    fireEvent.click(screen.getByRole('button', { name: '插入框架' }));
    const item = await screen.findByRole('menuitem', { name }, { timeout: 15_000 });
    await act(async () => {
      fireEvent.click(item);
    });
  }

  test('整篇框架 inserts the whole skeleton at the cursor', async () => {
    const { doc } = setup('');
    await choose('整篇框架');
    await screen.findByText(/已在光标处插入 \d+ 段/, {}, { timeout: 15_000 });
    const headings = doc.paragraphs.filter((p) => p.level > 0).map((p) => p.text);
    expect(headings.some((t) => t.includes('存在的主要问题'))).toBe(true);
    expect(headings.some((t) => t.includes('原因分析'))).toBe(true);
    expect(headings.some((t) => t.includes('整改措施'))).toBe(true);
  });

  test('an aspect the material has goes after the paragraph holding the cursor', async () => {
    // Before any check the menu offers the chosen template's aspects (here 2021's).
    const { doc } = setup(MATERIAL, {}, undefined, 'five-aspects-2021');
    doc.setUserSelection({ paragraph: 4, offset: 3 });
    await choose(/牢记党是什么/);
    // The message says where the text went.
    await screen.findByText(/已在第 5 段之后插入 \d+ 段/, {}, { timeout: 15_000 });
    expect(doc.paragraphs[4].text).toBe('一是履职尽责不到位。比如，某项目推进缓慢。');
    expect(doc.paragraphs[5].text).toMatch(/牢记/);
    expect(doc.paragraphs[5].level).toBeGreaterThan(0);
  });

  test('an aspect the material lacks goes into its place, wherever the cursor is', async () => {
    const { doc } = setup(MATERIAL, {}, undefined, 'five-aspects-2021');
    doc.setUserSelection({ paragraph: doc.paragraphs.length - 1, offset: 0 });
    await choose(/践行以人民为中心/);
    await screen.findByText(/已在应有的位置补上 1 处缺失的标题/, {}, { timeout: 15_000 });
    const texts = doc.paragraphs.map((p) => p.text);
    const at = texts.findIndex((t) => /以人民为中心/.test(t));
    expect(at).toBeGreaterThan(0);
    expect(at).toBeLessThan(texts.indexOf('二、原因分析'));
  });

  test('仅补缺失标题 checks first and inserts only the missing aspects', async () => {
    const { doc } = setup(MATERIAL);
    doc.setUserSelection({ paragraph: 6, offset: 0 });
    await choose('仅补缺失标题');
    await screen.findByText(/已在应有的位置补上 3 处缺失的标题/, {}, { timeout: 20000 });
    // Each missing aspect in its place, not at the cursor: after aspect 2's last item, before 二、原因分析.
    const texts = doc.paragraphs.map((p) => p.text);
    const causes = texts.indexOf('二、原因分析');
    const added = texts.filter((t) => /^（[三四五]）/.test(t));
    expect(added.map((t) => t.slice(0, 3))).toEqual(['（三）', '（四）', '（五）']);
    expect(added.every((t) => texts.indexOf(t) < causes && texts.indexOf(t) > texts.indexOf('三基层治理存在薄弱环节。比如，社区网格员配备不足。'))).toBe(true);
    expect(doc.paragraphs.filter((p) => /两个确立/.test(p.text)).length).toBe(1);
  });

  test('a refused insert shows the gateway problem in Chinese', async () => {
    setup(MATERIAL, {
      insert: async () => ({ ok: false, problem: 'in-header-footer', message: 'InvalidSelection' }),
    });
    await choose('整篇框架');
    // The document has content: asked first.
    fireEvent.click(within(await screen.findByRole('dialog', { hidden: true }, { timeout: 20000 })).getByRole('button', { name: '插入', hidden: true }));
    expect(await screen.findByText(/页眉或页脚/)).toBeTruthy();
  });
});

test.each([
  ['deleted text may be included', { trackedChanges: true, mayIncludeDeleted: true, listStringsMissing: false }, true],
  ['numbers missing too', { trackedChanges: true, mayIncludeDeleted: true, listStringsMissing: true }, true],
  ['tracked changes read as accepted', { trackedChanges: true, mayIncludeDeleted: false, listStringsMissing: false }, false],
  ['no tracked changes', { trackedChanges: false, mayIncludeDeleted: false, listStringsMissing: false }, false],
])('read notes (%s): the pane says once that deleted text may be included, or nothing', async (_name, notes, shown) => {
  setup(MATERIAL, { lastReadNotes: () => notes });
  fireEvent.click(checkButton());
  await screen.findByTestId('findings', {}, { timeout: 5000 });
  expect(screen.queryAllByText(/可能包含已删除的文字/)).toHaveLength(shown ? 1 : 0);
});

test.each([
  ['hidden text may be included', { trackedChanges: false, mayIncludeDeleted: false, listStringsMissing: false, mayIncludeHidden: true }, /不能在读取时排除隐藏文字/],
  ['hidden and deleted text may be included', { trackedChanges: true, mayIncludeDeleted: true, listStringsMissing: false, mayIncludeHidden: true }, /可能包含已删除的文字.*不能在读取时排除隐藏文字/],
  ['a few list numbers not read', { trackedChanges: true, mayIncludeDeleted: false, listStringsMissing: true, mayIncludeHidden: false }, /自动编号未能读到/],
])('read notes (%s): the pane says so once, in Chinese', async (_name, notes, pattern) => {
  setup(MATERIAL, { lastReadNotes: () => notes });
  fireEvent.click(checkButton());
  await screen.findByTestId('findings', {}, { timeout: 5000 });
  expect(screen.queryAllByText(pattern)).toHaveLength(1);
});

test('read notes: hidden text left out (or none) says nothing about hidden text', async () => {
  setup(MATERIAL, { lastReadNotes: () => ({ trackedChanges: false, mayIncludeDeleted: false, listStringsMissing: false, mayIncludeHidden: false }) });
  fireEvent.click(checkButton());
  await screen.findByTestId('findings', {}, { timeout: 5000 });
  expect(screen.queryAllByText(/隐藏文字/)).toHaveLength(0);
});
