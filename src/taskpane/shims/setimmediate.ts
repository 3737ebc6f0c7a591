/**
 * Stands in for the `setimmediate` package that jszip loads (webpack alias, pane bundles only):
 * that polyfill turns a string argument into code with `new Function`, which the pages' CSP
 * forbids and the build test refuses. jszip passes only functions; this defines a global
 * setImmediate(fn, ...args) on a 0 ms timer when the browser has none (none has).
 */
type Callback = (...args: unknown[]) => void;
const scope = globalThis as { setImmediate?: (fn: Callback, ...args: unknown[]) => unknown };
if (typeof scope.setImmediate !== 'function') {
  scope.setImmediate = (fn: Callback, ...args: unknown[]) => setTimeout(fn, 0, ...args);
}
export {};
