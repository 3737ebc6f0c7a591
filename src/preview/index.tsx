/** Preview entry: no Office.js; the pane runs over the in-memory document. */
import { createRoot } from 'react-dom/client';
import { createAnalyzer, DEFAULT_LIMITS } from '../taskpane/analyzer';
import { PreviewApp } from './PreviewApp';
import { allSamples } from './samples';

const params = new URLSearchParams(window.location.search);
const container = document.getElementById('root');
if (container) {
  // ?warm=N sets the worker's warm-up runs (0: none), for the bench to compare.
  const warm = Number(params.get('warm') ?? NaN);
  const analyzer = createAnalyzer(undefined, {
    ...DEFAULT_LIMITS,
    ...(Number.isInteger(warm) && warm >= 0 ? { warmRuns: warm } : {}),
  });
  analyzer.warm?.();
  createRoot(container).render(
    <PreviewApp
      samples={allSamples()}
      analyzer={analyzer}
      initialSample={params.get('sample') ?? undefined}
      initialTheme={params.get('theme') === 'dark' ? 'dark' : 'light'}
    />,
  );
}
