/**
 * @jest-environment jsdom
 *
 * assets/legacy-check.js: in the webviews old Word uses for add-ins (Internet Explorer 11, old
 * Edge) the pane names the cause in Chinese; in any current webview it does nothing.
 */
import * as fs from 'fs';
import * as path from 'path';

const SCRIPT = fs.readFileSync(path.resolve(__dirname, '../../assets/legacy-check.js'), 'utf8');

function runWith(userAgent: string): string {
  document.body.innerHTML = '<div id="root"><p>正在加载对照检查助手…</p></div>';
  delete (window as unknown as Record<string, unknown>).__duizhaoLegacyWebview;
  Object.defineProperty(window.navigator, 'userAgent', { value: userAgent, configurable: true });
  // The script is ES5 run as a classic script; Function runs it in the global scope here. Its
  // DOMContentLoaded handlers are caught and called directly, so no case sees another's.
  const handlers: (() => void)[] = [];
  const spy = jest.spyOn(document, 'addEventListener').mockImplementation((type: string, h: unknown) => {
    if (type === 'DOMContentLoaded') handlers.push(h as () => void);
  });
  try {
    new Function(SCRIPT)();
  } finally {
    spy.mockRestore();
  }
  for (const h of handlers) h();
  return (document.getElementById('root') as HTMLElement).textContent ?? '';
}

test.each([
  ['Word 2016 volume (Trident)', 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; rv:11.0) like Gecko', /Internet Explorer 11/],
  ['IE in compatibility mode', 'Mozilla/4.0 (compatible; MSIE 7.0; Windows NT 10.0; Trident/7.0)', /Internet Explorer 11/],
  ['Word 2019 retail (EdgeHTML)', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041', /EdgeHTML/],
])('%s: the pane says this Word cannot run it and what to use instead', (_what, ua, engine) => {
  const text = runWith(ua);
  expect(text).toContain('当前 Word 版本无法运行对照检查助手');
  expect(text).toMatch(engine);
  expect(text).toContain('duizhao check');
  expect((window as unknown as Record<string, unknown>).__duizhaoLegacyWebview).toBe(true);
});

test.each([
  ['WebView2', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0'],
  ['Mac WKWebView', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko)'],
])('%s: nothing changes', (_what, ua) => {
  expect(runWith(ua)).toBe('正在加载对照检查助手…');
  expect((window as unknown as Record<string, unknown>).__duizhaoLegacyWebview).toBeUndefined();
});
