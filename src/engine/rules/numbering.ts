import type { Rule } from '../rule';
import type { Fix, FixEdit, MarkerKind, Outline, OutlineNode, Paragraph } from '../types';
import type { Template } from '../template';
import { fixText, messages, ROLE_LABEL } from '../messages';
import { markerSpan, MAX_FIX_EDITS, renumberEdit, spanFields, walk } from './util';
import { effectiveText } from '../outline';
import { textEdit } from '../fix';
import { stripMarker } from '../link/text';

/** An item's words without its number, spaces and closing punctuation: what two copies of one item share. */
function itemWords(node: OutlineNode): string {
  return stripMarker(node.body).replace(/[\s。；;，,]+$/u, '').replace(/\s+/g, '');
}

/**
 * Is `c` a copy of `before` (its sibling of the same number): the same words, 4 characters or more?
 * Such a repeat is deleted, not renumbered (三是对…不到位。三是对…不到位。 → one 三是).
 */
function repeats(c: OutlineNode, before: OutlineNode | undefined): boolean {
  if (!before) return false;
  const w = itemWords(c);
  return w.length >= 4 && w === itemWords(before);
}

/**
 * The edit deleting item `c` written inside its paragraph after other text (its body, UTF-16
 * offsets in the paragraph's effective text); undefined when it is a paragraph of its own or
 * spans paragraphs (then the message alone says to delete it).
 */
function deleteItemEdit(paragraphs: readonly Paragraph[], c: OutlineNode): FixEdit | undefined {
  const p = paragraphs[c.paragraph];
  if (!p || c.offset <= 0) return undefined;
  const text = effectiveText(p);
  if (text.slice(c.offset, c.offset + c.body.length) !== c.body) return undefined;
  return textEdit(p, c.offset, c.body.length, '');
}

/**
 * Numbers that repeat or skip at any level, item markers written wrongly, and (as info) parts
 * whose items use different numbering styles. The finding points at the marker; its fix rewrites
 * it (三 → 三是), and for a wrong number renumbers it and the siblings after it (四是 → 三是, 五是 → 四是).
 * before: 一是… 二是… 三基层治理…   after: 一是… 二是… 三是基层治理…
 * before: （一）… （二）… （二）…     after: （一）… （二）… （三）…
 * One wrong number is one finding, whether it repeats or skips (5. 5. 7. → the second 5. is 6.).
 * Items numbered straight through their sections (（一） 1. 2. 3., （二） 4. 5.) are no fault: a
 * section's first item may go on from the last of the section before it at its level.
 * Aspect headings numbered by their template position across aspects reported missing (（一）（二）
 * （四） with aspect 3 missing) are no fault: the missing-aspect fix inserts （三） in that gap.
 */
/**
 * Does aspect heading `node`, numbered past `due`, follow the template's positions across a gap of
 * missing aspects? True when the node is mapped to the template aspect its number names and every
 * number from `due` to just before it is a template aspect no section maps to (reported missing by
 * the missing-aspect rule, whose fix inserts them in that gap): （一）（二）（四） with aspect 3
 * missing, or （二）（三）… with aspect 1 missing. A heading numbered past its place with no aspect
 * missing is a numbering mistake (renumbered as before).
 */
function missingAspectGap(outline: Outline, template: Template): (node: OutlineNode, due: number) => boolean {
  if (!template.aspects.length || !outline.aspects.length) return () => false;
  const aspectOf = new Map<OutlineNode, number | null>();
  for (const a of outline.aspects) aspectOf.set(a.node, a.aspect);
  const mapped = new Set(outline.aspects.map((a) => a.aspect));
  const missing = new Set(template.aspects.map((a) => a.number).filter((n) => !mapped.has(n)));
  if (!missing.size) return () => false;
  return (node, due) => {
    const value = node.marker?.value;
    if (value === undefined || aspectOf.get(node) !== value) return false;
    for (let n = due; n < value; n++) if (!missing.has(n)) return false;
    return true;
  };
}

/**
 * The number due at aspect heading `node` when the numbers from `due` on up to its template place
 * are all aspects reported missing: that place (the missing-aspect fix inserts them before it, so
 * both fixes together give （一）…（五）). `due` itself for any other node, or with no such gap:
 * （一）（二）（二）（五） with aspect 3 missing and the second （二） mapped to aspect 4 → （四） due there.
 */
function placeDue(outline: Outline, template: Template): (node: OutlineNode, due: number) => number {
  if (!template.aspects.length || !outline.aspects.length) return (_n, due) => due;
  const aspectOf = new Map<OutlineNode, number | null>();
  for (const a of outline.aspects) aspectOf.set(a.node, a.aspect);
  const mapped = new Set(outline.aspects.map((a) => a.aspect));
  const missing = new Set(template.aspects.map((a) => a.number).filter((n) => !mapped.has(n)));
  if (!missing.size) return (_n, due) => due;
  return (node, due) => {
    const place = aspectOf.get(node);
    if (typeof place !== 'number' || place <= due) return due;
    for (let n = due; n < place; n++) if (!missing.has(n)) return due;
    return place;
  };
}

/** A sibling's marker kind when it is typed: a marker that is no heading style and no automatic number. */
function typedKind(c: OutlineNode): MarkerKind | undefined {
  return c.marker && c.marker.kind !== 'style' && !c.marker.auto ? c.marker.kind : undefined;
}

/**
 * The value of typed child k's next typed sibling of the same kind (undefined at the end), looked
 * up at a fault only (most lists have none). A walk from k rather than a table of every sibling:
 * the walks from the faults of one kind cover disjoint runs (each stops at the next sibling of
 * that kind), so all of them together pass each sibling once per kind.
 */
function nextOf(children: readonly OutlineNode[], k: number, restart: ReadonlySet<OutlineNode>): number | undefined {
  const kind = children[k].marker!.kind;
  for (let j = k + 1; j < children.length; j++) {
    if (restart.has(children[j])) return undefined;
    if (typedKind(children[j]) === kind) return children[j].marker!.value;
  }
  return undefined;
}

/**
 * The first measure entry of each part listed as both the causes and the measures (二、原因分析和整改措施,
 * its causes 一是…二是… and then 今后努力方向：一是…二是…): its numbering starts again there, so the
 * measures' 一是 is no repeat of the causes' (combinedEntries in outline.ts divides the part).
 */
function measuresRestart(outline: Outline): Set<OutlineNode> {
  const restart = new Set<OutlineNode>();
  const causesNodes = new Set(outline.parts.filter((p) => p.role === 'causes').map((p) => p.node));
  const measureEntries = new Set(outline.measures);
  for (const part of outline.parts) {
    if (part.role !== 'measures' || !causesNodes.has(part.node)) continue;
    const children = part.node.children;
    const first = children.findIndex((c) => measureEntries.has(c));
    if (first > 0) restart.add(children[first]);
  }
  return restart;
}

export const numbering: Rule = {
  id: 'numbering',
  severity: 'warning',
  description: '编号重复、跳号或书写不规范；同一部分内条目编号样式不统一的，另作提示。',
  advice: '各级编号要连续、不重复，书写规范（一、（一）、1.、一是），同一层级样式一致。',
  example: { before: '一是…… 二是…… 三基层治理……', after: '一是…… 二是…… 三是基层治理……' },
  run({ outline, input, template }, report) {
    const paragraphs = input.paragraphs;
    const gapOk = missingAspectGap(outline, template);
    const dueAt = placeDue(outline, template);
    const restart = measuresRestart(outline);
    // Per sibling list: the last value of each kind and the kinds already renumbered. One map and
    // one set for the run, emptied for each list (checkSiblings runs for every node with children).
    const last = new Map<MarkerKind, number>();
    // The sibling that set `last` for each kind (a repeat of it is deleted, not renumbered).
    const lastNode = new Map<MarkerKind, OutlineNode>();
    const renumbered = new Set<MarkerKind>();
    // Items numbered straight through their sections (aspect （一） holds 1. 2. 3., aspect （二）
    // goes on 4. 5.): a writer's choice, no fault. For each section, the section before it at its
    // level (same marker kind) and the last typed value of each kind its own items reached.
    const sectionBefore = new Map<OutlineNode, OutlineNode>();
    const endOf = new Map<OutlineNode, Map<MarkerKind, number>>();
    // Kinds whose items a section after the first began at 1 again: the writer numbers each section on its own.
    const restarted = new Set<MarkerKind>();
    /** Whether `kind` numbered `value` as `parent`'s first item goes on from the section before it. */
    const goesOn = (parent: OutlineNode, kind: MarkerKind, value: number) => {
      const before = sectionBefore.get(parent);
      return before !== undefined && endOf.get(before)?.get(kind) === value - 1;
    };
    /** Renumber the siblings of kind `kind` among `children` from position `from` on, starting at `value`. */
    const renumberFrom = (children: readonly OutlineNode[], from: number, kind: MarkerKind, value: number) => {
      const edits: FixEdit[] = [];
      let v = value;
      for (let j = from; j < children.length; j++) {
        const s = children[j];
        if (j > from && restart.has(s)) break; // the measures of a combined part number on their own
        if (typedKind(s) !== kind) continue;
        if (s.marker!.value !== v || s.marker!.broken) {
          const e = renumberEdit(paragraphs, s, v);
          if (!e) return undefined; // a marker we cannot find: no partial renumbering
          edits.push(e);
          if (edits.length > MAX_FIX_EDITS) {
            // Too long to offer (see MAX_FIX_EDITS); later faults of the sequence get none either.
            renumbered.add(kind);
            return undefined;
          }
        }
        v++;
      }
      if (!edits.length) return undefined;
      return { label: fixText.renumber(edits[0].text, edits.length - 1), edits };
    };
    const checkSiblings = (parent: OutlineNode) => {
      if (!parent.children.length) return;
      last.clear();
      lastNode.clear();
      renumbered.clear();
      // The typed siblings (a marker that is no heading style and no automatic number), read in
      // place among the children rather than copied out: a flood of numbered lines is one list of
      // hundreds of thousands of siblings, and a copy of it some 2 MB a MB of input (issue 13).
      const children = parent.children;
      // Automatic numbers (Word's lists) are not renumbered as text, but a list that goes on from
      // the section before (3. as the first item of an aspect) shows the reader the same wrong
      // number a typed one would: said at its first item, once a list, without a fix.
      let autoSeen = false;
      let section: OutlineNode | undefined;
      for (let k = 0; k < children.length; k++) {
        const c = children[k];
        if (restart.has(c)) {
          last.clear();
          lastNode.clear();
          renumbered.clear();
        }
        if (c.children.length && c.marker) {
          if (section && section.marker!.kind === c.marker.kind) sectionBefore.set(c, section);
          section = c;
        }
        if (typedKind(c) === undefined) {
          const a = c.marker;
          if (a && a.auto && a.kind !== 'style' && parent !== outline.root && !autoSeen) {
            autoSeen = true;
            if (a.value !== 1) report({ paragraph: c.paragraph, message: messages.numberAutoNotFirst(a.kind, a.value) });
          }
          continue;
        }
        const m = c.marker!;
        // Where the marker is written (spanFields(markerSpan(…))): looked up only for a finding (most markers are right).
        const prev = last.get(m.kind);
        // A number out of sequence, past a gap of missing aspects, is due at its aspect's template
        // place (placeDue): the number the missing-aspect fix, inserting the gap, leaves there.
        const seq = prev === undefined ? 1 : prev + 1;
        // A first item going on from the section before (straight through) is due at its own
        // number: a broken one there ("三 " after 一是 二是 of the aspect before) is "三是", not
        // "一是" — unless an earlier section of the writer's began its items of that kind at 1 again.
        const straight = prev === undefined && m.value !== seq && goesOn(parent, m.kind, m.value) && !(m.broken && restarted.has(m.kind));
        const due = m.value === seq ? seq : straight ? m.value : dueAt(c, seq);
        if (prev === undefined && m.value === 1 && sectionBefore.has(parent)) restarted.add(m.kind);
        // A broken marker in sequence: "三 " → "三是". Out of sequence too ("一是… 三 …"), one
        // finding below says both, and its fix writes the number due ("三 " → "二是").
        if (m.broken && m.value === due) {
          const e = renumberEdit(paragraphs, c, m.value);
          report({ paragraph: c.paragraph, message: messages.numberBroken(m.raw, m.kind, m.value), ...spanFields(markerSpan(paragraphs, c)), ...(e ? { fix: { label: fixText.replaceWith(e.text), edits: [e] } } : {}) });
        }
        // One wrong number, not a shifted run: the next sibling of its kind already has the number
        // after the one due here (2. 2. 4. → the second 2. is 3.; 2. 4. 4. → the first 4. is 3.),
        // or nothing follows. Then the sequence goes on from the due number, so the next sibling is
        // not reported again as a skip or a repeat: one mistake, one finding.
        let single = false;
        if (m.value !== due) {
          const next = nextOf(children, k, restart);
          single = next === undefined || next === due + 1;
        }
        let message: string | undefined;
        if (prev !== undefined && m.value === prev && !m.broken && repeats(c, lastNode.get(m.kind))) {
          // The same item written twice: delete the repeat; the numbers after it stay as they are.
          const e = report.listed?.() === false ? undefined : deleteItemEdit(paragraphs, c);
          report({ paragraph: c.paragraph, message: messages.numberDuplicateItem(m.kind, m.value, m.raw), ...spanFields(markerSpan(paragraphs, c)), ...(e ? { fix: { label: fixText.deleteRepeat, edits: [e] } } : {}) });
          continue;
        } else if (m.value > due && gapOk(c, due)) {
          // Aspect headings numbered by their place in the template, the gap being aspects the
          // missing-aspect rule reports (its fix inserts them there): no renumbering.
        } else if (m.broken && m.value !== due) {
          message = messages.numberBrokenAt(m.raw, m.kind, due);
        } else if (prev === undefined) {
          if (m.value !== due && !goesOn(parent, m.kind, m.value)) message = messages.numberNotFirst(m.kind, m.value, m.raw);
        } else if (m.value === prev) {
          message = messages.numberRepeatedAt(m.kind, m.value, due, m.raw);
        } else if (m.value !== due) {
          message = messages.numberSkipped(m.kind, due, m.value, m.raw);
        }
        if (message && report.listed?.() === false) {
          // Past the rule's listing cap (rules/index.ts) a finding is only counted: no fix or span
          // made for it (a flood of "一是" lines is a fault a line, issue 13).
          report({ paragraph: c.paragraph, message });
        } else if (message) {
          // One renumbering per sequence: its fix already renumbers every later sibling, so later
          // faults of the same sequence get theirs on the re-check after it is applied (a fix on
          // each would be quadratic in the sequence's length, in time and in output).
          let fix: Fix | undefined;
          if (single) {
            // Only this number changes; a later fault of the sequence keeps its own fix.
            const e = renumberEdit(paragraphs, c, due);
            if (e) fix = { label: fixText.renumber(e.text, 0), edits: [e] };
          } else {
            fix = renumbered.has(m.kind) ? undefined : renumberFrom(children, k, m.kind, due);
            if (fix) renumbered.add(m.kind);
          }
          report({ paragraph: c.paragraph, message, ...spanFields(markerSpan(paragraphs, c)), ...(fix ? { fix } : {}) });
        }
        last.set(m.kind, message && single ? due : m.value);
        lastNode.set(m.kind, c);
      }
      if (last.size && parent.marker) endOf.set(parent, new Map(last));
    };
    checkSiblings(outline.root);
    walk(outline.root, checkSiblings);

    // Items of one part numbered in different styles (一是 here, 1. there).
    const aspectNodes = new Set(outline.aspects.map((a) => a.node));
    const seen = new Set<OutlineNode>();
    for (const part of outline.parts) {
      // A part listed under two roles (原因分析和整改措施) is checked once.
      if (seen.has(part.node)) continue;
      seen.add(part.node);
      // A problems part's aspects hold its items; one that lists them with no aspects (unsectioned) holds them itself.
      const holders = part.role === 'problems' && !aspectNodes.has(part.node) ? part.node.children.filter((c) => aspectNodes.has(c)) : [part.node];
      const firstOfKind = new Map<MarkerKind, OutlineNode>();
      for (const h of holders) {
        for (const c of h.children) {
          // A combined part's measures may number in their own style (一是… then 1. 2.).
          if (restart.has(c)) break;
          const k = c.marker?.kind;
          if (k && k !== 'style' && !firstOfKind.has(k)) firstOfKind.set(k, c);
        }
      }
      if (firstOfKind.size > 1) {
        const kinds = [...firstOfKind.keys()];
        const node = firstOfKind.get(kinds[1])!;
        report({ paragraph: node.paragraph, severity: 'info', message: messages.mixedItemStyles(ROLE_LABEL[part.role], kinds), ...spanFields(markerSpan(paragraphs, node)) });
      }
    }
  },
};
