/**
 * Task pane entry: waits for Office, checks the Word API level, and renders the pane over the
 * Office.js gateway. Theme follows Office's (light/dark) and updates when Office reports a change.
 */
import { createRoot } from 'react-dom/client';
import { createOfficeGateway } from '../word/officeGateway';
import { detectCapabilities, officeHost } from '../word/capabilities';
import { createAnalyzer } from './analyzer';
import { addComments, commentsSupported, insertChecklistTable, removeOurComments } from '../word/deliverables';
import { App, type HostSupport } from './App';
import { themeFromOffice, type ThemeName } from './theme';

function officeTheme(): ThemeName {
  try {
    return themeFromOffice(Office.context.officeTheme);
  } catch {
    return 'light';
  }
}

function render(support: HostSupport) {
  const container = document.getElementById('root');
  if (!container) return;
  const root = createRoot(container);
  const gateway = createOfficeGateway();
  const analyzer = createAnalyzer();
  const host = officeHost();
  const deliverables =
    support === 'ok'
      ? {
          commentsSupported: commentsSupported(host),
          addComments: (c: Parameters<typeof addComments>[1]) => addComments(host, c),
          removeComments: () => removeOurComments(host),
          insertChecklist: (rows: string[][]) => insertChecklistTable(host, rows),
        }
      : undefined;
  const draw = () =>
    root.render(<App gateway={gateway} analyzer={analyzer} theme={officeTheme()} support={support} deliverables={deliverables} />);
  draw();
  try {
    // Theme-change events exist only on some hosts; without them the theme is read at start.
    Office.context.document.addHandlerAsync(Office.EventType.OfficeThemeChanged as Office.EventType, draw, () => {});
  } catch {
    /* not supported here */
  }
}

if (typeof Office === 'undefined') {
  render('not-word');
} else {
  Office.onReady((info) => {
    if (info.host !== Office.HostType.Word) {
      render('not-word');
      return;
    }
    render(detectCapabilities(officeHost()).wordApi13 ? 'ok' : 'unsupported');
  });
}
