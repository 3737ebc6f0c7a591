/** Helpers several rules share. */
import type { OutlineNode } from '../types';
import { trimEndChars } from '../text';

/** Depth-first walk over the tree (root excluded). */
export function walk(node: OutlineNode, visit: (n: OutlineNode, parent: OutlineNode) => void): void {
  for (const c of node.children) {
    visit(c, node);
    walk(c, visit);
  }
}

/** A short, readable form of a heading for messages. */
export function shortHeading(s: string, max = 24): string {
  const t = trimEndChars(s, '。：:；;，,').trim();
  return t.length > max ? t.slice(0, max) + '…' : t;
}
