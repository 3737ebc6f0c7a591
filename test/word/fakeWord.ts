/**
 * A small fake of the Word JavaScript API, enough for src/word: Word.run, a request context whose
 * sync() is counted, proxies whose properties throw until loaded AND synced (like the real API),
 * collections with load/items/$top/$skip/getFirst/getLast, navigation (parentBody, parentTable,
 * listItemOrNullObject, parentContentControlOrNullObject …) with *OrNullObject semantics, queued
 * writes (insertParagraph, insertText, styleBuiltIn, detachFromList, select) applied in order at
 * sync, search, header/footer/footnote stories, content controls, read-only and protected documents.
 *
 * Lists: a paragraph is a list item with a fixed `listString`, or a member of a numbered list
 * (`list: { id, level }`) whose number Word computes from its place: items of one list are counted
 * per level in document order, a higher level restarting the deeper ones, each level written in
 * its form (FakeOptions.lists; default 一、 → （一） → 1. → （1）). As in Office.js (WordApi 1.3):
 * insertParagraph copies the anchor's list membership; `attachToList(listId, level)` fails on a
 * paragraph that is already a list item and on an unknown list, and does not carry the level's
 * indentation (office-js#6524); ListItem.level is 0-based; `listOrNullObject.id`.
 *
 * office-addin-mock does not model collections, hence this file.
 */
import type { OfficeHost } from '../../src/word/capabilities';
import type { MarkerKind } from '../../src/engine/types';
import { formatMarker } from '../../src/engine/markers';

export class FakeOfficeError extends Error {
  readonly code: string;
  /** Like OfficeExtension.Error.debugInfo: where the failing operation was. */
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(code: string, message = code, errorLocation?: string) {
    super(message);
    this.name = 'OfficeExtension.Error';
    this.code = code;
    this.debugInfo = { code, message, ...(errorLocation ? { errorLocation } : {}) };
  }
}

// ---------------------------------------------------------------- model

export type StoryKind = 'MainDoc' | 'Header' | 'Footer' | 'Footnote' | 'Unknown';

export interface BodyNode {
  type: string;
  parent?: BodyNode;
}

export interface TableNode {
  id: number;
  parentTable?: TableNode;
  /** The body that holds the table. */
  body: BodyNode;
  /** The (single, simplified) cell body of the table. */
  cellBody: BodyNode;
}

export interface ContentControlNode {
  cannotEdit: boolean;
  parent?: ContentControlNode;
}

export interface ParaNode {
  uid: string;
  /**
   * Tracked changes: the text Word shows with all changes accepted (getReviewedText('Current'));
   * `text` is what Paragraph.text gives (deleted text included). Undefined: no change.
   */
  shown?: string;
  /** The whole paragraph, mark included, is tracked-deleted. */
  deleted?: boolean;
  /**
   * Hidden text (font set to hidden): these substrings of `text` (Paragraph.text includes them) are
   * not shown; getText() (WordApi 1.7) leaves them out.
   */
  hidden?: string[];
  /** In a vertically merged table cell (loading its cellIndex throws, office-js#3200). */
  mergedCell?: boolean;
  text: string;
  style: string;
  styleBuiltIn: string;
  outlineLevel: number;
  listString?: string;
  /** Member of numbered list `id` at 0-based `level`: its listString is computed (see the header). */
  list?: { id: number; level: number };
  /** Paragraph indentation in points (Paragraph.leftIndent / firstLineIndent). */
  leftIndent?: number;
  firstLineIndent?: number;
  story: string;
  body: BodyNode;
  /** Tables containing the paragraph, outermost first. */
  tables: TableNode[];
  cc?: ContentControlNode;
  /** Row and column in the innermost table (the fake's tables are a single cell body otherwise). */
  cell?: { row: number; column: number };
  /** Inline pictures in the paragraph (Word reports no text for them). */
  pictures?: number;
}

export interface ParaSpec {
  /** Inline pictures in the paragraph. */
  pictures?: number;
  text: string;
  /** Tracked changes and merged cells: see ParaNode. */
  shown?: string;
  deleted?: boolean;
  /** Hidden substrings of `text`: see ParaNode. */
  hidden?: string[];
  mergedCell?: boolean;
  /** Row and column in the innermost table, for table paragraphs. */
  cell?: { row: number; column: number };
  styleBuiltIn?: string;
  style?: string;
  outlineLevel?: number;
  listString?: string;
  /** Member of a numbered list: see ParaNode. */
  list?: { id: number; level: number };
  leftIndent?: number;
  firstLineIndent?: number;
  cc?: ContentControlNode;
}

export type Spec = string | ParaSpec | { table: Spec[] };

const LOCALIZED: Record<string, string> = {
  Normal: '正文',
  Heading1: '标题 1',
  Heading2: '标题 2',
  Heading3: '标题 3',
  Heading4: '标题 4',
};

interface Selection {
  story: string;
  start: ParaNode;
  end: ParaNode;
  empty: boolean;
  /** Where the selection starts in `start`'s text and ends in `end`'s (UTF-16); absent: the paragraphs' own start and end. */
  startOffset?: number;
  endOffset?: number;
}

export interface FakeOptions {
  /** WordApi 1.4 present (getReviewedText); defaults to api16. */
  api14?: boolean;
  /** WordApi 1.7 present (Paragraph.getText without hidden and deleted text); implies 1.6. */
  api17?: boolean;
  /** WordApiDesktop 1.2 present (Font.hidden). */
  desktop12?: boolean;
  /** Office.context.diagnostics.platform ("PC", "Mac", "OfficeOnline"); '' = not reported. */
  platform?: string;
  /** Word on the web: loading the list string of a tracked-deleted list paragraph throws. */
  deletedListStringThrows?: boolean;
  /** WordApi 1.6 present (uniqueLocalId, getParagraphByUniqueLocalId). */
  api16?: boolean;
  /** WordApi 1.3 present; without it every 1.3 member the gateway could use fails at sync (ApiNotFound). */
  api13?: boolean;
  /** WordApi 1.1 present (false: a Word without the Word JavaScript API, e.g. Word 2013). */
  api11?: boolean;
  /** Office.context.document.mode is ReadOnly. */
  readOnly?: boolean;
  /** Restricted editing: every write fails with AccessDenied at sync. */
  protectedDoc?: boolean;
  /** The host rejects loading uniqueLocalId (no Microsoft 365 subscription). */
  rejectUniqueLocalId?: boolean;
  /** The host rejects loading listItemOrNullObject through the collection's load options. */
  rejectNestedListLoad?: boolean;
  /**
   * Fail the n-th write operation (1-based, counted over the document's life) with
   * GeneralException, like Word failing part-way through a batch: the operations before it stay
   * applied, the ones after it in the batch are dropped.
   */
  failWriteAt?: number;
  /** Every write fails with this code (e.g. Word's Viewing mode, where `mode` still says readWrite). */
  writeErrorCode?: string;
  /** attachToList fails at sync with this code (a host that refuses it: "This command is not available"). */
  attachToListError?: string;
  /** The number form of each level of each list id (default: 一、 （一） 1. （1）). */
  lists?: Record<number, MarkerKind[]>;
}

const DEFAULT_LIST_KINDS: MarkerKind[] = ['cn-dun', 'cn-paren', 'arabic-dot', 'arabic-paren'];

/** Is the paragraph a list item (fixed list string or list member)? */
export function isListNode(n: ParaNode): boolean {
  return n.listString !== undefined || n.list !== undefined;
}

let uidCounter = 0;
function newUid(): string {
  uidCounter++;
  const hex = uidCounter.toString(16).padStart(12, '0');
  return `0000000${uidCounter % 10}-0000-4000-8000-${hex}`;
}

export class FakeWordDocument {
  readonly options: Required<FakeOptions>;
  readonly stories = new Map<string, ParaNode[]>();
  /** Custom paragraph styles the document defines (every style a paragraph was built with). */
  readonly customStyles = new Set<string>();
  readonly bodies = new Map<string, BodyNode>();
  selection: Selection;
  /** Total syncs over all Word.run calls. */
  syncs = 0;
  /** Syncs of each Word.run call. */
  runs: number[] = [];
  /** Every search: the string Word received and its options. */
  searches: Array<{ text: string; options: Record<string, unknown> }> = [];
  /** The paragraph last selected by the add-in. */
  selected?: ParaNode;
  /** Document settings as saved into the file (Office.context.document.settings after saveAsync). */
  readonly settings = new Map<string, unknown>();
  /** Settings set but not yet saved. */
  readonly pendingSettings = new Map<string, unknown>();
  /** The words last selected by the add-in inside one paragraph (offsets in its text), if a range was. */
  selectedSpan?: { paragraph: ParaNode; start: number; length: number };
  /** Paragraph event handlers the add-in registered (WordApi 1.6), by event name. */
  readonly handlers = new Map<string, Set<(args: { uniqueLocalIds: string[] }) => unknown>>();
  /** Selection-change handlers the add-in registered through the host (the non-1.6 fallback). */
  readonly selectionHandlers = new Set<() => void>();
  private tableCounter = 0;

  constructor(specs: Spec[] = [], options: FakeOptions = {}) {
    this.options = {
      api13: true,
      api11: true,
      readOnly: false,
      protectedDoc: false,
      rejectUniqueLocalId: false,
      deletedListStringThrows: false,
      rejectNestedListLoad: false,
      failWriteAt: 0,
      writeErrorCode: '',
      attachToListError: '',
      lists: {},
      api17: false,
      desktop12: false,
      platform: '',
      ...options,
      api16: options.api16 ?? options.api17 ?? false,
      api14: options.api14 ?? options.api16 ?? options.api17 ?? false,
    };
    this.addStory('main', 'MainDoc', specs.length ? specs : ['']);
    const main = this.story('main');
    this.selection = { story: 'main', start: main[0], end: main[0], empty: true };
  }

  addStory(name: string, type: StoryKind, specs: Spec[]): this {
    const body: BodyNode = { type };
    this.bodies.set(name, body);
    const list: ParaNode[] = [];
    this.stories.set(name, list);
    this.build(specs, name, body, [], list);
    return this;
  }

  private build(specs: Spec[], story: string, body: BodyNode, tables: TableNode[], out: ParaNode[]): void {
    for (const spec of specs) {
      if (typeof spec === 'object' && 'table' in spec) {
        const parentTable = tables[tables.length - 1];
        const table: TableNode = {
          id: ++this.tableCounter,
          parentTable,
          body,
          cellBody: { type: 'TableCell', parent: body },
        };
        this.build(spec.table, story, table.cellBody, [...tables, table], out);
        continue;
      }
      const p: ParaSpec = typeof spec === 'string' ? { text: spec } : spec;
      const styleBuiltIn = p.styleBuiltIn ?? (p.style ? 'Other' : 'Normal');
      if (styleBuiltIn === 'Other' && p.style) this.customStyles.add(p.style);
      out.push({
        uid: newUid(),
        text: p.text,
        styleBuiltIn,
        style: p.style ?? LOCALIZED[styleBuiltIn] ?? styleBuiltIn,
        outlineLevel: p.outlineLevel ?? (styleBuiltIn.startsWith('Heading') ? Number(styleBuiltIn.slice(7)) : 10),
        listString: p.listString,
        ...(p.list ? { list: { ...p.list } } : {}),
        ...(p.leftIndent !== undefined ? { leftIndent: p.leftIndent } : {}),
        ...(p.firstLineIndent !== undefined ? { firstLineIndent: p.firstLineIndent } : {}),
        story,
        body,
        tables,
        cc: p.cc,
        pictures: p.pictures,
        cell: tables.length ? (p.cell ?? { row: 0, column: 0 }) : undefined,
        ...(p.shown !== undefined ? { shown: p.shown } : {}),
        ...(p.deleted ? { deleted: true, shown: '' } : {}),
        ...(p.mergedCell ? { mergedCell: true } : {}),
        ...(p.hidden ? { hidden: p.hidden } : {}),
      });
    }
  }

  story(name = 'main'): ParaNode[] {
    const s = this.stories.get(name);
    if (!s) throw new Error(`no story ${name}`);
    return s;
  }

  /** The paragraphs' texts of a story. */
  texts(name = 'main'): string[] {
    return this.story(name).map((p) => p.text);
  }

  find(text: string, name = 'main'): ParaNode {
    const p = this.story(name).find((n) => n.text === text);
    if (!p) throw new Error(`no paragraph "${text}"`);
    return p;
  }

  /** Put a collapsed cursor into a paragraph (at `offset` in its text when given). */
  cursor(p: ParaNode, offset?: number): this {
    this.selection = { story: p.story, start: p, end: p, empty: true, ...(offset !== undefined ? { startOffset: offset, endOffset: offset } : {}) };
    return this;
  }

  /** Select from one paragraph to another (non-empty selection). */
  select(start: ParaNode, end: ParaNode = start): this {
    this.selection = { story: start.story, start, end, empty: false };
    return this;
  }

  /**
   * The writer types: the paragraph's text becomes `text`, then Word fires ParagraphChanged
   * (1.6 handlers) and a selection change (fallback handlers).
   */
  type(p: ParaNode, text: string): void {
    p.text = text;
    for (const h of this.handlers.get('onParagraphChanged') ?? []) void h({ uniqueLocalIds: [p.uid] });
    for (const h of this.selectionHandlers) h();
  }

  /** A snapshot to compare before/after. */
  snapshot(): string {
    return JSON.stringify(
      [...this.stories.entries()].map(([k, v]) => [k, v.map((p) => [p.text, p.styleBuiltIn, this.listStringOf(p) ?? null, p.list?.level ?? null, p.leftIndent ?? null])]),
    );
  }

  /** The number Word shows in front of the paragraph: its fixed listString, or its list number now. */
  listStringOf(n: ParaNode): string | undefined {
    if (!n.list) return n.listString;
    const kinds = this.options.lists[n.list.id] ?? DEFAULT_LIST_KINDS;
    const counts: number[] = [];
    for (const p of this.story(n.story)) {
      if (!p.list || p.list.id !== n.list.id) continue;
      const l = p.list.level;
      counts[l] = (counts[l] ?? 0) + 1;
      counts.length = l + 1;
      if (p === n) break;
    }
    return formatMarker(kinds[n.list.level] ?? 'arabic-dot', counts[n.list.level] ?? 1);
  }

  /** The list numbers Word shows in a story, one per paragraph ('' for none). */
  listStrings(name = 'main'): string[] {
    return this.story(name).map((p) => this.listStringOf(p) ?? '');
  }

  selectionParagraphs(): ParaNode[] {
    const list = this.story(this.selection.story);
    const a = list.indexOf(this.selection.start);
    const b = list.indexOf(this.selection.end);
    return list.slice(a, b + 1);
  }

  insertAfter(anchor: ParaNode, node: ParaNode): void {
    const list = this.story(anchor.story);
    list.splice(list.indexOf(anchor) + 1, 0, node);
  }

  /** Write operations that ran (successful or not). */
  writes = 0;

  write(): void {
    if (this.options.readOnly || this.options.protectedDoc) throw new FakeOfficeError('AccessDenied');
    if (this.options.writeErrorCode) throw new FakeOfficeError(this.options.writeErrorCode);
    this.writes++;
    if (this.writes === this.options.failWriteAt) throw new FakeOfficeError('GeneralException', 'injected failure');
  }

  /** The OfficeHost the gateway is constructed with. */
  host(): OfficeHost & { contexts: FakeContext[] } {
    const doc = this;
    const contexts: FakeContext[] = [];
    return {
      contexts,
      async run<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T> {
        const ctx = new FakeContext(doc);
        contexts.push(ctx);
        try {
          return await batch(ctx as unknown as Word.RequestContext);
        } finally {
          doc.runs.push(ctx.syncCount);
        }
      },
      isSetSupported(name: string, version: string): boolean {
        if (name === 'WordApiDesktop') return doc.options.desktop12 && Number(version) <= 1.2;
        if (name !== 'WordApi') return false;
        const v = Number(version);
        if (v <= 1.2) return doc.options.api11;
        if (v <= 1.3) return doc.options.api11 && doc.options.api13;
        if (v <= 1.4) return doc.options.api11 && doc.options.api13 && doc.options.api14;
        if (v <= 1.6) return doc.options.api11 && doc.options.api13 && doc.options.api16;
        if (v <= 1.7) return doc.options.api11 && doc.options.api13 && doc.options.api16 && doc.options.api17;
        return false;
      },
      diagnostics: () => (doc.options.platform ? { version: '16.0.0.0', platform: doc.options.platform } : undefined),
      isReadOnly: () => doc.options.readOnly,
      settings: () => ({
        get: (name: string) => (doc.settings.has(name) ? doc.settings.get(name) : null),
        set: (name: string, value: unknown) => {
          doc.pendingSettings.set(name, JSON.parse(JSON.stringify(value)));
        },
        saveAsync: (callback: (r: { status: string }) => void) => {
          if (doc.options.protectedDoc) return callback({ status: 'failed' });
          for (const [k, v] of doc.pendingSettings) {
            if (v === null) doc.settings.delete(k);
            else doc.settings.set(k, v);
          }
          doc.pendingSettings.clear();
          callback({ status: 'succeeded' });
        },
      }),
      onSelectionChanged(handler: () => void): () => void {
        doc.selectionHandlers.add(handler);
        return () => doc.selectionHandlers.delete(handler);
      },
    };
  }
}

// ---------------------------------------------------------------- proxies

type Op = () => void;

export class FakeContext {
  syncCount = 0;
  queue: Op[] = [];
  readonly document: FakeDocumentProxy;
  constructor(readonly doc: FakeWordDocument) {
    this.document = new FakeDocumentProxy(this);
  }
  async sync(): Promise<void> {
    this.syncCount++;
    this.doc.syncs++;
    const ops = this.queue;
    this.queue = [];
    for (const op of ops) op(); // the first failing op rejects the sync; later ops are dropped
  }
}

/** Parse load arguments into a set of scalar names and nested navigation options. */
function parseLoad(arg: unknown): { scalars: string[]; nested: Record<string, unknown>; top?: number; skip?: number } {
  const scalars: string[] = [];
  const nested: Record<string, unknown> = {};
  let top: number | undefined;
  let skip: number | undefined;
  if (typeof arg === 'string') {
    for (const raw of arg.split(',')) {
      const name = raw.trim().replace(/^items\//, '');
      if (!name) continue;
      const slash = name.indexOf('/');
      if (slash > 0) {
        const head = name.slice(0, slash);
        const prev = (nested[head] as string | undefined) ?? '';
        nested[head] = prev ? `${prev},${name.slice(slash + 1)}` : name.slice(slash + 1);
      } else scalars.push(name);
    }
  } else if (Array.isArray(arg)) {
    return parseLoad(arg.join(','));
  } else if (arg && typeof arg === 'object') {
    for (const [k, v] of Object.entries(arg as Record<string, unknown>)) {
      if (k === '$top') top = v as number;
      else if (k === '$skip') skip = v as number;
      else if (v === true) scalars.push(k);
      else if (v && typeof v === 'object') nested[k] = v;
    }
  }
  return { scalars, nested, top, skip };
}

abstract class FakeProxy<N> {
  protected readonly loaded = new Set<string>();
  protected readonly values: Record<string, unknown> = {};
  protected readonly children = new Map<string, FakeProxy<unknown>>();
  /** Resolved at sync time; `null` means a null object. */
  constructor(
    readonly ctx: FakeContext,
    protected readonly resolver: () => N | null,
    readonly orNull: boolean,
  ) {}

  protected node(): N {
    const n = this.resolver();
    if (n === null) throw new FakeOfficeError('ItemNotFound');
    return n;
  }

  protected get<T>(name: string): T {
    if (!this.loaded.has(name)) {
      throw new FakeOfficeError('PropertyNotLoaded', `The property '${name}' is not available. Load it and call context.sync() first.`);
    }
    return this.values[name] as T;
  }

  get isNullObject(): boolean {
    return this.get<boolean>('isNullObject');
  }

  protected abstract readScalar(node: N, name: string): unknown;

  /** Fill loaded values now (called from a sync op). */
  fill(scalars: string[], nested: Record<string, unknown>): void {
    const n = this.resolver();
    if (n === null) {
      if (!this.orNull) throw new FakeOfficeError('ItemNotFound');
      this.values.isNullObject = true;
      this.loaded.add('isNullObject');
      return;
    }
    this.values.isNullObject = false;
    this.loaded.add('isNullObject');
    for (const s of scalars) {
      if (API13_SCALARS.includes(s) && !this.ctx.doc.options.api13) throw new FakeOfficeError('ApiNotFound', `${s} needs WordApi 1.3`);
      this.values[s] = this.readScalar(n, s);
      this.loaded.add(s);
    }
    for (const [k, v] of Object.entries(nested)) {
      const child = (this as unknown as Record<string, FakeProxy<unknown>>)[k];
      if (!(child instanceof FakeProxy)) throw new FakeOfficeError('InvalidArgument', `cannot load ${k}`);
      const parsed = parseLoad(v);
      child.fill(parsed.scalars, parsed.nested);
    }
  }

  load(arg?: unknown): this {
    const { scalars, nested } = parseLoad(arg);
    this.ctx.queue.push(() => this.fill(scalars, nested));
    return this;
  }

  protected child<P extends FakeProxy<unknown>>(key: string, make: () => P): P {
    let c = this.children.get(key) as P | undefined;
    if (!c) {
      c = make();
      this.children.set(key, c);
    }
    return c;
  }
}

/** WordApi 1.3 members: on a host without 1.3 the sync fails, as Word fails on an unknown API. */
const API13_SCALARS = ['styleBuiltIn', 'isListItem', 'tableNestingLevel'];
function need13(ctx: FakeContext, what: string): void {
  if (!ctx.doc.options.api13) ctx.queue.push(() => {
    throw new FakeOfficeError('ApiNotFound', `${what} needs WordApi 1.3`);
  });
}

function lift<A, B>(r: () => A | null, f: (a: A) => B | null | undefined): () => B | null {
  return () => {
    const a = r();
    if (a === null) return null;
    return f(a) ?? null;
  };
}

function nonNull<A>(r: () => A | null): () => A | null {
  return () => {
    const a = r();
    if (a === null) throw new FakeOfficeError('ItemNotFound');
    return a;
  };
}

class FakeDocumentProxy {
  constructor(private readonly ctx: FakeContext) {}
  get body(): FakeBody {
    return new FakeBody(this.ctx, () => ({ story: 'main', body: this.ctx.doc.bodies.get('main') as BodyNode }), false);
  }
  getSelection(): FakeRange {
    return new FakeRange(this.ctx, () => {
      const s = this.ctx.doc.selection;
      return { story: s.story, start: s.start, end: s.end, empty: s.empty, startOffset: s.startOffset, endOffset: s.endOffset };
    }, false);
  }
  get onParagraphChanged() {
    return this.events('onParagraphChanged');
  }
  get onParagraphAdded() {
    return this.events('onParagraphAdded');
  }
  get onParagraphDeleted() {
    return this.events('onParagraphDeleted');
  }
  /** Word 1.6 event handlers: add() registers at the next sync; remove() unregisters at the sync after. */
  private events(name: string) {
    const doc = this.ctx.doc;
    const ctx = this.ctx;
    return {
      add(handler: (args: { uniqueLocalIds: string[] }) => unknown) {
        ctx.queue.push(() => {
          if (!doc.options.api16) throw new FakeOfficeError('ApiNotFound');
          let set = doc.handlers.get(name);
          if (!set) doc.handlers.set(name, (set = new Set()));
          set.add(handler);
        });
        return {
          context: ctx,
          remove() {
            ctx.queue.push(() => doc.handlers.get(name)?.delete(handler));
          },
        };
      },
    };
  }
  getParagraphByUniqueLocalId(id: string): FakeParagraph {
    const doc = this.ctx.doc;
    return new FakeParagraph(this.ctx, () => {
      if (!doc.options.api16) throw new FakeOfficeError('ApiNotFound');
      for (const list of doc.stories.values()) {
        const p = list.find((n) => n.uid === id);
        if (p) return p;
      }
      throw new FakeOfficeError('ItemNotFound');
    }, false);
  }
}

interface BodyRef {
  story: string;
  body: BodyNode;
}

/** A ClientResult: `value` readable after the sync that filled it. */
export class FakeClientResult<T> {
  private filled = false;
  private v?: T;
  constructor(ctx: FakeContext, compute: () => T) {
    ctx.queue.push(() => {
      this.v = compute();
      this.filled = true;
    });
  }
  get value(): T {
    if (!this.filled) throw new FakeOfficeError('ValueNotLoaded');
    return this.v as T;
  }
}

/** What getReviewedText gives for one paragraph (WordApi 1.4). */
function reviewed(doc: FakeWordDocument, p: ParaNode, version: string): string {
  if (!doc.options.api14) throw new FakeOfficeError('ApiNotFound');
  return version === 'Original' ? p.text : (p.shown ?? p.text);
}

class FakeBody extends FakeProxy<BodyRef> {
  /** Body.getReviewedText (WordApi 1.4): deleted paragraphs are gone from the Current text. */
  getReviewedText(version: string): FakeClientResult<string> {
    const doc = this.ctx.doc;
    return new FakeClientResult(this.ctx, () => {
      const b = this.node();
      return doc
        .story(b.story)
        .filter((p) => version === 'Original' || !p.deleted)
        .map((p) => reviewed(doc, p, version))
        .join('\r');
    });
  }

  protected readScalar(n: BodyRef, name: string): unknown {
    if (name === 'type') return n.body.type;
    if (name === 'text') return this.ctx.doc.story(n.story).map((p) => p.text).join('\r');
    throw new FakeOfficeError('InvalidArgument', `Body.${name}`);
  }
  get text(): string {
    return this.get('text');
  }
  get type(): string {
    return this.get('type');
  }
  /** Body.font (WordApi 1.1); its `hidden` needs WordApiDesktop 1.2. */
  get font(): FakeFont {
    return this.child('font', () => new FakeFont(this.ctx, lift(this.resolver, (b) => this.ctx.doc.story(b.story).filter((p) => b.body.type !== 'TableCell' || p.body === b.body)), false));
  }
  get paragraphs(): FakeParagraphCollection {
    return this.child('paragraphs', () => new FakeParagraphCollection(this.ctx, lift(this.resolver, (b) => {
      const list = this.ctx.doc.story(b.story);
      return b.body.type === 'TableCell' ? list.filter((p) => p.body === b.body) : list;
    })));
  }
  get parentBodyOrNullObject(): FakeBody {
    return this.child('parentBodyOrNullObject', () =>
      new FakeBody(this.ctx, lift(this.resolver, (b) => (b.body.parent ? { story: b.story, body: b.body.parent } : null)), true),
    );
  }
  get parentBody(): FakeBody {
    return this.child('parentBody', () =>
      new FakeBody(this.ctx, nonNull(lift(this.resolver, (b) => (b.body.parent ? { story: b.story, body: b.body.parent } : null))), false),
    );
  }
  getRange(location?: string): FakeRange {
    need13(this.ctx, 'Body.getRange');
    return new FakeRange(this.ctx, lift(this.resolver, (b) => {
      const list = this.ctx.doc.story(b.story);
      if (location === 'Start') return { story: b.story, start: list[0], end: list[0], empty: true };
      if (location === 'End') return { story: b.story, start: list[list.length - 1], end: list[list.length - 1], empty: true };
      return { story: b.story, start: list[0], end: list[list.length - 1], empty: false, whole: true };
    }), false);
  }
  /** WordApi 1.1: a new paragraph at the start or end of the body (plain Normal text). */
  insertParagraph(text: string, location: string): FakeParagraph {
    let created: ParaNode | null = null;
    this.ctx.queue.push(() => {
      if (location !== 'End' && location !== 'Start') throw new FakeOfficeError('InvalidArgument');
      this.ctx.doc.write();
      const b = this.node();
      const list = this.ctx.doc.story(b.story);
      const anchor = location === 'End' ? list[list.length - 1] : list[0];
      created = { ...anchor, uid: newUid(), text, body: b.body, style: LOCALIZED.Normal, styleBuiltIn: "Normal", outlineLevel: 10, listString: undefined, list: undefined, tables: [], cell: undefined, cc: undefined };
      if (location === 'End') list.push(created);
      else list.unshift(created);
    });
    return new FakeParagraph(this.ctx, () => created, false);
  }
  search(text: string, options: Record<string, unknown> = {}): FakeRangeCollection {
    const doc = this.ctx.doc;
    doc.searches.push({ text, options });
    return new FakeRangeCollection(this.ctx, lift(this.resolver, (b) => {
      if (text.length > 255) throw new FakeOfficeError('SearchStringInvalidOrTooLong');
      const literal = unescapeSearch(text, Boolean(options.matchWildcards));
      if (literal === null) return [];
      const matchCase = Boolean(options.matchCase);
      const hits: RangeRef[] = [];
      for (const p of doc.story(b.story)) {
        const hay = matchCase ? p.text : p.text.toLowerCase();
        const needle = matchCase ? literal : literal.toLowerCase();
        let from = 0;
        while (needle && (from = hay.indexOf(needle, from)) >= 0) {
          hits.push({ story: b.story, start: p, end: p, empty: false, text: p.text.slice(from, from + needle.length), offset: from });
          from += needle.length;
        }
      }
      return hits;
    }));
  }
}

/**
 * What Word's non-wildcard search would look for: `^^` is a caret; any other `^x` is a special
 * code (paragraph mark, tab, any letter …) that paragraph text never contains literally, so the
 * fake treats it as matching nothing (null).
 */
function unescapeSearch(text: string, wildcards: boolean): string | null {
  if (wildcards) return null; // not modelled
  let out = '';
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '^') {
      if (text[i + 1] === '^') {
        out += '^';
        i++;
      } else return null;
    } else out += text[i];
  }
  return out;
}

interface RangeRef {
  story: string;
  start: ParaNode;
  end: ParaNode;
  empty: boolean;
  text?: string;
  whole?: boolean;
  /** A search hit inside one paragraph: where it starts in that paragraph's text. */
  offset?: number;
  /** Where the range starts in `start`'s text and ends in `end`'s (absent: the paragraph's start / end). */
  startOffset?: number;
  endOffset?: number;
}

/** Where a range starts in its first paragraph's text and ends in its last's. */
function rangeOffsets(n: RangeRef): { from: number; to: number } {
  if (n.offset !== undefined && n.text !== undefined) return { from: n.offset, to: n.offset + n.text.length };
  return { from: n.startOffset ?? 0, to: n.endOffset ?? (n.empty ? (n.startOffset ?? 0) : n.end.text.length) };
}

class FakeRange extends FakeProxy<RangeRef> {
  protected readScalar(n: RangeRef, name: string): unknown {
    if (name === 'isEmpty') return n.empty;
    if (name === 'text') {
      if (n.text !== undefined) return n.text;
      if (n.empty) return '';
      if (n.startOffset === undefined && n.endOffset === undefined) return this.paragraphsOf(n).map((p) => p.text).join('\r');
      const { from, to } = rangeOffsets(n);
      const ps = this.paragraphsOf(n);
      return ps.map((p, i) => p.text.slice(i === 0 ? from : 0, i === ps.length - 1 ? to : p.text.length)).join('\r');
    }
    throw new FakeOfficeError('InvalidArgument', `Range.${name}`);
  }
  private paragraphsOf(n: RangeRef): ParaNode[] {
    const list = this.ctx.doc.story(n.story);
    return list.slice(list.indexOf(n.start), list.indexOf(n.end) + 1);
  }
  get isEmpty(): boolean {
    return this.get('isEmpty');
  }
  get text(): string {
    return this.get('text');
  }
  get paragraphs(): FakeParagraphCollection {
    return this.child('paragraphs', () => new FakeParagraphCollection(this.ctx, lift(this.resolver, (n) => this.paragraphsOf(n))));
  }
  get parentBody(): FakeBody {
    return this.child('parentBody', () => new FakeBody(this.ctx, lift(this.resolver, (n) => ({ story: n.story, body: n.start.body })), false));
  }
  /** The control containing the whole range: none when its ends lie in different controls. */
  get parentContentControlOrNullObject(): FakeContentControl {
    return this.child('cc', () => new FakeContentControl(this.ctx, lift(this.resolver, (n) => (n.start.cc === n.end.cc ? n.start.cc : null)), true));
  }
  /** The collapsed range at the start or end of this one. */
  getRange(location?: string): FakeRange {
    return new FakeRange(this.ctx, lift(this.resolver, (n) => {
      const { from, to } = rangeOffsets(n);
      if (location === 'Start') return { story: n.story, start: n.start, end: n.start, empty: true, startOffset: from, endOffset: from };
      if (location === 'End') return { story: n.story, start: n.end, end: n.end, empty: true, startOffset: to, endOffset: to };
      return n;
    }), false);
  }
  /** From this range's start to the other's end (same story). */
  expandTo(other: FakeRange): FakeRange {
    return new FakeRange(this.ctx, lift(this.resolver, (n) => {
      const o = (other as unknown as { resolver: () => RangeRef | null }).resolver();
      if (!o || o.story !== n.story) throw new FakeOfficeError('InvalidArgument', 'expandTo');
      return { story: n.story, start: n.start, end: o.end, empty: false, startOffset: rangeOffsets(n).from, endOffset: rangeOffsets(o).to };
    }), false);
  }
  get parentTableOrNullObject(): FakeTable {
    return this.child('table', () => new FakeTable(this.ctx, lift(this.resolver, (n) => n.start.tables[n.start.tables.length - 1]), true));
  }
  compareLocationWith(other: FakeRange): { value: string } {
    const result = { value: '' };
    let ready = false;
    this.ctx.queue.push(() => {
      const a = this.node();
      const b = other.node();
      ready = true;
      if (a.story !== b.story) result.value = 'Unrelated';
      else if (b.whole) result.value = 'Inside';
      else result.value = a.start === b.start ? 'Equal' : 'Before';
    });
    return {
      get value(): string {
        if (!ready) throw new FakeOfficeError('ValueNotLoaded');
        return result.value;
      },
    };
  }
  select(_mode?: string): void {
    this.ctx.queue.push(() => {
      const n = this.node();
      this.ctx.doc.selected = n.start;
      const { from, to } = rangeOffsets(n);
      this.ctx.doc.selection = { story: n.story, start: n.start, end: n.end, empty: false, startOffset: from, endOffset: to };
      this.ctx.doc.selectedSpan =
        n.offset !== undefined && n.text !== undefined ? { paragraph: n.start, start: n.offset, length: n.text.length } : undefined;
    });
  }
  /**
   * Text into a search hit (a range inside one paragraph): Replace, Before or After it. The hit
   * must still hold its text (the fake does not track ranges through edits; the add-in edits a
   * paragraph from its end backwards, so it never needs to).
   */
  insertText(text: string, location: string): void {
    this.ctx.queue.push(() => {
      this.ctx.doc.write();
      const n = this.node();
      if (n.offset === undefined || n.text === undefined) throw new FakeOfficeError('NotImplemented', 'insertText on this range');
      const p = n.start;
      if (p.text.slice(n.offset, n.offset + n.text.length) !== n.text) throw new FakeOfficeError('InvalidArgument', 'stale range');
      const end = n.offset + n.text.length;
      if (location === 'Replace') p.text = p.text.slice(0, n.offset) + text + p.text.slice(end);
      else if (location === 'After' || location === 'End') p.text = p.text.slice(0, end) + text + p.text.slice(end);
      else if (location === 'Before' || location === 'Start') p.text = p.text.slice(0, n.offset) + text + p.text.slice(n.offset);
      else throw new FakeOfficeError('InvalidArgument');
    });
  }
  delete(): void {
    this.insertText('', 'Replace');
  }
}

class FakeRangeCollection extends FakeProxy<RangeRef[]> {
  private itemProxies?: FakeRange[];
  constructor(ctx: FakeContext, resolver: () => RangeRef[] | null) {
    super(ctx, resolver, false);
  }
  protected readScalar(): unknown {
    throw new FakeOfficeError('InvalidArgument');
  }
  override load(arg?: unknown): this {
    const { scalars } = parseLoad(arg);
    this.ctx.queue.push(() => {
      const refs = this.node();
      this.itemProxies = refs.map((r) => {
        const proxy = new FakeRange(this.ctx, () => r, false);
        proxy.fill(scalars, {});
        return proxy;
      });
      this.loaded.add('items');
    });
    return this;
  }
  get items(): FakeRange[] {
    if (!this.itemProxies) throw new FakeOfficeError('PropertyNotLoaded', 'items');
    return this.itemProxies;
  }
}

class FakeParagraphCollection extends FakeProxy<ParaNode[]> {
  private itemProxies?: FakeParagraph[];
  constructor(ctx: FakeContext, resolver: () => ParaNode[] | null) {
    super(ctx, resolver, false);
  }
  protected readScalar(): unknown {
    throw new FakeOfficeError('InvalidArgument');
  }
  override load(arg?: unknown): this {
    const { scalars, nested, top, skip } = parseLoad(arg);
    const doc = this.ctx.doc;
    this.ctx.queue.push(() => {
      if (scalars.includes('uniqueLocalId') && (!doc.options.api16 || doc.options.rejectUniqueLocalId)) {
        throw new FakeOfficeError('GeneralException', 'uniqueLocalId is not available');
      }
      if (nested.listItemOrNullObject && doc.options.rejectNestedListLoad) {
        throw new FakeOfficeError('InvalidArgument', 'nested load not supported', 'ParagraphCollection.load');
      }
      let nodes = this.node();
      const from = skip ?? 0;
      nodes = nodes.slice(from, top === undefined ? undefined : from + top);
      this.itemProxies = nodes.map((n) => {
        const proxy = new FakeParagraph(this.ctx, () => n, false);
        proxy.fill(scalars, nested);
        return proxy;
      });
    });
    return this;
  }
  get items(): FakeParagraph[] {
    if (!this.itemProxies) throw new FakeOfficeError('PropertyNotLoaded', 'items');
    return this.itemProxies;
  }
  getFirst(): FakeParagraph {
    need13(this.ctx, 'ParagraphCollection.getFirst');
    return new FakeParagraph(this.ctx, lift(this.resolver, (l) => l[0]), false);
  }
  getLast(): FakeParagraph {
    need13(this.ctx, 'ParagraphCollection.getLast');
    return new FakeParagraph(this.ctx, lift(this.resolver, (l) => l[l.length - 1]), false);
  }
}

/** Paragraph.parentTableCellOrNullObject: the cell's row and column (WordApi 1.3). */
class FakeTableCell extends FakeProxy<ParaNode> {
  protected readScalar(n: ParaNode, name: string): unknown {
    if (name === 'rowIndex') return n.cell!.row;
    if (name === 'cellIndex') {
      if (n.mergedCell) throw new FakeOfficeError('GeneralException', 'GeneralException', 'TableCell.cellIndex');
      return n.cell!.column;
    }
    throw new FakeOfficeError('InvalidArgument', `TableCell.${name}`);
  }
  get rowIndex(): number {
    return this.get('rowIndex');
  }
  get cellIndex(): number {
    return this.get('cellIndex');
  }
}

class FakeListItem extends FakeProxy<ParaNode> {
  protected readScalar(n: ParaNode, name: string): unknown {
    if (name === 'listString') {
      if (n.deleted && this.ctx.doc.options.deletedListStringThrows) {
        throw new FakeOfficeError('GeneralException', 'GeneralException', 'ListItem.listString');
      }
      return this.ctx.doc.listStringOf(n);
    }
    if (name === 'level') return n.list?.level ?? 0;
    throw new FakeOfficeError('InvalidArgument', `ListItem.${name}`);
  }
  get listString(): string {
    if (this.loaded.has('isNullObject') && this.values.isNullObject) {
      throw new FakeOfficeError('ItemNotFound', 'null object');
    }
    return this.get('listString');
  }
  get level(): number {
    return this.get('level');
  }
}

/** Word.List: only its id. */
class FakeList extends FakeProxy<ParaNode> {
  protected readScalar(n: ParaNode, name: string): unknown {
    if (name === 'id') return n.list?.id ?? 0;
    throw new FakeOfficeError('InvalidArgument', `List.${name}`);
  }
  get id(): number {
    return this.get('id');
  }
}

class FakeContentControl extends FakeProxy<ContentControlNode> {
  protected readScalar(n: ContentControlNode, name: string): unknown {
    if (name === 'cannotEdit') return n.cannotEdit;
    throw new FakeOfficeError('InvalidArgument', `ContentControl.${name}`);
  }
  get cannotEdit(): boolean {
    return this.get('cannotEdit');
  }
  get parentContentControlOrNullObject(): FakeContentControl {
    return this.child('parent', () => new FakeContentControl(this.ctx, lift(this.resolver, (c) => c.parent), true));
  }
}

class FakeTable extends FakeProxy<TableNode> {
  protected readScalar(n: TableNode, name: string): unknown {
    if (name === 'nestingLevel') {
      let level = 1;
      for (let t = n.parentTable; t; t = t.parentTable) level++;
      return level;
    }
    throw new FakeOfficeError('InvalidArgument', `Table.${name}`);
  }
  get nestingLevel(): number {
    return this.get('nestingLevel');
  }
  get parentTable(): FakeTable {
    return this.child('parentTable', () => new FakeTable(this.ctx, nonNull(lift(this.resolver, (t) => t.parentTable)), false));
  }
  get parentTableOrNullObject(): FakeTable {
    return this.child('parentTableOrNull', () => new FakeTable(this.ctx, lift(this.resolver, (t) => t.parentTable), true));
  }
  insertParagraph(text: string, location: string): FakeParagraph {
    let created: ParaNode | null = null;
    const doc = this.ctx.doc;
    this.ctx.queue.push(() => {
      if (location !== 'After' && location !== 'Before') throw new FakeOfficeError('InvalidArgument');
      doc.write();
      const table = this.node();
      const list = doc.stories.get(
        [...doc.stories.entries()].find(([, ps]) => ps.some((p) => p.tables.includes(table)))?.[0] ?? 'main',
      ) as ParaNode[];
      const inTable = list.filter((p) => p.tables.includes(table));
      const anchor = location === 'After' ? inTable[inTable.length - 1] : inTable[0];
      const outside = anchor.tables.slice(0, anchor.tables.indexOf(table));
      created = {
        uid: newUid(),
        text,
        style: '正文',
        styleBuiltIn: 'Normal',
        outlineLevel: 10,
        story: anchor.story,
        body: table.body,
        tables: outside,
        cc: anchor.cc,
      };
      list.splice(list.indexOf(anchor) + (location === 'After' ? 1 : 0), 0, created);
    });
    return new FakeParagraph(this.ctx, () => created, false);
  }
}

/** Word.Font of a body: `hidden` is true when all its text is hidden, false when none is, null when mixed. */
class FakeFont extends FakeProxy<ParaNode[]> {
  protected readScalar(list: ParaNode[], name: string): unknown {
    if (name !== 'hidden') throw new FakeOfficeError('InvalidArgument', `Font.${name}`);
    if (!this.ctx.doc.options.desktop12) throw new FakeOfficeError('ApiNotFound', 'Font.hidden');
    const withText = list.filter((p) => p.text !== '');
    const hiddenAll = (p: ParaNode) => (p.hidden ?? []).join('') === p.text;
    if (withText.length > 0 && withText.every(hiddenAll)) return true;
    return list.some((p) => (p.hidden ?? []).some((h) => h !== '')) ? null : false;
  }
  get hidden(): boolean {
    return this.get('hidden');
  }
}

export class FakeParagraph extends FakeProxy<ParaNode> {
  constructor(ctx: FakeContext, resolver: () => ParaNode | null, orNull: boolean) {
    super(ctx, resolver, orNull);
  }
  protected readScalar(n: ParaNode, name: string): unknown {
    switch (name) {
      case 'text':
        return n.text;
      case 'style':
        return n.style;
      case 'styleBuiltIn':
        return n.styleBuiltIn;
      case 'outlineLevel':
        return n.outlineLevel;
      case 'isListItem':
        return isListNode(n);
      case 'leftIndent':
        return n.leftIndent ?? 0;
      case 'firstLineIndent':
        return n.firstLineIndent ?? 0;
      case 'tableNestingLevel':
        return n.tables.length;
      case 'uniqueLocalId':
        if (!this.ctx.doc.options.api16) throw new FakeOfficeError('GeneralException');
        return n.uid;
      default:
        throw new FakeOfficeError('InvalidArgument', `Paragraph.${name}`);
    }
  }
  get text(): string {
    return this.get('text');
  }
  /** Paragraph.getReviewedText (WordApi 1.4). */
  getReviewedText(version: string): FakeClientResult<string> {
    return new FakeClientResult(this.ctx, () => reviewed(this.ctx.doc, this.node(), version));
  }
  /** Paragraph.getText (WordApi 1.7): by default without hidden text and text marked as deleted. */
  getText(options: { includeHiddenText?: boolean; includeTextMarkedAsDeleted?: boolean; IncludeHiddenText?: boolean; IncludeTextMarkedAsDeleted?: boolean } = {}): FakeClientResult<string> {
    return new FakeClientResult(this.ctx, () => {
      if (!this.ctx.doc.options.api17) throw new FakeOfficeError('ApiNotFound', 'Paragraph.getText');
      const n = this.node();
      const withDeleted = options.includeTextMarkedAsDeleted ?? options.IncludeTextMarkedAsDeleted ?? false;
      const withHidden = options.includeHiddenText ?? options.IncludeHiddenText ?? false;
      let text = withDeleted ? n.text : (n.shown ?? n.text);
      if (!withHidden) for (const h of n.hidden ?? []) text = text.split(h).join('');
      return text;
    });
  }
  get style(): string {
    return this.get('style');
  }
  get styleBuiltIn(): string {
    return this.get('styleBuiltIn');
  }
  set styleBuiltIn(value: string) {
    need13(this.ctx, 'Paragraph.styleBuiltIn');
    this.ctx.queue.push(() => {
      this.ctx.doc.write();
      const n = this.node();
      n.styleBuiltIn = value;
      n.style = LOCALIZED[value] ?? value;
      const m = /^Heading(\d)$/.exec(value);
      n.outlineLevel = m ? Number(m[1]) : 10;
    });
  }
  /** Setting a style by its (localized) name, WordApi 1.1. Unknown names fail like Word's. */
  set style(value: string) {
    this.ctx.queue.push(() => {
      this.ctx.doc.write();
      // A built-in style by its localized name, or a custom style the document has (its paragraphs use it).
      const custom = this.ctx.doc.customStyles.has(value);
      const builtIn = Object.keys(LOCALIZED).find((k) => LOCALIZED[k] === value || k === value.replace(/\s+/g, '')) ?? (custom ? 'Other' : undefined);
      if (!builtIn) throw new FakeOfficeError('ItemNotFound', `style ${value}`);
      const n = this.node();
      n.style = value;
      n.styleBuiltIn = builtIn;
      const m = /^Heading(\d)$/.exec(builtIn);
      n.outlineLevel = m ? Number(m[1]) : 10;
    });
  }
  get outlineLevel(): number {
    return this.get('outlineLevel');
  }
  get isListItem(): boolean {
    return this.get('isListItem');
  }
  get tableNestingLevel(): number {
    return this.get('tableNestingLevel');
  }
  get uniqueLocalId(): string {
    return this.get('uniqueLocalId');
  }
  get listItemOrNullObject(): FakeListItem {
    return this.child('listItemOrNullObject', () =>
      new FakeListItem(this.ctx, lift(this.resolver, (p) => (isListNode(p) ? p : null)), true),
    );
  }
  get parentTableCellOrNullObject(): FakeTableCell {
    return this.child('parentTableCellOrNull', () => new FakeTableCell(this.ctx, lift(this.resolver, (p) => (p.cell ? p : null)), true));
  }
  get listItem(): FakeListItem {
    return this.child('listItem', () =>
      new FakeListItem(this.ctx, nonNull(lift(this.resolver, (p) => (isListNode(p) ? p : null))), false),
    );
  }
  get parentTable(): FakeTable {
    return this.child('parentTable', () =>
      new FakeTable(this.ctx, nonNull(lift(this.resolver, (p) => p.tables[p.tables.length - 1])), false),
    );
  }
  get parentTableOrNullObject(): FakeTable {
    return this.child('parentTableOrNull', () =>
      new FakeTable(this.ctx, lift(this.resolver, (p) => p.tables[p.tables.length - 1]), true),
    );
  }
  get parentBody(): FakeBody {
    return this.child('parentBody', () => new FakeBody(this.ctx, lift(this.resolver, (p) => ({ story: p.story, body: p.body })), false));
  }
  insertParagraph(text: string, location: string): FakeParagraph {
    let created: ParaNode | null = null;
    this.ctx.queue.push(() => {
      if (location !== 'After' && location !== 'Before') throw new FakeOfficeError('InvalidArgument');
      this.ctx.doc.write();
      const anchor = this.node();
      // Like Word: the new paragraph takes the anchor's formatting, list membership included.
      created = { ...anchor, uid: newUid(), text };
      const list = this.ctx.doc.story(anchor.story);
      list.splice(list.indexOf(anchor) + (location === 'After' ? 1 : 0), 0, created);
    });
    return new FakeParagraph(this.ctx, () => created, false);
  }
  insertText(text: string, location: string): void {
    this.ctx.queue.push(() => {
      this.ctx.doc.write();
      const n = this.node();
      if (location === 'Start') n.text = text + n.text;
      else if (location === 'End') n.text = n.text + text;
      else if (location === 'Replace') n.text = text;
      else throw new FakeOfficeError('InvalidArgument');
    });
  }
  get inlinePictures(): FakeInlinePictures {
    return this.child('inlinePictures', () => new FakeInlinePictures(this.ctx, lift(this.resolver, (p) => Array.from({ length: p.pictures ?? 0 }, (_, i) => i))));
  }
  /** Paragraph.getRange (WordApi 1.3): collapsed at its 'Start' or 'End', else the whole paragraph. */
  getRange(location?: string): FakeRange {
    need13(this.ctx, 'Paragraph.getRange');
    return new FakeRange(this.ctx, lift(this.resolver, (p) => {
      if (location === 'Start') return { story: p.story, start: p, end: p, empty: true, startOffset: 0, endOffset: 0 };
      if (location === 'End') return { story: p.story, start: p, end: p, empty: true, startOffset: p.text.length, endOffset: p.text.length };
      return { story: p.story, start: p, end: p, empty: false };
    }), false);
  }
  /** Search inside this paragraph only. */
  search(text: string, options: Record<string, unknown> = {}): FakeRangeCollection {
    const doc = this.ctx.doc;
    doc.searches.push({ text, options });
    return new FakeRangeCollection(this.ctx, lift(this.resolver, (p) => {
      if (text.length > 255) throw new FakeOfficeError('SearchStringInvalidOrTooLong');
      const literal = unescapeSearch(text, Boolean(options.matchWildcards));
      if (literal === null || !literal) return [];
      const matchCase = Boolean(options.matchCase);
      const hay = matchCase ? p.text : p.text.toLowerCase();
      const needle = matchCase ? literal : literal.toLowerCase();
      const hits: RangeRef[] = [];
      for (let from = hay.indexOf(needle); from >= 0; from = hay.indexOf(needle, from + needle.length)) {
        hits.push({ story: p.story, start: p, end: p, empty: false, text: p.text.slice(from, from + needle.length), offset: from });
      }
      return hits;
    }));
  }
  /** Delete the paragraph, its mark included. */
  delete(): void {
    this.ctx.queue.push(() => {
      this.ctx.doc.write();
      const n = this.node();
      const list = this.ctx.doc.story(n.story);
      list.splice(list.indexOf(n), 1);
      if (list.length === 0) list.push({ ...n, uid: newUid(), text: '' });
    });
  }
  detachFromList(): void {
    this.ctx.queue.push(() => {
      this.ctx.doc.write();
      const n = this.node();
      delete n.listString;
      delete n.list;
    });
  }
  /** Paragraph.listOrNullObject (WordApi 1.3): the list it belongs to (id 0 for a fixed list string). */
  get listOrNullObject(): FakeList {
    return this.child('listOrNullObject', () => new FakeList(this.ctx, lift(this.resolver, (p) => (isListNode(p) ? p : null)), true));
  }
  /**
   * Paragraph.attachToList (WordApi 1.3): joins list `listId` at `level`. Fails on a list item and
   * on an unknown list; keeps the paragraph's own indentation (office-js#6524).
   */
  attachToList(listId: number, level: number): FakeList {
    need13(this.ctx, 'Paragraph.attachToList');
    const doc = this.ctx.doc;
    this.ctx.queue.push(() => {
      doc.write();
      if (doc.options.attachToListError) throw new FakeOfficeError(doc.options.attachToListError, 'This command is not available.', 'Paragraph.attachToList');
      const n = this.node();
      if (isListNode(n)) throw new FakeOfficeError('InvalidArgument', 'already a list item', 'Paragraph.attachToList');
      const known = [...doc.stories.values()].some((ps) => ps.some((p) => p.list?.id === listId));
      if (!known || !Number.isInteger(level) || level < 0 || level > 8) throw new FakeOfficeError('InvalidArgument', 'no such list', 'Paragraph.attachToList');
      n.list = { id: listId, level };
    });
    return new FakeList(this.ctx, lift(this.resolver, (p) => p), false);
  }
  get leftIndent(): number {
    return this.get('leftIndent');
  }
  set leftIndent(value: number) {
    this.ctx.queue.push(() => {
      this.ctx.doc.write();
      this.node().leftIndent = value;
    });
  }
  get firstLineIndent(): number {
    return this.get('firstLineIndent');
  }
  set firstLineIndent(value: number) {
    this.ctx.queue.push(() => {
      this.ctx.doc.write();
      this.node().firstLineIndent = value;
    });
  }
  select(_mode?: string): void {
    this.ctx.queue.push(() => {
      const n = this.node();
      this.ctx.doc.selected = n;
      this.ctx.doc.selection = { story: n.story, start: n, end: n, empty: false };
      this.ctx.doc.selectedSpan = undefined;
    });
  }
}

/** Paragraph.inlinePictures: only the count matters to the add-in. */
class FakeInlinePictures extends FakeProxy<number[]> {
  private list?: { width: number }[];
  constructor(ctx: FakeContext, resolver: () => number[] | null) {
    super(ctx, resolver, false);
  }
  protected readScalar(): unknown {
    throw new FakeOfficeError('InvalidArgument');
  }
  override load(_arg?: unknown): this {
    this.ctx.queue.push(() => {
      this.list = this.node().map(() => ({ width: 10 }));
    });
    return this;
  }
  get items(): { width: number }[] {
    if (!this.list) throw new FakeOfficeError('PropertyNotLoaded', 'items');
    return this.list;
  }
}
