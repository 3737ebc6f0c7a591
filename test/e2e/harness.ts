/**
 * Shared by the end-to-end tests and the pane bench: build with webpack's Node API, serve a
 * directory from a tiny local HTTP server, launch Debian's Chromium headless through
 * playwright-core. No jest here, so bench/ can use it from the compiled CLI build too.
 */
import * as fs from 'fs';
import * as http from 'http';
import * as os from 'os';
import * as path from 'path';
import type { AddressInfo } from 'net';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM_PATH = process.env.DUIZHAO_CHROMIUM || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The repository root: the nearest folder upwards holding webpack.config.js. */
export function repoRoot(from: string = __dirname): string {
  let dir = from;
  for (;;) {
    if (fs.existsSync(path.join(dir, 'webpack.config.js')) && fs.existsSync(path.join(dir, 'package.json'))) return dir;
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`webpack.config.js not found above ${from}`);
    dir = up;
  }
}

export interface BuildResult {
  outDir: string;
  /** Emitted files, relative to outDir. */
  files: string[];
}

/**
 * Production webpack build of the task pane or the preview app into outDir; `env` adds webpack
 * `--env` values (e.g. `{ url: 'https://host/path/' }`).
 */
export async function webpackBuild(kind: 'taskpane' | 'preview', outDir: string, env: Record<string, unknown> = {}): Promise<BuildResult> {
  const root = repoRoot();
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const webpack = require(path.join(root, 'node_modules', 'webpack'));
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const makeConfig = require(path.join(root, 'webpack.config.js'));
  const config = makeConfig(kind === 'preview' ? { ...env, preview: true, outDir } : { ...env, outDir }, { mode: 'production' });
  await new Promise<void>((resolve, reject) => {
    webpack(config, (err: Error | null, stats: { hasErrors(): boolean; toString(o: unknown): string }) => {
      if (err) return reject(err);
      if (stats.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    });
  });
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else files.push(path.relative(outDir, full));
    }
  };
  walk(outDir);
  return { outDir, files };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** Serve a directory on 127.0.0.1 at a random port (index.html for "/"). */
export async function serveDir(dir: string): Promise<StaticServer> {
  const base = path.resolve(dir);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let rel = decodeURIComponent(url.pathname);
    if (rel.endsWith('/')) rel += 'index.html';
    const file = path.resolve(base, '.' + rel);
    if (!file.startsWith(base + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Headless Debian Chromium with a fresh profile. Fails clearly when Chromium is not installed. */
export async function launchChromium(viewport = { width: 1280, height: 900 }): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. Install it with: apt-get install -y chromium fonts-noto-cjk ` +
        '(or set DUIZHAO_CHROMIUM to a Chromium binary).',
    );
  }
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
    locale: 'zh-CN',
  });
  // The pages' calendar runs from the day the tests pin (DUIZHAO_TODAY, test/support/clock.ts), as
  // the engine's and the CLI's do: what the pane does in a meeting season (an empty document's
  // skeleton in December) must not change with the day the tests run. Time still advances.
  const pinned = process.env.DUIZHAO_TODAY;
  if (pinned) {
    await context.addInitScript((day: string) => {
      const Real = Date;
      const offset = Real.parse(`${day}T09:00:00`) - Real.now();
      class PinnedDate extends Real {
        constructor(...args: unknown[]) {
          if (args.length === 0) super(Real.now() + offset);
          else super(...(args as [string | number]));
        }
        static override now(): number {
          return Real.now() + offset;
        }
      }
      (globalThis as { Date: DateConstructor }).Date = PinnedDate as DateConstructor;
    }, pinned);
  }
  return {
    context,
    close: async () => {
      await context.close().catch(() => undefined);
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** A fresh temporary directory. */
export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Wait until the locator's text equals (or matches) `expected`; UI updates land asynchronously. */
export async function waitForText(
  locator: { innerText(): Promise<string> },
  expected: string | RegExp,
  timeoutMs = 15_000,
): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  for (;;) {
    last = (await locator.innerText()).trim();
    if (typeof expected === 'string' ? last === expected : expected.test(last)) return last;
    if (Date.now() > deadline) throw new Error(`text stayed "${last}", expected ${String(expected)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
