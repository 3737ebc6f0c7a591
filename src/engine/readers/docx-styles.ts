/**
 * Styles of a .docx (word/styles.xml): names, w:basedOn chains, heading levels, outline levels,
 * numbering and bold inherited from paragraph and character styles.
 */
import { WordElements, XmlHandler, XmlScanner, XmlTag, intAttr, onOff } from './docx-xml';

interface StyleDef {
  id: string;
  type: string;
  name?: string;
  basedOn?: string;
  /** Raw w:outlineLvl value (0..9). */
  outlineLvl?: number;
  numId?: string;
  ilvl?: number;
  bold?: boolean;
  /** w:vanish in the style's run properties: text in this style is hidden. */
  vanish?: boolean;
}

const MAX_CHAIN = 16;

/** "heading 1" / "Heading 1" / "标题 1" / "标题1" → 1; anything else → undefined. */
export function headingLevelOfName(name: string): number | undefined {
  const m = /^(?:heading|标题)\s*([1-9])$/i.exec(name.trim().replace(/\s+/g, ' '));
  return m ? Number(m[1]) : undefined;
}

export class StyleSheet {
  readonly paragraph = new Map<string, StyleDef>();
  readonly character = new Map<string, StyleDef>();
  /** Numbering styles: id → numId of their w:numPr (for w:numStyleLink). */
  readonly numberingStyleNum = new Map<string, string>();
  defaultParagraph?: StyleDef;
  docDefaultBold?: boolean;
  /** w:vanish in w:docDefaults/w:rPrDefault. */
  docDefaultVanish?: boolean;

  private readonly headingMemo = new Map<string, number | undefined>();
  private readonly vanishMemo = new Map<StyleDef, boolean>();
  /**
   * What each style resolves to through its w:basedOn chain, computed once per style: the body
   * asks for every paragraph and run, and a walk per call made a generator each time (issue 13:
   * a flood of tiny paragraphs allocated some 600 bytes a paragraph here). The sheet is complete
   * before the body is read, so the answers cannot change.
   */
  private readonly outlineMemo = new Map<StyleDef, number | undefined>();
  private readonly numPrMemo = new Map<StyleDef, { numId?: string; ilvl?: number }>();
  private readonly tocMemo = new Map<StyleDef, boolean>();
  private readonly boldMemo = new Map<StyleDef, boolean>();
  private readonly charVanishMemo = new Map<string, boolean | undefined>();
  private readonly charBoldMemo = new Map<string, boolean | undefined>();

  /** Style id to use for a paragraph: its w:pStyle when defined, else the default paragraph style. */
  resolveParagraphStyle(pStyle: string | undefined): StyleDef | undefined {
    if (pStyle !== undefined) {
      const s = this.paragraph.get(pStyle);
      if (s) return s;
    }
    return this.defaultParagraph;
  }

  /** Walk a style and its w:basedOn ancestors (cycle-safe). */
  private *chain(map: Map<string, StyleDef>, start: StyleDef | undefined): Generator<StyleDef> {
    let s = start;
    for (let i = 0; s && i < MAX_CHAIN; i++) {
      yield s;
      s = s.basedOn === undefined ? undefined : map.get(s.basedOn);
    }
  }

  /** Built-in heading level of a paragraph style, following w:basedOn. */
  headingLevel(style: StyleDef | undefined): number | undefined {
    if (!style) return undefined;
    if (this.headingMemo.has(style.id)) return this.headingMemo.get(style.id);
    let level: number | undefined;
    for (const s of this.chain(this.paragraph, style)) {
      level = s.name !== undefined ? headingLevelOfName(s.name) : /^heading([1-9])$/i.test(s.id) ? Number(s.id.slice(-1)) : undefined;
      if (level !== undefined) break;
    }
    this.headingMemo.set(style.id, level);
    return level;
  }

  /** Raw outline level (0..9) from the style chain. */
  outlineLvl(style: StyleDef | undefined): number | undefined {
    if (style === undefined) return undefined;
    if (this.outlineMemo.has(style)) return this.outlineMemo.get(style);
    let level: number | undefined;
    for (const s of this.chain(this.paragraph, style)) {
      if (s.outlineLvl !== undefined) {
        level = s.outlineLvl;
        break;
      }
    }
    this.outlineMemo.set(style, level);
    return level;
  }

  /** Numbering (numId, ilvl) inherited from the style chain; each found independently. */
  numPr(style: StyleDef | undefined): Readonly<{ numId?: string; ilvl?: number }> {
    if (style === undefined) return NO_NUMPR;
    const known = this.numPrMemo.get(style);
    if (known) return known;
    let numId: string | undefined;
    let ilvl: number | undefined;
    for (const s of this.chain(this.paragraph, style)) {
      if (numId === undefined && s.numId !== undefined) numId = s.numId;
      if (ilvl === undefined && s.ilvl !== undefined) ilvl = s.ilvl;
      if (numId !== undefined && ilvl !== undefined) break;
    }
    const found = { numId, ilvl };
    this.numPrMemo.set(style, found);
    return found;
  }

  /** Bold from a paragraph style chain, then the document defaults. */
  paragraphBold(style: StyleDef | undefined): boolean {
    if (style === undefined) return this.docDefaultBold ?? false;
    let bold = this.boldMemo.get(style);
    if (bold === undefined) {
      bold = this.docDefaultBold ?? false;
      for (const s of this.chain(this.paragraph, style)) {
        if (s.bold !== undefined) {
          bold = s.bold;
          break;
        }
      }
      this.boldMemo.set(style, bold);
    }
    return bold;
  }

  /** Hidden (w:vanish) from a paragraph style chain, then the document defaults. */
  paragraphVanish(style: StyleDef | undefined): boolean {
    if (style === undefined) return this.docDefaultVanish ?? false;
    let v = this.vanishMemo.get(style);
    if (v === undefined) {
      v = this.docDefaultVanish ?? false;
      for (const s of this.chain(this.paragraph, style)) {
        if (s.vanish !== undefined) {
          v = s.vanish;
          break;
        }
      }
      this.vanishMemo.set(style, v);
    }
    return v;
  }

  /** Hidden (w:vanish) from a character style chain, or undefined when it says nothing. */
  characterVanish(id: string | undefined): boolean | undefined {
    if (id === undefined) return undefined;
    if (this.charVanishMemo.has(id)) return this.charVanishMemo.get(id);
    let v: boolean | undefined;
    for (const s of this.chain(this.character, this.character.get(id))) {
      if (s.vanish !== undefined) {
        v = s.vanish;
        break;
      }
    }
    this.charVanishMemo.set(id, v);
    return v;
  }

  /**
   * A table-of-contents entry style: Word's built-in "toc 1" … "toc 9" (目录 1 … 目录 9 in Chinese
   * Word; WPS writes the Chinese name), following w:basedOn.
   */
  isTocStyle(style: StyleDef | undefined): boolean {
    if (style === undefined) return false;
    let toc = this.tocMemo.get(style);
    if (toc === undefined) {
      toc = false;
      for (const s of this.chain(this.paragraph, style)) {
        if (s.name !== undefined && /^(?:toc|目录)\s*[1-9]$/i.test(s.name.trim())) {
          toc = true;
          break;
        }
      }
      this.tocMemo.set(style, toc);
    }
    return toc;
  }

  /** Bold from a character style chain, or undefined when it says nothing. */
  characterBold(id: string | undefined): boolean | undefined {
    if (id === undefined) return undefined;
    if (this.charBoldMemo.has(id)) return this.charBoldMemo.get(id);
    let bold: boolean | undefined;
    for (const s of this.chain(this.character, this.character.get(id))) {
      if (s.bold !== undefined) {
        bold = s.bold;
        break;
      }
    }
    this.charBoldMemo.set(id, bold);
    return bold;
  }
}

/** numPr of no style: nothing inherited (shared, never changed). */
const NO_NUMPR: Readonly<{ numId?: string; ilvl?: number }> = Object.freeze({});

/** Read word/styles.xml. */
export function parseStyles(xml: string, scan: XmlScanner): StyleSheet {
  const sheet = new StyleSheet();
  const word = new WordElements();
  let style: StyleDef | undefined;
  let inDocDefaults = false;
  /** Depth of the w:rPr / w:pPr we are in (-1 when none). */
  let rPrDepth = -1;
  let pPrDepth = -1;

  const handler: XmlHandler = {
    wantText: false,
    text() {},
    open(tag: XmlTag) {
      const local = word.open(tag);
      if (local === undefined) return;
      const W = word.W;
      const d = word.level;
      switch (local) {
        case 'docDefaults':
          inDocDefaults = true;
          break;
        case 'style': {
          const type = tag.attr(W + 'type') ?? 'paragraph';
          style = { id: tag.attr(W + 'styleId') ?? '', type };
          if (type === 'paragraph') {
            sheet.paragraph.set(style.id, style);
            if (onOff(tag.attr(W + 'default') ?? '0') && !sheet.defaultParagraph) sheet.defaultParagraph = style;
          } else if (type === 'character') sheet.character.set(style.id, style);
          break;
        }
        case 'name':
          if (style && d === 3) style.name = tag.attr(W + 'val');
          break;
        case 'basedOn':
          if (style && d === 3) style.basedOn = tag.attr(W + 'val');
          break;
        case 'pPr':
          if (style || inDocDefaults) pPrDepth = d;
          break;
        case 'rPr':
          if (style || inDocDefaults) rPrDepth = d;
          break;
        case 'outlineLvl':
          if (style && pPrDepth >= 0 && rPrDepth < 0) style.outlineLvl = intAttr(tag.attr(W + 'val'));
          break;
        case 'numId':
          if (style && pPrDepth >= 0) style.numId = tag.attr(W + 'val');
          break;
        case 'ilvl':
          if (style && pPrDepth >= 0) {
            const v = intAttr(tag.attr(W + 'val'));
            if (v !== undefined) style.ilvl = v;
          }
          break;
        case 'b':
          if (rPrDepth >= 0) {
            const v = onOff(tag.attr(W + 'val'));
            if (style) style.bold = v;
            else if (inDocDefaults) sheet.docDefaultBold = v;
          }
          break;
        case 'vanish':
          if (rPrDepth >= 0) {
            const v = onOff(tag.attr(W + 'val'));
            if (style) style.vanish = v;
            else if (inDocDefaults) sheet.docDefaultVanish = v;
          }
          break;
        case 'pPrChange':
        case 'rPrChange':
          word.skipRest();
          break;
      }
    },
    close(name: string) {
      const local = word.close(name);
      if (local === undefined) return;
      const d = word.level;
      if (d === rPrDepth) rPrDepth = -1;
      if (d === pPrDepth) pPrDepth = -1;
      if (local === 'style') {
        if (style && style.type === 'numbering' && style.numId !== undefined) sheet.numberingStyleNum.set(style.id, style.numId);
        style = undefined;
      } else if (local === 'docDefaults') inDocDefaults = false;
    },
  };
  scan(xml, handler);
  if (sheet.defaultParagraph === undefined) {
    // No w:default: Word falls back to the style named Normal.
    for (const s of sheet.paragraph.values()) {
      if (s.name !== undefined && s.name.toLowerCase() === 'normal') {
        sheet.defaultParagraph = s;
        break;
      }
    }
  }
  return sheet;
}

export type { StyleDef };
