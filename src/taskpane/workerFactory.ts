/**
 * The only module that uses `import.meta` (webpack 5 worker syntax). Tests mock this module, so
 * jest never loads it. Returns null when the environment has no Worker or refuses to start one.
 */
export function createAnalysisWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    // tsconfig.json compiles to commonjs for the CLI, where `import.meta` is not allowed; webpack
    // compiles this file as an ES module (ts-loader module: esnext), where it is.
    // @ts-expect-error TS1343: import.meta is ES-module syntax
    return new Worker(new URL('./analysis.worker.ts', import.meta.url), { name: 'duizhao-analysis' });
  } catch {
    return null;
  }
}
