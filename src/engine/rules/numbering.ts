import type { Rule } from '../rule';
import type { FixEdit, MarkerKind, OutlineNode } from '../types';
import { fixText, messages, ROLE_LABEL } from '../messages';
import { markerSpan, MAX_FIX_EDITS, renumberEdit, spanFields, walk } from './util';

/**
 * Numbers that repeat or skip at any level, item markers written wrongly, and (as info) parts
 * whose items use different numbering styles. The finding points at the marker; its fix rewrites
 * it (三 → 三是), and for a wrong number renumbers it and the siblings after it (四是 → 三是, 五是 → 四是).
 * before: 一是… 二是… 三基层治理…   after: 一是… 二是… 三是基层治理…
 * before: （一）… （二）… （二）…     after: （一）… （二）… （三）…
 */
export const numbering: Rule = {
  id: 'numbering',
  severity: 'warning',
  description: '编号重复、跳号或书写不规范；同一部分内条目编号样式不统一的，另作提示。',
  advice: '各级编号要连续、不重复，书写规范（一、（一）、1.、一是），同一层级样式一致。',
  example: { before: '一是…… 二是…… 三基层治理……', after: '一是…… 二是…… 三是基层治理……' },
  run({ outline, input }, report) {
    const paragraphs = input.paragraphs;
    const checkSiblings = (parent: OutlineNode) => {
      if (!parent.children.length) return;
      const last = new Map<MarkerKind, number>();
      const renumbered = new Set<MarkerKind>();
      const typed = parent.children.filter((c) => c.marker && c.marker.kind !== 'style' && !c.marker.auto);
      /** Renumber the siblings of kind `kind` from position `from` on, starting at `value`. */
      const renumberFrom = (from: number, kind: MarkerKind, value: number) => {
        const edits: FixEdit[] = [];
        let v = value;
        for (const s of typed.slice(from)) {
          if (s.marker!.kind !== kind) continue;
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
      typed.forEach((c, k) => {
        const m = c.marker!;
        // Where the marker is written: looked up only for a finding (most markers are right).
        const span = () => spanFields(markerSpan(paragraphs, c));
        if (m.broken) {
          const e = renumberEdit(paragraphs, c, m.value);
          report({ paragraph: c.paragraph, message: messages.numberBroken(m.raw, m.kind, m.value), ...span(), ...(e ? { fix: { label: fixText.replaceWith(e.text), edits: [e] } } : {}) });
        }
        const prev = last.get(m.kind);
        const due = prev === undefined ? 1 : prev + 1;
        let message: string | undefined;
        if (prev === undefined) {
          if (m.value !== 1) message = messages.numberNotFirst(m.kind, m.value);
        } else if (m.value === prev) {
          message = messages.numberRepeated(m.kind, m.value);
        } else if (m.value !== prev + 1) {
          message = messages.numberSkipped(m.kind, prev + 1, m.value);
        }
        if (message) {
          // One renumbering per sequence: its fix already renumbers every later sibling, so later
          // faults of the same sequence get theirs on the re-check after it is applied (a fix on
          // each would be quadratic in the sequence's length, in time and in output).
          const fix = renumbered.has(m.kind) ? undefined : renumberFrom(k, m.kind, due);
          if (fix) renumbered.add(m.kind);
          report({ paragraph: c.paragraph, message, ...span(), ...(fix ? { fix } : {}) });
        }
        last.set(m.kind, m.value);
      });
    };
    checkSiblings(outline.root);
    walk(outline.root, (n) => checkSiblings(n));

    // Items of one part numbered in different styles (一是 here, 1. there).
    const aspectNodes = new Set(outline.aspects.map((a) => a.node));
    for (const part of outline.parts) {
      const holders = part.role === 'problems' ? part.node.children.filter((c) => aspectNodes.has(c)) : [part.node];
      const firstOfKind = new Map<MarkerKind, OutlineNode>();
      for (const h of holders) {
        for (const c of h.children) {
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
