import { childOf, compactTrie, insertPath, longestEntry } from '../../src/engine/trie';
import { seededRandom } from '../support/random';

/** A compiled trie of `words` and, by node, the index of the word ending there (-1: none). */
function build(words: string[]) {
  const children: Map<number, number>[] = [new Map()];
  const terminal: number[] = [-1];
  words.forEach((w, i) => (terminal[insertPath(children, terminal, w)] = i));
  return { trie: compactTrie(children), terminal: Int32Array.from(terminal), size: children.length };
}

/** The longest of `words` starting at text[at] and ending by `to`, by brute force (-1: none). */
function longestByHand(words: string[], text: string, at: number, to: number): number {
  let best = -1;
  words.forEach((w, i) => {
    if (at + w.length <= to && text.startsWith(w, at) && (best < 0 || w.length > words[best].length)) best = i;
  });
  return best;
}

describe('compiled trie', () => {
  const cases: { name: string; words: string[]; alphabet: string }[] = [
    { name: 'nested words', words: ['请示', '请示报告', '请示报告制度', '报告'], alphabet: '请示报告制度会' },
    { name: 'shared prefixes', words: ['三会一课', '三重一大', '三会', '一岗双责'], alphabet: '三会一课重大岗双责' },
    { name: 'one-character words', words: ['学', '习', '学习'], alphabet: '学习工作' },
    { name: 'outside the basic plane', words: ['𠀀𠀁', '𠀀'], alphabet: '𠀀𠀁a' },
  ];
  it.each(cases)('finds the longest word at every position like a scan by hand: $name', ({ words, alphabet }) => {
    const { trie, terminal } = build(words);
    const units = [...alphabet];
    const rnd = seededRandom(7);
    for (let n = 0; n < 200; n++) {
      let text = '';
      const len = 1 + Math.floor(rnd() * 12);
      for (let i = 0; i < len; i++) text += units[Math.floor(rnd() * units.length)];
      for (let at = 0; at < text.length; at++) {
        for (const to of [text.length, Math.min(text.length, at + 2)]) {
          if (to <= at) continue;
          expect(longestEntry(trie, terminal, text, at, to)).toBe(longestByHand(words, text, at, to));
        }
      }
    }
  });

  it('gives every node made a slot, and a node without the child asked for gives 0', () => {
    const { trie, size, terminal } = build(['请示报告', '请假']);
    expect(terminal.length).toBe(size);
    const qing = trie.root['请'.charCodeAt(0)];
    expect(qing).toBeGreaterThan(0);
    expect(childOf(trie, qing, '示'.charCodeAt(0))).toBeGreaterThan(0);
    expect(childOf(trie, qing, '求'.charCodeAt(0))).toBe(0);
    expect(trie.root['求'.charCodeAt(0)]).toBe(0);
  });
});
