/**
 * Add-in document settings from a .docx. Word saves an add-in's `Office.context.document.settings`
 * in the web-extension part of the package — word/webextensions/webextension1.xml (one part per
 * add-in instance), namespace http://schemas.microsoft.com/office/webextensions/webextension/2010/11 —
 * as `<we:properties><we:property name="KEY" value="JSON"/></we:properties>`, each value the JSON
 * text of the setting (ECMA-376 extension [MS-OWEXML] CT_WebExtensionProperty). Read-only here.
 */
import JSZip from 'jszip';

const PART = /^word\/webextensions\/webextension\d*\.xml$/i;
const PROPERTY = /<(?:[\w.-]+:)?property\b([^>]*)\/?>/g;
const ATTR = /\b(name|value)\s*=\s*("([^"]*)"|'([^']*)')/g;

function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (_, e: string) => {
    const k = e.toLowerCase();
    if (k === 'lt') return '<';
    if (k === 'gt') return '>';
    if (k === 'amp') return '&';
    if (k === 'quot') return '"';
    if (k === 'apos') return "'";
    const code = k.startsWith('#x') ? parseInt(k.slice(2), 16) : parseInt(k.slice(1), 10);
    return Number.isFinite(code) ? String.fromCodePoint(code) : '';
  });
}

/**
 * Every add-in setting found in the package's web-extension parts, by name, its value parsed
 * from JSON (kept as the raw string when it is no JSON). Empty when there are none; never throws
 * on a package that has no such part.
 */
export async function readDocxSettings(data: Uint8Array | ArrayBuffer): Promise<Record<string, unknown>> {
  const zip = await JSZip.loadAsync(data);
  const out: Record<string, unknown> = {};
  for (const name of Object.keys(zip.files).filter((n) => PART.test(n)).sort()) {
    const xml = await zip.files[name].async('string');
    for (const m of xml.matchAll(PROPERTY)) {
      const attrs: Record<string, string> = {};
      for (const a of m[1].matchAll(ATTR)) attrs[a[1]] = unescapeXml(a[3] ?? a[4] ?? '');
      if (!attrs.name || attrs.value === undefined) continue;
      try {
        out[attrs.name] = JSON.parse(attrs.value);
      } catch {
        out[attrs.name] = attrs.value;
      }
    }
  }
  return out;
}
