/**
 * Where the 插入框架 menu puts one part or one aspect: the place the missing-part /
 * missing-aspect fix uses (the same functions: `placePart`, `insertAspectFix`), never the cursor,
 * when the material lacks it and has a structure to place it in. Pure: an analysis in, edits out.
 */
import type { Analysis } from './index';
import type { DocumentInput, Fix, PartRole } from './types';
import type { RuleContext } from './rule';
import { rulesInput } from './rules-input';
import { placePart } from './rules/missing-part';
import { insertAspectFix } from './rules/missing-aspect';

/**
 * One menu choice's placement:
 *  - `present`: the material has it already (the menu inserts no second one and says so);
 *  - `fix`: insert it with this fix (paragraphs added after an anchor paragraph, later headings
 *    numbered too low moved up by one: the missing-part / missing-aspect finding's own fix);
 *  - `cursor`: no place to derive (no part or aspect at all, the place inside a paragraph or a
 *    table): the skeleton goes at the cursor as before.
 */
export type Placement = { kind: 'present' } | { kind: 'fix'; fix: Fix } | { kind: 'cursor' };

/** Per template part role and per template aspect number, where 插入框架 puts it. */
export interface Placements {
  parts: Partial<Record<PartRole, Placement>>;
  aspects: Record<number, Placement>;
}

/**
 * The placements of every part and aspect of `analysis.template` in `input` (the paragraphs the
 * analysis read; indexes 0-based, fix offsets UTF-16 in `Paragraph.text`). The rules' own view
 * of the paragraphs (a leading outline and restated 整改清单 emptied, indexes kept) anchors them,
 * so each fix is the one the finding offers.
 */
export function placements(analysis: Pick<Analysis, 'outline' | 'template' | 'shared'>, input: DocumentInput): Placements {
  const ctx: RuleContext = { input: rulesInput(input), outline: analysis.outline, template: analysis.template, shared: analysis.shared };
  const { outline, template } = analysis;
  const out: Placements = { parts: {}, aspects: {} };
  const roles = new Set(outline.parts.map((p) => p.role));
  for (const part of template.parts) {
    if (roles.has(part.role)) {
      out.parts[part.role] = { kind: 'present' };
      continue;
    }
    const fix = placePart(ctx, part.role).fix;
    out.parts[part.role] = fix && fix.edits.length ? { kind: 'fix', fix } : { kind: 'cursor' };
  }
  const numbers = new Set(outline.aspects.map((a) => a.aspect));
  for (const aspect of template.aspects) {
    if (numbers.has(aspect.number)) {
      out.aspects[aspect.number] = { kind: 'present' };
      continue;
    }
    const fix = insertAspectFix(ctx, aspect.number);
    out.aspects[aspect.number] = fix && fix.edits.length ? { kind: 'fix', fix } : { kind: 'cursor' };
  }
  return out;
}
