/**
 * The installed command: `duizhao <subcommand>` routing, Chinese --help/--version, usage errors,
 * the compiled launcher (bin/duizhao.js, as npm links it) and the staleness check that lets
 * `npm run check` skip the compiler.
 */
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { run, SUBCOMMANDS, packageVersion } from '../../src/cli/bin';

const ROOT = path.resolve(__dirname, '../..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  version: string;
  bin: Record<string, string>;
  scripts: Record<string, string>;
};

async function call(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(args, (s) => out.push(s), (s) => err.push(s));
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const HAN = /[\u4e00-\u9fff]/;

describe('duizhao (in process)', () => {
  test.each([[], ['--help'], ['-h'], ['help']])('%j prints the Chinese overview with every subcommand, exit 0', async (...args) => {
    const r = await call(...(args as string[]));
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toMatch(/^对照检查助手/);
    expect(r.out).toContain('用法：duizhao <子命令>');
    for (const name of Object.keys(SUBCOMMANDS)) expect(r.out).toContain(`  ${name} `);
  });

  test.each([['--version'], ['-v'], ['-V']])('%s prints the package version in Chinese', async (flag) => {
    const r = await call(flag);
    expect(r.code).toBe(0);
    expect(r.out).toBe(`对照检查助手（duizhao）版本 ${pkg.version}`);
    expect(packageVersion()).toBe(pkg.version);
  });

  test('check is routed to the check command with the remaining arguments', async () => {
    const r = await call('check', path.join(ROOT, 'samples/sample.txt'), '--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.parts.length).toBeGreaterThanOrEqual(3);
    const help = await call('check', '--help');
    expect(help.code).toBe(0);
    expect(help.out).toContain('用法：duizhao check');
    const bad = await call('check', '--no-such-flag');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('未知的选项');
  });

  test.each([
    ['a file given without the subcommand', ['材料.docx'], /检查文件请用：duizhao check 材料\.docx\n/],
    // The name is printed as the shell must be given it, so the line runs as pasted (t26 #6).
    ...(process.platform === 'win32'
      ? []
      : ([
          ['a file with a space, without the subcommand', ['我的 材料.docx'], /检查文件请用：duizhao check '我的 材料\.docx'\n/],
          ['a file with a quote, without the subcommand', ["张三's.txt"], /检查文件请用：duizhao check '张三'\\''s\.txt'\n/],
        ] as [string, string[], RegExp][])),
    ['an unknown word', ['chek'], /未知的子命令：chek/],
    ['an unknown option', ['--jsn'], /未知的子命令：--jsn/],
    ['a prototype key', ['constructor'], /未知的子命令：constructor/],
  ])('%s is a usage error: exit 2, one Chinese reason and the overview on stderr', async (_why, args, reason) => {
    const r = await call(...args);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(reason);
    expect(r.err).toContain('用法：duizhao <子命令>');
  });

  test('every subcommand summary is Chinese', () => {
    for (const s of Object.values(SUBCOMMANDS)) expect(s.summary).toMatch(HAN);
  });
});

describe('the command as npm installs it', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const builder = require(path.join(ROOT, 'scripts/build-cli.js')) as { stale(): boolean; build(): void; copyJson(): void };

  beforeAll(() => {
    if (builder.stale()) builder.build();
  }, 120_000);

  test('package.json names bin/duizhao.js as the duizhao command and the file is executable', () => {
    expect(pkg.bin).toEqual({ duizhao: 'bin/duizhao.js' });
    const launcher = path.join(ROOT, pkg.bin.duizhao);
    expect(fs.readFileSync(launcher, 'utf8').startsWith('#!/usr/bin/env node')).toBe(true);
    expect(fs.statSync(launcher).mode & 0o111).not.toBe(0);
  });

  test('npm run check and the README command run the compiled tool, compiling only when stale', () => {
    expect(pkg.scripts.check).toBe('node scripts/build-cli.js --if-stale && node bin/duizhao.js check');
    expect(pkg.scripts.prepare).toContain('build-cli.js');
    expect(builder.stale()).toBe(false);
  });

  test('the launcher runs the compiled build: version, and a check of the bundled sample', () => {
    const v = spawnSync(process.execPath, [path.join(ROOT, 'bin/duizhao.js'), '--version'], { encoding: 'utf8' });
    expect(v.status).toBe(0);
    expect(v.stdout.trim()).toBe(`对照检查助手（duizhao）版本 ${pkg.version}`);
    // From another working directory, as after `npm install -g`.
    const c = spawnSync(process.execPath, [path.join(ROOT, 'bin/duizhao.js'), 'check'], { encoding: 'utf8', cwd: os.tmpdir() });
    expect(c.status).toBe(0);
    expect(c.stdout).toContain('【samples/sample.txt】');
    expect(c.stderr).toBe('');
  });

  describe('a reader that goes away (duizhao check … | head) ends the command quietly with 0', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-bin-pipe-'));
    const sample = fs.readFileSync(path.join(ROOT, 'samples/sample.txt'), 'utf8');
    const many = path.join(dir, 'many');
    fs.mkdirSync(many);
    for (let i = 0; i < 40; i++) fs.writeFileSync(path.join(many, `${String(i).padStart(2, '0')}.txt`), sample);
    const long = path.join(dir, 'long.txt');
    fs.writeFileSync(long, sample.repeat(40));
    test.each([
      ['a folder', [many]],
      ['several files named', [path.join(many, '00.txt'), path.join(many, '01.txt'), path.join(many, '02.txt')]],
      ['a folder, --json', [many, '--json']],
      ['one long file', [long]],
    ])('%s', async (_name, args) => {
      const child = spawn(process.execPath, [path.join(ROOT, 'bin/duizhao.js'), 'check', ...args], { cwd: dir });
      let err = '';
      child.stderr.on('data', (d) => (err += d));
      await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
      child.stdout.destroy();
      const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
      expect(err).toBe('');
      expect(code).toBe(0);
    });
  });

  test('the JSON data in build/ is the source’s, also after only a JSON file changed (tsc -b does not emit it again)', () => {
    const data = ['src/engine/link/lexicon.json', 'src/engine/link/boilerplate.json', 'src/engine/templates/four-aspects-2024.json'];
    const same = (rel: string) => JSON.stringify(JSON.parse(fs.readFileSync(path.join(ROOT, rel), 'utf8'))) === JSON.stringify(JSON.parse(fs.readFileSync(path.join(ROOT, 'build', rel), 'utf8')));
    for (const rel of data) expect(same(rel)).toBe(true);
    // What an edit of the source leaves behind when tsc skips the file: a stale copy in build/.
    const built = path.join(ROOT, 'build', data[0]);
    const original = fs.readFileSync(built);
    try {
      fs.writeFileSync(built, JSON.stringify({ stale: true }));
      expect(same(data[0])).toBe(false);
      builder.copyJson();
      expect(same(data[0])).toBe(true);
    } finally {
      if (!same(data[0])) fs.writeFileSync(built, original);
    }
  });

  test('a changed source makes the build stale; an unchanged one does not', () => {
    const file = path.join(ROOT, 'src/cli/bin.ts');
    const st = fs.statSync(file);
    try {
      fs.utimesSync(file, st.atime, new Date(Date.now() + 60_000));
      expect(builder.stale()).toBe(true);
    } finally {
      fs.utimesSync(file, st.atime, st.mtime);
    }
    expect(builder.stale()).toBe(false);
  });

  test('without a build the launcher says how to compile, in Chinese, exit 2', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-bin-'));
    fs.mkdirSync(path.join(dir, 'bin'));
    fs.copyFileSync(path.join(ROOT, 'bin/duizhao.js'), path.join(dir, 'bin/duizhao.js'));
    const r = spawnSync(process.execPath, [path.join(dir, 'bin/duizhao.js'), 'check'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('尚未编译');
    expect(r.stderr).toContain('npm run build:cli');
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
