#!/usr/bin/env node
/**
 * The `duizhao` command (package.json "bin"). Runs the compiled CLI in build/ — compiled once by
 * `npm ci` / `npm install` (the "prepare" script) or `npm run build:cli`, never on each call: the
 * bundle (build/cli/duizhao.js, one file: faster to load) when the build wrote it, otherwise the
 * compiled tree (build/src/cli/bin.js, the same command).
 */
'use strict';

const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const entry = [path.join(root, 'build', 'cli', 'duizhao.js'), path.join(root, 'build', 'src', 'cli', 'bin.js')].find((f) => fs.existsSync(f));
if (!entry) {
  process.stderr.write(`对照检查助手尚未编译：请在 ${root} 中运行 npm run build:cli（或 npm install）。\n`);
  process.exitCode = 2;
} else {
  require(entry).runFromProcess();
}
