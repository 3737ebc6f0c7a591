/**
 * The check command against hostile and broken input (issue 13), run as a reviewer runs it: a child
 * process with real pipes, exit codes and file system objects (FIFOs, devices, symbolic link loops).
 * One test (or table) per case; each asserts exit code 2 with one Chinese line naming the input
 * where the input cannot be checked, and never a stack trace or English errno.
 */
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import { main } from '../src/cli/main';
import { walkInputs, walkFs, escapeTerminal, type WalkFs } from '../src/cli/io';
import { decodeText, invalidUtf8At, utf16Guess } from '../src/cli/load';
import { fitsParagraphs, limitsFor } from '../src/cli/limits';
import { countLines } from '../src/engine/readers/text';
import { SHAPES } from './support/adversarial';

jest.setTimeout(120_000);

const ROOT = path.resolve(__dirname, '..');
const RUN = path.join(ROOT, 'test/support/run-cli.js');
const SAMPLE_TEXT = fs.readFileSync(path.join(ROOT, 'samples/sample.txt'), 'utf8');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-robust-'));

function file(name: string, content: string | Buffer): string {
  const p = path.join(tmp, name);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, content);
  return p;
}

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  out: string;
  err: string;
}

/** The CLI in a child process; `node` options (a small heap) before the script. */
function cli(args: string[], opts: { input?: string | Buffer; node?: string[]; env?: Record<string, string>; timeout?: number } = {}): Run {
  const r = spawnSync(process.execPath, [...(opts.node ?? []), RUN, ...args], {
    input: opts.input,
    cwd: tmp,
    env: { ...process.env, DUIZHAO_DEBUG: '', ...opts.env },
    timeout: opts.timeout ?? 60_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: r.status, signal: r.signal, out: r.stdout?.toString('utf8') ?? '', err: r.stderr?.toString('utf8') ?? '' };
}

/** Exit 2, stderr exactly one Chinese line containing `words`, no stack trace, no English errno. */
function refused(r: Run, words: string | RegExp) {
  expect(r.signal).toBeNull();
  expect(r.code).toBe(2);
  const lines = r.err.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^无法检查：/);
  expect(lines[0]).toMatch(words);
  expect(r.err).not.toMatch(/\bat .*:\d+:\d+|E[A-Z]{3,}|Error:/);
}

/** A material's first part heading was found: the text was read as text. */
function readAsMaterial(r: Run) {
  expect(r.code === 0 || r.code === 1).toBe(true);
  expect(r.out).toContain('✓ 存在的主要问题');
}

// Warm the transpile cache once, so the timeouts below measure the check, not the first compile.
beforeAll(() => {
  cli(['--help']);
});

describe('1, 2: shapes that were super-linear finish through the CLI', () => {
  test.each(['aspects without a problems part', 'pipe row with a remark, one line', 'pipe rule flood', 'part headings repeated'])('%s (200,000 characters)', (name) => {
    const shape = SHAPES.find((s) => s.name === name)!;
    const r = cli([file(`shape-${name.replace(/\W+/g, '-')}.txt`, shape.make(200_000))], { timeout: 60_000 });
    expect(r.signal).toBeNull();
    expect([0, 1]).toContain(r.code);
  });
});

describe('4: memory caps follow the heap', () => {
  const small = ['--max-old-space-size=64'];

  test('caps scale with the heap limit and the machine', () => {
    const a = limitsFor(512 * 1024 * 1024, 8 * 1024 ** 3);
    const b = limitsFor(4 * 1024 ** 3, 8 * 1024 ** 3);
    expect(b.paragraphs).toBe(a.paragraphs * 8);
    expect(b.xmlBytes).toBeGreaterThan(a.xmlBytes);
    expect(limitsFor(4 * 1024 ** 3, 1024 ** 3).textChars).toBe(limitsFor(1024 ** 3, 8 * 1024 ** 3).textChars);
    expect(b.inputBytes).toBeLessThanOrEqual(50 * 1024 * 1024);
  });

  test('blank lines cost a fraction of a paragraph: many are accepted, a flood is not', () => {
    const limits = { paragraphs: 100, blankLines: 2_000 };
    expect(fitsParagraphs('一\n'.repeat(99), limits)).toBe(true);
    expect(fitsParagraphs('一\n'.repeat(101), limits)).toBe(false);
    expect(fitsParagraphs('一\n'.repeat(50) + '\n'.repeat(900), limits)).toBe(true);
    expect(fitsParagraphs('\r\n'.repeat(2_100), limits)).toBe(false);
    expect(fitsParagraphs('一\n'.repeat(50), limits, 60)).toBe(false); // pipe-table cells count as paragraphs
  });

  test('a material with 300,000 blank lines between its paragraphs is checked', () => {
    const spaced = SAMPLE_TEXT.split('\n').join('\n'.repeat(1 + Math.floor(300_000 / SAMPLE_TEXT.split('\n').length)));
    readAsMaterial(cli([file('spaced.txt', spaced)]));
  });

  test('line counting sees every kind of line end', () => {
    expect(countLines('a')).toBe(1);
    expect(countLines('a\nb\r\nc\rd')).toBe(4);
    expect(countLines('\n'.repeat(10))).toBe(11);
    expect(countLines('\n'.repeat(1000), 10)).toBe(11); // stops just past the cap
    expect(countLines('a\r\n'.repeat(5) + 'b\r')).toBe(7);
  });

  test.each([
    ['blank lines', () => '\n'.repeat(1_500_000)],
    ['CRLF blank lines', () => '\r\n'.repeat(800_000)],
    ['one short line each', () => '一\n'.repeat(300_000)],
    ['a pipe row of many cells', () => '|'.repeat(400_000)],
  ])('%s beyond the paragraph cap: refused, no crash', (_name, make) => {
    const p = file(`many-${_name.replace(/\W+/g, '-')}.txt`, make());
    refused(cli([p], { node: small }), /段落过多.*上限/);
  });

  test('a .docx whose XML inflates past the cap is refused before it is inflated', async () => {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
    const body = '<w:p><w:r><w:t>学习不够深入</w:t></w:r></w:p>'.repeat(200_000);
    zip.file('word/document.xml', `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`);
    const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    expect(bytes.length).toBeLessThan(200_000);
    refused(cli([file('bomb.docx', bytes)], { node: small }), /超过.*上限.*bomb\.docx/);
  });
});

describe('5: files that are not regular files', () => {
  test('a FIFO is refused at once, not waited on', () => {
    const fifo = path.join(tmp, 'pipe.txt');
    const made = spawnSync('mkfifo', [fifo]);
    expect(made.status).toBe(0);
    refused(cli([fifo], { timeout: 20_000 }), /管道.*pipe\.txt/);
  });

  test.each(['/dev/zero', '/dev/urandom', '/dev/null'])('the device %s is refused', (dev) => {
    refused(cli([dev], { timeout: 20_000 }), new RegExp(`设备.*${dev}`));
  });

  test('"-" reads standard input', () => {
    readAsMaterial(cli(['-'], { input: SAMPLE_TEXT }));
  });

  test('a .docx on standard input is read as a .docx; empty or binary input is named （标准输入）', async () => {
    const { makeDocx } = await import('./support/docx-writer');
    const docx = Buffer.from(await makeDocx({ body: SAMPLE_TEXT.split('\n').map((text) => ({ text })) }));
    readAsMaterial(cli(['-'], { input: docx }));
    refused(cli(['-'], { input: '' }), /文件是空的.*（标准输入）/);
    refused(cli(['-'], { input: Buffer.from([0x41, 0, 0x42, 0x43, 0x44, 0x45, 0x46, 0x47]) }), /不是文本文件.*（标准输入）/);
  });

  test('standard input past the cap is refused while reading', () => {
    const r = cli(['-'], { input: Buffer.alloc(3 * 1024 * 1024, 0x61), node: ['--max-old-space-size=64'] });
    refused(r, /标准输入.*过大/);
  });

  test('/dev/stdin redirected from a large file is refused by its size', () => {
    const big = file('big-stdin.txt', Buffer.alloc(3 * 1024 * 1024, 0x61));
    const r = spawnSync('sh', ['-c', `"${process.execPath}" --max-old-space-size=64 "${RUN}" /dev/stdin < "${big}"`], { timeout: 60_000 });
    refused({ code: r.status, signal: r.signal, out: r.stdout.toString(), err: r.stderr.toString() }, /文件过大.*\/dev\/stdin/);
  });
});

describe('6 (text): broken text files, with the reason', () => {
  test.each([
    ['a lone continuation byte', Buffer.concat([Buffer.from('一、存在的主要问题\n'), Buffer.from([0x80, 0x80, 0xff, 0xff]), Buffer.from('原因')]), /第 \d+ 字节起既不是有效的 UTF-8/],
    ['0xFF bytes', Buffer.from([0xff, 0xfe - 1, 0xff, 0x41, 0x42, 0x43, 0xff]), /既不是有效的 UTF-8/],
    ['random high bytes', Buffer.from(Array.from({ length: 4001 }, (_, i) => 0x80 + ((i * 37) % 0x7f))), /既不是有效的 UTF-8/],
    ['binary with zero bytes', Buffer.from([0x41, 0, 0, 0, 7, 0, 0, 9, 0x42, 0x43, 0x44]), /不是文本文件.*第 2 字节/],
  ])('%s: refused, naming the file', (name, bytes, words) => {
    const p = file(`broken-${name.replace(/\W+/g, '-')}.txt`, bytes);
    const r = cli([p]);
    refused(r, words);
    expect(r.err).toContain(path.basename(p));
  });

  test('the offset of the first malformed UTF-8 sequence', () => {
    expect(invalidUtf8At(Buffer.from('学习'))).toBe(-1);
    expect(invalidUtf8At(Buffer.from([0x41, 0xe5, 0xad]))).toBe(1); // cut mid-character
    expect(invalidUtf8At(Buffer.from([0xc0, 0x80]))).toBe(0); // overlong
    expect(invalidUtf8At(Buffer.from([0xed, 0xa0, 0x80]))).toBe(0); // a surrogate
    expect(invalidUtf8At(Buffer.from([0xf4, 0x90, 0x80, 0x80]))).toBe(0); // past U+10FFFF
  });
});

describe('7: UTF-16 text files are read', () => {
  const withBom = (enc: 'le' | 'be', bom: boolean) => {
    const le = Buffer.from(SAMPLE_TEXT, 'utf16le');
    const bytes = enc === 'le' ? le : Buffer.from(le).swap16();
    return bom ? Buffer.concat([Buffer.from(enc === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), bytes]) : bytes;
  };
  test.each([
    ['LE with BOM', 'le', true],
    ['BE with BOM', 'be', true],
    ['LE without BOM', 'le', false],
    ['BE without BOM', 'be', false],
  ] as const)('%s', (_name, enc, bom) => {
    readAsMaterial(cli([file(`utf16-${enc}-${bom}.txt`, withBom(enc, bom))]));
  });

  test('the guess needs the zero bytes in one half of the pairs', () => {
    expect(utf16Guess(Buffer.from('一、问题\n二、原因\n', 'utf16le'))).toBe('le');
    expect(utf16Guess(Buffer.from('一、问题\n二、原因\n', 'utf16le').swap16())).toBe('be');
    expect(utf16Guess(Buffer.from([0, 0, 1, 0, 0, 2]))).toBeUndefined();
    expect(utf16Guess(Buffer.from('plain utf-8'))).toBeUndefined();
  });

  test('Chinese UTF-16 with no ASCII at all is still told from GB18030', () => {
    const text = '存在的主要问题理论学习不够深入原因分析理想信念有所松懈整改措施加强理论学习';
    expect(decodeText(Buffer.from(text, 'utf16le'))).toBe(text);
  });
});

/**
 * UTF-16 broken by an unpaired surrogate (t26: read as text with U+FFFD in it): refused with one
 * Chinese line naming the byte where it breaks, as bytes that are no UTF-8 are; whole pairs and an
 * odd trailing byte (left to the decoder, as before) are still read.
 */
describe('7b: UTF-16 with an unpaired surrogate is refused', () => {
  const le = (s: string) => Buffer.from(s, 'utf16le');
  const units = (...u: number[]) => Buffer.from(new Uint16Array(u).buffer);
  const BOM_LE = Buffer.from([0xff, 0xfe]);
  const BOM_BE = Buffer.from([0xfe, 0xff]);
  const head = le(`${SAMPLE_TEXT.slice(0, 40)}`);
  test.each([
    ['a high surrogate first, LE with BOM', Buffer.concat([BOM_LE, units(0xd800), le('ga一、存在的主要问题')]), 3, '小端'],
    ['a low surrogate alone mid-text, LE with BOM', Buffer.concat([BOM_LE, head, units(0xdc05), le('原因分析')]), 3 + head.length, '小端'],
    ['a high surrogate at the very end, LE with BOM', Buffer.concat([BOM_LE, head, units(0xdbff)]), 3 + head.length, '小端'],
    ['two high surrogates in a row, BE with BOM', Buffer.concat([BOM_BE, Buffer.from(head).swap16(), units(0xd83d, 0xd83d, 0xde00).swap16()]), 3 + head.length, '大端'],
    ['a lone surrogate, LE without BOM', Buffer.concat([le(SAMPLE_TEXT.slice(0, 200)), units(0xdc00), le(SAMPLE_TEXT.slice(200, 400))]), 201 * 2 - 1, '小端'],
  ] as const)('%s: exit 2, one line naming the byte offset', (name, bytes, at, order) => {
    const p = file(`surrogate-${name.replace(/\W+/g, '-')}.txt`, bytes);
    const r = cli([p]);
    refused(r, new RegExp(`按 UTF-16（${order}）读取时，第 ${at} 字节起是不成对的代理项`));
    expect(r.err).toContain(path.basename(p));
    expect(r.out).not.toContain('\ufffd');
  });

  test('the offset is the byte the surrogate starts at (1-based), with or without a BOM', () => {
    expect(() => decodeText(Buffer.concat([BOM_LE, le('一二'), units(0xd800), le('三')]), 'x.txt')).toThrow(/第 7 字节起/);
    expect(() => decodeText(Buffer.concat([BOM_LE, units(0xdfff)]), 'x.txt')).toThrow(/第 3 字节起.*x\.txt$/);
  });

  test.each([
    ['a pair (an emoji) in LE with BOM', Buffer.concat([BOM_LE, le('一、存在的主要问题😀\n')])],
    ['a pair in BE with BOM', Buffer.concat([BOM_BE, le('一、存在的主要问题𠀀\n').swap16()])],
    ['an odd last byte', Buffer.concat([BOM_LE, le('一、存在的主要问题\n'), Buffer.from([0x41])])],
  ])('%s: still read', (_name, bytes) => {
    expect(decodeText(bytes, 'x.txt')).toContain('一、存在的主要问题');
  });
});

describe('8: folders', () => {
  test('a symbolic link loop is visited once and the materials are checked', () => {
    const dir = path.join(tmp, 'loop');
    file('loop/a.txt', SAMPLE_TEXT);
    file('loop/sub/b.txt', SAMPLE_TEXT);
    fs.symlinkSync('..', path.join(dir, 'sub', 'up'));
    fs.symlinkSync('.', path.join(dir, 'self'));
    const r = cli([dir, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).map((j: { file: string }) => path.relative(dir, j.file))).toEqual(['a.txt', path.join('sub', 'b.txt')]);
  });

  test('a dangling link and a link cycle to itself are reported by path; the rest is checked', () => {
    const dir = path.join(tmp, 'links');
    file('links/a.txt', SAMPLE_TEXT);
    fs.symlinkSync(path.join(dir, 'nowhere'), path.join(dir, 'gone.txt'));
    fs.symlinkSync(path.join(dir, 'me.txt'), path.join(dir, 'me.txt'));
    const r = cli([dir]);
    expect(r.code).toBe(2);
    expect(r.out).toContain('a.txt');
    expect(r.err).toContain(`找不到文件：${path.join(dir, 'gone.txt')}`);
    expect(r.err).toContain(`符号链接循环，无法找到实际文件：${path.join(dir, 'me.txt')}`);
    expect(r.err).not.toMatch(/E[A-Z]{3,}/);
  });

  test('an unreadable subfolder: reported for its path, the rest checked (chmod 000)', () => {
    const dir = path.join(tmp, 'locked');
    file('locked/a.txt', SAMPLE_TEXT);
    file('locked/secret/b.txt', SAMPLE_TEXT);
    fs.chmodSync(path.join(dir, 'secret'), 0o000);
    try {
      const r = cli([dir]);
      expect(r.out).toContain('a.txt');
      // As root a mode-000 folder is still readable: then b.txt is checked too; otherwise it is reported.
      const root = process.getuid?.() === 0;
      if (root && r.out.includes('b.txt')) expect(r.code).toBe(0);
      else refused({ ...r, err: r.err }, `没有权限读取文件夹：${path.join(dir, 'secret')}`);
    } finally {
      fs.chmodSync(path.join(dir, 'secret'), 0o755);
    }
  });

  test('unreadable folders simulated by injected errors (works as root too)', async () => {
    const real: WalkFs = { readdirSync: (d) => fs.readdirSync(d), statSync: (p) => fs.statSync(p), realpathSync: (p) => fs.realpathSync(p) };
    const deny = (code: string) => Object.assign(new Error(`${code}: denied`), { code });
    const dir = path.join(tmp, 'inject');
    file('inject/a.txt', SAMPLE_TEXT);
    file('inject/no/b.txt', SAMPLE_TEXT);
    file('inject/io/c.txt', SAMPLE_TEXT);
    const fake: WalkFs = {
      readdirSync: (d) => {
        if (d.endsWith(`${path.sep}no`)) throw deny('EACCES');
        if (d.endsWith(`${path.sep}io`)) throw deny('EIO');
        return real.readdirSync(d);
      },
      statSync: (p) => real.statSync(p),
      realpathSync: (p) => real.realpathSync(p),
    };
    const w = walkInputs([dir], fake);
    expect(w.files.map((f) => path.relative(dir, f))).toEqual(['a.txt']);
    expect(w.problems.map((p) => p.reason)).toEqual([`读取时磁盘出错（输入输出错误）：${path.join(dir, 'io')}`, `没有权限读取文件夹：${path.join(dir, 'no')}`]);
    // Through the command: each problem one line, the readable file still checked, exit 2.
    const spy = jest.spyOn(walkFs, 'readdirSync').mockImplementation((d) => {
      if (d.endsWith(`${path.sep}no`)) throw deny('EACCES');
      return real.readdirSync(d);
    });
    try {
      const out: string[] = [];
      const err: string[] = [];
      const code = await main([dir], (s) => out.push(s), (s) => err.push(s));
      expect(code).toBe(2);
      expect(err).toEqual([`无法检查：没有权限读取文件夹：${path.join(dir, 'no')}`]);
      expect(out.join('\n')).toContain('io/c.txt');
    } finally {
      spy.mockRestore();
    }
  });
});

describe('9: output', () => {
  test('each file is written as soon as it is checked, never joined into one string', async () => {
    const files = [0, 1, 2].map((i) => file(`stream/${i}.txt`, SAMPLE_TEXT));
    const calls: string[] = [];
    await main(files, (s) => calls.push(s), () => undefined);
    const withHeader = calls.filter((c) => c.includes('【'));
    expect(withHeader).toHaveLength(3);
    for (const c of withHeader) expect(c.split('【').length).toBe(2);
  });

  test('--json over several files is one valid array, written element by element', async () => {
    const files = [0, 1].map((i) => file(`jsonstream/${i}.txt`, SAMPLE_TEXT));
    const calls: string[] = [];
    await main([...files, '--json'], (s) => calls.push(s), () => undefined);
    expect(calls.length).toBeGreaterThanOrEqual(4);
    const parsed = JSON.parse(calls.join('\n'));
    expect(parsed).toHaveLength(2);
    expect(parsed[0].file).toBe(files[0]);
  });

  test('a reader that goes away (| head) ends the command quietly with 0', async () => {
    const dir = path.join(tmp, 'many');
    for (let i = 0; i < 60; i++) file(`many/${String(i).padStart(2, '0')}.txt`, SAMPLE_TEXT);
    const child = spawn(process.execPath, [RUN, dir], { cwd: tmp, env: { ...process.env, DUIZHAO_DEBUG: '' } });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect(code).toBe(0);
    expect(err).toBe('');
  });
});

describe('10: terminal safety', () => {
  const nasty = '一、存在的主要问题\u009b31m\u202e反转\u2066隔离\n（一）在带头深刻感悟“两个确立”方面\u0085假行\n';

  test('escape sequences, C1 controls and bidi overrides in names and text are shown, not obeyed', () => {
    const p = file('e\u001b[2Jvil\u202e.txt', nasty);
    const r = cli([p]);
    expect(r.out + r.err).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(r.out).toContain('e\\x1b[2Jvil<U+202E>.txt');
    expect(r.out).toContain('<U+009B>31m<U+202E>反转<U+2066>隔离');
    expect(r.out).toContain('<U+0085>假行');
  });

  test('refusals escape the file name too', () => {
    const r = cli([path.join(tmp, 'missing\u001b]0;title\u0007.txt')]);
    refused(r, /找不到文件：.*missing\\x1b\]0;title\\x07\.txt/);
  });

  test('JSON stays valid JSON with the names as they are', () => {
    const p = file('j\u001b[31m\u202e.txt', nasty);
    const r = cli([p, '--json']);
    expect(JSON.parse(r.out).file).toBe(p);
  });

  test('escapeTerminal keeps text, line breaks and tabs', () => {
    expect(escapeTerminal('一、问题\n\t二')).toBe('一、问题\n\t二');
    expect(escapeTerminal('\u001b\u007f\u0085\u200f\u2028')).toBe('\\x1b\\x7f<U+0085><U+200F><U+2028>');
  });
});

describe('11: arguments and internal errors', () => {
  test('"--" ends the options: a file named -x.txt is checked', () => {
    file('-x.txt', SAMPLE_TEXT);
    readAsMaterial(cli(['--', '-x.txt']));
    const r = cli(['-x.txt']);
    expect(r.code).toBe(2);
    expect(r.err.split('\n')[0]).toBe('未知的选项：-x.txt（文件名以“-”开头时，请写在“--”之后）');
    expect(cli(['--', '--json']).err).toContain('找不到文件：--json');
  });

  test('an internal error is one Chinese line and exit 2; the stack only with DUIZHAO_DEBUG=1', async () => {
    const engine = await import('../src/engine');
    const spy = jest.spyOn(engine, 'analyze').mockImplementation(() => {
      throw new TypeError("Cannot read properties of undefined (reading 'x')");
    });
    try {
      const p = file('internal.txt', SAMPLE_TEXT);
      const err: string[] = [];
      const code = await main([p], () => undefined, (s) => err.push(s));
      expect(code).toBe(2);
      expect(err).toHaveLength(1);
      expect(err[0]).toBe(`无法检查：检查时出现程序内部错误，请把此文件反馈给开发者：${p}`);
      process.env.DUIZHAO_DEBUG = '1';
      const debugErr: string[] = [];
      await main([p], () => undefined, (s) => debugErr.push(s));
      expect(debugErr[0]).toContain('TypeError: Cannot read properties');
    } finally {
      delete process.env.DUIZHAO_DEBUG;
      spy.mockRestore();
    }
  });

  test('a path through a file names the path, not an errno', () => {
    const p = file('plain.txt', 'x');
    refused(cli([path.join(p, 'below.txt')]), `找不到文件：${path.join(p, 'below.txt')}`);
  });
});
