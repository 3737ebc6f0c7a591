/** @jest-environment jsdom */
/**
 * 打开文件… in the browser preview (t26: the only way to check one's own material was to pick
 * 空白文档 and paste): a .docx, .txt or .md is read in the browser with the pane's readers and put
 * into the page — a .docx with its automatic numbers and heading levels, a text file with lines
 * hard-wrapped from a PDF joined — and the pane checks it. A file that cannot be read gets one
 * Chinese line and leaves the page as it was.
 */
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from 'util';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { PreviewApp } from '../../src/preview/PreviewApp';
import { MemoryDocument } from '../../src/preview/memoryDocument';
import { readOpenedFile } from '../../src/preview/openFile';
import { createMainThreadAnalyzer } from '../../src/taskpane/analyzer';
import { makeDocx } from '../support/docx-writer';
import { completeLines } from '../support/docs';

const g = globalThis as unknown as { TextDecoder?: unknown; TextEncoder?: unknown };
if (!g.TextDecoder) g.TextDecoder = NodeTextDecoder;
if (!g.TextEncoder) g.TextEncoder = NodeTextEncoder;

jest.mock('../../src/taskpane/workerFactory', () => ({ createAnalysisWorker: () => null }));

const utf8 = (s: string) => new NodeTextEncoder().encode(s);

describe('readOpenedFile', () => {
  test('a .txt: one paragraph a line, body text', async () => {
    const ps = await readOpenedFile('材料.txt', utf8(completeLines().join('\n')));
    expect(ps.map((p) => p.text)).toEqual(completeLines());
    expect(ps.every((p) => p.level === 0)).toBe(true);
  });

  test('a .txt hard-wrapped from a PDF: the lines joined back', async () => {
    const long = '一是理论学习不够深入系统，满足于读文件、听报告，对习近平新时代中国特色社会主义思想的原著原文读得少、悟得浅，比如全年只读原著2本。';
    const wrapped = [];
    for (let i = 0; i < long.length; i += 24) wrapped.push(long.slice(i, i + 24));
    const lines = ['一、存在的主要问题', ...wrapped, ...wrapped.map((l) => l.replace('一是', '二是')), ...wrapped.map((l) => l.replace('一是', '三是'))];
    const ps = await readOpenedFile('pdf.txt', utf8(lines.join('\n')));
    expect(ps.map((p) => p.text)).toContain(long);
  });

  test('a .md: a # heading at its level, without the #', async () => {
    const ps = await readOpenedFile('材料.md', utf8('# 2025年度民主生活会对照检查材料\n## 一、存在的主要问题\n一是学习不深。'));
    expect(ps.slice(0, 2)).toEqual([
      { text: '2025年度民主生活会对照检查材料', level: 1 },
      { text: '一、存在的主要问题', level: 2 },
    ]);
  });

  test('a .docx: automatic numbers written in, heading styles as levels', async () => {
    const bytes = await makeDocx({
      body: [
        { text: '存在的主要问题', style: '1', numId: 1, ilvl: 0 },
        { text: '一是学习不深。' },
      ],
      abstractNums: [{ id: 0, levels: [{ fmt: 'chineseCounting', text: '%1、', start: 1 }] }],
      nums: [{ id: 1, abstractId: 0 }],
    });
    const ps = await readOpenedFile('材料.docx', bytes);
    expect(ps[0]).toEqual({ text: '一、存在的主要问题', level: 1 });
    expect(ps[1]).toEqual({ text: '一是学习不深。', level: 0 });
  });

  test.each([
    ['an old .doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), '旧稿.doc', /\.doc/],
    ['a PDF', utf8('%PDF-1.7'), '材料.pdf', /不能读取此类文件/],
    ['an empty .txt', new Uint8Array(0), '空.txt', /文件是空的/],
    ['binary named .txt', new Uint8Array([1, 0, 0, 0, 7, 0, 0, 9, 0]), '乱码.txt', /无法识别文件的文字编码/],
  ])('%s: one Chinese line naming the file', async (_n, bytes, name, why) => {
    await expect(readOpenedFile(name, bytes)).rejects.toThrow(why);
    await expect(readOpenedFile(name, bytes)).rejects.toThrow(name);
  });
});

test('MemoryDocument.loadParagraphs: levels and cells kept, comments and history gone', () => {
  const doc = new MemoryDocument('甲\n乙');
  doc.loadParagraphs([{ text: '一、问题', level: 1 }, { text: '格', level: 0, cell: { table: 0, row: 0, column: 0 } }, { text: '正文', level: 9 }]);
  expect(doc.paragraphs.map((p) => [p.text, p.level, p.cell])).toEqual([
    ['一、问题', 1, undefined],
    ['格', 0, { table: 0, row: 0, column: 0 }],
    ['正文', 0, undefined],
  ]);
  expect(doc.selection.end).toEqual({ paragraph: 0, offset: 0 });
});

describe('the preview\'s 打开文件…', () => {
  const SAMPLES = [
    { id: 'sample', name: '示例材料', text: '示例第一段\n示例第二段' },
    { id: 'blank', name: '空白文档', text: '' },
  ];
  const page = () => screen.getByRole('textbox', { name: '文档正文（可编辑）' });
  const setup = () => {
    render(<PreviewApp samples={SAMPLES} analyzer={createMainThreadAnalyzer()} />);
    const input = screen.getByTestId('open-file') as HTMLInputElement;
    return (f: File) => fireEvent.change(input, { target: { files: [f] } });
  };

  test('a .txt opened: in the page, named in the list, checked by the pane', async () => {
    const choose = setup();
    expect(screen.getByRole('button', { name: '打开文件…' })).toBeTruthy();
    choose(new File([completeLines().join('\n')], '我的材料.txt'));
    await waitFor(() => expect(page().textContent).toContain('一、存在的主要问题'), { timeout: 30_000 });
    expect(page().textContent).not.toContain('示例第一段');
    expect((screen.getByLabelText('样例') as HTMLSelectElement).selectedOptions[0].textContent).toBe('文件：我的材料.txt');
    // The pane checks the opened material (as after any change to the page): its findings name its words.
    await waitFor(() => expect(screen.getByTestId('pane').textContent).toContain('“二是政治判断力不强。”'), { timeout: 30_000 });
    // The element keeps no reference to the file.
    expect((screen.getByTestId('open-file') as HTMLInputElement).value).toBe('');
  }, 60_000);

  test('a file that cannot be read: one Chinese line, the page as it was', async () => {
    const choose = setup();
    choose(new File([new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])], '旧稿.doc'));
    const alert = await screen.findByTestId('open-error', {}, { timeout: 30_000 });
    expect(alert.textContent).toContain('旧稿.doc');
    expect(alert.getAttribute('role')).toBe('alert');
    expect(page().textContent).toContain('示例第一段');
  });

  test('choosing a sample after a file: the sample, the error and the file entry gone', async () => {
    const choose = setup();
    choose(new File(['一、存在的主要问题\n一是学习不深。'], 'a.txt'));
    await waitFor(() => expect(page().textContent).toContain('一是学习不深'), { timeout: 30_000 });
    fireEvent.change(screen.getByLabelText('样例'), { target: { value: 'blank' } });
    await waitFor(() => expect(page().textContent).toBe(''));
    expect(screen.queryByText('文件：a.txt')).toBeNull();
  });
});
