/**
 * The .docx reader loads its HTML reader (and htmlparser2) only for a package that embeds HTML or
 * a web archive as an altChunk: a folder of ordinary .docx files does not pay for loading the
 * parser (issue 14's folder figure), and a package that needs it still reads the same.
 */
import { docxWithChunk, makeDocx } from '../support/docx-writer';

const PAGE = '<html><body><h1>一、存在的主要问题</h1><p>理论学习<b>不够深入</b>。</p></body></html>';
const MHT = [
  'MIME-Version: 1.0',
  'Content-Type: multipart/related; boundary="b1"',
  '',
  '--b1',
  'Content-Type: text/html; charset="utf-8"',
  '',
  PAGE,
  '--b1--',
  '',
].join('\r\n');

/** Read `bytes` with a fresh module registry; whether htmlparser2 was loaded, and the paragraphs' texts. */
async function readFresh(bytes: Uint8Array): Promise<{ loaded: boolean; texts: string[] }> {
  let loaded = false;
  let texts: string[] = [];
  await jest.isolateModulesAsync(async () => {
    jest.doMock('htmlparser2', () => {
      loaded = true;
      return jest.requireActual('htmlparser2');
    });
    const { readDocx } = await import('../../src/engine/readers/docx');
    texts = (await readDocx(bytes)).map((p) => p.text);
  });
  jest.dontMock('htmlparser2');
  return { loaded, texts };
}

test.each([
  ['typed paragraphs', () => makeDocx({ body: [{ text: '一、存在的主要问题' }, { text: '理论学习不够深入。' }] })],
  ['an RTF altChunk', () => docxWithChunk('a.rtf', '{\\rtf1\\ansi 前文以外 \\par}')],
  ['a plain-text altChunk', () => docxWithChunk('a.txt', '一行\n二行')],
])('a package with %s does not load the HTML parser', async (_name, make) => {
  const { loaded, texts } = await readFresh(await make());
  expect(texts.length).toBeGreaterThan(0);
  expect(loaded).toBe(false);
});

test.each([
  ['an HTML altChunk', 'a.html', PAGE],
  ['an HTML altChunk without an .html name', 'chunk.bin', PAGE],
  ['a web-archive (MHT) altChunk', 'a.mht', MHT],
])('a package with %s loads it and reads the HTML', async (_name, file, content) => {
  const { loaded, texts } = await readFresh(await docxWithChunk(file, content));
  expect(loaded).toBe(true);
  expect(texts).toEqual(['前文', '一、存在的主要问题', '理论学习不够深入。', '后文']);
});
