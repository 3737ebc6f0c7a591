/**
 * Builds small, valid .docx files for tests with jszip. Style ids follow Chinese Word: "a" is
 * Normal, "1".."4" are "heading 1".."heading 4", "a3" is Title; tests may add or replace styles.
 */
import JSZip from 'jszip';

export interface RunSpec {
  text: string;
  bold?: boolean;
  /** Explicit w:b w:val="0" (overrides a bold style). */
  notBold?: boolean;
  /** Character style id (w:rStyle). */
  charStyle?: string;
  /** Wrapped in w:del (tracked deletion, text in w:delText). */
  deleted?: boolean;
  /** Wrapped in w:ins (tracked insertion). */
  inserted?: boolean;
  /** Hidden (w:vanish). */
  hidden?: boolean;
}

/** A run, or a special inline item. */
export type InlineSpec =
  | string
  | RunSpec
  | { tab: true }
  | { br: true }
  | { field: string; result: string }
  | { raw: string };

export interface ParagraphSpec {
  kind?: 'p';
  /** Plain text: one run (ignored when `runs` is given). */
  text?: string;
  runs?: InlineSpec[];
  /** Whole-paragraph bold shortcut for `text`. */
  bold?: boolean;
  /** Paragraph style id (w:pStyle). */
  style?: string;
  /** Raw w:outlineLvl value (0..9). */
  outlineLvl?: number;
  /** Direct numbering: w:numPr with w:numId (and w:ilvl when given). */
  numId?: number;
  ilvl?: number;
}

export interface TableSpec {
  kind: 'table';
  /** rows → cells → the cell's blocks (an empty cell gets one empty paragraph). */
  rows: BlockSpec[][][];
}

export interface SdtSpec {
  kind: 'sdt';
  content: BlockSpec[];
}

export interface RawBlockSpec {
  kind: 'raw';
  xml: string;
}

export type BlockSpec = ParagraphSpec | TableSpec | SdtSpec | RawBlockSpec;

export interface StyleSpec {
  id: string;
  name: string;
  type?: 'paragraph' | 'character' | 'numbering';
  basedOn?: string;
  outlineLvl?: number;
  bold?: boolean;
  numId?: number;
  ilvl?: number;
  isDefault?: boolean;
  /** w:vanish in the style's run properties (text in this style is hidden). */
  hidden?: boolean;
}

export interface LevelSpec {
  fmt: string;
  text: string;
  start?: number;
  restart?: number;
  isLgl?: boolean;
  pStyle?: string;
}

export interface AbstractNumSpec {
  id: number;
  levels: LevelSpec[];
  numStyleLink?: string;
}

export interface NumSpec {
  id: number;
  abstractId: number;
  overrides?: Array<{ level: number; start?: number; lvl?: LevelSpec }>;
}

export interface DocxSpec {
  body: BlockSpec[];
  /** Replace the default style set. */
  styles?: StyleSpec[];
  /** Added to the default (or given) styles. */
  extraStyles?: StyleSpec[];
  abstractNums?: AbstractNumSpec[];
  nums?: NumSpec[];
  /** Extra parts that are not body: a header, a footer, footnotes, comments. */
  header?: string;
  footer?: string;
  footnotes?: string[];
  comments?: string[];
  /** Write no word/styles.xml. */
  noStyles?: boolean;
  /**
   * Add-in document settings, written as Word saves them: a web-extension part
   * (word/webextensions/webextension1.xml, one <we:property name value=JSON/> each) reached from the
   * package through word/webextensions/taskpanes.xml.
   */
  addinSettings?: Record<string, unknown>;
}

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL_BASE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Default styles as Chinese Word writes them. */
export const CHINESE_WORD_STYLES: StyleSpec[] = [
  { id: 'a', name: 'Normal', isDefault: true },
  { id: '1', name: 'heading 1', basedOn: 'a', outlineLvl: 0, bold: true },
  { id: '2', name: 'heading 2', basedOn: 'a', outlineLvl: 1, bold: true },
  { id: '3', name: 'heading 3', basedOn: 'a', outlineLvl: 2, bold: true },
  { id: '4', name: 'heading 4', basedOn: 'a', outlineLvl: 3, bold: true },
  { id: 'a3', name: 'Title', basedOn: 'a', bold: true },
];

/** GB/T 9704 multilevel list: 一、 →（一）→ 1. →（1）, levels linked to heading styles "1".."4". */
export function gbtAbstractNum(id: number, linkStyles = true): AbstractNumSpec {
  return {
    id,
    levels: [
      { fmt: 'chineseCounting', text: '%1、', pStyle: linkStyles ? '1' : undefined },
      { fmt: 'chineseCounting', text: '（%2）', pStyle: linkStyles ? '2' : undefined },
      { fmt: 'decimal', text: '%3.', pStyle: linkStyles ? '3' : undefined },
      { fmt: 'decimal', text: '（%4）', pStyle: linkStyles ? '4' : undefined },
    ],
  };
}

export function escapeXml(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '') // eslint-disable-line no-control-regex
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function tText(text: string, tag = 'w:t'): string {
  return `<${tag} xml:space="preserve">${escapeXml(text)}</${tag}>`;
}

function runXml(r: RunSpec): string {
  const props: string[] = [];
  if (r.charStyle) props.push(`<w:rStyle w:val="${escapeXml(r.charStyle)}"/>`);
  if (r.bold) props.push('<w:b/><w:bCs/>');
  if (r.notBold) props.push('<w:b w:val="0"/>');
  if (r.hidden) props.push('<w:vanish/>');
  const rPr = props.length ? `<w:rPr>${props.join('')}</w:rPr>` : '';
  if (r.deleted) {
    return `<w:del w:id="1" w:author="t" w:date="2021-12-01T00:00:00Z"><w:r>${rPr}${tText(r.text, 'w:delText')}</w:r></w:del>`;
  }
  const run = `<w:r>${rPr}${tText(r.text)}</w:r>`;
  return r.inserted ? `<w:ins w:id="2" w:author="t" w:date="2021-12-01T00:00:00Z">${run}</w:ins>` : run;
}

function inlineXml(item: InlineSpec): string {
  if (typeof item === 'string') return runXml({ text: item });
  if ('tab' in item) return '<w:r><w:tab/></w:r>';
  if ('br' in item) return '<w:r><w:br/></w:r>';
  if ('field' in item) {
    return (
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r>' +
      `<w:r><w:instrText xml:space="preserve">${escapeXml(item.field)}</w:instrText></w:r>` +
      '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' +
      runXml({ text: item.result }) +
      '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    );
  }
  if ('raw' in item) return item.raw;
  return runXml(item);
}

function paragraphXml(p: ParagraphSpec): string {
  const props: string[] = [];
  if (p.style !== undefined) props.push(`<w:pStyle w:val="${escapeXml(p.style)}"/>`);
  if (p.numId !== undefined) {
    props.push(`<w:numPr>${p.ilvl !== undefined ? `<w:ilvl w:val="${p.ilvl}"/>` : ''}<w:numId w:val="${p.numId}"/></w:numPr>`);
  } else if (p.ilvl !== undefined) {
    props.push(`<w:numPr><w:ilvl w:val="${p.ilvl}"/></w:numPr>`);
  }
  if (p.outlineLvl !== undefined) props.push(`<w:outlineLvl w:val="${p.outlineLvl}"/>`);
  const pPr = props.length ? `<w:pPr>${props.join('')}</w:pPr>` : '';
  const runs = p.runs ?? (p.text !== undefined && p.text !== '' ? [{ text: p.text, bold: p.bold }] : []);
  return `<w:p>${pPr}${runs.map(inlineXml).join('')}</w:p>`;
}

function blockXml(b: BlockSpec): string {
  switch (b.kind) {
    case 'table': {
      const rows = b.rows
        .map((cells) => {
          const tcs = cells
            .map((blocks) => {
              const inner = blocks.map(blockXml).join('');
              // A cell must end with a paragraph.
              const needsP = blocks.length === 0 || blocks[blocks.length - 1].kind === 'table';
              return `<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>${inner}${needsP ? '<w:p/>' : ''}</w:tc>`;
            })
            .join('');
          return `<w:tr>${tcs}</w:tr>`;
        })
        .join('');
      return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="2000"/></w:tblGrid>${rows}</w:tbl>`;
    }
    case 'sdt':
      return `<w:sdt><w:sdtPr><w:id w:val="1"/></w:sdtPr><w:sdtContent>${b.content.map(blockXml).join('')}</w:sdtContent></w:sdt>`;
    case 'raw':
      return b.xml;
    default:
      return paragraphXml(b);
  }
}

function styleXml(s: StyleSpec): string {
  const type = s.type ?? 'paragraph';
  const pPr: string[] = [];
  if (s.numId !== undefined) {
    pPr.push(`<w:numPr>${s.ilvl !== undefined ? `<w:ilvl w:val="${s.ilvl}"/>` : ''}<w:numId w:val="${s.numId}"/></w:numPr>`);
  }
  if (s.outlineLvl !== undefined) pPr.push(`<w:outlineLvl w:val="${s.outlineLvl}"/>`);
  return (
    `<w:style w:type="${type}"${s.isDefault ? ' w:default="1"' : ''} w:styleId="${escapeXml(s.id)}">` +
    `<w:name w:val="${escapeXml(s.name)}"/>` +
    (s.basedOn !== undefined ? `<w:basedOn w:val="${escapeXml(s.basedOn)}"/>` : '') +
    (s.outlineLvl !== undefined || s.id.match(/^\d$/) ? '<w:qFormat/>' : '') +
    (pPr.length ? `<w:pPr>${pPr.join('')}</w:pPr>` : '') +
    (s.bold !== undefined || s.hidden !== undefined
      ? `<w:rPr>${s.bold === undefined ? '' : s.bold ? '<w:b/><w:bCs/>' : '<w:b w:val="0"/>'}${s.hidden === undefined ? '' : s.hidden ? '<w:vanish/>' : '<w:vanish w:val="0"/>'}</w:rPr>`
      : '') +
    '</w:style>'
  );
}

function levelXml(l: LevelSpec, ilvl: number): string {
  return (
    `<w:lvl w:ilvl="${ilvl}">` +
    `<w:start w:val="${l.start ?? 1}"/>` +
    `<w:numFmt w:val="${escapeXml(l.fmt)}"/>` +
    (l.restart !== undefined ? `<w:lvlRestart w:val="${l.restart}"/>` : '') +
    (l.pStyle !== undefined ? `<w:pStyle w:val="${escapeXml(l.pStyle)}"/>` : '') +
    (l.isLgl ? '<w:isLgl/>' : '') +
    '<w:suff w:val="nothing"/>' +
    `<w:lvlText w:val="${escapeXml(l.text)}"/>` +
    '<w:lvlJc w:val="left"/>' +
    `<w:pPr><w:ind w:left="${420 * (ilvl + 1)}" w:hanging="420"/></w:pPr>` +
    '</w:lvl>'
  );
}

function numberingXml(spec: DocxSpec): string {
  const abstracts = (spec.abstractNums ?? [])
    .map(
      (a) =>
        `<w:abstractNum w:abstractNumId="${a.id}"><w:multiLevelType w:val="multilevel"/>` +
        (a.numStyleLink !== undefined ? `<w:numStyleLink w:val="${escapeXml(a.numStyleLink)}"/>` : '') +
        a.levels.map(levelXml).join('') +
        '</w:abstractNum>',
    )
    .join('');
  const nums = (spec.nums ?? [])
    .map(
      (n) =>
        `<w:num w:numId="${n.id}"><w:abstractNumId w:val="${n.abstractId}"/>` +
        (n.overrides ?? [])
          .map(
            (o) =>
              `<w:lvlOverride w:ilvl="${o.level}">` +
              (o.start !== undefined ? `<w:startOverride w:val="${o.start}"/>` : '') +
              (o.lvl ? levelXml(o.lvl, o.level) : '') +
              '</w:lvlOverride>',
          )
          .join('') +
        '</w:num>',
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering xmlns:w="${W_NS}">${abstracts}${nums}</w:numbering>`;
}

function partParagraphs(texts: string[]): string {
  return texts.map((t) => paragraphXml({ text: t })).join('');
}

/** Build a .docx from a spec. */
export async function makeDocx(spec: DocxSpec): Promise<Uint8Array> {
  const zip = new JSZip();
  const hasNumbering = (spec.abstractNums?.length ?? 0) > 0 || (spec.nums?.length ?? 0) > 0;
  const styles = [...(spec.styles ?? CHINESE_WORD_STYLES), ...(spec.extraStyles ?? [])];

  const overrides: string[] = [
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
  ];
  const rels: string[] = [];
  let rid = 1;
  const addPart = (file: string, relType: string, contentType: string, xml: string): string => {
    const id = `rId${rid++}`;
    zip.file(`word/${file}`, xml);
    overrides.push(`<Override PartName="/word/${file}" ContentType="${contentType}"/>`);
    rels.push(`<Relationship Id="${id}" Type="${REL_BASE}/${relType}" Target="${file}"/>`);
    return id;
  };
  const ct = (s: string) => `application/vnd.openxmlformats-officedocument.wordprocessingml.${s}+xml`;

  if (!spec.noStyles) {
    addPart(
      'styles.xml',
      'styles',
      ct('styles'),
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="${W_NS}">` +
        '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>' +
        styles.map(styleXml).join('') +
        '</w:styles>',
    );
  }
  if (hasNumbering) addPart('numbering.xml', 'numbering', ct('numbering'), numberingXml(spec));
  const wrap = (root: string, inner: string) =>
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:${root} xmlns:w="${W_NS}" xmlns:r="${R_NS}">${inner}</w:${root}>`;
  let sectRefs = '';
  if (spec.header !== undefined) {
    const id = addPart('header1.xml', 'header', ct('header'), wrap('hdr', partParagraphs([spec.header])));
    sectRefs += `<w:headerReference w:type="default" r:id="${id}"/>`;
  }
  if (spec.footer !== undefined) {
    const id = addPart('footer1.xml', 'footer', ct('footer'), wrap('ftr', partParagraphs([spec.footer])));
    sectRefs += `<w:footerReference w:type="default" r:id="${id}"/>`;
  }
  if (spec.footnotes) {
    const notes = spec.footnotes.map((t, i) => `<w:footnote w:id="${i + 1}">${partParagraphs([t])}</w:footnote>`).join('');
    addPart('footnotes.xml', 'footnotes', ct('footnotes'), wrap('footnotes', notes));
  }
  if (spec.comments) {
    const cs = spec.comments
      .map((t, i) => `<w:comment w:id="${i}" w:author="t" w:initials="t">${partParagraphs([t])}</w:comment>`)
      .join('');
    addPart('comments.xml', 'comments', ct('comments'), wrap('comments', cs));
  }

  const body =
    spec.body.map(blockXml).join('') +
    `<w:sectPr>${sectRefs}<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>`;
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W_NS}" xmlns:r="${R_NS}" ` +
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="">' +
      `<w:body>${body}</w:body></w:document>`,
  );
  zip.file(
    'word/_rels/document.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`,
  );
  let taskpaneRel = '';
  if (spec.addinSettings) {
    const WE = 'http://schemas.microsoft.com/office/webextensions/webextension/2010/11';
    const WETP = 'http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11';
    const props = Object.entries(spec.addinSettings)
      .map(([k, v]) => `<we:property name="${escapeXml(k)}" value="${escapeXml(JSON.stringify(v))}"/>`)
      .join('');
    zip.file(
      'word/webextensions/webextension1.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<we:webextension xmlns:we="${WE}" id="{3B4D7C2A-0000-4000-8000-000000000001}">` +
        '<we:reference id="00000000-0000-4000-8000-000000000abc" version="1.0.0.0" store="\\\\localhost\\addins" storeType="Filesystem"/>' +
        `<we:alternateReferences/><we:properties>${props}</we:properties><we:bindings/><we:snapshot xmlns:r="${R_NS}"/></we:webextension>`,
    );
    zip.file(
      'word/webextensions/taskpanes.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<wetp:taskpanes xmlns:wetp="${WETP}"><wetp:taskpane dockstate="right" visibility="0" width="350" row="0">` +
        `<wetp:webextensionref xmlns:r="${R_NS}" r:id="rId1"/></wetp:taskpane></wetp:taskpanes>`,
    );
    zip.file(
      'word/webextensions/_rels/taskpanes.xml.rels',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.microsoft.com/office/2011/relationships/webextension" Target="webextension1.xml"/></Relationships>',
    );
    overrides.push('<Override PartName="/word/webextensions/webextension1.xml" ContentType="application/vnd.ms-office.webextension+xml"/>');
    overrides.push('<Override PartName="/word/webextensions/taskpanes.xml" ContentType="application/vnd.ms-office.webextensiontaskpanes+xml"/>');
    taskpaneRel = '<Relationship Id="rId2" Type="http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes" Target="word/webextensions/taskpanes.xml"/>';
  }
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      `<Relationship Id="rId1" Type="${REL_BASE}/officeDocument" Target="word/document.xml"/>${taskpaneRel}</Relationships>`,
  );
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      overrides.join('') +
      '</Types>',
  );
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** A .docx: "前文", an altChunk whose part is stored as `word/<name>` with `content`, "后文". */
export async function docxWithChunk(name: string, content: string | Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await makeDocx({ body: [{ text: '前文' }, { kind: 'raw', xml: '<w:altChunk r:id="rIdChunk"/>' }, { text: '后文' }] }));
  zip.file(`word/${name}`, content);
  const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
  zip.file(
    'word/_rels/document.xml.rels',
    rels.replace('</Relationships>', `<Relationship Id="rIdChunk" Type="${REL_BASE}/aFChunk" Target="${name}"/></Relationships>`),
  );
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/**
 * A zip bomb that lies: 60,000 paragraphs of document.xml whose local header and central
 * directory both claim 100 bytes uncompressed; returns the bytes and the XML's length.
 */
export async function lyingZipBomb(): Promise<{ bytes: Uint8Array; xmlLength: number }> {
  const xml = `<w:document xmlns:w="${W_NS}"><w:body>` + '<w:p><w:r><w:t>炸弹</w:t></w:r></w:p>'.repeat(60_000) + '</w:body></w:document>';
  const zip = new JSZip();
  zip.file('word/document.xml', xml);
  const bytes = (await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })).slice();
  const view = new DataView(bytes.buffer);
  for (let i = 0; i + 4 <= bytes.length; i++) {
    const sig = view.getUint32(i, true);
    if (sig === 0x04034b50) view.setUint32(i + 22, 100, true);
    else if (sig === 0x02014b50) view.setUint32(i + 24, 100, true);
  }
  return { bytes, xmlLength: xml.length };
}
