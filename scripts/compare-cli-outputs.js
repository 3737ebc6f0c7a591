#!/usr/bin/env node
/**
 * Compare what two builds of the CLI write for the same inputs — the readable report, `--json`,
 * the workbook (its cells read back with read-excel-file), the CSV and the 整改清单 workbooks —
 * so that a speed change can show it changed nothing. Usage:
 *
 *   node scripts/compare-cli-outputs.js BUILD_A BUILD_B INPUT…
 *
 * BUILD_* are compiled trees (e.g. /work/main/build and build); each INPUT (a file or a folder)
 * is checked by both as one run: by the build's bundle (cli/duizhao.js, as bin/duizhao.js runs it)
 * where it has one, else by its compiled src/cli/main.js. Prints one line per input and output, and exits 1 on any difference.
 */
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const [a, b, ...inputs] = process.argv.slice(2);
if (!a || !b || !inputs.length) {
  console.error('usage: compare-cli-outputs.js BUILD_A BUILD_B INPUT…');
  process.exit(2);
}

/** Run one build's check on `input` with `args`; stdout, stderr (paths of the temporary folder made equal) and status. */
function run(build, input, args, tmp) {
  const bundle = path.resolve(build, 'cli/duizhao.js');
  // node -e takes its first argument after the code where a script's path would be: a stand-in.
  const entry = fs.existsSync(bundle) ? ['-e', `require(${JSON.stringify(bundle)}).runFromProcess()`, bundle, 'check'] : [path.join(build, 'src/cli/main.js')];
  const r = spawnSync(process.execPath, [...entry, input, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: { ...process.env, DUIZHAO_THREADS: '1' },
  });
  const clean = (s) => (s ?? '').split(tmp).join('<out>');
  return { out: clean(r.stdout), err: clean(r.stderr), status: r.status };
}

async function cells(file) {
  if (!fs.existsSync(file)) return 'missing';
  const { default: read } = await import('read-excel-file/node');
  const sheets = await read(file);
  return JSON.stringify(sheets.map((s) => [s.sheet, s.data]));
}

async function outputsOf(build, input) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-compare-'));
  const got = {};
  got.report = run(build, input, [], tmp);
  got.json = run(build, input, ['--json'], tmp);
  const xlsx = path.join(tmp, 'summary.xlsx');
  const csv = path.join(tmp, 'summary.csv');
  got.tables = run(build, input, ['--xlsx', xlsx, '--csv', csv], tmp);
  got.workbook = await cells(xlsx);
  got.csv = fs.existsSync(csv) ? fs.readFileSync(csv, 'utf8').split(tmp).join('<out>') : 'missing';
  const lists = path.join(tmp, 'lists');
  got.checklistRun = run(build, input, ['--checklist', path.join(lists, '清单.xlsx')], tmp);
  got.checklists = fs.existsSync(lists)
    ? JSON.stringify(await Promise.all(fs.readdirSync(lists).sort().map(async (f) => [f, await cells(path.join(lists, f))])))
    : 'missing';
  fs.rmSync(tmp, { recursive: true, force: true });
  return got;
}

(async () => {
  for (const build of [a, b]) console.log(`${build}: ${fs.existsSync(path.join(build, 'cli/duizhao.js')) ? 'cli/duizhao.js (bundle)' : 'src/cli/main.js'}`);
  let differ = 0;
  for (const input of inputs) {
    const [x, y] = [await outputsOf(a, input), await outputsOf(b, input)];
    for (const k of Object.keys(x)) {
      const same = JSON.stringify(x[k]) === JSON.stringify(y[k]);
      if (!same) differ++;
      const size = typeof x[k] === 'string' ? x[k].length : x[k].out.length;
      console.log(`${same ? 'same' : 'DIFFERENT'}  ${k.padEnd(13)} ${input} (${size} chars)`);
    }
  }
  process.exit(differ ? 1 : 0);
})();
