/**
 * Where the command runs from: the project's root folder and the scripts its worker threads start.
 * The same answers from the TypeScript sources (tests), the compiled tree (build/src/cli, tsc) and
 * the bundle (build/cli/duizhao.js, scripts/bundle-cli.js), whose modules share one file and one
 * __dirname: paths are found from the project root, never from a module's own folder.
 */
import * as fs from 'fs';
import * as path from 'path';

/** Set to true by the bundle's build (webpack DefinePlugin); undeclared in the compiled tree. */
declare const DUIZHAO_BUNDLE: boolean | undefined;

/** True when this code runs from the bundle (build/cli/duizhao.js), not from separate modules. */
export const BUNDLED = typeof DUIZHAO_BUNDLE !== 'undefined' && DUIZHAO_BUNDLE === true;

/** The nearest folder at or above `from` holding a package.json named "duizhao", or undefined. */
function ownPackage(from: string): string | undefined {
  let dir = from;
  for (;;) {
    const file = path.join(dir, 'package.json');
    if (fs.existsSync(file)) {
      try {
        const pkg = JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: string };
        if (pkg.name === 'duizhao') return dir;
      } catch {
        /* not ours or unreadable: keep looking upwards */
      }
    }
    const up = path.dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

let root: string | undefined | null = null;

/**
 * The project's root folder (the one holding package.json named "duizhao"), found upwards from this
 * module's folder; `from` another start. Falls back to two levels above this file's folder (the
 * source tree's src/cli) when no such package.json is found.
 */
export function projectRoot(from?: string): string {
  if (from !== undefined) return ownPackage(from) ?? path.resolve(from, '../..');
  if (root === null) root = ownPackage(__dirname);
  return root ?? path.resolve(__dirname, '../..');
}

/**
 * The script a worker thread of `kind` starts, or undefined when running from TypeScript sources
 * (a .ts file cannot start a worker). `check`: the file checks of a folder (check-workers.ts);
 * `workbook`: the folder workbook (workbook-thread.ts). In the bundle, the check workers start the
 * bundle itself and the workbook worker its own small bundle beside it (build/cli/workbook-worker.js);
 * in the compiled tree, each module's own .js file (`module`: its __filename).
 */
export function workerScriptFor(kind: 'check' | 'workbook', module: string): string | undefined {
  if (!module.endsWith('.js')) return undefined;
  const script = BUNDLED && kind === 'workbook' ? path.join(path.dirname(module), 'workbook-worker.js') : module;
  return fs.existsSync(script) ? script : undefined;
}
