#!/usr/bin/env node
/**
 * Compiles the command line tool (src/engine, src/cli, bench) into build/ with `tsc -b
 * tsconfig.cli.json`, then bundles the command into build/cli/duizhao.js (scripts/bundle-cli.js:
 * one file loads faster than the compiled tree's modules). When bundling fails (webpack missing, an
 * error of its own), it says so and the command runs from the compiled tree (bin/duizhao.js falls
 * back to build/src/cli/bin.js): slower to start, the same results. With --if-stale it first compares modification times and skips the
 * compiler (about 3 s to start) when no input changed since the last build: `npm run check`
 * then costs only the check itself.
 *
 * The inputs are the files the last build read (listed in build/.tsbuildinfo), the tsconfig
 * files and this script; a file added since is reached only through an import from a changed one.
 */
'use strict';

const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const root = path.resolve(__dirname, '..');
const buildDir = path.join(root, 'build');
const buildInfo = path.join(buildDir, '.tsbuildinfo');
const stamp = path.join(buildDir, '.built');

/** mtime in ms, or -1 when the file is missing. */
function mtime(file) {
  const st = fs.statSync(file, { throwIfNoEntry: false });
  return st ? st.mtimeMs : -1;
}

/** True when build/ is missing or any input is newer than the last successful build. */
function stale() {
  const built = mtime(stamp);
  if (built < 0 || mtime(buildInfo) < 0) return true;
  if (!fs.existsSync(path.join(buildDir, 'src', 'cli', 'bin.js'))) return true;
  const fixed = ['tsconfig.json', 'tsconfig.cli.json', 'scripts/build-cli.js', 'scripts/bundle-cli.js'].map((f) => path.join(root, f));
  let info;
  try {
    info = JSON.parse(fs.readFileSync(buildInfo, 'utf8'));
  } catch {
    return true;
  }
  const listed = (info.fileNames || info.program?.fileNames || [])
    .map((f) => path.resolve(buildDir, f))
    .filter((f) => !f.includes(`${path.sep}node_modules${path.sep}`));
  if (listed.length === 0) return true;
  for (const f of fixed.concat(listed)) {
    const t = mtime(f);
    if (t < 0 || t > built) return true;
  }
  return false;
}

function build() {
  const tsc = require.resolve('typescript/bin/tsc', { paths: [root] });
  const r = spawnSync(process.execPath, [tsc, '-b', path.join(root, 'tsconfig.cli.json')], { stdio: 'inherit', cwd: root });
  if (r.status !== 0) {
    process.stderr.write('编译命令行工具失败（见上方 tsc 的输出）。\n');
    process.exit(r.status || 1);
  }
  fs.mkdirSync(buildDir, { recursive: true });
  copyJson();
  bundle();
  fs.writeFileSync(stamp, new Date().toISOString() + '\n');
}

/** The bundle's folder (build/cli): duizhao.js and workbook-worker.js. */
const bundleDir = path.join(buildDir, 'cli');

/**
 * Bundle the compiled command (scripts/bundle-cli.js, in a process of its own). On failure the
 * bundle's folder is removed, so that bin/duizhao.js runs the compiled tree, and the build goes on:
 * returns whether the bundle was written.
 */
function bundle() {
  const r = spawnSync(process.execPath, [path.join(__dirname, 'bundle-cli.js')], { stdio: ['ignore', 'inherit', 'inherit'], cwd: root });
  if (r.status === 0) return true;
  fs.rmSync(bundleDir, { recursive: true, force: true });
  process.stderr.write('打包命令行工具失败（见上方输出）：改用 tsc 的编译结果（build/src/cli），结果相同，启动稍慢。\n');
  return false;
}

/**
 * Copy the JSON data the tool imports (templates, lexicon) into build/ after tsc: `tsc -b` does
 * not emit a .json file again when only that file changed, so an edited lexicon would be checked
 * with its old copy. Files are the .json inputs the build info lists, under the project.
 */
function copyJson() {
  let info;
  try {
    info = JSON.parse(fs.readFileSync(buildInfo, 'utf8'));
  } catch {
    return;
  }
  for (const f of info.fileNames || info.program?.fileNames || []) {
    const src = path.resolve(buildDir, f);
    if (!src.endsWith('.json') || src.includes(`${path.sep}node_modules${path.sep}`) || !src.startsWith(root + path.sep)) continue;
    const dest = path.join(buildDir, path.relative(root, src));
    fs.mkdirSync(path.dirname(dest), { recursive: true });
    fs.copyFileSync(src, dest);
  }
}

if (require.main === module) {
  if (!process.argv.includes('--if-stale') || stale()) build();
}

module.exports = { stale, build, copyJson, bundle, bundleDir };
