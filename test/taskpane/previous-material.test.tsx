/** @jest-environment jsdom */
/**
 * The pane's 对照上年度材料 (issue 14): last year's material chosen as a file, read in the pane with
 * the engine's readers, compared as `check --previous` compares, shown in Chinese; bad files get a
 * Chinese line; nothing about the file is kept in the document or the browser's storage.
 */
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from 'util';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { createMainThreadAnalyzer } from '../../src/taskpane/analyzer';
import { MemoryDocument } from '../../src/preview/memoryDocument';
import { MemoryGateway } from '../../src/preview/memoryGateway';
import { decodeTextFile, readPreviousFile, PreviousFileError } from '../../src/taskpane/previousFile';
import { makeDocx } from '../support/docx-writer';
import { completeLines, textDoc } from '../support/docs';
import { analyze } from '../../src/engine';
import { comparePrevious } from '../../src/engine/previous';
import { deliverableText } from '../../src/engine/messages';
import { PARAGRAPH_PLACES, placesOf } from '../../src/engine/places';
import { readTextDocument } from '../../src/engine/readers/text';
import type { DocumentInput } from '../../src/engine/types';

/** A text file's input as the command line reads it (load.ts): paragraphs and the line map. */
function readTextDocumentInput(text: string, name: string): DocumentInput {
  const kind = name.endsWith('.md') ? 'markdown' : 'text';
  const { paragraphs, lines } = readTextDocument(text, kind);
  return lines ? { paragraphs, source: kind, name, lines } : { paragraphs, source: kind, name };
}

// jsdom has no TextDecoder/TextEncoder of its own; a browser has both (with GB18030).
const g = globalThis as unknown as { TextDecoder?: unknown; TextEncoder?: unknown };
if (!g.TextDecoder) g.TextDecoder = NodeTextDecoder;
if (!g.TextEncoder) g.TextEncoder = NodeTextEncoder;

jest.mock('../../src/taskpane/workerFactory', () => ({ createAnalysisWorker: () => null }));

const LAST_YEAR = completeLines().map((l) =>
  l === '一是理论学习不深。比如，读原著少。' ? '一是理论学习不够深入系统，满足于读文件、听报告，比如原著原文读得少。' : l,
);

/** This year's material: a 整改情况 part that speaks of last year's 理论学习 problem, one problem repeated word for word. */
function thisYear(): string[] {
  const base = completeLines();
  const rest = base.slice(2).filter((l) => !/^(一是理论学习|二是政治判断力)/.test(l));
  return [
    '一、上年度问题整改落实情况',
    '（一）关于理论学习不够深入系统的问题。坚持每月集中学习原著原文，已完成12次。',
    '二、存在的主要问题',
    base[1],
    '一是理论学习不够深入系统，满足于读文件、听报告，比如原著原文读得少。',
    ...rest.map((l) => l.replace(/^二、原因分析/, '三、原因分析').replace(/^三、整改措施/, '四、整改措施')),
  ];
}

function file(parts: BlobPart[], name: string): File {
  return new File(parts, name);
}

async function setup(lines = thisYear()) {
  const doc = new MemoryDocument(lines.join('\n'));
  const gateway = new MemoryGateway(doc);
  render(<App gateway={gateway} analyzer={createMainThreadAnalyzer()} checkOnOpen={false} />);
  fireEvent.click(screen.getByRole('button', { name: '检查' }));
  const section = await screen.findByTestId('previous-material', {}, { timeout: 30_000 });
  const input = within(section).getByLabelText('选择上年度材料…') as HTMLInputElement;
  const choose = (f: File) => fireEvent.change(input, { target: { files: [f] } });
  return { doc, section, input, choose };
}

test('a .txt chosen: last year\'s problems answered or not, and the repeated problem, in Chinese', async () => {
  const { section, choose, input } = await setup();
  choose(file([LAST_YEAR.join('\n')], '2024年对照检查材料.txt'));
  const result = await within(section).findByTestId('previous-result', {}, { timeout: 30_000 });
  expect(result.textContent).toContain('与上年度材料（2024年对照检查材料.txt）对照：');
  // Neither states a year: no warning.
  expect(within(result).queryByTestId('previous-not-earlier')).toBeNull();
  expect(result.textContent).toMatch(/上年度 \d+ 个问题中，本年度整改情况部分说到了 [1-9]\d* 个/);
  const items = within(result).getAllByRole('listitem').map((li) => li.textContent ?? '');
  expect(items.find((x) => x.includes('理论学习'))).toContain('已说明（第2段');
  expect(items.find((x) => x.includes('斗争精神'))).toContain('未说明整改情况');
  // Last year's .txt is said in lines, as the command line says it (t26: the pane said 上年度第3段).
  expect(result.textContent).toMatch(/第5段“[^”]*理论学习[^”]*” ≈ 上年度第3行/);
  // The same comparison `check --previous` makes, in the same words.
  const c = comparePrevious(...([thisYear(), LAST_YEAR].map((lines) => {
    const input = textDoc(lines);
    return { input, analysis: analyze(input) };
  }) as [Parameters<typeof comparePrevious>[0], Parameters<typeof comparePrevious>[1]]));
  expect(c.repeats.length).toBeGreaterThan(0);
  expect(result.textContent).toContain(deliverableText.repeatedTitle(c.repeats.length));
  for (const r of c.repeats) expect(result.textContent).toContain(deliverableText.repeatedItem(PARAGRAPH_PLACES.at(r.paragraph), r.text, `第${r.lastParagraph + 1}行`, Math.round(r.similarity * 100)).trim());
  expect(result.textContent).toContain(deliverableText.previousAnswered(c.items.filter((i) => i.answered).length, c.items.length));
  // The element keeps no reference to the file.
  expect(input.value).toBe('');
});

test('a file of this year\'s own meeting year chosen as last year\'s: the pane says to check it', async () => {
  const { section, choose } = await setup(['2025年度民主生活会个人对照检查材料', ...thisYear()]);
  choose(file([['2025年度民主生活会个人对照检查材料', ...LAST_YEAR].join('\n')], '今年的.txt'));
  const result = await within(section).findByTestId('previous-result', {}, { timeout: 30_000 });
  expect(within(result).getByTestId('previous-not-earlier').textContent).toBe(deliverableText.previousNotEarlier(2025, 2025));
});

test.each([
  ['an old .doc', [new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0])], '旧稿.doc', '.doc'],
  ['binary data', [new Uint8Array([1, 0, 0, 0, 7, 0, 0, 9, 0])], '乱码.txt', '无法识别文件的文字编码'],
])('a file that cannot be used after one that could (%s): the comparison stays, with why', async (_name, parts, name, why) => {
  const { section, choose } = await setup();
  choose(file([LAST_YEAR.join('\n')], '2024年对照检查材料.txt'));
  await within(section).findByTestId('previous-result', {}, { timeout: 30_000 });
  choose(file(parts as BlobPart[], name));
  await waitFor(
    () => {
      expect(section.textContent).toContain(why);
      expect(within(section).getByTestId('previous-result').textContent).toContain('与上年度材料（2024年对照检查材料.txt）对照：');
    },
    { timeout: 30_000 },
  );
}, 60_000);

test('a .docx chosen: read with the engine\'s .docx reader, the same comparison', async () => {
  const { section, choose } = await setup();
  const bytes = await makeDocx({ body: LAST_YEAR.map((text) => ({ text })) });
  choose(file([bytes.slice().buffer as ArrayBuffer], '上年度.docx'));
  const result = await within(section).findByTestId('previous-result', {}, { timeout: 30_000 });
  expect(result.textContent).toContain('与上年度材料（上年度.docx）对照：');
  expect(result.textContent).toMatch(/说到了 [1-9]\d* 个/);
  // A .docx is said in paragraphs, as the command line says it.
  expect(result.textContent).toMatch(/第5段“[^”]*理论学习[^”]*” ≈ 上年度第3段/);
});

/**
 * Last year's places in a text file are the lines an editor shows, as `check --previous` says them
 * (t26: 上年度第7段 in the pane, 第7行 in the CLI): a .md too, and a .txt whose lines were joined
 * (a title split over two lines, a paragraph hard-wrapped from a PDF) names the line it starts on.
 */
describe('last year\'s places in a text file are lines, as the command line says them', () => {
  const cliPlace = (lines: string[], name: string) => {
    const input = readTextDocumentInput(lines.join('\n'), name);
    const c = comparePrevious({ input: textDoc(thisYear()), analysis: analyze(textDoc(thisYear())) }, { input, analysis: analyze(input) });
    return placesOf(input).at(c.repeats[0].lastParagraph);
  };
  test.each([
    ['a .md', LAST_YEAR, 'last.md', '第3行'],
    ['a .txt with a title split over two lines and blank lines', ['某某局党委书记2024年度民主生活会', '对照检查材料', '', '', ...LAST_YEAR], 'last.txt', '第7行'],
  ])('%s', async (_name, lines, name, place) => {
    expect(cliPlace(lines, name)).toBe(place);
    const { section, choose } = await setup();
    choose(file([lines.join('\n')], name));
    const result = await within(section).findByTestId('previous-result', {}, { timeout: 30_000 });
    expect(result.textContent).toContain(`≈ 上年度${place}`);
    expect(result.textContent).not.toMatch(/上年度第\d+段/);
  });

  test('readPreviousFile keeps the line map of joined lines', async () => {
    const input = await readPreviousFile('last.txt', new NodeTextEncoder().encode(['某某局党委书记2024年度民主生活会', '对照检查材料', ...LAST_YEAR].join('\n')));
    expect(placesOf(input).at(1)).toBe('第3行');
    expect(placesOf(input).unit).toBe('line');
  });
});

test('this year without a 整改情况 part: said so', async () => {
  const { section, choose } = await setup(completeLines());
  choose(file([LAST_YEAR.join('\n')], 'last.md'));
  const result = await within(section).findByTestId('previous-result', {}, { timeout: 30_000 });
  expect(result.textContent).toContain('本年度材料没有“上年度问题整改落实情况”部分');
});

test.each([
  ['an old .doc', () => file([new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])], '2024.doc'), /不支持旧版 Word（\.doc）格式：2024\.doc/],
  ['a PDF', () => file(['%PDF-1.7'], '2024.pdf'), /不能读取此类文件：2024\.pdf。请选择 \.docx、\.txt 或 \.md 文件/],
  ['a .docx that is no zip', () => file(['这不是 Word 文档'], '坏文件.docx'), /不是有效的 \.docx.*：坏文件\.docx/],
  ['an empty .txt', () => file([''], '空.txt'), /文件是空的，没有可对照的文字：空\.txt/],
  ['binary data named .txt', () => file([new Uint8Array([1, 0, 0, 0, 7, 0, 0, 9, 0])], '数据.txt'), /无法识别文件的文字编码.*数据\.txt/],
])('%s → one Chinese line, no result', async (_what, make, message) => {
  const { section, choose } = await setup();
  choose(make());
  await within(section).findByText(message, {}, { timeout: 30_000 });
  expect(within(section).queryByTestId('previous-result')).toBeNull();
  expect(section.textContent).not.toMatch(/Error|undefined|at Object/);
});

test('清除 forgets the file; nothing about it is kept in the document or the browser', async () => {
  const { section, choose, doc } = await setup();
  const name = '绝密-上年度材料.txt';
  choose(file([LAST_YEAR.join('\n')], name));
  await within(section).findByTestId('previous-result', {}, { timeout: 30_000 });
  const kept = [...doc.settings.values(), ...Object.values({ ...localStorage }), ...Object.values({ ...sessionStorage })].map((v) => JSON.stringify(v));
  expect(kept.join('\n')).not.toContain('绝密');
  fireEvent.click(within(section).getByRole('button', { name: '清除' }));
  await waitFor(() => expect(within(section).queryByTestId('previous-result')).toBeNull());
  expect(section.textContent).not.toContain(name);
});

describe('reading the chosen file', () => {
  const text = '一、存在的主要问题\n一是理论学习不够深入。';
  const utf16 = (s: string, le: boolean) => {
    const out = new Uint8Array(s.length * 2);
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      out[2 * i + (le ? 0 : 1)] = c & 0xff;
      out[2 * i + (le ? 1 : 0)] = c >> 8;
    }
    return out;
  };
  test.each([
    ['UTF-8', new NodeTextEncoder().encode(text)],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...new NodeTextEncoder().encode(text)])],
    ['UTF-16LE with BOM', new Uint8Array([0xff, 0xfe, ...utf16(text, true)])],
    ['UTF-16BE with BOM', new Uint8Array([0xfe, 0xff, ...utf16(text, false)])],
    ['UTF-16LE without BOM (ASCII in it)', utf16(`Title 2024\n${text}\nabc def ghi`, true)],
    // 一、存在的主要问题 in GB18030 (GBK), as Chinese Notepad saves it.
    ['GB18030', new Uint8Array([0xd2, 0xbb, 0xa1, 0xa2, 0xb4, 0xe6, 0xd4, 0xda, 0xb5, 0xc4, 0xd6, 0xf7, 0xd2, 0xaa, 0xce, 0xca, 0xcc, 0xe2])],
  ])('%s', (_what, bytes) => {
    const got = decodeTextFile(bytes);
    expect(got).toContain('一、存在的主要问题');
  });

  // t26: the command line says a text file named .doc is text; the pane (and the preview's 打开文件…) say the same.
  test.each([
    ['UTF-8', new NodeTextEncoder().encode(text)],
    ['GB18030', new Uint8Array([0xd2, 0xbb, 0xa1, 0xa2, 0xb4, 0xe6, 0xd4, 0xda, 0xb5, 0xc4, 0xd6, 0xf7, 0xd2, 0xaa, 0xce, 0xca, 0xcc, 0xe2])],
  ])('a %s text file named .doc is said to be text, not an old Word file', async (_what, bytes) => {
    await expect(readPreviousFile('旧稿.doc', bytes)).rejects.toThrow('文件名是 .doc，但不是旧版 Word 文档：内容是纯文本（可能改过扩展名），可改名为 .txt 后再选择：旧稿.doc');
  });

  test('a real .doc (OLE) and a binary file named .doc keep the old-Word answer', async () => {
    await expect(readPreviousFile('旧稿.doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).rejects.toThrow('不支持旧版 Word（.doc）格式');
    await expect(readPreviousFile('旧稿.doc', new Uint8Array([1, 0, 0, 0, 7, 0, 0, 9, 0]))).rejects.toThrow('不支持旧版 Word（.doc）格式');
  });

  test('binary data is no text', () => {
    expect(decodeTextFile(new Uint8Array([0, 1, 2, 0, 0, 0, 5]))).toBeUndefined();
  });

  test('a password-protected .docx says so, in Chinese', async () => {
    const ole = new Uint8Array(1024);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const name = 'EncryptedPackage';
    for (let i = 0; i < name.length; i++) ole[600 + 2 * i] = name.charCodeAt(i);
    await expect(readPreviousFile('加密.docx', ole)).rejects.toThrow(PreviousFileError);
    await expect(readPreviousFile('加密.docx', ole)).rejects.toThrow(/打开密码.*：加密\.docx/);
  });
});
