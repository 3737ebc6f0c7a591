/**
 * Reads a paragraph list into the document tree and maps it to the template.
 *
 * Pass 1 finds the part headings (存在的主要问题, 原因分析, 整改措施 …) by their wording and by the
 * numbering form they share. Pass 2 walks the paragraphs once with a stack: every typed or
 * automatic number, heading style, or inline item marker (一是… inside a paragraph) opens a node;
 * a marker of a kind already open closes back to that level, a new kind nests. Plain paragraphs
 * belong to the innermost open node. Order of numbering kinds is learned from the document, not
 * assumed, so 一是 items can sit under 一、 or under （一）, and headings can run into body text.
 */
import type { AspectNode, DocumentInput, Marker, Outline, OutlineNode, Paragraph, PartNode, PartRole } from './types';
import type { Template } from './template';
import { findInlineMarkers, leadingSpace, matchBareItemNumeral, matchBrokenMarker, matchFirstBareItemNumeral, matchLeadingMarker, stripLeadingMarker, type InlineMarker, type MarkerMatch } from './markers';
import { mapAspects, type AspectCandidate, type MappingOptions } from './aspects';
import { partPatterns, stripForMatch } from './text';
import { headerRoles, rowEntry, type ColumnRole, type RowCell } from './table-rows';
import { appendAll } from './collections';

/** Marker kinds that number items, not headings. */
const ITEM_KINDS = new Set(['cn-shi', 'cn-di', 'circled']);
/** Numbering forms of sub-headings: a part heading in one of them must share the top level's form. */
const SUB_HEADING_KINDS = new Set(['cn-paren', 'arabic-dot', 'arabic-paren']);

interface Lead {
  match?: MarkerMatch;
  /** Heading level from a heading style, outline level or markdown `#`. */
  styleLevel?: number;
  /** A Word heading style or outline level (what the Navigation pane shows). */
  styled: boolean;
}

/** Effective text of a paragraph: automatic number + typed text. */
export function effectiveText(p: Paragraph): string {
  return (p.listString ?? '') + p.text;
}

/**
 * The effective texts of a document's paragraphs (effectiveText), by paragraph index. A paragraph
 * with no automatic number is its own text (no string and no slot made for it: an array of every
 * paragraph's text was 8 bytes a line, issue 13); one with a number is joined once, up front.
 * `paragraphs[i].index` is `i`.
 */
export class EffectiveTexts {
  private readonly numbered = new Map<number, string>();

  constructor(private readonly paragraphs: readonly Paragraph[]) {
    for (const p of paragraphs) if (p.listString) this.numbered.set(p.index, p.listString + p.text);
  }

  /** The effective text of paragraph `i` (0-based, in range). */
  at(i: number): string {
    return this.numbered.size ? (this.numbered.get(i) ?? this.paragraphs[i].text) : this.paragraphs[i].text;
  }
}

function leadOf(p: Paragraph, eff: string): Lead {
  const styled = isLevel(p.headingLevel) || isLevel(p.outlineLevel);
  const styleLevel = isLevel(p.headingLevel) ? p.headingLevel : isLevel(p.outlineLevel) ? p.outlineLevel : isLevel(p.markdownLevel) ? p.markdownLevel : undefined;
  let match = matchLeadingMarker(eff);
  if (match && p.listString && match.length <= p.listString.length + 1) match = { ...match, marker: { ...match.marker, auto: true } };
  if (!match && styleLevel !== undefined && !p.inTable) {
    match = { marker: { kind: 'style', value: styleLevel, raw: '' }, length: leadingSpace(eff) };
  }
  // Plain body text (most paragraphs) shares one lead; leads are only read.
  if (!match && styleLevel === undefined && !styled) return PLAIN_LEAD;
  return { match, styleLevel, styled };
}

const PLAIN_LEAD: Lead = Object.freeze({ match: undefined, styleLevel: undefined, styled: false });

/** Distinct leads (and markers) one document shares at most; past it each paragraph keeps its own. */
const MAX_SHARED = 4096;

/**
 * Equal leads and markers shared by the paragraphs and nodes of one document: a flood of numbered
 * lines ("1." "2." … "99." again and again) is a lead, a match and a marker a line, some 140 bytes
 * each until the tree is built and a marker a node after (issue 13: peak memory ≤ 30× the input).
 * A document has a few dozen distinct ones. Leads, matches and markers are only read once made
 * (nothing assigns to their fields), so sharing them changes no result.
 */
class Shared {
  /** Markers by their text as written, then compared field by field (no key string made a line). */
  private readonly markers = new Map<string, Marker[]>();
  /** Leads by their shared marker (null: a styled lead with no marker). */
  private readonly leads = new Map<Marker | null, Lead[]>();
  private markerCount = 0;
  private leadCount = 0;

  /** `max`: distinct leads and markers kept (0: none shared). */
  constructor(private readonly max: number) {}

  /** Whether equal markers are shared (a LineNode reads its marker from LINE_MARKERS only then). */
  get sharing(): boolean {
    return this.max > 0;
  }

  /** The marker equal to `m` seen before in this document, else `m` (kept for the next). */
  marker(m: Marker): Marker {
    const list = this.markers.get(m.raw);
    if (list) {
      for (const x of list) if (x.kind === m.kind && x.value === m.value && x.broken === m.broken && x.auto === m.auto) return x;
    }
    if (this.markerCount < this.max) {
      this.markerCount++;
      if (list) list.push(m);
      else this.markers.set(m.raw, [m]);
    }
    return m;
  }

  /** The lead equal to `lead` seen before in this document, else `lead` with its marker shared. */
  lead(lead: Lead): Lead {
    if (lead === PLAIN_LEAD) return lead;
    const m = lead.match;
    const marker = m ? this.marker(m.marker) : null;
    const list = this.leads.get(marker);
    if (list) {
      for (const x of list) if (x.match?.length === m?.length && x.styleLevel === lead.styleLevel && x.styled === lead.styled) return x;
    }
    const own: Lead = m && marker !== m.marker ? { ...lead, match: { ...m, marker: marker! } } : lead;
    if (this.leadCount < this.max) {
      this.leadCount++;
      if (list) list.push(own);
      else this.leads.set(marker, [own]);
    }
    return own;
  }
}

/**
 * Each paragraph's lead (leadOf; undefined for a blank one), shared (Shared), by paragraph index:
 * two bytes a paragraph, the number of its lead among the document's distinct ones, rather than a
 * slot of eight in an array of leads (issue 13: the tree builder's peak on a flood of short lines,
 * a lead a line). A document has a few dozen distinct leads; one with more than sharing keeps
 * (MAX_SHARED, a lead a paragraph past it) has them in an array as before.
 */
class Leads {
  /** Per paragraph: 0 for none, else 1 + the lead's place in `distinct`; unused once `all` is made. */
  private ids: Uint16Array | undefined;
  private readonly distinct: Lead[] = [];
  private readonly numbers = new Map<Lead, number>();
  /** Every paragraph's lead, once the document has more distinct leads than `ids` numbers. */
  private all: (Lead | undefined)[] | undefined;

  constructor(paragraphs: readonly Paragraph[], effs: EffectiveTexts, shared: Shared) {
    const n = paragraphs.length;
    const ids = new Uint16Array(n);
    this.ids = ids;
    for (let i = 0; i < n; i++) {
      const eff = effs.at(i);
      if (!eff.trim()) continue;
      const lead = shared.lead(leadOf(paragraphs[i], eff));
      if (this.all) {
        this.all[i] = lead;
        continue;
      }
      let id = this.numbers.get(lead);
      if (id === undefined && this.distinct.length <= MAX_SHARED) {
        this.distinct.push(lead);
        id = this.distinct.length;
        this.numbers.set(lead, id);
      }
      if (id !== undefined) {
        ids[i] = id;
        continue;
      }
      // More distinct leads than sharing keeps: every paragraph's lead in an array from here on.
      const all = new Array<Lead | undefined>(n);
      for (let j = 0; j < i; j++) all[j] = this.at(j);
      all[i] = lead;
      this.all = all;
      this.ids = undefined;
    }
  }

  /** How many paragraphs have a lead with a marker (each may open a node at the top of the tree). */
  markedCount(): number {
    let n = 0;
    if (this.all) {
      for (const lead of this.all) if (lead?.match) n++;
      return n;
    }
    const ids = this.ids!;
    const marked = this.distinct.map((lead) => (lead.match ? 1 : 0));
    for (let i = 0; i < ids.length; i++) if (ids[i] !== 0) n += marked[ids[i] - 1];
    return n;
  }

  /** The lead of paragraph `i` (0-based, in range); undefined for a blank paragraph. */
  at(i: number): Lead | undefined {
    if (this.all) return this.all[i];
    const id = this.ids![i];
    return id === 0 ? undefined : this.distinct[id - 1];
  }
}

/** Tables with more than one column: grids whose rows are entries, not layout frames around text. */
function gridTables(paragraphs: Paragraph[]): Set<number> {
  const grid = new Set<number>();
  for (const p of paragraphs) if (p.cell && p.cell.column > 0) grid.add(p.cell.table);
  return grid;
}

/** In a grid table; a table paragraph whose position the host did not give is taken as one too. */
function inGrid(p: Paragraph, grid: Set<number>): boolean {
  return p.inTable === true && (p.cell === undefined || grid.has(p.cell.table));
}

function isLevel(n: number | undefined): n is number {
  return n !== undefined && n >= 1 && n <= 9;
}

/**
 * Where a head sentence ends (module constants, not literals in the function: a literal makes a
 * RegExp object each time it runs). Not at the colon of a field a measure names inside its text
 * ("…廉政谈话，责任人：本人", "完成时限：6月底前"): that colon ends no heading.
 */
const HEAD_END = /[。！？!?\n]|(?<!责任人|责任单位|责任部门|责任领导|牵头单位|牵头领导|配合单位|完成时限|完成时间|时限)[：:]/;

/**
 * The heading part of a segment: its first sentence (or its first line, before a manual line
 * break) when more text follows, else all of it.
 */
function headSentence(s: string): string {
  const m = HEAD_END.exec(s);
  if (!m) return s;
  const end = m[0] === '\n' ? m.index : m.index + 1;
  // More text after the end (anything but white space), read in place rather than cut out and trimmed.
  const rest = m.index + 1;
  return leadingSpace(s, rest) < s.length - rest ? s.slice(0, end) : s;
}

/**
 * The empty `children` and `textParagraphs` every new node starts with, shared and frozen: most
 * nodes are leaves (a flood of numbered lines is a node a line, issue 13), so a node gets its own
 * array only when the tree builder adds the first entry.
 */
const NO_NODES: OutlineNode[] = Object.freeze([]) as unknown as OutlineNode[];
const NO_PARAGRAPHS: number[] = Object.freeze([]) as unknown as number[];

/**
 * A node of the tree as the outline makes it. It holds its own paragraph, marker and heading;
 * body, depth, offset, inline, styled, children and textParagraphs are defaults on its prototype
 * until set, when the node gets its own (a body other than its heading, a depth other than 1, an
 * inline item's offset and flag, a styled heading, a node with children or text paragraphs). The
 * default body is the node's heading (an accessor on the prototype; assigning a body equal to the
 * heading keeps the default): a node whose text is its one line, as every node of a flood of
 * numbered lines is, holds no body of its own. The default depth is 1 (a top-level node); the
 * root holds its 0. 48 bytes a node rather than 64 with body and depth its own, 104 with all ten
 * (issue 13: a flood of numbered lines is a node a line, and the nodes were half of its peak).
 * The other defaults are writable data properties (assigning to a field a frozen prototype holds
 * would fail) and nothing assigns to them. JSON.stringify lists all ten fields (toJSON); code that
 * lists a node's own keys (Object.keys, spread, structuredClone) would miss defaulted ones:
 * nothing in the engine does (the JSON report copies the fields it names, json.ts), and code that
 * copies nodes must name the fields.
 *
 * A class rather than object literals: every node starts with one hidden class (its own fields
 * made in one order by the constructor), and setting a default field moves it along V8's shared
 * transitions (an object literal with `__proto__` got a hidden class of its own per node once a
 * field was added: 370 bytes a node).
 */
class TreeNode {
  declare paragraph: number;
  declare marker: Marker | undefined;
  declare heading: string;
  declare body: string;
  declare depth: number;
  declare offset: number;
  declare inline: boolean;
  declare styled: boolean;
  declare children: OutlineNode[];
  declare textParagraphs: number[];

  constructor(paragraph: number, marker: Marker | undefined, heading: string) {
    this.paragraph = paragraph;
    this.marker = marker;
    this.heading = heading;
  }

  /**
   * All ten fields, own or default, in OutlineNode's order: JSON.stringify lists a node as a node
   * with every field its own would be listed (it lists only own fields otherwise).
   */
  toJSON(): OutlineNode {
    return {
      paragraph: this.paragraph,
      offset: this.offset,
      marker: this.marker,
      heading: this.heading,
      body: this.body,
      inline: this.inline,
      styled: this.styled,
      depth: this.depth,
      children: this.children,
      textParagraphs: this.textParagraphs,
    };
  }
}
Object.assign(TreeNode.prototype, { depth: 1, offset: 0, inline: false, styled: false, children: NO_NODES, textParagraphs: NO_PARAGRAPHS });
Object.defineProperty(TreeNode.prototype, 'body', {
  configurable: true,
  /** The heading, for a node given no other body. */
  get(this: TreeNode): string {
    return this.heading;
  },
  /** A body other than the heading becomes the node's own field (a plain data property from then on). */
  set(this: TreeNode, body: string) {
    if (body !== this.heading) Object.defineProperty(this, 'body', { value: body, writable: true, enumerable: true, configurable: true });
  },
});
// V8 reserves room in a class's first objects for fields added after construction, and fixes the
// size of all later ones to what its first few (seven in V8 11–13) came to use. Made here with only
// their own fields, they fix it at those three; a default field set later is stored beside the node.
// Without this a document whose first nodes had an offset or children made every node larger.
for (let i = 0; i < 16; i++) new TreeNode(-1, undefined, '');

/**
 * A part heading's node, which is also its entry in `Outline.parts`: a PartNode whose `node` is
 * itself (a getter on the prototype). One object of 72 bytes a part where a node and a separate
 * `{ role, node }` took 104 (issue 13: a flood of part headings is a part a line). The same caveat
 * as TreeNode's holds for copies: a spread lacks `node` and the defaulted fields; JSON.stringify
 * lists it as a node (toJSON), as it does under its parent's children (json.ts names the fields
 * of a part it writes).
 */
class PartTreeNode extends TreeNode implements PartNode {
  declare role: PartRole;

  constructor(paragraph: number, marker: Marker | undefined, heading: string, role: PartRole) {
    super(paragraph, marker, heading);
    this.role = role;
  }

  get node(): OutlineNode {
    return this;
  }
}
// Sized at its own four fields, as TreeNode is above.
for (let i = 0; i < 16; i++) new PartTreeNode(-1, undefined, '', 'other');

/**
 * An entry read from a table row with an own-cells length or a 问题 cell (OutlineNode.rowOwn,
 * rowProblem, rowCell): its body, depth and the three row fields are its own from the start, in
 * the node itself. Made as a TreeNode and given them one by one, a row's node held them in a
 * separate property array that grew once on the way (issue 13: some 1.3 MB on a checklist of
 * 20,000 rows). Fields a row leaves out are undefined, which every reader treats as absent.
 */
class RowTreeNode extends TreeNode {
  declare rowOwn: number | undefined;
  declare rowProblem: string | undefined;
  declare rowCell: number | undefined;

  constructor(paragraph: number, heading: string, body: string, depth: number, own: number | undefined, problem: string | undefined, cell: number | undefined) {
    super(paragraph, undefined, heading);
    this.body = body;
    this.depth = depth;
    this.rowOwn = own;
    this.rowProblem = problem;
    this.rowCell = cell;
  }
}
// The body is a plain own field of every row node (the heading default does not apply): a data
// property here, so the constructor's assignment makes a field of the node, as the others are.
Object.defineProperty(RowTreeNode.prototype, 'body', { value: '', writable: true, enumerable: false, configurable: true });

/** The paragraph a LineNode stands for (a symbol: not one of the node's listed keys). */
const LINE = Symbol('line');

/**
 * A node whose paragraph and heading are one paragraph and its whole text (a line "1." of a flood
 * of numbered lines, a heading line with no sentence after it): it holds only the paragraph object,
 * and reads `paragraph` (its index), `heading` (its text) and `marker` (LINE_MARKERS' entry for
 * its text) through accessors on its prototype. 32 bytes a node rather than TreeNode's 48 (issue
 * 13: a flood of numbered lines is a node a line; 40 while it held its marker as a field of its
 * own). Otherwise a TreeNode: its prototype's parent is TreeNode's (defaults, body, toJSON); the
 * same caveat on copies holds, and nothing assigns `paragraph`, `heading` or `marker` to a node once
 * made (the accessors have no setter).
 */
class LineNode {
  declare [LINE]: Paragraph;

  constructor(p: Paragraph) {
    this[LINE] = p;
  }
}
Object.setPrototypeOf(LineNode.prototype, TreeNode.prototype);
Object.defineProperties(LineNode.prototype, {
  paragraph: {
    configurable: true,
    get(this: LineNode): number {
      return this[LINE].index;
    },
  },
  heading: {
    configurable: true,
    get(this: LineNode): string {
      return this[LINE].text;
    },
  },
  marker: {
    configurable: true,
    get(this: LineNode): Marker | undefined {
      return LINE_MARKERS.get(this[LINE].text);
    },
  },
});
// Sized at its own field, as TreeNode is above.
for (let i = 0; i < 16; i++) new LineNode({ index: -1, text: '' });

/**
 * The marker of a LineNode, by its paragraph's text, for the life of the process: a text is given
 * a marker once and keeps it (entries are never changed or removed, so no node's marker changes).
 * Markers are values only read (see Shared), so a node given a marker equal field by field to the
 * one its text has reads that one. Short texts only (a flood's lines; a part or item heading of a
 * line), MAX_LINE_MARKERS of them: a few KB held across the files of a folder.
 */
const LINE_MARKERS = new Map<string, Marker>();
const MAX_LINE_MARKERS = 4096;
const MAX_LINE_MARKER_TEXT = 24;

/** Whether a LineNode for `text` reads `marker` (an equal one), recording it for `text` if new. */
function lineMarker(text: string, marker: Marker): boolean {
  const known = LINE_MARKERS.get(text);
  if (known !== undefined) {
    return known === marker || (known.kind === marker.kind && known.value === marker.value && known.raw === marker.raw && known.broken === marker.broken && known.auto === marker.auto);
  }
  if (text.length > MAX_LINE_MARKER_TEXT || LINE_MARKERS.size >= MAX_LINE_MARKERS) return false;
  LINE_MARKERS.set(text, marker);
  return true;
}

/**
 * A node for paragraph `p` read from its start (`text`: its text from there, trimmed; not inline):
 * a LineNode when its heading is the paragraph's whole text and its marker is the one LINE_MARKERS
 * gives that text (markers shared: not with `share: false`, which keeps a marker a node), else as
 * newNode makes it.
 */
function lineNode(p: Paragraph, marker: Marker | undefined, text: string, styled: boolean, shared: Shared): OutlineNode {
  const heading = headSentence(text).trim();
  if (heading === p.text && !styled && marker !== undefined && shared.sharing && lineMarker(heading, marker)) return new LineNode(p) as unknown as OutlineNode;
  const node: OutlineNode = new TreeNode(p.index, marker, heading);
  if (styled) node.styled = true;
  return node;
}

/** A new node (see TreeNode); with `role`, a part heading's node that is its PartNode too (PartTreeNode). */
function newNode(paragraph: number, offset: number, marker: Marker | undefined, text: string, inline: boolean, styled: boolean): OutlineNode;
function newNode(paragraph: number, offset: number, marker: Marker | undefined, text: string, inline: boolean, styled: boolean, role: PartRole): PartTreeNode;
function newNode(paragraph: number, offset: number, marker: Marker | undefined, text: string, inline: boolean, styled: boolean, role?: PartRole): OutlineNode {
  const heading = headSentence(text).trim();
  const node: OutlineNode = role === undefined ? new TreeNode(paragraph, marker, heading) : new PartTreeNode(paragraph, marker, heading, role);
  if (offset !== 0) node.offset = offset;
  if (inline) node.inline = true;
  if (styled) node.styled = true;
  return node;
}

/** The tree's virtual root: no paragraph, heading or body, depth 0 (its own: the default is 1). */
function rootNode(): OutlineNode {
  const root = newNode(-1, 0, undefined, '', false, false);
  root.depth = 0;
  return root;
}

// ---------------------------------------------------------------------------------------------
// Pass 1: part headings

/**
 * The part headings of a document in paragraph order: `paragraphs[i]` (0-based, ascending) heads a
 * part of role `roles[i]`. Two arrays rather than a map or an object a part: a flood of part
 * headings is a part a line (issue 13).
 */
interface PartHeadings {
  paragraphs: number[];
  roles: PartRole[];
  /** Paragraphs that open with an 一是/二是 item typed without 是, and their marker (see bareItems). */
  items: Map<number, MarkerMatch>;
}

function signatureOf(lead: Lead, p: Paragraph): string {
  if (lead.match && lead.match.marker.kind !== 'style') return lead.match.marker.kind;
  if (lead.styleLevel !== undefined) return `style${lead.styleLevel}`;
  return p.bold ? 'bold' : 'plain';
}

/**
 * The first item under a section heading typed as a numeral and a space ("三 对环评审批…抓得不紧，…",
 * matchFirstBareItemNumeral), unless what follows the number reads as a heading itself ("一 在政治
 * 忠诚方面": a section whose 、 was lost, isBareHeading).
 */
function firstBareItem(eff: string): MarkerMatch | undefined {
  const m = matchFirstBareItemNumeral(eff);
  return m && !isBareHeading(eff.slice(m.length).trim()) ? m : undefined;
}

/**
 * An unnumbered, unstyled line that reads as a heading: short, no comma or sentence inside, and
 * not ending like a sentence ("上年度查摆的问题已全部整改到位。" is body text).
 */
function isBareHeading(t: string): boolean {
  return t.length <= 30 && !SENTENCE_INSIDE.test(t.replace(COLON_END, ''));
}

/** isBareHeading's tests (module constants, not literals in the function: a literal makes a RegExp object each time it runs). */
const SENTENCE_INSIDE = /[，,；;。！？!?]/;
const COLON_END = /[：:]$/;

/**
 * partRoleOf's answers lately given, per template, by heading text: the materials of a folder
 * (and the candidate lines of one material) ask about the same few headings again and again.
 * Texts up to ROLE_MEMO_TEXT units; a template's memo is emptied when it holds ROLE_MEMO_SIZE.
 */
const ROLE_MEMO_TEXT = 64;
const ROLE_MEMO_SIZE = 4096;
let roleMemo = new WeakMap<Template, Map<string, PartRole | null>>();

/** Forget partRoleOf's answers (benchmarks time a folder as a fresh command checks it). */
export function forgetPartRoles(): void {
  roleMemo = new WeakMap();
}

/** The role whose pattern matches the heading text longest, if the match is most of the heading. */
export function partRoleOf(headingText: string, template: Template): PartRole | undefined {
  if (headingText.length > ROLE_MEMO_TEXT) return partRoleMatched(headingText, template);
  let memo = roleMemo.get(template);
  if (!memo) roleMemo.set(template, (memo = new Map()));
  const known = memo.get(headingText);
  if (known !== undefined) return known ?? undefined;
  const role = partRoleMatched(headingText, template);
  if (memo.size >= ROLE_MEMO_SIZE) memo.clear();
  memo.set(headingText, role ?? null);
  return role;
}

/** partRoleOf without its memo (the tests compare the two). */
export function partRoleMatched(headingText: string, template: Template): PartRole | undefined {
  const text = stripForMatch(headingText);
  if (!text || text.length > 40) return undefined;
  const patterns = partPatterns(template);
  if (!patterns.any.test(text)) return undefined;
  let best: { role: PartRole; len: number } | undefined;
  for (const { role, res } of patterns.roles) {
    for (const re of res) {
      const m = re.exec(text);
      if (m && (!best || m[0].length > best.len)) best = { role, len: m[0].length };
    }
  }
  if (!best || text.length - best.len > 14) return undefined;
  return best.role;
}

/**
 * A part heading that runs straight into its first section or item with no sentence end between
 * them ("一、存在的主要问题（一）在带头…方面。一是…"): where that embedded marker starts, if it does.
 */
const EMBEDDED_MARKER = /[（(][一二三四五六七八九十]{1,3}[）)]|[㈠-㈩]|[一二三四五六七八九十]{1,3}是|[1１][.．、]|[（(][1１][）)]/;

function embeddedMarkerAt(text: string): number {
  const m = EMBEDDED_MARKER.exec(text.slice(0, 40));
  return m && m.index >= 2 ? m.index : -1;
}

/** The heading text of a part heading paragraph (from its marker on): its head sentence, or the text before an embedded marker. */
function partHeadingText(text: string, template: Template): { heading: string; role: PartRole | undefined } {
  const head = headSentence(text);
  const role = partRoleOf(head, template);
  if (role) return { heading: head, role };
  const at = embeddedMarkerAt(head);
  if (at < 0) return { heading: head, role: undefined };
  const cut = text.slice(0, at);
  return { heading: cut, role: partRoleOf(cut, template) };
}

/** Where a heading naming two parts joins them: 和, 及, 以及, 与, 暨, 并, 、. */
const PART_JOIN = /以及|和|及|与|暨|并|、/g;

/**
 * Whether a part heading's text (after its marker) names both the cause analysis and the measures
 * ("原因分析和整改措施", "产生问题的原因及整改方向", "问题根源与努力方向"): split at a joining word, the
 * text before it reads as the causes' heading and the text after it as the measures'. Such a part is
 * both (buildStructure lists it under each role; finishOutline splits its entries, see combinedEntries).
 */
export function namesCausesAndMeasures(headingText: string, template: Template): boolean {
  return namesTwoParts(headingText, template, 'causes', 'measures');
}

/** Whether `headingText`, split at a joining word, reads as `first`'s heading before it and `second`'s after it. */
function namesTwoParts(headingText: string, template: Template, first: PartRole, second: PartRole): boolean {
  const text = stripForMatch(headingText);
  if (!text || text.length > 40) return false;
  for (const m of text.matchAll(PART_JOIN)) {
    const before = text.slice(0, m.index);
    const after = text.slice(m.index + m[0].length);
    if (before.length >= 2 && after.length >= 2 && partRoleOf(before, template) === first && partRoleOf(after, template) === second) return true;
  }
  return false;
}

/**
 * Whether a part heading's text (after its marker) names both the problems and their causes
 * ("存在的问题及原因分析", "存在问题和产生问题的原因", "问题表现及根源剖析"): split at a joining word, the
 * text before it reads as the problems' heading and the text after it as the causes'. Such a part is
 * both (buildStructure lists it under each role; finishOutline reads its causes, see problemCauses).
 */
export function namesProblemsAndCauses(headingText: string, template: Template): boolean {
  return namesTwoParts(headingText, template, 'problems', 'causes');
}

/** An unnumbered paragraph opening with a short label and a colon, text after it: "原因：主要是…", "今后努力方向：一是…". */
const RUN_IN_LABEL = /^([^：:，,。；;、！？!?\s]{2,8})[：:]\s*\S/;

/** Roles a run-in label may give a part: a material's causes and measures written as "原因：…", "今后努力方向：…". */
const RUN_IN_ROLES: ReadonlySet<PartRole> = new Set(['causes', 'measures']);

interface RunInPart {
  paragraph: number;
  role: PartRole;
  sig: string;
}

/** The part a run-in label names (RUN_IN_LABEL, RUN_IN_ROLES), if any: "原因：主要是…" → causes, "今后努力方向：一是…" → measures. */
function runInPartLabel(text: string, template: Template): PartRole | undefined {
  const m = RUN_IN_LABEL.exec(text);
  if (!m) return undefined;
  const role = partRoleOf(m[1], template);
  if (role === 'problems') return RUN_IN_PROBLEMS.test(m[1]) ? role : undefined;
  return role && RUN_IN_ROLES.has(role) ? role : undefined;
}

/**
 * The problems part's own labels, which may run in like the causes' and the measures' ("存在的主要问题：
 * 一是…。二是…。"): 存在的（主要）问题, 查摆的问题, 主要问题, 问题查摆. A bare "问题：" stays a field of
 * each aspect (per-aspect layouts write it under every one).
 */
const RUN_IN_PROBLEMS = /^(?:存在的?(?:主要|突出)?问题|查摆(?:出)?的?(?:主要)?问题|主要问题|问题查摆)$/;

/**
 * Add the run-in labelled parts ("原因：…" then "今后努力方向：…", as short 组织生活会 materials write
 * them) to the part heading candidates, in paragraph order: each label whose role no heading has
 * and which stands once in the document. A label repeated (整改措施： under each aspect, 原因： under
 * each problem) is a field of the sections it stands in, no part.
 */
function mergeRunIns(runIns: RunInPart[], candParagraphs: number[], candRoles: PartRole[], candSigs: string[], combined: Set<number> | undefined): void {
  const count = new Map<PartRole, number>();
  for (const r of runIns) count.set(r.role, (count.get(r.role) ?? 0) + 1);
  const taken = runIns.filter((r) => count.get(r.role) === 1 && !candRoles.includes(r.role) && !(combined && inCombined(r.paragraph, candParagraphs, combined)));
  if (!taken.length) return;
  const all = [...candParagraphs.map((paragraph, k) => ({ paragraph, role: candRoles[k], sig: candSigs[k] })), ...taken].sort((a, b) => a.paragraph - b.paragraph);
  candParagraphs.length = candRoles.length = candSigs.length = 0;
  for (const c of all) {
    candParagraphs.push(c.paragraph);
    candRoles.push(c.role);
    candSigs.push(c.sig);
  }
}

/**
 * Whether paragraph `i` lies in a part whose heading names the causes and the measures (`combined`,
 * its heading's paragraph; "二、原因分析和整改措施"): the nearest candidate heading before `i` is
 * one. Its labels (究其原因：…, 今后努力方向：…) divide that part (combinedEntries), no part of their own.
 * `candParagraphs` in paragraph order.
 */
function inCombined(i: number, candParagraphs: readonly number[], combined: Set<number>): boolean {
  // The candidates are in paragraph order: the last one before `i` by binary search (a scan of them
  // for each run-in label was quadratic on a flood of both, issue 13).
  let lo = 0;
  let hi = candParagraphs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (candParagraphs[mid] < i) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && combined.has(candParagraphs[lo - 1]);
}

/**
 * Labels on their own line ("产生问题的原因：", "整改措施：") inside a part whose heading names the
 * causes and the measures (`combined`): they divide that part (combinedEntries), no parts of their
 * own (the part was listed twice over). Drops them from the parallel candidate arrays.
 */
function dropCombinedLabels(combined: Set<number>, labels: Set<number>, candParagraphs: number[], candRoles: PartRole[], candSigs: string[]): void {
  let kept = 0;
  let inside = false;
  for (let k = 0; k < candParagraphs.length; k++) {
    const p = candParagraphs[k];
    if (inside && labels.has(p) && (candRoles[k] === 'causes' || candRoles[k] === 'measures')) continue;
    inside = combined.has(p);
    candParagraphs[kept] = p;
    candRoles[kept] = candRoles[k];
    candSigs[kept] = candSigs[k];
    kept++;
  }
  candParagraphs.length = candRoles.length = candSigs.length = kept;
}

/**
 * An empty label on its own line ("整改措施：" with nothing after it) in a document that writes the
 * same label with its text as a field elsewhere ("整改措施：每半年讲1次党课。" under each aspect): the
 * same field, left empty, not the part's heading (it took the aspects after it into the measures
 * part). Drops such candidates (`labels`: their paragraphs) from the parallel candidate arrays.
 */
function dropEmptyFields(runIns: RunInPart[], labels: Set<number>, candParagraphs: number[], candRoles: PartRole[], candSigs: string[]): void {
  const fieldRoles = new Set(runIns.map((r) => r.role));
  let kept = 0;
  for (let k = 0; k < candParagraphs.length; k++) {
    if (labels.has(candParagraphs[k]) && fieldRoles.has(candRoles[k])) continue;
    candParagraphs[kept] = candParagraphs[k];
    candRoles[kept] = candRoles[k];
    candSigs[kept] = candSigs[k];
    kept++;
  }
  candParagraphs.length = candRoles.length = candSigs.length = kept;
}

function findParts(paragraphs: Paragraph[], leads: Leads, effs: EffectiveTexts, template: Template, grid: Set<number>): PartHeadings {
  // Candidates in paragraph order, as parallel arrays (see PartHeadings).
  const candParagraphs: number[] = [];
  const candRoles: PartRole[] = [];
  const candSigs: string[] = [];
  let runIns: RunInPart[] | undefined;
  // Candidates written as an empty label ("整改措施：" on its own line, no number, style or bold).
  let labels: Set<number> | undefined;
  // Candidates whose heading names the causes and the measures (原因分析和整改措施).
  let combined: Set<number> | undefined;
  for (const p of paragraphs) {
    const lead = leads.at(p.index);
    if (!lead || inGrid(p, grid)) continue;
    const eff = effs.at(p.index);
    const kind = lead.match?.marker.kind;
    // Only a heading can be a part heading: numbered (not as an item), styled, bold, or a short line
    // (not a topic numbered as an item, "一是关于理论学习方面存在的问题：": see isTopicItem).
    const headingLike =
      (kind !== undefined && !ITEM_KINDS.has(kind) && kind !== 'arabic-paren') ||
      lead.styleLevel !== undefined ||
      p.bold === true ||
      (eff.length <= 40 && isBareHeading(eff.trim()) && !(kind !== undefined && ITEM_KINDS.has(kind) && TOPIC.test(eff.slice(lead.match!.length).trim())));
    let role: PartRole | undefined;
    let heading = '';
    if (headingLike) ({ role, heading } = partHeadingText(eff.slice(lead.match?.length ?? 0).trim(), template));
    if (role) {
      if ((role === 'causes' || role === 'measures') && namesCausesAndMeasures(heading, template)) (combined ??= new Set()).add(p.index);
      candParagraphs.push(p.index);
      candRoles.push(role);
      candSigs.push(signatureOf(lead, p));
      if (!lead.match && lead.styleLevel === undefined && !p.bold && COLON_END.test(eff.trim())) (labels ??= new Set()).add(p.index);
    } else if (!lead.match && !p.inTable) {
      const label = runInPartLabel(eff.trim(), template);
      if (label) (runIns ??= []).push({ paragraph: p.index, role: label, sig: signatureOf(lead, p) });
    }
  }
  if (runIns && labels) dropEmptyFields(runIns, labels, candParagraphs, candRoles, candSigs);
  if (combined && labels) dropCombinedLabels(combined, labels, candParagraphs, candRoles, candSigs);
  if (runIns) mergeRunIns(runIns, candParagraphs, candRoles, candSigs, combined);
  const parts: PartHeadings = { paragraphs: [], roles: [], items: bareItems(paragraphs, leads, effs, grid, candParagraphs) };
  if (!candParagraphs.length) return parts;
  // The numbering form of the part headings marks the top level of this document: the form whose
  // candidates name the most different parts (a material has one 原因分析, but its causes may be
  // headed "（一）思想方面原因" …), the first seen on a tie.
  const roles = new Map<string, Set<PartRole>>();
  for (let k = 0; k < candSigs.length; k++) {
    if (!roles.has(candSigs[k])) roles.set(candSigs[k], new Set());
    roles.get(candSigs[k])!.add(candRoles[k]);
  }
  let sig = candSigs[0];
  for (const [s, r] of roles) if (r.size > roles.get(sig)!.size) sig = s;
  const numbered = sig !== 'plain' && sig !== 'bold';
  const compatible = (k: number) => candSigs[k] === sig || !SUB_HEADING_KINDS.has(candSigs[k]);
  if (!numbered || ITEM_KINDS.has(sig)) {
    for (let k = 0; k < candParagraphs.length; k++) {
      if (!compatible(k)) continue;
      parts.paragraphs.push(candParagraphs[k]);
      parts.roles.push(candRoles[k]);
    }
    return parts;
  }
  // A sibling of the part headings that is none of the template's parts (四、其他需要说明的情况):
  // a second walk, in step with the candidates (which it meets in the same order), rather than a
  // record of every paragraph (issue 13: memory on floods).
  let k = 0;
  for (const p of paragraphs) {
    const lead = leads.at(p.index);
    if (!lead || inGrid(p, grid)) continue;
    if (k < candParagraphs.length && candParagraphs[k] === p.index) {
      if (compatible(k)) {
        parts.paragraphs.push(p.index);
        parts.roles.push(candRoles[k]);
      }
      k++;
    } else if (signatureOf(lead, p) === sig && !parts.items.has(p.index)) {
      parts.paragraphs.push(p.index);
      parts.roles.push('other');
    }
  }
  return parts;
}

/**
 * Paragraphs that open with the next item of a running 一是/二是 sequence typed without 是: the
 * numeral and a space or a mark ("三 斗争精神不强…", "三，…", "三：…", "三.…", "三、…"), with the
 * number due or one past it (a skipped number is still an item, for the numbering rule to report).
 * Read as broken 'cn-shi' markers (the numbering rule's fix: "三 " → "三是"), so the item counts as
 * a problem, cause or measure like its siblings. A sequence runs from an 一是 item (at a paragraph's
 * start or inside it) to the next part heading, section heading (（一）, 1., a heading style, a
 * top-level "一、") or closing formula. "三、…" where the top-level numbering is due at 三 and the
 * line reads as a heading (short, no sentence inside: "三、其他需要说明的情况") stays a heading;
 * "三年来", "三个方面", "三会一课" never match (no space or mark after the numeral).
 * The first line under a section heading (（六）廉洁自律方面, a heading style, a part heading) that
 * opens with a numeral and a space ("三 对环评审批…", firstBareItem) starts such a
 * sequence: an item numbered wrongly, for the numbering rule to report, not a numeral in its name.
 * `partHeads`: candidate part headings, ascending. Returns the marker match by paragraph index.
 */
function bareItems(paragraphs: Paragraph[], leads: Leads, effs: EffectiveTexts, grid: Set<number>, partHeads: number[]): Map<number, MarkerMatch> {
  const out = new Map<number, MarkerMatch>();
  let lastShi: number | undefined;
  let lastTop = 0;
  let nextHead = 0;
  // The paragraph before was a section heading: where a list's first item may stand.
  let afterSection = false;
  const inlineShi = (eff: string, from: number) => {
    // No 是 after the marker: no inline 一是 item (most lines; a flood of "一是" lines is one a line).
    if (eff.indexOf('是', from + 1) < 0 || (lastShi === undefined && !eff.includes('一是', from))) return;
    for (const m of findInlineMarkers(eff)) {
      if (m.offset < from || m.marker.kind !== 'cn-shi') continue;
      if (m.marker.value === 1 || (lastShi !== undefined && m.marker.value > lastShi && m.marker.value <= lastShi + 2)) lastShi = m.marker.value;
    }
  };
  for (const p of paragraphs) {
    const lead = leads.at(p.index);
    if (!lead || inGrid(p, grid)) continue;
    const eff = effs.at(p.index);
    const match = lead.match;
    const kind = match?.marker.kind;
    const underSection = afterSection;
    afterSection = false;
    while (nextHead < partHeads.length && partHeads[nextHead] < p.index) nextHead++;
    if (partHeads[nextHead] === p.index) {
      if (kind === 'cn-dun') lastTop = match!.marker.value;
      lastShi = undefined;
      afterSection = true;
      continue;
    }
    if (lead.styled || lead.styleLevel !== undefined || kind === 'cn-paren') afterSection = true;
    if (kind === 'cn-shi') {
      lastShi = match!.marker.value;
      inlineShi(eff, match!.length);
      continue;
    }
    const typedDun = kind === 'cn-dun' && !match!.marker.auto && !lead.styled;
    if (kind === undefined || typedDun) {
      const bare = lastShi !== undefined ? matchBareItemNumeral(eff, [lastShi + 1, lastShi + 2]) : kind === undefined && underSection ? firstBareItem(eff) : undefined;
      const heading = bare !== undefined && typedDun && match!.marker.value === lastTop + 1 && isBareHeading(eff.slice(match!.length).trim());
      if (bare && !heading) {
        out.set(p.index, bare);
        lastShi = bare.marker.value;
        inlineShi(eff, bare.length);
        continue;
      }
      if (typedDun) {
        lastTop = match!.marker.value;
        lastShi = undefined;
        afterSection = true;
      } else if (isClosing(eff.trim())) {
        lastShi = undefined;
      } else {
        inlineShi(eff, 0);
      }
      continue;
    }
    // Any other heading (（一）, 1., a heading style, an automatic number) ends the sequence; an
    // item's sub-items ((1), ①) do not.
    if (kind !== 'arabic-paren' && kind !== 'circled' && kind !== 'cn-di') lastShi = undefined;
    inlineShi(eff, match?.length ?? 0);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Pass 2: the tree

/** What a paragraph outside every node may be a broken form of: nothing (one array for all). */
const NOTHING_EXPECTED: readonly { kind: Marker['kind']; value: number }[] = Object.freeze([]);

/**
 * The pieces of each part whose body is joined only when read (TreeBuilder.close): its body is
 * pieces[from, to) joined by '\n'. Dropped when the body is set. Read by bodyPieces.
 */
const lazyBodies = new WeakMap<OutlineNode, { pieces: readonly string[]; from: number; to: number }>();

/**
 * Calls `visit` with each piece of `node.body` in order, which joined by '\n' make the body, without
 * joining a part's body that has not been read yet (the proportion rule counts a part's characters:
 * joining every part cost an allocation the size of the material each analysis). A node whose
 * body is a plain string is one piece.
 */
export function forEachBodyPiece(node: OutlineNode, visit: (piece: string) => void): void {
  const lazy = lazyBodies.get(node);
  if (!lazy) {
    visit(node.body);
    return;
  }
  for (let i = lazy.from; i < lazy.to; i++) visit(lazy.pieces[i]);
}

/** Top-level nodes a chunk of TreeBuilder's `top` holds (32 KB: arrays below V8's large-object size). */
const TOP_CHUNK = 4096;

/** Pieces of text TreeBuilder keeps before it begins a new array when every node is closed. */
const PIECES_KEPT = 1024;

/** Parts of at most this many text pieces get their body joined at once (see TreeBuilder.close). */
const EAGER_PART_PIECES = 4;

class TreeBuilder {
  readonly root: OutlineNode = rootNode();
  private stack: OutlineNode[] = [this.root];
  /** For each open node on the stack, where its text starts in `pieces` (0 for the root, which gets no body). */
  private stackStarts: number[] = [0];
  /**
   * The text of the open nodes in document order; a node's body is the run of pieces from its
   * start to where it closes, joined when it closes. Begun anew when every node is closed and it
   * holds PIECES_KEPT pieces (a part whose body is read lazily keeps its own reference): no array
   * of every node or piece
   * of the document, which a flood of numbered lines (a node a line) grew to hundreds of
   * thousands of entries, each growth leaving a large copy for the next full collection (issue 13).
   */
  private pieces: string[] = [];
  /**
   * The part last opened. A part is always opened at the top of the tree (stack[1]), so a node is
   * a part while open there and it is this one (no set of every part: a flood of part headings is
   * a part a line, issue 13).
   */
  private part: OutlineNode | undefined;
  /** Last value seen of each marker kind, to accept an inline marker only where its sequence goes on. */
  private lastValue = new Map<string, number>();
  /**
   * The root's children, in the order opened: full chunks of TOP_CHUNK, then `top`, made one array
   * of their exact length when the tree is done (finish). A flood of numbered lines is hundreds of
   * thousands of top-level nodes: pushed to one array, its last growth left a third of it empty
   * (1 MB for 1 MB of input) and each growth a copy of several MB for the next full collection
   * (issue 13: peak memory). A document whose first chunk fills, before any other, goes on in one
   * array made with room for `topBound` nodes (see the constructor), the root's children once cut
   * to its `topFill` entries: no chunks for the last copy to join, which held the root's children
   * twice at the end of a flood (numbered line flood 1 MB: peak some 2 MB lower). One that
   * outgrows that room is chunked from there as before.
   */
  private topChunks: OutlineNode[][] = [];
  private top: OutlineNode[] = [];
  /** Entries of `top` filled (`top` is made with room to fill once the first chunk is full). */
  private topFill = 0;
  /** Whether `top` is the one array made with room for `topBound`. */
  private topRoom = false;

  /**
   * `topBound`: at most how many nodes the root is expected to hold (the paragraphs with a leading
   * marker or a part heading); more are still taken. Its room is made only for a document with
   * TOP_CHUNK top-level nodes: 8 bytes a bound node at most, less than each such paragraph costs.
   */
  constructor(private readonly topBound = 0) {}

  openPart(node: OutlineNode): void {
    this.truncate(1);
    this.push(node);
    this.part = node;
  }

  /** Add a node for a marker, closing back to a same-kind sibling if one is open. */
  addMarked(node: OutlineNode, text: string): void {
    const m = node.marker!;
    const bottom = this.stack.length > 1 && this.stack[1] === this.part ? 2 : 1;
    let keep = this.stack.length;
    if (m.kind === 'style') {
      // A styled heading closes everything below the nearest style heading of a higher level.
      keep = bottom;
      for (let j = this.stack.length - 1; j >= bottom; j--) {
        const s = this.stack[j].marker;
        if (s?.kind === 'style' && s.value < m.value) {
          keep = j + 1;
          break;
        }
      }
    } else {
      for (let j = this.stack.length - 1; j >= bottom; j--) {
        if (this.stack[j].marker?.kind === m.kind) {
          keep = j;
          break;
        }
      }
    }
    this.truncate(keep);
    this.push(node);
    this.append(text);
    this.lastValue.set(m.kind, m.value);
  }

  /** The material's closing formula: it ends every open section and belongs to none. */
  closeAll(paragraph: number, text: string): void {
    this.truncate(1);
    this.appendPlain(paragraph, text);
  }

  private truncate(length: number): void {
    while (this.stack.length > length) {
      this.close(this.stack.pop()!, this.stackStarts.pop()!);
    }
    // Begun anew once it holds PIECES_KEPT pieces, not each time every node is closed: a flood of
    // numbered lines closes every node at each line, and an array a line was some 180 bytes of
    // garbage a line (issue 13). Pieces before the open nodes' starts are read by no node but a
    // part whose body is joined lazily, which keeps its own range of them.
    if (this.stack.length === 1 && this.pieces.length >= PIECES_KEPT) this.pieces = [];
  }

  /**
   * Give a closing node its body: its pieces from `from` on, joined now for an item or section
   * (each text is copied once per level, and levels are few); a part's body, the size of the
   * part, only when read.
   */
  private close(node: OutlineNode, from: number): void {
    const pieces = this.pieces;
    const to = pieces.length;
    // A part of a few pieces is joined now too: an accessor makes its node a slow dictionary
    // object of some 2 KB (issue 13: a flood of part headings is a part a line).
    if (node !== this.part || to - from <= EAGER_PART_PIECES) {
      node.body = to - from === 1 ? pieces[from] : pieces.slice(from, to).join('\n');
      return;
    }
    let cached: string | undefined;
    Object.defineProperty(node, 'body', {
      enumerable: true,
      configurable: true,
      get: () => (cached ??= pieces.slice(from, to).join('\n')),
      set: (v: string) => {
        cached = v;
        lazyBodies.delete(node);
      },
    });
    lazyBodies.set(node, { pieces, from, to });
  }

  private push(node: OutlineNode): void {
    const parent = this.stack[this.stack.length - 1];
    const depth = parent.depth + 1;
    // Depth 1 is the default (see TreeNode): a top-level node holds none of its own.
    if (depth !== 1) node.depth = depth;
    if (parent === this.root) this.addTop(node);
    // A first child makes an array of one ([] and a push reserved room for 17: 152 bytes where 24
    // do, and most nodes with children have one or two, issue 13: deep nesting).
    else if (parent.children === NO_NODES) parent.children = [node];
    else parent.children.push(node);
    this.stack.push(node);
    this.stackStarts.push(this.pieces.length);
  }

  /** A node at the top of the tree, after those before it (see `top`). */
  private addTop(node: OutlineNode): void {
    let top = this.top;
    if (this.topFill === top.length && this.topFill >= TOP_CHUNK) {
      if (!this.topChunks.length && !this.topRoom && this.topBound > this.topFill) {
        // The first chunk is full: one array with room for the rest from here on.
        const all = new Array<OutlineNode>(this.topBound);
        for (let i = 0; i < this.topFill; i++) all[i] = top[i];
        this.topRoom = true;
        top = this.top = all;
      } else {
        this.topChunks.push(top);
        top = this.top = [];
        this.topFill = 0;
      }
    }
    if (this.topFill < top.length) top[this.topFill] = node;
    else top.push(node);
    this.topFill++;
  }

  /** Text belongs to every open node: a node's body runs to the next node that is not its descendant. */
  append(text: string): void {
    // Text outside every node is in no body (the root has none): not kept (a file of lines with no
    // heading was a piece a line, issue 13).
    if (text && this.stack.length > 1) this.pieces.push(text);
  }

  /**
   * A paragraph of plain text of the innermost open node. The root keeps none (its textParagraphs
   * stay empty): nothing reads them, since text outside every part and item is no entry, and a
   * file of lines with no heading was an index a line (issue 13).
   */
  appendPlain(paragraph: number, text: string): void {
    const node = this.stack[this.stack.length - 1];
    if (node !== this.root) {
      // An array of one for the first (see push).
      if (node.textParagraphs === NO_PARAGRAPHS) node.textParagraphs = [paragraph];
      else node.textParagraphs.push(paragraph);
    }
    this.append(text);
  }

  /** What a plain paragraph may be a broken form of: the next number of an open node. */
  expectedNext(): readonly { kind: Marker['kind']; value: number }[] {
    if (this.stack.length === 1) return NOTHING_EXPECTED;
    const out: { kind: Marker['kind']; value: number }[] = [];
    for (let j = this.stack.length - 1; j >= 1 && out.length < 3; j--) {
      const m = this.stack[j].marker;
      if (m && m.kind !== 'style') out.push({ kind: m.kind, value: m.value + 1 });
    }
    return out;
  }

  /**
   * An inline marker counts only where its sequence starts or goes on (not a stray "二是" in
   * prose). Inside a paragraph that already runs a sequence, a skipped or repeated number is still
   * an item (一是…三是…), for the numbering rule to report.
   */
  acceptsInline(m: Marker, seenInParagraph: Map<string, number>): boolean {
    if (m.broken) {
      // An item typed without 是 ("。三 斗争…"): only where 一是… of this paragraph goes on.
      const here = seenInParagraph.get(m.kind);
      return here !== undefined && m.value > here && m.value <= here + 2;
    }
    if (m.value === 1) return true;
    const here = seenInParagraph.get(m.kind);
    if (here !== undefined) return m.value >= here && m.value <= here + 2;
    const prev = this.lastValue.get(m.kind);
    return prev !== undefined && m.value === prev + 1;
  }

  /** Close every node (each gets its body, see close) and give the root its children (see `top`). */
  finish(): void {
    this.truncate(1);
    const chunks = this.topChunks;
    // Cut to what it holds (in place: the array's room past it is given back).
    if (this.top.length > this.topFill) this.top.length = this.topFill;
    if (!chunks.length) {
      if (this.top.length) this.root.children = this.top;
    } else {
      chunks.push(this.top);
      this.root.children = ([] as OutlineNode[]).concat(...chunks);
    }
    this.topChunks = [];
    this.top = [];
    this.topFill = 0;
  }
}

/**
 * Add one paragraph from `from` on: a node for its leading marker (if any) holding the text up to
 * the first accepted inline marker, then a node for each inline item (一是…二是… in one paragraph).
 * `lead`'s marker comes shared (from `shared`); inline items' markers are shared here.
 */
function addParagraphContent(b: TreeBuilder, p: Paragraph, eff: string, from: number, lead: MarkerMatch | undefined, styled: boolean, shared: Shared): void {
  const contentStart = lead ? lead.length : from;
  const accepted: InlineMarker[] = [];
  const inline = findInlineMarkers(eff);
  // Most paragraphs have no inline marker: no map for them (issue 13: a map a line in a flood).
  if (inline.length) {
    const seen = new Map<string, number>();
    if (lead) seen.set(lead.marker.kind, lead.marker.value);
    for (const m of inline) {
      if (m.offset < contentStart || !b.acceptsInline(m.marker, seen)) continue;
      accepted.push(m);
      seen.set(m.marker.kind, m.marker.value);
    }
  }
  const firstEnd = accepted.length ? accepted[0].offset : eff.length;
  const leadText = eff.slice(from, firstEnd).trim();
  if (lead) {
    b.addMarked(from === 0 ? lineNode(p, lead.marker, leadText, styled, shared) : newNode(p.index, from, lead.marker, leadText, false, styled), leadText);
  } else if (leadText) {
    b.appendPlain(p.index, leadText);
  }
  for (let i = 0; i < accepted.length; i++) {
    const m = accepted[i];
    const end = i + 1 < accepted.length ? accepted[i + 1].offset : eff.length;
    const text = eff.slice(m.offset, end).trim();
    b.addMarked(newNode(p.index, m.offset, shared.marker(m.marker), text, true, false), text);
  }
}

// ---------------------------------------------------------------------------------------------

const EXAMPLE_START = /^(比如|例如|如：|如:|譬如|像)/;

/** An item made of unnumbered text (a paragraph, or the text after a run-in heading). */
function textItem(paragraph: number, offset: number, text: string, inline: boolean, depth: number): OutlineNode {
  const item = newNode(paragraph, offset, undefined, text, inline, false);
  item.body = text;
  if (depth !== 1) item.depth = depth;
  return item;
}

/**
 * Unnumbered text of a node as items: each paragraph is one, except that a grid table is read a
 * row at a time (its header row naming the columns, see table-rows.ts), and an example paragraph
 * (比如…) joins the item before it. `prefer`: the table columns that hold what the part is about.
 */
function textItems(paragraphs: Paragraph[], indexes: number[], effs: EffectiveTexts, depth: number, skip: (t: string) => boolean, prefer: ColumnRole[]): OutlineNode[] {
  const items: OutlineNode[] = [];
  const headers = new Map<number, ColumnRole[]>();
  let rowKey = '';
  let rowTable = -1;
  let rowCells: RowCell[] = [];
  const flushRow = () => {
    if (!rowCells.length) return;
    const cells = rowCells;
    rowCells = [];
    const roles = headers.has(rowTable) ? undefined : headerRoles(cells);
    if (roles) {
      headers.set(rowTable, roles);
      return;
    }
    const entry = rowEntry(cells, headers.get(rowTable), prefer);
    if (!entry.body) return;
    if (entry.own === undefined && entry.problem === undefined) {
      const item = textItem(entry.paragraph, 0, entry.text, false, depth);
      item.body = entry.body;
      items.push(item);
      return;
    }
    // As textItem makes it (the heading from the row's first text), with its row fields its own.
    const cell = entry.problem !== undefined ? entry.cell : undefined;
    items.push(new RowTreeNode(entry.paragraph, headSentence(entry.text).trim(), entry.body, depth, entry.own, entry.problem, cell));
  };
  // Whether a table has been read: a note on it or a line about its measures as a whole after it is no entry.
  let afterTable = false;
  for (const i of indexes) {
    const t = effs.at(i).trim();
    const cell = paragraphs[i].cell;
    if (cell) {
      const key = `${cell.table}:${cell.row}`;
      if (key !== rowKey) {
        flushRow();
        rowKey = key;
        rowTable = cell.table;
      }
      if (t) rowCells.push({ text: t, column: cell.column, paragraph: i });
      afterTable = true;
      continue;
    }
    flushRow();
    rowKey = '';
    if (!t || skip(t) || (afterTable && isTableNote(t))) continue;
    if (EXAMPLE_START.test(t) && items.length) {
      // A problem's instance on a paragraph of its own joins it — up to a new problem stated after
      // the instance (shortfallsAfterInstances), which starts an item of its own there.
      const cut = prefer[0] === 'problem' ? shortfallsAfterInstances(t)[0] : undefined;
      if (cut === undefined) items[items.length - 1].body += '\n' + t;
      else {
        const own = effs.at(i);
        items[items.length - 1].body += '\n' + t.slice(0, cut).trimEnd();
        items.push(textItem(i, own.length - own.trimStart().length + cut, t.slice(cut), true, depth));
      }
    }
    else items.push(textItem(i, 0, t, false, depth));
  }
  flushRow();
  return items.filter((x) => x.body);
}

/**
 * A line after a 整改清单 table that is no entry of it: a note on the table ("注：完成时限为…",
 * "说明：…", "备注：…"), or a sentence about its measures as a whole ("班子将把上述措施逐项落实到位…",
 * "以上整改措施，班子将定期…", "清单所列事项…"): a reviewer reads neither as a measure (it was one,
 * vague and answering no problem). A measure written after the table ("另外，每月开展一次…") stays one.
 */
const TABLE_NOTE = /^(?:注|说明|备注|附注|填表说明)\s*[：:]|(?:上述|以上|上表|表中|表内|前述|本表|清单)(?:所列|列出|中)?的?(?:各项|各|这些|所有)?(?:整改)?(?:措施|任务|事项|举措|清单|内容)/;

/** Is `t` (a line after a table) a note on it or about its measures as a whole (TABLE_NOTE)? */
export function isTableNote(t: string): boolean {
  return TABLE_NOTE.test(t);
}

/** An aspect's topic (…方面) ended by a comma with its text after it, in one heading sentence. */
const TOPIC_THEN_TEXT = /^[^。；：:！？!?\n]{2,40}?方面[，,]/;
/** What introduces the problems below rather than states one: "…方面，存在以下问题：", "…方面，主要表现在：". */
const INTRO_AFTER_TOPIC = /[：:]$|^(?:存在|主要|具体|突出)?(?:以下|如下|下列|表现为|表现在|有以下)/;

/** Problem items of an aspect: its child nodes, or its unnumbered text when it has none. */
function itemsOf(node: OutlineNode, paragraphs: Paragraph[], effs: EffectiveTexts): OutlineNode[] {
  if (node.children.length) return node.children.some(isTopicItem) ? node.children.flatMap((c) => topicEntries(c, paragraphs, effs) ?? [c]) : node.children;
  const nl = node.body.indexOf('\n');
  const firstLine = nl < 0 ? node.body : node.body.slice(0, nl);
  let runIn = firstLine.slice(node.heading.length).trim();
  let runAt = node.offset + node.heading.length;
  // An aspect heading run into its one problem after a comma ("4.在践行以人民为中心的发展思想方面，
  // 联系服务群众不够，比如…"): the problem starts after 方面，, as it does after 方面。 or 方面：.
  // So it does when more text follows the heading sentence on its line ("（三）在担当作为方面，担当
  //精神不足。比如，…", "一是在理论学习方面，学习不系统。另外，…"): the problem is that sentence
  // and what follows, not what follows alone.
  const topic = TOPIC_THEN_TEXT.exec(node.heading);
  const after = topic ? node.heading.slice(topic[0].length).trim() : '';
  if (topic && after.length >= 4 && !INTRO_AFTER_TOPIC.test(after)) {
    runIn = firstLine.slice(topic[0].length).trim();
    runAt = node.offset + topic[0].length;
  }
  const items = runIn ? [textItem(node.paragraph, runAt, runIn, true, node.depth + 1)] : [];
  const rest = textItems(paragraphs, withoutIntro(node.textParagraphs, effs), effs, node.depth + 1, notEntry, ['problem', 'measure']);
  // An example paragraph right after a run-in item belongs to it.
  if (items.length && rest.length && EXAMPLE_START.test(rest[0].body)) items[0].body += '\n' + rest.shift()!.body;
  return [...items, ...rest].flatMap((item) => (item.rowOwn === undefined && item.rowProblem === undefined && !paragraphs[item.paragraph]?.inTable ? furtherProblems(item) : [item]));
}

/**
 * A sentence that opens a further problem in unnumbered prose: "另外，…", "此外，…", "同时，…",
 * "还有，…", "另一方面，…", "其次，…", "再者，…" (the words writers use in place of 二是 when they
 * number nothing). "再如" opens a further instance of the same problem, no new one.
 */
const FURTHER_PROBLEM = /[。！？!?]\s*(?=(?:另外|此外|同时|还有|另一方面|其次|再次|再者)[，,])/g;

/**
 * An unnumbered problem item cut where a further problem opens (FURTHER_PROBLEM) in its first line
 * (its own paragraph's text; an instance paragraph joined after it stays whole): each piece an item
 * of its own, at its UTF-16 offset in the paragraph. One item back when no such sentence follows the first.
 * before: 学习不够深入。比如，…。另外，对意识形态工作抓得不实。   (one problem)
 * after:  "学习不够深入。比如，…。" and "另外，对意识形态工作抓得不实。"
 */
function furtherProblems(item: OutlineNode): OutlineNode[] {
  const nl = item.body.indexOf('\n');
  const firstLine = nl < 0 ? item.body : item.body.slice(0, nl);
  const marked = [...firstLine.matchAll(FURTHER_PROBLEM)].map((m) => m.index! + m[0].length).filter((c) => c > 0 && c < firstLine.length);
  const cuts = [...new Set([...marked, ...shortfallsAfterInstances(firstLine)])].sort((a, b) => a - b);
  if (!cuts.length) return [item];
  const ends = [...cuts, item.body.length];
  const pieces = [textItem(item.paragraph, item.offset, item.body.slice(0, cuts[0]).trimEnd(), item.inline, item.depth)];
  cuts.forEach((c, k) => pieces.push(textItem(item.paragraph, item.offset + c, item.body.slice(c, ends[k + 1]).trimEnd(), true, item.depth)));
  return pieces;
}

/** An instance sentence: one opening with 比如/例如/譬如/如：, or with such a cue after a comma. */
const INSTANCE_SENTENCE = /^(?:比如|例如|譬如|再如|又如|如[：:，,])|[，,；;：:](?:比如|例如|譬如)/;
/**
 * What opens a sentence that goes on about the problem before it, not a new one: a pointer back
 * (这/此/其/对此), a consequence or a cause (导致, 造成, 反映出, 究其原因, 根源), a concession or an
 * addition (虽然, 但, 而且, 甚至, 也, 还), a summary (总之, 可见), a further instance (再如).
 */
const GOES_ON = /^(?:这|此|其|该|对此|由此|从而|进而|导致|造成|致使|以致|使得|结果|反映|说明|表明|体现|暴露|究其|归根|根本|根源|原因|主要是|虽|尽管|但|而|并且|而且|甚至|尤其|特别|同样|也|还|又|更|再如|又如|比如|例如|譬如|如|总之|总的|可见|因此|所以|因而|之所以|自己思想|思想上|认识上)/;
/** Words of a cause, not a problem: a sentence naming a root or a way of thinking goes on about the problem. */
const CAUSE_TALK = /原因|根源|思想上|认识上|根子/;

/**
 * Where a further problem opens with no connective in unnumbered prose: a sentence after an
 * instance (比如…) whose first clause states a shortfall (SHORTFALL) in a few words with no figure
 * ("学习不够深入。比如全年只读了2本书。对意识形态工作抓得不实，…": the reviewer reads 对意识形态工作
 * 抓得不实 as a second problem), and does not go on about the one before (GOES_ON: 这反映出…, 导致…,
 * 究其原因…) nor name a cause (CAUSE_TALK). After such a cut another instance is needed before the next.
 * Offsets (UTF-16, in `line`) where each such sentence starts. One pass over the line's sentences.
 */
function shortfallsAfterInstances(line: string): number[] {
  const out: number[] = [];
  let instance = false;
  for (let from = 0; from < line.length; ) {
    let end = from;
    while (end < line.length && !'。！？!?'.includes(line[end])) end++;
    const sentence = line.slice(from, Math.min(line.length, end + 1));
    const start = from + (sentence.length - sentence.trimStart().length);
    const text = sentence.trim();
    if (instance && from > 0 && opensProblem(text)) {
      out.push(start);
      instance = false;
    }
    if (INSTANCE_SENTENCE.test(text)) instance = true;
    from = end + 1;
  }
  return out;
}

/** Does sentence `s` open a problem of its own (see shortfallsAfterInstances)? */
function opensProblem(s: string): boolean {
  if (!s || GOES_ON.test(s) || CAUSE_TALK.test(s) || INSTANCE_SENTENCE.test(s)) return false;
  let end = 0;
  while (end < s.length && !'，,；;：:。！？!?'.includes(s[end])) end++;
  const clause = s.slice(0, end);
  return clause.length >= 4 && clause.length <= 30 && !/[0-9０-９]/.test(clause) && SHORTFALL.test(clause);
}

/**
 * What a problem statement says and an aspect heading never does: a shortfall (不够深入, 有差距,
 * 有所淡化, 流于形式 …). The templates' aspect titles hold none (a test checks every template).
 */
export const SHORTFALL = /不(?:够|足|强|深|实|严|高|力|细|紧|准|全|到位|彻底|明显|规范|及时|扎实|充分|主动|自觉|牢|硬|优)|差距|有待|淡化|弱化|松懈|放松|欠缺|缺乏|薄弱|滞后|偏(?:少|软|松|弱|低|多)|打折扣|有所(?:松|淡|弱|下降|减|放松)|存在.{0,8}(?:现象|问题|情况|倾向)|流于形式|走过场/;

/** Does node `n`'s heading (its first sentence) state a problem, not name a section (no 方面)? */
export function statesProblem(n: OutlineNode): boolean {
  const h = n.heading;
  if (n.marker && PROBLEM_FIELD_HEADING.test(stripLeadingMarker(h))) return true;
  if (TOPIC_GAP.test(n.marker ? stripLeadingMarker(h) : h)) return false;
  return !h.includes('方面') && SHORTFALL.test(h);
}

/**
 * A section named as the gap in a topic, the whole heading sentence: "政治忠诚和政治能力上的差距。",
 * "党性修养上存在的差距", "担当作为中的不足：". Names where the problems below (or run in after it)
 * lie, as "…方面" does; states none of them.
 */
const TOPIC_GAP = /^[^，,；;：:。！？!?\n]{2,30}?(?:上|中)(?:存在)?的?(?:差距|不足|短板)[。：:]?$/;

/** An entry that opens with a problem's label and nothing more in its head ("（一）问题：…", "1.存在问题："): a labelled problem. */
const PROBLEM_FIELD_HEADING = /^(?:存在的?|主要|突出)?问题(?:表现)?\s*[：:]$/;

/**
 * The entries of a problems part that lists its problems with no aspect headings: two or more,
 * more than half of them stating a problem (statesProblem), none with entries of its own (a
 * section with items under it is an aspect, however it is worded). Undefined otherwise.
 */
function flatProblems(entries: OutlineNode[]): OutlineNode[] | undefined {
  if (entries.length < 2 || entries.some((e) => e.children.length > 0)) return undefined;
  let stating = 0;
  for (const e of entries) if (statesProblem(e)) stating++;
  return stating * 2 > entries.length ? entries : undefined;
}

/**
 * The entries of problems part `part` when it lists its problems with no aspect headings: its
 * numbered sections, else its items, when they are such a list (flatProblems) and not local topic
 * headings written as items (isTopicItem). Undefined otherwise.
 */
function unsectionedProblems(part: OutlineNode): OutlineNode[] | undefined {
  const headed = part.children.filter((c) => c.marker && !ITEM_KINDS.has(c.marker.kind));
  const items = headed.length ? [] : part.children.filter((c) => c.marker && ITEM_KINDS.has(c.marker.kind));
  if (items.length >= 2 && items.every(isTopicItem)) return undefined;
  return flatProblems(headed.length ? headed : items);
}

/**
 * A topic phrase ending in 方面 and nothing more: "在理论学习方面。", "关于联系群众方面存在的问题：",
 * "在感悟“两个确立”方面". No clause punctuation inside, so "在理论学习方面，学得不深" is no topic.
 */
const TOPIC = /^(?:在|关于|从|对照)?[^，。；：:,;！？!?\n]{1,30}方面(?:存在的(?:主要|突出)?(?:问题|不足)|存在(?:问题|不足)|的(?:问题|不足))?[。：:]?$/;

/**
 * A local section heading written like an item ("一是在理论学习方面。" on a line of its own): an
 * item marker (一是, 第一, ①) followed only by a topic phrase. It names where problems lie and
 * states none; a reviewer reads the entries under it as the problems. "一是在理论学习方面，…"
 * or "一是在理论学习方面。学得不深…" (text after it on its line) is an item.
 * before: 一是在理论学习方面。 / 1.学习不系统。 / 2.学用脱节。   (1 item)
 * after:  1.学习不系统。 / 2.学用脱节。   (2 items, under the topic)
 */
export function isTopicItem(n: OutlineNode): boolean {
  const m = n.marker;
  if (!m || !ITEM_KINDS.has(m.kind)) return false;
  const nl = n.body.indexOf('\n');
  const firstLine = (nl < 0 ? n.body : n.body.slice(0, nl)).trim();
  if (firstLine !== n.heading.trim()) return false;
  const at = n.heading.indexOf(m.raw);
  const topic = (at >= 0 ? n.heading.slice(at + m.raw.length) : n.heading).replace(/^[，,、\s]+/, '').trim();
  return TOPIC.test(topic);
}

/** A topic phrase ending in 方面 and the text run in after it: "在理论学习方面，学得不深", "关于作风方面：…". */
const TOPIC_RUN_IN = /^(?:在|关于|从|对照)?[^，。；：:,;！？!?\n]{1,30}方面[，,：:]\s*(.*)$/s;

/**
 * An aspect written as an item with its problem run in after the topic ("一是在政治忠诚方面，对党的
 * 创新理论学习不够深入，比如…"): an item marker, a topic phrase ending in 方面, a comma or colon and
 * at least four characters of text that state something (not an intro such as 存在以下问题：).
 * A list of such items under a problems part is its aspects, whatever the template (a year with
 * none, 2026年度, has no titles to map them by).
 * before: 一是在政治忠诚方面，学习不够深入。二是在担当作为方面，有畏难情绪。   (no problems read)
 * after:  two aspects, “学习不够深入” and “有畏难情绪” their problems
 */
export function isTopicRunIn(n: OutlineNode): boolean {
  const m = n.marker;
  if (!m || !ITEM_KINDS.has(m.kind)) return false;
  const at = n.body.indexOf(m.raw);
  const rest = (at >= 0 ? n.body.slice(at + m.raw.length) : n.body).replace(/^[，,、\s]+/, '');
  const run = TOPIC_RUN_IN.exec(rest);
  if (!run) return false;
  const after = run[1].trim();
  return after.length >= 4 && !INTRO_AFTER_TOPIC.test(after);
}

/**
 * The entries under a local section heading written like an item (isTopicItem): its sub-items, or
 * its own lines when they state problems; undefined when it is no such heading, or when what
 * follows it is only its instances (比如…), which makes it one item whose body holds them.
 */
function topicEntries(n: OutlineNode, paragraphs: Paragraph[], effs: EffectiveTexts): OutlineNode[] | undefined {
  if (!isTopicItem(n)) return undefined;
  if (n.children.length) return n.children;
  const lines = textItems(paragraphs, withoutIntro(n.textParagraphs, effs), effs, n.depth + 1, notEntry, ['problem', 'measure']);
  return lines.length && !EXAMPLE_START.test(lines[0].body) ? lines : undefined;
}

/**
 * A closing formula, no entry of the list before it: "以上对照检查，不妥之处，请同志们批评指正。",
 * "以上是我的个人对照检查，请各位党员同志批评帮助。", "以上为班子对照检查材料".
 */
const CLOSING = /^以上(?:是|为|就是)?(?:我|本人|我们|班子)?的?(?:个人)?(?:对照|检查|发言|材料|剖析)|批评(?:指正|帮助)[。！!]?$|不妥之处/;

export function isClosing(t: string): boolean {
  return t.length <= 60 && CLOSING.test(t);
}

/**
 * A date as a material's sign-off writes it: 2026年1月18日, 二〇二六年一月十八日, 2026.1.18, 2026-01-18,
 * 2026/1/18; or a skeleton's date still to be written: ××××年××月××日, 20XX年X月X日, “　　年　月　日”.
 */
const SIGN_OFF_DATE = String.raw`(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*日|\d{4}[.．\-/]\d{1,2}[.．\-/]\d{1,2}|(?:20[×xXＸ]{2}|[×xXＸ]{2,4})?\s*年\s*(?:\d{1,2}|[×xXＸ]{1,2})?\s*月\s*(?:\d{1,2}|[×xXＸ]{1,2})?\s*日`;
/**
 * A sign-off dated by the month alone ("2026年1月", "二〇二六年一月", "2026.1"; a skeleton's "20XX年12月",
 * "××××年×月"): a sign-off line only
 * when it is the whole line (a measure's "完成时限2026年6月" is no sign-off).
 */
const SIGN_OFF_MONTH = String.raw`(?:\d{4}|[〇○零一二三四五六七八九]{4}|20[×xXＸ]{2}|[×xXＸ]{2,4})\s*年\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3}|[×xXＸ]{1,2})\s*月(?:份)?|\d{4}[.．\-/]\d{1,2}`;
/**
 * The label a signature may stand after: "对照检查人：张三", "对照人：赵××", "党员：李四", "发言人：×××", "签名：", "单位：XX局党组"
 * (a signer's word only: "责任人：张三" is a measure's owner, no sign-off).
 */
const SIGN_OFF_LABEL = String.raw`(?:(?:本人)?(?:对照检查人|对照人|检查人|检视剖析人|检视人|剖析人|查摆人|发言人|汇报人|报告人|撰写人|党员|签名|署名|签字)|(?:对照检查|发言)?单位|姓名)\s*[：:]\s*`;
/** The sign-off's date line: the date, after at most a name or unit (no sentence punctuation, or one signer's label); or a month alone (SIGN_OFF_MONTH). */
const SIGN_OFF_DATE_LINE = new RegExp(`^(?:${SIGN_OFF_LABEL})?[^。；;，,：:！？!?\\d]{0,30}?(?:${SIGN_OFF_DATE})$|^(?:${SIGN_OFF_MONTH})$`);
/**
 * A line of the sign-off above its date: a name, a unit or a post and name (XX, ××, ＊＊ or ○○ as
 * anonymised: "中共××县委常委会", "×××"; posts joined by 、 as in "XX市农业农村局党组书记、局长 张某某"),
 * after at most a signer's label ("对照检查人：张三", or the label alone in a skeleton: "对照检查人："); no
 * digits and no sentence punctuation.
 */
const SIGN_OFF_NAME_CHARS = String.raw`[\u4e00-\u9fffA-Za-zＡ-Ｚａ-ｚ×＊*○〇□·•（）()、\s\u3000]`;
const SIGN_OFF_NAME_LINE = new RegExp(String.raw`^(?:(?:${SIGN_OFF_LABEL})${SIGN_OFF_NAME_CHARS}{0,30}|${SIGN_OFF_NAME_CHARS}{2,30})$`);

/**
 * Common surnames (single and compound), for a signer's bare name with no date below it ("赵刚",
 * "欧阳明"): a name is a surname and one or two characters.
 */
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝';
const COMPOUND_SURNAMES = '欧阳|司马|上官|诸葛|东方|皇甫|尉迟|公孙|慕容|长孙|宇文|司徒|夏侯|令狐|端木|西门|南宫';
/** Characters of slogans and measures that no given name of a signer holds ("高标准", "常态化", "严要求"). */
const NOT_GIVEN_NAME = /[化性度制标准求效的了和与及等抓促管要之于把对在是不]/;
/** A name anonymised: 赵××, ×××, 张某某, 李某, ＊＊＊, ○○○, 王XX (with 同志 or not). */
const ANONYMISED_NAME = /^(?:[\u4e00-\u9fff]{0,2}(?:[×＊*○]{1,3}|[XＸ]{2,3})|[\u4e00-\u9fff]{1,2}某{1,2})(?:同志)?$/;
/** A name as signers write it: a common surname and one or two characters (compound surname: one or two). */
const TYPICAL_NAME = new RegExp(`^(?:(?:${COMPOUND_SURNAMES})[\u4e00-\u9fff]{1,2}|[${SURNAMES}][\u4e00-\u9fff]{1,2})$`);
/** After a signature: "（签字）", "（签名）", "（盖章）". */
const SIGNED_MARK = /[（(](?:签字|签名|盖章|章)[）)]$/;

/** Is `t` (spaces removed) a signer's name standing alone: anonymised, or of a typical shape (TYPICAL_NAME, no slogan character)? */
function isBareName(t: string): boolean {
  const s = t.replace(SIGNED_MARK, '').replace(/[\s\u3000]+/g, '');
  if (s.length < 2 || s.length > 6) return false;
  if (ANONYMISED_NAME.test(s)) return true;
  return s.length <= 4 && TYPICAL_NAME.test(s) && !NOT_GIVEN_NAME.test(s.slice(1));
}

/**
 * A body of the Party or a leadership group signing as a whole, standing alone: "中共××县委常委会",
 * "××局党组", "XX镇党委班子", "某县财政局党支部". Its name ends in the body (委员会, 常委会, 党组, 党委,
 * 党工委, (党)总支, 支部, 领导班子, 班子) and says whose it is: 中共, an anonymisation (××, XX, 某, ○○)
 * or a unit or place (县, 局, 镇 …). A measure naming a body ("建强基层党支部", "压实各级党委") opens
 * with a verb and names no such unit.
 */
const BODY_SIGNATURE = /^(?!(?:加强|强化|建强|抓好|抓实|推进|推动|落实|完善|健全|建立|提升|提高|严格|坚持|发挥|压实|夯实|深化|优化|配强|选好|用好|建好|管好|督促|指导|支持|配合|召开|开好|组织|依托|通过|由|向|对|与|和|请|经)).{0,24}(?:中共|××|[XＸ]{2}|[＊*○]{2}|某|[省市县区旗镇乡村局委办厅处所院校司社站队馆中心公司集团街道社区]).{0,12}(?:委员会|常委会|党组|党委|党工委|党总支|总支部?|支部|领导班子|班子)$/;

/** A signer's label with its name, or with none in a skeleton: "对照人：赵××", "对照检查人：". */
const SIGN_OFF_LABELLED = new RegExp(`^(?:${SIGN_OFF_LABEL})${SIGN_OFF_NAME_CHARS}{0,30}$`);

/**
 * A sign-off line that stands as one with no date below it: a signer's label with its name
 * ("对照人：赵××", "党员：李四", "对照检查人：" in a skeleton), a bare name (isBareName; also after a
 * post and a space: "副县长　赵××"), a body signing as a whole (BODY_SIGNATURE), or a date
 * (SIGN_OFF_DATE_LINE). No digits but a date's and no sentence punctuation.
 */
function isUndatedSignOffLine(t: string): boolean {
  if (SIGN_OFF_DATE_LINE.test(t)) return true;
  if (/[。；;，,！？!?\d“”"]/.test(t)) return false;
  if (SIGN_OFF_LABELLED.test(t)) return true;
  // Another label ("责任人：张三", "完成时限：长期坚持") is a measure's field, no signature.
  if (/[：:]/.test(t)) return false;
  if (isBareName(t)) return true;
  const space = /^(.{2,30}?)[\s\u3000]+([^\s\u3000]{2,6})$/.exec(t.replace(SIGNED_MARK, '').trim());
  if (space && SIGN_OFF_NAME_LINE.test(space[1]) && isBareName(space[2])) return true;
  return BODY_SIGNATURE.test(t.replace(SIGNED_MARK, '').replace(/[\s\u3000]+/g, ''));
}

/**
 * Where a material's sign-off starts (0-based paragraph index; `paragraphs.length` when it has
 * none): the name or unit and the date a material ends with ("刘芳　2026年1月18日", or "XX镇党委班子"
 * above "2026年1月18日"). When its last line with text is a date line (SIGN_OFF_DATE_LINE), up to
 * two name lines right above it belong to it. With no date last, the sign-off is the last one to
 * three lines that each stand as one (isUndatedSignOffLine: "对照人：赵××", "赵××", "中共××县委常委会"),
 * after a table or numbered measures alike (t24 m04: "对照人：赵××" after the 整改清单 was read as a
 * measure). No table cell and no numbered line is one. The sign-off belongs to no entry: the last
 * measure's text ends before it (its date is no deadline) and new parts and measures go above it.
 */
export function signOffStart(paragraphs: readonly Paragraph[]): number {
  let i = paragraphs.length - 1;
  const text = (k: number) => effectiveText(paragraphs[k]).trim();
  while (i >= 0 && !text(i)) i--;
  const plain = (k: number) => !paragraphs[k].inTable && !paragraphs[k].listString && !matchLeadingMarker(text(k));
  if (i < 0 || !plain(i)) return paragraphs.length;
  if (!SIGN_OFF_DATE_LINE.test(text(i))) {
    let undated = paragraphs.length;
    for (let lines = 0, k = i; k >= 0 && lines < 3; k--) {
      const t = text(k);
      if (!t) continue;
      if (!plain(k) || !isUndatedSignOffLine(t)) break;
      undated = k;
      lines++;
    }
    return undated;
  }
  let start = i;
  for (let names = 0, k = i - 1; k >= 0 && names < 2; k--) {
    const t = text(k);
    if (!t) continue;
    if (paragraphs[k].inTable || paragraphs[k].listString || !SIGN_OFF_NAME_LINE.test(t) || matchLeadingMarker(t)) break;
    start = k;
    names++;
  }
  return start;
}

/** Unnumbered lines that are no entries: a lead-in ending in a colon, or the closing formula. */
const notEntry = (t: string) => COLON_END.test(t) || isClosing(t);

/** An introduction to a list rather than an entry of it: "…主要有以下几个方面：", "针对上述问题，…". */
const INTRO = /[：:]$|如下|以下几|主要有|几个方面|^针对(上述|以上|查摆|查找|存在|这些)/;

/** A node's text paragraphs without an opening intro. */
function withoutIntro(indexes: number[], effs: EffectiveTexts): number[] {
  const first = indexes.find((i) => effs.at(i).trim());
  return indexes.filter((i) => i !== first || !INTRO.test(effs.at(i).trim()));
}

/** Entries of a cause or measure part: its child nodes, else its text except an opening intro. */
function entriesOf(part: OutlineNode, paragraphs: Paragraph[], effs: EffectiveTexts, prefer: ColumnRole[]): OutlineNode[] {
  if (part.children.length) {
    if (prefer[0] !== 'measure') return part.children;
    const entries = part.children.flatMap((c) => groupedMeasures(c, effs));
    let out: OutlineNode[] | undefined;
    entries.forEach((c, k) => {
      const rows = tableRowsAfter(c, part.depth, paragraphs, effs, prefer);
      if (rows.length && !out) out = entries.slice(0, k);
      if (out) out.push(c, ...rows);
    });
    return out ?? entries;
  }
  // A part heading with its text run in ("二、原因分析。思想上放松了要求，…"): the text after the
  // heading is the first entry (it was read whole, the heading its first sentence).
  const own = part.textParagraphs.length && part.textParagraphs[0] === part.paragraph ? effs.at(part.paragraph) : undefined;
  if (own === undefined) return textItems(paragraphs, withoutIntro(part.textParagraphs, effs), effs, part.depth + 1, notEntry, prefer);
  const at = part.offset + part.heading.length;
  const runIn = own.slice(at).trim();
  const rest = textItems(paragraphs, withoutIntro(part.textParagraphs.slice(1), effs), effs, part.depth + 1, notEntry, prefer);
  if (!runIn || notEntry(runIn) || INTRO.test(runIn)) return rest;
  const first = textItem(part.paragraph, at + (own.length - at - own.slice(at).trimStart().length), runIn, true, part.depth + 1);
  if (rest.length && EXAMPLE_START.test(rest[0].body)) first.body += '\n' + rest.shift()!.body;
  return [first, ...rest];
}

/**
 * The measures of a measures part's entry `c`: its numbered items when it heads a group of them, as
 * an aspect heading heads its problems (itemsOf: "（二）围绕增强党性、砥砺作风" above "1.常委同志每季度…调研…
 * （牵头单位：县委办…）" and "2.精简会议文件…"), each item a measure of its own, linked, checked and
 * listed in the 整改清单 alone, with the group's heading as its `group` (t24 m16: the group read as
 * one measure gave 文风会风 the 调研 item's owner and deadline); else `c` itself. Items (1. / （1） /
 * 一是) keep their own sub-items as their text.
 */
function groupedMeasures(c: OutlineNode, effs: EffectiveTexts): OutlineNode[] {
  if (!isMeasureGroup(c, effs)) return [c];
  const group = c.heading.trim();
  for (const k of c.children) k.group = group;
  return c.children;
}

/**
 * Does measure entry `c` head a group of measures: items under it, its heading alone on its line
 * ("（二）围绕增强党性、砥砺作风", "1.强化政治担当"), the first item on a paragraph of its own, nothing
 * between them but an intro ending in a colon? A measure whose heading sentence runs into its text
 * or into its items ("（五）强化党的建设，从严管党治党。认真贯彻…一是…二是…") is one measure, its items
 * the steps of it.
 */
function isMeasureGroup(c: OutlineNode, effs: EffectiveTexts): boolean {
  if (!c.children.length) return false;
  const first = c.children[0];
  if (first.paragraph === c.paragraph || first.inline) return false;
  if (effs.at(c.paragraph).slice(c.offset + c.heading.length).trim()) return false;
  return c.textParagraphs.every((i) => i <= c.paragraph || i > first.paragraph || !effs.at(i).trim() || COLON_END.test(effs.at(i).trim()));
}

/**
 * A 整改清单 table written after a numbered measure ((一)…(二), then the table, then (三)… or a
 * measure line, or the end): read as that measure's text, its 问题 cells made that measure answer
 * every problem, a row whose 整改措施 cell is blank answered its problem, and the lines after the
 * table were that measure's text too. When entry `entry`'s text (that of its last descendant) holds
 * a table whose header names a measure column (table-rows.ts headerRoles), the table and what
 * follows it leave that entry (its text paragraphs and body): the table's rows are entries of their
 * own (a blank measure cell: none), and so is each text paragraph after it (a measure line; an
 * intro or the closing formula none). Returns those entries in document order, or none when there
 * is no such table or the entry's body does not end with what it holds from the table on.
 */
function tableRowsAfter(entry: OutlineNode, depth: number, paragraphs: Paragraph[], effs: EffectiveTexts, prefer: ColumnRole[]): OutlineNode[] {
  // The entry and its last descendants: the table's paragraphs are the deepest one's text, and
  // the body of each of them runs on to the text's end.
  const chain = [entry];
  while (chain[chain.length - 1].children.length) chain.push(chain[chain.length - 1].children[chain[chain.length - 1].children.length - 1]);
  const last = chain[chain.length - 1];
  const own = last.textParagraphs;
  const first = own.findIndex((i) => paragraphs[i].cell !== undefined);
  if (first < 0) return [];
  // The table: the cells from the first on; after it, text paragraphs only (no second table).
  let end = first;
  while (end < own.length && paragraphs[own[end]].cell) end++;
  const cells = own.slice(first, end);
  const after = own.slice(end);
  if (after.some((i) => paragraphs[i].cell)) return [];
  const table = paragraphs[cells[0]].cell!.table;
  if (cells.some((i) => paragraphs[i].cell!.table !== table)) return [];
  const header: RowCell[] = [];
  for (const i of cells) {
    const c = paragraphs[i].cell!;
    if (c.row !== paragraphs[cells[0]].cell!.row) break;
    const t = effs.at(i).trim();
    if (t) header.push({ text: t, column: c.column, paragraph: i });
  }
  if (!headerRoles(header)?.includes('measure')) return [];
  const tail = own.slice(first).map((i) => effs.at(i).trim()).filter((t) => t).join('\n');
  if (!tail || !last.body.endsWith('\n' + tail)) return [];
  const rows = textItems(paragraphs, cells, effs, depth + 1, notEntry, prefer);
  const lines = after.length ? textItems(paragraphs, withoutIntro(after, effs), effs, depth + 1, (t) => notEntry(t) || isTableNote(t), prefer) : [];
  for (const n of chain) if (n.body.endsWith('\n' + tail)) n.body = n.body.slice(0, n.body.length - tail.length - 1);
  last.textParagraphs = first ? own.slice(0, first) : NO_PARAGRAPHS;
  return [...rows, ...lines];
}

/** A sentence that introduces the measures below: "下一步，党组将采取以下措施：", "今后努力方向：", "整改措施如下：". */
const MEASURES_INTRO = /(?:措施|举措|打算|方向|下一步|下步|今后|整改)[^。；;！？!?]*[：:]$|(?:措施|举措|打算|方向)(?:如下|是)[^。；;]*[。：:]?$/;

/**
 * The causes' or the measures' share of a part whose heading names both ("二、原因分析和整改措施"):
 * - sections headed as the two parts ("（一）原因分析" … "（二）整改措施" …): each section's entries;
 * - else a sentence introducing the measures ("下一步，…采取以下措施：", at the end of a text
 *   paragraph or on its own) divides them: the entries and text above it are causes, those below
 *   measures;
 * - else, when the entries change their numbering once (一是…二是… then 1. 2. …), the first run is the
 *   causes; else the text before the first entry holds the causes and the entries are the measures.
 * Text paragraphs are an entry each (an intro or the closing formula none).
 */
function combinedEntries(part: OutlineNode, role: 'causes' | 'measures', paragraphs: Paragraph[], effs: EffectiveTexts, template: Template, prefer: ColumnRole[]): OutlineNode[] {
  const roleOf = (c: OutlineNode) => partRoleOf(c.marker ? c.heading.slice(c.marker.raw.length).trim() : c.heading, template);
  const headed = part.children.filter((c) => roleOf(c) === role);
  if (headed.length) return headed.flatMap((c) => entriesOf(c, paragraphs, effs, prefer));
  if (part.children.some((c) => roleOf(c))) return [];
  // The pivot: the paragraph whose last sentence introduces the measures (text of the part, or of an
  // entry above the measures: an unnumbered line after 二是… is that entry's text).
  let pivot = -1;
  let pivotOwn = '';
  const last = lastParagraphOf(part);
  for (let i = part.paragraph + 1; i <= last; i++) {
    if (paragraphs[i].inTable) continue;
    const t = effs.at(i).trim();
    // A paragraph opening with the measures' label (今后努力方向：一是…; 整改措施：…): the measures
    // start with it, its items are theirs.
    if (runInPartLabel(t, template) === 'measures') {
      pivot = i - 0.5;
      break;
    }
    const cut = lastSentenceStart(t);
    if (t && MEASURES_INTRO.test(t.slice(cut))) {
      pivot = i;
      pivotOwn = t.slice(0, cut).trim();
      break;
    }
  }
  if (pivot < 0) {
    const kinds = part.children.map((c) => c.marker?.kind);
    const change = kinds.findIndex((k, j) => j > 0 && k !== kinds[j - 1]);
    if (change > 0 && kinds.slice(change).every((k) => k === kinds[change])) pivot = part.children[change].paragraph - 0.5;
    else pivot = part.children.length ? part.children[0].paragraph - 0.5 : Infinity;
  }
  const mine = (i: number) => (role === 'causes' ? i < pivot : i > pivot);
  // Measures numbered below the introduction nest under the last cause entry when their numbering
  // is of another kind (二是… 针对上述问题：1. 2.): they are measures all the same.
  // A cause entry they nest under is cut at the introduction (its body would hold them).
  const entries: OutlineNode[] = part.children.flatMap((c) => {
    if (!mine(c.paragraph)) return role === 'measures' ? c.children.filter((g) => g.paragraph > pivot) : [];
    if (role === 'measures' || lastParagraphOf(c) < pivot) return [c];
    const text = c.body.slice(0, c.body.indexOf('\n') < 0 ? c.body.length : c.body.indexOf('\n')).trim();
    const cut = newNode(c.paragraph, c.offset, c.marker, text, c.inline, c.styled);
    cut.body = text;
    cut.depth = c.depth;
    return [cut];
  });
  const texts = part.textParagraphs.filter((i) => mine(i) && i !== part.paragraph);
  // A label that only names its share (究其原因：, 整改措施： before the items run into its line) is no entry.
  const items = textItems(paragraphs, withoutIntro(texts, effs), effs, part.depth + 1, notEntry, prefer).filter((e) => !isBareLabel(e.heading, template));
  // The causes' share of the pivot paragraph: its text before the introduction.
  if (role === 'causes' && pivotOwn && !INTRO.test(pivotOwn)) {
    const offset = Math.max(0, effs.at(pivot).indexOf(pivotOwn));
    items.push(textItem(pivot, offset, pivotOwn, false, part.depth + 1));
  }
  return [...entries, ...items].sort((a, b) => a.paragraph - b.paragraph || a.offset - b.offset);
}

/** A short label naming the causes or the measures with nothing after its colon ("究其原因：", "今后努力方向："). */
function isBareLabel(text: string, template: Template): boolean {
  const m = /^([^：:，,。；;、！？!?\s]{2,8})[：:]$/.exec(text.trim());
  const role = m ? partRoleOf(m[1], template) : undefined;
  return role === 'causes' || role === 'measures';
}

/** The last paragraph a node's subtree holds (its own, its children's, their text's). */
function lastParagraphOf(node: OutlineNode): number {
  let last = node.paragraph;
  if (node.textParagraphs.length) last = Math.max(last, node.textParagraphs[node.textParagraphs.length - 1]);
  if (node.children.length) last = Math.max(last, lastParagraphOf(node.children[node.children.length - 1]));
  return last;
}

/** Where the last sentence of `t` starts: after its last 。！？； before the end (0 for one sentence). */
function lastSentenceStart(t: string): number {
  for (let k = t.length - 2; k >= 0; k--) if ('。！？!?；;'.includes(t[k])) return k + 1;
  return 0;
}

const TITLE_WORDS = /对照检查|发言提纲|检视剖析|剖析材料|检查材料|发言材料|个人对照|生活会/;

/** Lines naming the writer or unit that may stand above the title ("县交通运输局副局长王某"). */
const MAX_LINES_ABOVE_TITLE = 2;
/** Such a line: a name, a unit or a post and name (XX as anonymised), no digits and no sentence punctuation. */
const ABOVE_TITLE_LINE = /^[\u4e00-\u9fffA-Za-zＡ-Ｚａ-ｚ·•（）()、\s\u3000]{2,30}$/;

/**
 * The material's title: its first line with text before the first part, when it reads as a title
 * (a title style or level-1 heading, or a short line without sentence punctuation naming the
 * material: 对照检查, 发言提纲, 生活会…). Up to MAX_LINES_ABOVE_TITLE lines above it may name the
 * writer or unit (the same lines a sign-off holds: no digits, no sentence punctuation, not numbered);
 * anything else first means no title.
 */
function findTitle(paragraphs: Paragraph[], effs: EffectiveTexts, firstPart: number): Outline['title'] {
  let above = 0;
  for (const p of paragraphs) {
    if (p.index >= firstPart) break;
    const t = effs.at(p.index).trim();
    if (!t) continue;
    const titled = p.markdownLevel === 1 || p.headingLevel === 1 || /title|标题$/i.test(p.styleName ?? '');
    if (titled || (t.length <= 60 && !/[。；]/.test(t) && TITLE_WORDS.test(t))) return { text: t, paragraph: p.index };
    if (above++ < MAX_LINES_ABOVE_TITLE && !p.inTable && !p.listString && ABOVE_TITLE_LINE.test(t) && !matchLeadingMarker(t)) continue;
    return undefined;
  }
  return undefined;
}

/** A section counts as an aspect without a problems part above it only when it clearly reads as one. */
const IMPLICIT_ASPECT_SCORE = 0.5;

/** Aspect sections mapped together to the template's aspects, with their problem items. */
function toAspects(nodes: OutlineNode[], template: Template, paragraphs: Paragraph[], effs: EffectiveTexts, o?: MappingOptions): AspectNode[] {
  const mapping = mapAspects(nodes.map((n) => ({ heading: n.heading, body: n.body })), template, o);
  return nodes.map((node, i) => ({ aspect: mapping[i].aspect, scores: mapping[i].scores, node, problems: itemsOf(node, paragraphs, effs) }));
}

/**
 * Of sections that are not numbered as aspect headings would be, the run from the first to the last
 * that clearly reads as a template aspect — if at least two do; else none.
 */
function clearAspects(cands: OutlineNode[], template: Template, o?: MappingOptions): OutlineNode[] {
  // A material listing its aspects as top-level sections has a handful of them; hundreds of
  // top-level sections are no such list, and scoring each against the template cost some 3 KB and
  // 10 µs a section (issue 13: 1 MB of numbered lines spent half its time and memory here).
  if (cands.length > MAX_IMPLICIT_CANDIDATES) return [];
  const mapping = mapAspects(cands.map((n) => ({ heading: n.heading, body: n.body })), template, o);
  const hits = mapping.map((m, i) => (m.aspect !== null && m.scores[m.aspect - 1] >= IMPLICIT_ASPECT_SCORE ? i : -1)).filter((i) => i >= 0);
  return hits.length >= 2 ? cands.slice(hits[0], hits[hits.length - 1] + 1) : [];
}

/**
 * An aspect written as a sentence with no number: "在…方面，" (2 to 40 characters of topic) at the
 * start of a paragraph, or after a sentence end or a label's colon ("存在的主要问题：在带头…方面，…").
 */
const TOPIC_SENTENCE = /(?:^|(?<=[。；;！？!?：:]))[ \u3000]*(在[^。；;，,：:！？!?\n]{2,40}?方面)[，,]/g;
/** Paragraphs of a problems part read for topic sentences: past so many, no such list. */
const MAX_TOPIC_PARAGRAPHS = 64;

/**
 * The aspect sections of a problems part written as unnumbered sentences (TOPIC_SENTENCE) in its
 * text paragraphs (its heading's own line when the text runs in): one inline node per sentence, from
 * its 在 to the next such sentence or the paragraph's end (offsets: UTF-16, into the paragraph's
 * effective text). Text before the first sentence of a paragraph is left out (a label, an intro);
 * [] when no paragraph holds one.
 */
function topicSentences(part: OutlineNode, effs: EffectiveTexts): OutlineNode[] {
  const out: OutlineNode[] = [];
  if (part.textParagraphs.length > MAX_TOPIC_PARAGRAPHS) return out;
  for (const i of part.textParagraphs) {
    const text = effs.at(i);
    const starts: number[] = [];
    TOPIC_SENTENCE.lastIndex = 0;
    for (let m = TOPIC_SENTENCE.exec(text); m; m = TOPIC_SENTENCE.exec(text)) {
      starts.push(m.index + m[0].indexOf('在'));
      // A material has a handful of aspects: a flood of such sentences is no list of them (each
      // would be scored against the template, as clearAspects caps its candidates; issue 13).
      if (out.length + starts.length > MAX_IMPLICIT_CANDIDATES) return [];
    }
    starts.forEach((start, k) => {
      const segment = text.slice(start, k + 1 < starts.length ? starts[k + 1] : text.length).trimEnd();
      const node = newNode(i, start, undefined, segment, true, false);
      node.body = segment;
      out.push(node);
    });
  }
  return out;
}

/** Top-level sections beyond which a document is not read as listing its aspects as sections. */
const MAX_IMPLICIT_CANDIDATES = 256;

/**
 * Materials that list the aspects as top-level sections ("一、带头深刻感悟…方面") with no
 * 存在的主要问题 heading: top-level sections before the causes and measures become the aspects
 * when at least two of them clearly read as the template's aspects. Those sections stop being
 * parts of role `other`.
 */
function implicitAspects(root: OutlineNode, parts: PartNode[], template: Template, paragraphs: Paragraph[], effs: EffectiveTexts, o?: MappingOptions): AspectNode[] {
  if (parts.some((p) => p.role === 'problems')) return [];
  const nodes = clearAspects(implicitCandidates(root, parts, MAX_IMPLICIT_CANDIDATES + 1), template, o);
  // Removed in one pass (a findIndex and splice per node is quadratic in the number of sections).
  const taken = new Set(nodes);
  const kept = parts.filter((p) => !taken.has(p.node));
  parts.length = 0;
  appendAll(parts, kept);
  return toAspects(nodes, template, paragraphs, effs, o);
}

/** A problem's label in a per-aspect layout ("问题：…", "存在问题：…", "主要问题：…", "问题表现：…"). */
const PROBLEM_LABEL = /^(?:存在的?|主要|突出)?问题(?:表现)?\s*[：:]\s*/;
/** A measure's label in a per-aspect layout ("整改措施：…", "措施：…", "改进措施：…", "努力方向：…", "下一步打算：…"). */
const MEASURE_LABEL = /^(?:整改|改进|具体|主要)?(?:措施|举措)\s*[：:]\s*|^(?:整改|改进|今后|今后的)?(?:努力)?方向\s*[：:]\s*|^(?:下一步|下步)(?:措施|打算|举措)?\s*[：:]\s*/;
/**
 * A cause's label or lead in a per-aspect layout: "原因：…", "原因分析：…", "产生原因：…", "问题根源：…",
 * "根源剖析：…", or a sentence that opens the cause ("究其原因，…", "原因主要是…", "产生问题的原因在于…",
 * "深挖根源，…"). The label (up to its colon) is cut off; a lead sentence stays the cause's text.
 */
const CAUSE_LABEL = /^(?:产生(?:问题的?|的)?|主要|存在问题的?|问题(?:产生的)?)?(?:原因|根源)(?:分析|剖析)?\s*[：:]\s*|^(?:根源|原因)(?:剖析|分析)\s*[：:]\s*/;
const CAUSE_LEAD = /^(?:究其(?:原因|根源)|(?:深挖|剖析|分析)(?:其)?(?:原因|根源)|(?:产生(?:这些|上述)?问题的?)?(?:主要|根本|深层次)?原因(?:主要)?(?:是|在于|有)|(?:问题的?)?根源(?:主要)?(?:是|在于))/;

/** A field of an aspect's entry (see entryFields): its kind, where it starts, and its text. */
interface EntryField {
  kind: 'problem' | 'cause' | 'measure';
  paragraph: number;
  offset: number;
  text: string;
  /** The field opens the entry with its marker kept (no label cut off): the entry's own start. */
  whole: boolean;
}

/** Where a sentence may open a labelled field inside a line: after 。；; ！？ (and any spaces). */
const FIELD_START = /[。；;！？!?]\s*/g;

/** The kind of field a text opening at a sentence start is, and the label's length (0 for a lead kept as text). */
function fieldAt(t: string): { kind: EntryField['kind']; cut: number } | undefined {
  let m = CAUSE_LABEL.exec(t);
  if (m) return { kind: 'cause', cut: m[0].length };
  if (CAUSE_LEAD.test(t)) return { kind: 'cause', cut: 0 };
  m = MEASURE_LABEL.exec(t);
  if (m) return { kind: 'measure', cut: m[0].length };
  return undefined;
}

/**
 * The labelled fields of one entry of an aspect, when it holds a cause or a measure: "1.问题：…。
 * 原因：…。整改措施：…" in one paragraph or over several, "一是…。\n究其原因，…", "原因：…" on its own.
 * Each paragraph line of the entry's body is read at its start and after each sentence end; a
 * field runs to the next (a line without a label, as 比如…, goes on the field before it). The text
 * before the first cause or measure is the problem (its 问题： label cut off). Undefined for an
 * entry with no cause or measure in it. `lines` are the body's lines, `at` where each starts.
 */
function entryFields(n: OutlineNode, effs: EffectiveTexts): EntryField[] | undefined {
  const body = n.body;
  if (!CAUSE_OR_MEASURE_ANYWHERE.test(body)) return undefined;
  const lines = body.split('\n');
  // Where each line starts: the node's own place, then its text paragraphs in order.
  const at: { paragraph: number; offset: number }[] = [{ paragraph: n.paragraph, offset: n.offset }];
  let k = 0;
  for (let i = 1; i < lines.length; i++) {
    const tps = n.textParagraphs;
    while (k < tps.length && effs.at(tps[k]).indexOf(lines[i]) < 0) k++;
    if (k >= tps.length) return undefined;
    at.push({ paragraph: tps[k], offset: effs.at(tps[k]).indexOf(lines[i]) });
    k++;
  }
  const fields: EntryField[] = [];
  let any = false;
  lines.forEach((line, i) => {
    const lead = i === 0 && n.marker ? line.length - stripLeadingMarker(line).length : 0;
    const starts = [lead];
    FIELD_START.lastIndex = lead;
    for (let m = FIELD_START.exec(line); m; m = FIELD_START.exec(line)) if (m.index + m[0].length < line.length) starts.push(m.index + m[0].length);
    let last = starts[0];
    const push = (from: number, to: number, f: { kind: EntryField['kind']; cut: number } | undefined) => {
      const text = line.slice(from + (f?.cut ?? 0), to).trim();
      if (!f && fields.length) {
        // Text with no label goes on the field before it (比如…, a second sentence).
        if (text) fields[fields.length - 1].text += (from === lead && i > 0 ? '\n' : '') + text;
        return;
      }
      const kind = f?.kind ?? 'problem';
      const problemLabel = kind === 'problem' ? PROBLEM_LABEL.exec(line.slice(from, to)) : null;
      const cut = f?.cut ?? problemLabel?.[0].length ?? 0;
      const own = line.slice(from + cut, to).trim();
      const whole = i === 0 && from === lead && cut === 0;
      fields.push({ kind, paragraph: at[i].paragraph, offset: at[i].offset + (whole ? 0 : from + cut), text: whole ? line.slice(0, to).trim() : own, whole });
    };
    let open: { kind: EntryField['kind']; cut: number } | undefined = fieldAt(line.slice(lead));
    if (i === 0 && !open) open = undefined;
    for (let j = 1; j <= starts.length; j++) {
      const to = j < starts.length ? starts[j] : line.length;
      const next = j < starts.length ? fieldAt(line.slice(starts[j])) : undefined;
      if (j < starts.length && !next) continue;
      push(last, to, open);
      if (open) any = true;
      last = to;
      open = next;
    }
  });
  return any ? fields.filter((f) => f.text.trim()) : undefined;
}

/** Some cause or measure label or lead in a text at all (entryFields' quick test). */
const CAUSE_OR_MEASURE_ANYWHERE = /原因|根源|措施|举措|方向|下一步|下步/;

/**
 * Aspects whose entries are labelled fields, as 组织生活会 materials often write each aspect
 * ("### 1. 政治信仰方面 / 问题：… / 原因：… / 整改措施：…", "1.问题：…。原因：…。措施：…"), or follow
 * each problem with its cause ("一是…。\n究其原因，…"): the problem keeps its place (its 问题：
 * label cut off), a "原因：" field (or one opening 究其原因，…) is a cause, an "整改措施：" field a
 * measure (answering that aspect). Rewrites each aspect's `problems` in place; returns the measures
 * and the causes so found, in document order (none for other layouts).
 */
function labelledFields(aspects: AspectNode[], effs: EffectiveTexts): { measures: OutlineNode[]; causes: OutlineNode[] } {
  const measures: OutlineNode[] = [];
  const causes: OutlineNode[] = [];
  const splits = aspects.map((a) => a.problems.map((n) => entryFields(n, effs)));
  // The layout is the document's: an aspect whose field was left empty ("整改措施：" alone, no entry
  // of it) has its 问题： labels cut as its siblings have.
  if (!splits.some((split) => split.some((f) => f))) return { measures, causes };
  aspects.forEach((a, k) => {
    const split = splits[k];
    const problems: OutlineNode[] = [];
    a.problems.forEach((n, i) => {
      const fields = split[i];
      if (!fields) {
        // An entry of the layout with no cause or measure: a problem, its 问题： label cut off.
        const m = n.marker ? null : PROBLEM_LABEL.exec(n.body);
        if (!m) problems.push(n);
        else if (n.body.slice(m[0].length).trim()) problems.push(textItem(n.paragraph, n.offset + m[0].length, n.body.slice(m[0].length), n.inline, n.depth));
        return;
      }
      for (const f of fields) {
        let item: OutlineNode;
        if (f.whole) {
          // The entry's own start, with its number: the same node cut to this field.
          item = newNode(n.paragraph, n.offset, n.marker, f.text, n.inline, n.styled);
          item.body = f.text;
          if (n.depth !== 1) item.depth = n.depth;
        } else item = textItem(f.paragraph, f.offset, f.text, f.paragraph === n.paragraph && n.inline, n.depth);
        if (f.kind === 'problem') problems.push(item);
        else if (f.kind === 'cause') causes.push(item);
        else (a.measures ??= []).push(item);
      }
    });
    a.problems = problems;
    if (a.measures) appendAll(measures, a.measures);
  });
  return { measures, causes };
}

/** A top-level section heading that names its topic: "一、对照党员标准方面。…", "二、在理论学习方面". */
const TOPIC_HEADING = /^(?:在|关于|从)?[^，。；：:,;！？!?\n]{2,30}方面(?:存在的?(?:主要|突出)?(?:问题|不足|差距))?[。：:，,]?$/;

/**
 * With no template aspects to read them against (a year with no template), the top-level sections
 * before the causes and measures with no problems heading above them, when at least two are and all
 * are topics (TOPIC_HEADING: "一、对照党中央的号召和要求方面。…" as the 四个对照 materials write them):
 * sections of the problems, aspect null, their text their problems.
 */
function topicSections(root: OutlineNode, parts: PartNode[], paragraphs: Paragraph[], effs: EffectiveTexts): AspectNode[] {
  if (parts.some((p) => p.role === 'problems')) return [];
  const cands = implicitCandidates(root, parts, MAX_IMPLICIT_CANDIDATES + 1);
  if (cands.length < 2 || cands.length > MAX_IMPLICIT_CANDIDATES) return [];
  if (!cands.every((n) => TOPIC_HEADING.test((n.marker ? n.heading.slice(n.marker.raw.length) : n.heading).trim()))) return [];
  const taken = new Set(cands);
  const kept = parts.filter((p) => !taken.has(p.node));
  parts.length = 0;
  appendAll(parts, kept);
  return cands.map((node) => ({ aspect: null, node, problems: itemsOf(node, paragraphs, effs), scores: [] }));
}

/**
 * Top-level numbered sections before the causes and measures that are no template part: possible
 * aspects. At most the first `limit` of them: callers read a handful, or only whether there are
 * more than MAX_IMPLICIT_CANDIDATES (a flood of numbered lines has one a line, issue 13).
 */
function implicitCandidates(root: OutlineNode, parts: PartNode[], limit = Infinity): OutlineNode[] {
  let end = Infinity;
  for (const p of parts) if ((p.role === 'causes' || p.role === 'measures') && p.node.paragraph < end) end = p.node.paragraph;
  const out: OutlineNode[] = [];
  // Parts are top-level nodes in document order: their roles are read in step with the walk (no
  // map of every part, which a flood of part headings would make a part a line).
  let j = 0;
  for (const n of root.children) {
    if (out.length >= limit || n.paragraph >= end) break;
    while (j < parts.length && parts[j].node.paragraph < n.paragraph) j++;
    let role: PartRole | undefined;
    for (let k = j; k < parts.length && parts[k].node.paragraph === n.paragraph; k++) {
      if (parts[k].node === n) role = parts[k].role;
    }
    if (n.marker !== undefined && !ITEM_KINDS.has(n.marker.kind) && (role === undefined || role === 'other')) out.push(n);
  }
  return out;
}

/**
 * The template-independent reading of a document: its parts (read with the standard part
 * headings plus the template's own) and its tree. `finishOutline` maps it to a template's aspects;
 * template detection reads the candidate aspect headings in between, so the tree is built once.
 */
export interface Structure {
  paragraphs: Paragraph[];
  /** Each paragraph's effective text (automatic number + typed text). */
  effs: EffectiveTexts;
  parts: PartNode[];
  root: OutlineNode;
  /** The template the part headings were read against. */
  template: Template;
}

/** Build the outline: `buildStructure` then `finishOutline` with the same template. */
export function buildOutline(input: DocumentInput, template: Template, o?: MappingOptions): Outline {
  return finishOutline(buildStructure(input, template), template, o);
}

/**
 * The roles of each part node listed more than once in `parts` (a heading naming two parts, see
 * buildStructure: its node, then an entry `{ role, node }` for the other role), in list order; a
 * node listed once is not in the map (its role is its entry's). A node can be listed twice only
 * through such an entry (the node is its own entry under its own role), so only the nodes of
 * entries other than their node are looked at: no map entry and set a part, which a flood of part
 * headings (a part a line) held through the outline's last steps, some 200 bytes a part (issue 13:
 * part headings repeated, 1 MB: the heap's next full collection set some 9 MB higher).
 */
function listedRoles(parts: readonly PartNode[]): Map<OutlineNode, PartRole[]> {
  const roles = new Map<OutlineNode, PartRole[]>();
  for (const x of parts) if ((x as object) !== x.node && !roles.has(x.node)) roles.set(x.node, []);
  if (!roles.size) return roles;
  for (const x of parts) {
    const r = roles.get(x.node);
    if (r && !r.includes(x.role)) r.push(x.role);
  }
  return roles;
}

/**
 * Aspect heading candidates of a structure, one list per problems part (or the top-level
 * sections of a material with no problems heading): what template detection compares with each
 * template. Numbered sections when the part has them, else its items. `perPool`: at most the
 * first so many candidates of each pool (what detection reads; a flood of numbered lines is
 * hundreds of thousands of top-level sections, each a candidate object otherwise — issue 13).
 */
export function aspectCandidates(s: Structure, perPool = Infinity): AspectPool[] {
  const toCands = (ns: OutlineNode[]): AspectCandidate[] => (ns.length > perPool ? ns.slice(0, perPool) : ns).map((n) => ({ heading: n.heading, body: n.body }));
  const pools: AspectPool[] = [];
  // A problems part that is also the causes part (存在的问题及原因分析): its causes section is no candidate.
  const roles = listedRoles(s.parts);
  for (const part of s.parts) {
    if (part.role !== 'problems') continue;
    const children = roles.get(part.node)?.includes('causes') ? part.node.children.filter((c) => !isCausesSection(c, s.template)) : part.node.children;
    const headed = children.filter((c) => c.marker && !ITEM_KINDS.has(c.marker.kind));
    // Problems listed with no aspect headings (finishOutline reads them as the part's problems):
    // no candidate headings, whatever vocabulary they share with an aspect.
    if (unsectionedProblems(part.node)) continue;
    pools.push({ headed: headed.length > 0, cands: toCands(headed.length ? headed : children) });
  }
  if (!pools.length) pools.push({ headed: false, cands: toCands(implicitCandidates(s.root, s.parts, perPool)) });
  return pools.filter((p) => p.cands.length > 0);
}

/** Candidates of one problems part; `headed`: numbered as sections (else items that may be aspects). */
export interface AspectPool {
  headed: boolean;
  cands: AspectCandidate[];
}

/**
 * The template-independent reading of `input` (see Structure). `options.share` (default true):
 * equal leads and markers are one object per document (see Shared); false gives each paragraph
 * its own, for the test that sharing changes no result.
 */
export function buildStructure(input: DocumentInput, template: Template, options: { share?: boolean } = {}): Structure {
  const paragraphs = input.paragraphs;
  const effs = new EffectiveTexts(paragraphs);
  const shared = new Shared(options.share === false ? 0 : MAX_SHARED);
  const leads = new Leads(paragraphs, effs, shared);
  const grid = gridTables(paragraphs);
  const partAt = findParts(paragraphs, leads, effs, template, grid);
  const signOff = signOffStart(paragraphs);
  /** The next part heading in `partAt`. */
  let nextPart = 0;

  // At most a node at the top for each paragraph with a leading marker, part heading or bare item
  // (inline items and broken markers may add more: still taken, see TreeBuilder). A part heading
  // or bare item with a marker is counted once (a flood of part headings: room for each once).
  let topBound = leads.markedCount();
  for (const i of partAt.paragraphs) if (!leads.at(i)?.match) topBound++;
  for (const i of partAt.items.keys()) if (!leads.at(i)?.match) topBound++;
  const b = new TreeBuilder(topBound);
  const parts: PartNode[] = [];
  for (const p of paragraphs) {
    const eff = effs.at(p.index);
    const lead = leads.at(p.index);
    if (!lead) continue;
    const role = partAt.paragraphs[nextPart] === p.index ? partAt.roles[nextPart++] : undefined;
    if (role) {
      const from = leadingSpace(eff);
      const markerEnd = lead.match && lead.match.marker.kind !== 'style' ? lead.match.length : from;
      const own = partHeadingText(eff.slice(markerEnd), template);
      // Its heading from the marker on, in one cut of the line (own.heading is a prefix of the text
      // after the marker, see partHeadingText): for a heading that is its whole line, the line
      // itself rather than a string joined anew (issue 13: a flood of part headings is a part a line).
      const headingText = markerEnd >= from ? eff.slice(from, markerEnd + own.heading.length) : eff.slice(from, markerEnd) + own.heading;
      // A heading naming the causes and the measures ("二、原因分析和整改措施") heads both parts:
      // its node is the causes part, listed again as the measures part right after.
      const both = (role === 'causes' || role === 'measures') && namesCausesAndMeasures(own.heading, template);
      // So does one naming the problems and their causes ("二、存在的问题及原因分析"): the problems
      // part, listed again as the causes part right after.
      const problemsBoth = (role === 'problems' || role === 'causes') && !both && namesProblemsAndCauses(own.heading, template);
      const node = newNode(p.index, from, lead.match?.marker, headingText, false, lead.styled, both ? 'causes' : problemsBoth ? 'problems' : role);
      b.openPart(node);
      b.append(node.heading);
      parts.push(node);
      if (both) parts.push({ role: 'measures', node });
      if (problemsBoth) parts.push({ role: 'causes', node });
      // A part heading that runs into text: the rest is the part's first content, which may
      // itself open with a section or item marker ("…问题（一）在…方面。一是…").
      const restAt = markerEnd + own.heading.length;
      if (eff.slice(restAt).trim()) {
        const sub = matchLeadingMarker(eff.slice(restAt));
        addParagraphContent(b, p, eff, restAt, sub && { marker: shared.marker(sub.marker), length: restAt + sub.length }, false, shared);
      }
      continue;
    }
    if (inGrid(p, grid)) {
      // A grid table (整改清单, 问题清单) is text of the node it sits in, read a row at a time.
      b.appendPlain(p.index, eff.trim());
      continue;
    }
    const bare = partAt.items.get(p.index);
    let match = bare ? { ...bare, marker: shared.marker(bare.marker) } : lead.match;
    if (!match && (p.index >= signOff || isClosing(eff.trim()))) {
      b.closeAll(p.index, eff.trim());
      continue;
    }
    if (!match) {
      for (const expected of b.expectedNext()) {
        match = matchBrokenMarker(eff, expected);
        if (match) {
          match = { ...match, marker: shared.marker(match.marker) };
          break;
        }
      }
    }
    addParagraphContent(b, p, eff, leadingSpace(eff), match, lead.styled, shared);
  }
  b.finish();
  return { paragraphs, effs, parts, root: b.root, template };
}

/** A section of a problems-and-causes part headed as the causes ("（六）产生问题的原因"): no aspect. */
function isCausesSection(c: OutlineNode, template: Template): boolean {
  return partRoleOf(c.marker ? c.heading.slice(c.marker.raw.length).trim() : c.heading, template) === 'causes';
}

/** Map a structure to a template's aspects and collect the items of each part. */
export function finishOutline(s: Structure, template: Template, o?: MappingOptions): Outline {
  const { paragraphs, effs } = s;
  const parts = [...s.parts];
  // Aspects: the numbered sections of each problems part, mapped part by part (a file may hold
  // several materials, each with its own set of aspects).
  const aspects: AspectNode[] = [];
  // Parts listed under two roles: the problems and their causes (存在的问题及原因分析), the causes and the measures.
  const roles = listedRoles(parts);
  const both = (node: OutlineNode, a: PartRole, b: PartRole) => !!roles.get(node)?.includes(a) && !!roles.get(node)?.includes(b);
  const causesSection = (c: OutlineNode) => isCausesSection(c, template);
  for (const part of parts) {
    if (part.role !== 'problems') continue;
    const withCauses = both(part.node, 'problems', 'causes');
    const headed = part.node.children.filter((c) => c.marker && !ITEM_KINDS.has(c.marker.kind) && !(withCauses && causesSection(c)));
    // Aspects numbered like items ("一是在感悟“两个确立”方面：…") count only when they clearly read
    // as aspects, or when every item is a local section heading (isTopicItem: "一是在理论学习方面。").
    const items = headed.length ? [] : part.node.children.filter((c) => c.marker && ITEM_KINDS.has(c.marker.kind));
    const topics = items.length >= 2 && (items.every(isTopicItem) || items.every(isTopicRunIn));
    // Problems listed with no aspect headings at all (一是理论学习不够深入。… 二是…): each entry states a
    // problem, none is a section. They are the part's problems, not aspects.
    const flat = unsectionedProblems(part.node);
    if (flat) {
      aspects.push({ aspect: null, node: part.node, problems: flat, scores: [], unsectioned: true });
      continue;
    }
    // No numbered entries, the aspects written as sentences ("在带头深刻感悟…方面，学习不深不透。",
    // several in one paragraph): each such sentence and what follows it is an aspect's section.
    if (!part.node.children.length) {
      const sentences = topicSentences(part.node, effs);
      const mapped = sentences.length ? toAspects(sentences, template, paragraphs, effs, o) : [];
      if (mapped.some((m) => m.aspect !== null)) {
        appendAll(aspects, mapped);
        continue;
      }
    }
    const nodes = headed.length ? headed : topics ? items : clearAspects(withCauses ? part.node.children.filter((c) => !causesSection(c)) : part.node.children, template, o);
    appendAll(aspects, toAspects(nodes, template, paragraphs, effs, o));
  }

  if (!aspects.length) appendAll(aspects, implicitAspects(s.root, parts, template, paragraphs, effs, o));
  if (!aspects.length && !template.aspects.length) appendAll(aspects, topicSections(s.root, parts, paragraphs, effs));
  const { measures: aspectMeasures, causes: aspectCauses } = labelledFields(aspects, effs);

  // A part listed under both roles (a combined 原因分析和整改措施 heading) gives each its share; a
  // problems part that is also the causes part gives the causes its sections headed so (its
  // aspects' labelled causes are aspectCauses).
  // (Sets, not a search of the parts for each: a flood of part headings is a part a line, issue 13.)
  const entriesFor = (x: PartNode, role: 'causes' | 'measures', prefer: ColumnRole[]) => {
    if (both(x.node, 'causes', 'measures')) return combinedEntries(x.node, role, paragraphs, effs, template, prefer);
    if (role === 'causes' && both(x.node, 'problems', 'causes')) return x.node.children.filter(causesSection).flatMap((c) => entriesOf(c, paragraphs, effs, prefer));
    return entriesOf(x.node, paragraphs, effs, prefer);
  };
  const collect = (role: 'causes' | 'measures', prefer: ColumnRole[]) => parts.filter((x) => x.role === role).flatMap((x) => entriesFor(x, role, prefer));
  const firstPart = parts.length ? parts[0].node.paragraph : paragraphs.length;
  // Measures ("整改措施：…") or causes ("原因：…", "究其原因，…") written under each aspect: with any of
  // their part, the material's entries of that role in document order. With no such part, the
  // problems part (else the first aspect) stands for it: they are there.
  const withFields = (role: 'causes' | 'measures', fields: OutlineNode[], own: OutlineNode[]): OutlineNode[] => {
    if (!fields.length) return own;
    if (!parts.some((x) => x.role === role)) {
      const holder = parts.find((x) => x.role === 'problems')?.node ?? aspects[0].node;
      const at = parts.findIndex((x) => x.node.paragraph > holder.paragraph);
      parts.splice(at < 0 ? parts.length : at, 0, { role, node: holder });
    }
    return [...fields, ...own].sort((a, b) => a.paragraph - b.paragraph || a.offset - b.offset);
  };
  const measures = withFields('measures', aspectMeasures, collect('measures', ['measure', 'other']));
  const causes = withFields('causes', aspectCauses, collect('causes', ['other', 'problem']));
  return {
    title: findTitle(paragraphs, effs, firstPart),
    parts,
    aspects,
    causes,
    measures,
    root: s.root,
  };
}
