/**
 * Task pane entry: waits for Office, checks the Word API level, and renders the pane over the
 * Office.js gateway. Theme follows Office's (light/dark) and updates when Office reports a change.
 *
 * When Office.js is missing (its CDN blocked: the <script> failed) or never becomes ready (its own
 * per-host scripts blocked), the pane says so — "无法加载 Office.js（可能被网络策略拦截）" — rather
 * than "请在 Word 中打开".
 */
import { createRoot } from 'react-dom/client';
import { createOfficeGateway } from '../word/officeGateway';
import { commentsSupported, detectCapabilities, officeHost } from '../word/capabilities';
import type { Root } from 'react-dom/client';
import { createAnalyzer } from './analyzer';
import type { PaneComment } from '../word/deliverables';
import type { ChecklistPlace } from './checklistPlace';
import { App, type HostSupport } from './App';
import { themeFromOffice, type ThemeName } from './theme';

function officeTheme(): ThemeName {
  try {
    return themeFromOffice(Office.context.officeTheme);
  } catch {
    return 'light';
  }
}

const loadDeliverables = () => import(/* webpackChunkName: "word-deliverables" */ '../word/deliverables');

/** How long Office.onReady may take before the pane says Office.js could not load, ms. */
const OFFICE_READY_TIMEOUT_MS = 15_000;

let root: Root | null = null;
let themeHooked = false;

function render(support: HostSupport, hostVersion = '') {
  const container = document.getElementById('root');
  if (!container) return;
  root ??= createRoot(container);
  const target = root;
  const gateway = createOfficeGateway();
  const analyzer = createAnalyzer();
  analyzer.warm?.();
  const host = officeHost();
  const deliverables =
    support === 'ok'
      ? {
          commentsSupported: commentsSupported(host),
          // The comment and table writers load on first use (a chunk of their own); comments over
          // paragraphs the read joined (lines pasted from a PDF) go to Word's own paragraphs.
          addComments: async (c: PaneComment[]) => (await loadDeliverables()).addComments(host, gateway.wordComments(c)),
          removeComments: async () => (await loadDeliverables()).removeOurComments(host),
          insertChecklist: async (rows: string[][], place?: ChecklistPlace) => (await loadDeliverables()).insertChecklistTable(host, rows, place && gateway.wordPlace(place)),
        }
      : undefined;
  const draw = () =>
    target.render(<App gateway={gateway} analyzer={analyzer} theme={officeTheme()} support={support} hostVersion={hostVersion} deliverables={deliverables} />);
  draw();
  if (themeHooked || support !== 'ok') return;
  themeHooked = true;
  try {
    // Theme-change events exist only on some hosts; without them the theme is read at start.
    Office.context.document.addHandlerAsync(Office.EventType.OfficeThemeChanged as Office.EventType, draw, () => {});
  } catch {
    /* not supported here */
  }
}

if ((window as unknown as { __duizhaoLegacyWebview?: boolean }).__duizhaoLegacyWebview) {
  // assets/legacy-check.js has shown its message (a webview too old for this code).
} else if (typeof Office === 'undefined') {
  // office.js did not load: the page's <script> from appsforoffice.microsoft.com failed.
  render('no-office-js');
} else {
  let ready = false;
  const timer = setTimeout(() => {
    if (!ready) render('no-office-js');
  }, OFFICE_READY_TIMEOUT_MS);
  Office.onReady((info) => {
    ready = true;
    clearTimeout(timer);
    if (info.host !== Office.HostType.Word) {
      render('not-word');
      return;
    }
    const caps = detectCapabilities(officeHost());
    render(caps.wordApi11 ? 'ok' : 'unsupported', caps.hostVersion);
  });
}
