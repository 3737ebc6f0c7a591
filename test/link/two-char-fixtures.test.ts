/**
 * The labelled materials of test/fixtures/two-char-words (README there): problems answered only
 * through a two-character word of their heading sentence are answered (weakly, that word as the
 * evidence), the problems the labels call unanswered stay unanswered, and the aspects' coverage is
 * as labelled where the labels and the linking can agree.
 */
import * as path from 'path';
import { loadSeeds } from '../../src/cli/gold';
import { analyzeSeed, scoreLinks } from '../../src/cli/eval';
import { sharedLinks } from '../../src/engine/link/link';

const DIR = path.resolve(__dirname, '../fixtures/two-char-words');
const materials = new Map(loadSeeds(DIR).map((m) => [m.name.replace(/\.txt$/, ''), m]));

/** Per material: each problem answered through one word (its heading's start → the word), and the false reports left. */
const EXPECTED: Record<string, { words: [head: string, word: string][]; extra: number }> = {
  t01_2024_four_renshe_geren: { words: [['二是欠薪问题', '欠薪'], ['二是值班安排', '值班'], ['一是退休办理', '退休']], extra: 0 },
  // 政治判断力还需提高 is answered in part by a measure naming 政治任务: no shared word, still reported.
  t02_2022_six_ziranziyuan_banzi: { words: [['二是耕地保护', '耕地']], extra: 1 },
};

describe.each(Object.entries(EXPECTED))('%s', (name, want) => {
  const m = materials.get(name)!;
  const { analysis, texts } = analyzeSeed(m);
  const links = sharedLinks(analysis);

  test.each(want.words)('%s… is answered through %s', (head, word) => {
    const l = links.links.find((x) => x.head.startsWith(head))!;
    expect(l.strength).toBe('weak');
    expect(l.evidence[0]).toBe(word);
  });

  test('every labelled unanswered problem is found, and no more false reports than known', () => {
    const s = scoreLinks(analysis, m.gold, links, texts);
    expect(s.uncovered.hit).toBe(s.uncovered.total);
    expect(s.extraUncovered).toBe(want.extra);
  });
});

test('both materials are there', () => {
  expect([...materials.keys()].sort()).toEqual(Object.keys(EXPECTED).sort());
});
