#!/usr/bin/env node
/**
 * Runs the check command from its TypeScript sources in a child process, the way a reviewer's
 * shell runs it (real stdin/stdout/stderr, exit code, signals), without a build: .ts files are
 * transpiled on require with the project's TypeScript and cached by path and modification time.
 * Usage: node test/support/run-cli.js [check arguments…]
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const crypto = require('crypto');
const ts = require('typescript');

const cache = path.join(os.tmpdir(), 'duizhao-run-cli-cache');
fs.mkdirSync(cache, { recursive: true });

require.extensions['.ts'] = (module, filename) => {
  const st = fs.statSync(filename);
  const key = crypto.createHash('sha1').update(`${filename}:${st.mtimeMs}:${st.size}`).digest('hex');
  const cached = path.join(cache, key + '.js');
  let js;
  try {
    js = fs.readFileSync(cached, 'utf8');
  } catch {
    js = ts.transpileModule(fs.readFileSync(filename, 'utf8'), {
      fileName: filename,
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true, resolveJsonModule: true },
    }).outputText;
    fs.writeFileSync(cached, js);
  }
  module._compile(js, filename);
};

require(path.resolve(__dirname, '../../src/cli/main.ts')).runCli();
