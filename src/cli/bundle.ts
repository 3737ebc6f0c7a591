/**
 * The bundle's entry: scripts/bundle-cli.js packs this module and everything it imports (the
 * command, the engine, jszip) into build/cli/duizhao.js, which bin/duizhao.js runs. One file loads
 * faster than the compiled tree's many small modules (module resolution and loading, measured:
 * about a tenth of a folder check's CPU time); libraries a run may not need (the spreadsheet and
 * Word writers, the HTML parser, the JSON Schema validator) stay outside and are required when used.
 *
 * The bundle is also the script a folder check's worker threads start (root.ts workerScriptFor):
 * check-workers.ts is imported here so that its worker side runs in them.
 */
import './check-workers';

export { run, runFromProcess } from './bin';
