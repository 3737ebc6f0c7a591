import type { Rule } from '../rule';
import type { MarkerKind, OutlineNode } from '../types';
import { messages, ROLE_LABEL } from '../messages';
import { walk } from './util';

/**
 * Numbers that repeat or skip at any level, item markers written wrongly, and (as info) parts
 * whose items use different numbering styles.
 * before: 一是… 二是… 三基层治理…   after: 一是… 二是… 三是基层治理…
 * before: （一）… （二）… （二）…     after: （一）… （二）… （三）…
 */
export const numbering: Rule = {
  id: 'numbering',
  severity: 'warning',
  description: '编号重复、跳号或书写不规范；同一部分内条目编号样式不统一（提示）。',
  advice: '各级编号要连续、不重复，书写规范（一、（一）、1.、一是），同一层级样式一致。',
  example: { before: '一是…… 二是…… 三基层治理……', after: '一是…… 二是…… 三是基层治理……' },
  run({ outline }, report) {
    const checkSiblings = (parent: OutlineNode) => {
      if (!parent.children.length) return;
      const last = new Map<MarkerKind, number>();
      for (const c of parent.children) {
        const m = c.marker;
        if (!m || m.kind === 'style' || m.auto) continue;
        if (m.broken) report({ paragraph: c.paragraph, message: messages.numberBroken(m.raw, m.kind, m.value) });
        const prev = last.get(m.kind);
        if (prev === undefined) {
          if (m.value !== 1) report({ paragraph: c.paragraph, message: messages.numberNotFirst(m.kind, m.value) });
        } else if (m.value === prev) {
          report({ paragraph: c.paragraph, message: messages.numberRepeated(m.kind, m.value) });
        } else if (m.value !== prev + 1) {
          report({ paragraph: c.paragraph, message: messages.numberSkipped(m.kind, prev + 1, m.value) });
        }
        last.set(m.kind, m.value);
      }
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
        report({ paragraph: firstOfKind.get(kinds[1])!.paragraph, severity: 'info', message: messages.mixedItemStyles(ROLE_LABEL[part.role], kinds) });
      }
    }
  },
};
