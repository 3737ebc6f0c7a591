/**
 * Tries of UTF-16 strings compiled to typed arrays, for the engine's vocabulary scans (the link
 * lexicon's concept forms, link/concepts.ts; every template's aspect terms, aspect-terms.ts). Built
 * as one Map of children a node, then compiled once: no Map lookup and no object per node while a
 * text is read.
 */

/**
 * A compiled trie: `root[c]` is the child of the root along UTF-16 code `c` (0: no entry starts
 * with it); node n's other children are the pairs (edgeChar[k], edgeNode[k]) for k in
 * [first[n], first[n + 1]). Node 0 is the root. What ends at a node (a form, a term) the caller
 * keeps in an array by node of its own.
 */
export interface CompactTrie {
  root: Int32Array;
  first: Int32Array;
  edgeChar: Uint16Array;
  edgeNode: Int32Array;
}

/**
 * Adds the path of `text` to the trie being built as maps (`children[n]`: UTF-16 code → child
 * node; node 0 the root) and returns the node where it ends. Each node made gets -1 in
 * `terminal`, which the caller keeps as long as `children` (one slot a node: what ends there).
 */
export function insertPath(children: Map<number, number>[], terminal: number[], text: string): number {
  let node = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let n = children[node].get(c);
    if (n === undefined) {
      n = children.length;
      children.push(new Map());
      terminal.push(-1);
      children[node].set(c, n);
    }
    node = n;
  }
  return node;
}

/**
 * The compiled form of the trie whose node n has `children[n]` (UTF-16 code → child node; node 0
 * the root, every node's number below children.length). Never throws.
 */
export function compactTrie(children: readonly Map<number, number>[]): CompactTrie {
  const size = children.length;
  const root = new Int32Array(65536);
  for (const [c, n] of children[0]) root[c] = n;
  const first = new Int32Array(size + 1);
  const edgeChar = new Uint16Array(Math.max(1, size));
  const edgeNode = new Int32Array(Math.max(1, size));
  let e = 0;
  for (let n = 0; n < size; n++) {
    first[n] = e;
    if (n === 0) continue;
    for (const [c, t] of children[n]) {
      edgeChar[e] = c;
      edgeNode[e] = t;
      e++;
    }
  }
  first[size] = e;
  return { root, first, edgeChar, edgeNode };
}

/** The child of `node` (not the root: use `t.root`) along UTF-16 code `c`, or 0 when it has none. */
export function childOf(t: CompactTrie, node: number, c: number): number {
  const { edgeChar } = t;
  for (let k = t.first[node], end = t.first[node + 1]; k < end; k++) if (edgeChar[k] === c) return t.edgeNode[k];
  return 0;
}

/**
 * The longest entry of `t` that starts at text[at] and ends by `to` (UTF-16 offsets, at < to ≤
 * text.length): the value `terminal` holds for the node where it ends, or -1 when no entry starts
 * there (`terminal[node]` is -1 for a node where none ends).
 */
export function longestEntry(t: CompactTrie, terminal: Int32Array, text: string, at: number, to: number): number {
  let node = t.root[text.charCodeAt(at)];
  if (node === 0) return -1;
  let found = terminal[node];
  for (let j = at + 1; j < to; j++) {
    node = childOf(t, node, text.charCodeAt(j));
    if (node === 0) break;
    if (terminal[node] >= 0) found = terminal[node];
  }
  return found;
}
