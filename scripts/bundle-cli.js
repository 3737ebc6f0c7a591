#!/usr/bin/env node
/**
 * Bundles the compiled command line tool (build/src/cli, tsc's output) with webpack into
 * build/cli/duizhao.js (the command: src/cli/bundle.ts) and build/cli/workbook-worker.js (the
 * folder workbook's worker thread: src/cli/workbook-thread.ts). Run by scripts/build-cli.js after
 * tsc; bin/duizhao.js runs the bundle when it is there and the compiled tree otherwise.
 *
 * Bundled: our own modules, their JSON data and jszip (read with every .docx). The spreadsheet
 * writer (write-excel-file, 79 small modules) is bundled into a file of its own beside them,
 * build/cli/write-excel-file.js, still required only by a run that writes a workbook. Left outside
 * and required from node_modules when a run uses them: every other package (docx, htmlparser2,
 * @cfworker/json-schema), so a run loads only what it needs, as the compiled tree does.
 * Exit code 0 when every file is written; otherwise webpack's errors on stderr and exit 1.
 */
'use strict';

const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const compiled = path.join(root, 'build', 'src', 'cli');
const outDir = path.join(root, 'build', 'cli');

/** Packages packed into the bundle (with what they require); every other package stays outside. */
const BUNDLED_PACKAGES = new Set(['jszip']);

/**
 * Packages bundled into a file of their own in build/cli (request → file name), which the bundle
 * requires where the compiled tree requires the package: loaded only by a run that uses it, as one
 * file instead of its many modules.
 */
const OWN_FILE_PACKAGES = { 'write-excel-file/node': 'write-excel-file.js' };

/** Every file the bundling writes into build/cli. */
const OUTPUTS = ['duizhao.js', 'workbook-worker.js', ...Object.values(OWN_FILE_PACKAGES)];

/** The package a bare request names ("docx", "write-excel-file/node" → "write-excel-file", "@a/b/c" → "@a/b"). */
function packageOf(request) {
  const parts = request.split('/');
  return request.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** The webpack configuration of the bundles. */
function config() {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const webpack = require('webpack');
  return {
    mode: 'production',
    target: 'node20',
    context: root,
    entry: {
      duizhao: path.join(compiled, 'bundle.js'),
      'workbook-worker': path.join(compiled, 'workbook-thread.js'),
      // The package's CommonJS build, as the compiled tree's require() loads it.
      ...Object.fromEntries(Object.entries(OWN_FILE_PACKAGES).map(([request, file]) => [file.replace(/\.js$/, ''), require.resolve(request, { paths: [root] })])),
    },
    output: { path: outDir, filename: '[name].js', library: { type: 'commonjs2' }, clean: true },
    // Readable stack traces in a user's report of an internal error; minifying saved no measurable time.
    optimization: { minimize: false, splitChunks: false, runtimeChunk: false },
    devtool: false,
    // The real file's __filename/__dirname: the worker script is the bundle itself (root.ts).
    node: { __dirname: false, __filename: false, global: false },
    externalsPresets: { node: true },
    externals: [
      ({ context, request }, callback) => {
        const bare = request && !/^[./]/.test(request) && !path.isAbsolute(request) && !request.startsWith('node:');
        const fromPackage = context && context.split(path.sep).includes('node_modules');
        if (!bare || fromPackage || BUNDLED_PACKAGES.has(packageOf(request))) return callback();
        if (OWN_FILE_PACKAGES[request]) return callback(null, `commonjs ./${OWN_FILE_PACKAGES[request]}`);
        return callback(null, `commonjs ${request}`);
      },
    ],
    plugins: [new webpack.DefinePlugin({ DUIZHAO_BUNDLE: JSON.stringify(true) })],
    performance: { hints: false },
    stats: 'errors-warnings',
  };
}

/** Runs webpack; resolves to true when every file (OUTPUTS) is written, printing webpack's errors otherwise. */
function bundle() {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const webpack = require('webpack');
  return new Promise((resolve) => {
    webpack(config(), (err, stats) => {
      if (err || !stats || stats.hasErrors()) {
        process.stderr.write(`${err ? err.stack || err : stats ? stats.toString('errors-only') : ''}\n`);
        return resolve(false);
      }
      const written = OUTPUTS.every((f) => fs.existsSync(path.join(outDir, f)));
      resolve(written);
    });
  });
}

if (require.main === module) {
  bundle().then(
    (ok) => (process.exitCode = ok ? 0 : 1),
    (e) => {
      process.stderr.write(`${e && e.stack ? e.stack : e}\n`);
      process.exitCode = 1;
    },
  );
}

module.exports = { config, bundle, BUNDLED_PACKAGES, OWN_FILE_PACKAGES, OUTPUTS, outDir };
