/**
 * cli/load.ts mentionsWebExtension as it was before it found the word's "x" by indexOf (issue 14:
 * the folder check): a JavaScript loop over every byte. The oracle for test/cli/web-extension-scan.test.ts.
 */
const WEBEXTENSION = Array.from('webextension', (c) => c.charCodeAt(0));

export function mentionsWebExtensionBefore(b: Uint8Array): boolean {
  const n = b.length - WEBEXTENSION.length;
  const first = WEBEXTENSION[0];
  outer: for (let i = 0; i <= n; i++) {
    if ((b[i] | 0x20) !== first) continue;
    for (let k = 1; k < WEBEXTENSION.length; k++) if ((b[i + k] | 0x20) !== WEBEXTENSION[k]) continue outer;
    return true;
  }
  return false;
}
