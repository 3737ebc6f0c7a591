/** Text repeated inside a material, and text shared between materials. */
import { analyze } from '../../src/engine';
import { addWindows, lettersAndDigits, listCounter, longSentences, pairCounts, sentenceKey, SHARE_FOLDER, sharedBetween, windowIndex, type SentenceRef } from '../../src/engine/sentences';
import { setPhrases } from '../../src/engine/set-phrases';
import { seededRandom } from '../support/random';
import { completeLines, textDoc } from '../support/docs';
import { seedsOrNote } from '../support/seeds';

const COPIED = '面对发展中的矛盾问题缺乏迎难而上的勇气和攻坚克难的办法。';

test.each([
  ['一是面对发展中的矛盾问题缺乏迎难而上的勇气和攻坚克难的办法。', '（二）面对发展中的矛盾问题缺乏“迎难而上”的勇气和攻坚克难的办法'],
  ['  面对 发展中的矛盾问题缺乏迎难而上的勇气和攻坚克难的办法；', '1.面对发展中的矛盾问题缺乏迎难而上的勇气和攻坚克难的办法！'],
])('%s and %s are the same sentence', (a, b) => {
  expect(sentenceKey(a)).toBe(sentenceKey(b));
});

test('a sentence written in a problem and again in a cause is flagged at the second place', () => {
  const lines = completeLines();
  lines[3] = `二是政治判断力不强。${COPIED}`;
  lines[14] = `（二）宗旨意识淡化。${COPIED}`;
  const f = analyze(textDoc(lines)).findings.filter((x) => x.rule === 'repeated-text');
  expect(f.map((x) => x.paragraph)).toEqual([14]);
  expect(f[0].message).toContain('第4行');
});

test('short stock phrases, headings and measures do not count', () => {
  const lines = completeLines();
  lines[3] = '二是不求真正过得硬。';
  lines[14] = '（二）不求真正过得硬。';
  lines[17] = `（二）践行为民宗旨。${COPIED}`;
  lines[9] = `一是斗争精神不足。${COPIED}`;
  expect(analyze(textDoc(lines)).findings.filter((x) => x.rule === 'repeated-text')).toEqual([]);
});

/** The long sentences of a material read from `lines`. */
function sentencesOf(lines: string[]) {
  const input = textDoc(lines);
  return longSentences(input.paragraphs, analyze(input).outline);
}

/** …of the complete material with `extra` lines put in at line 4. */
function sentencesWith(extra: string[]) {
  const lines = completeLines();
  lines.splice(4, 0, ...extra);
  return sentencesOf(lines);
}

test('materials sharing sentences are paired, with counts, both ways', () => {
  const s = sharedBetween([
    { name: 'a', sentences: sentencesWith([`三是${COPIED}`, '四是对群众反映强烈的停车难问题研究解决不够及时有力。']) },
    { name: 'b', sentences: sentencesWith([`三是${COPIED}`, '四是对群众反映强烈的停车难问题研究解决不够及时有力。']) },
    { name: 'c', sentences: sentencesWith(['三是这一句话只在第三份材料里出现而且足够长。']) },
  ]);
  expect(s[0].map((x) => [x.other, x.count])).toEqual([['b', 2]]);
  expect(s[1].map((x) => [x.other, x.count])).toEqual([['a', 2]]);
  expect(s[2]).toEqual([]);
  expect(s[0][0].example!.paragraph).toBe(4);
});

// ../shared/seeds only: without it this case is left out and a line says so.
const seeds = seedsOrNote('the shared-sentence case on the seeds');
if (seeds.length) test('the seeds: 001 and 004 share a sentence, 000 shares none', () => {
  const materials = seeds.map((seed) => {
    return { name: seed.name, sentences: sentencesOf(seed.text.split('\n')) };
  });
  const shared = sharedBetween(materials);
  const byName = (n: string) => shared[seeds.findIndex((x) => x.name.startsWith(n))];
  expect(byName('000')).toEqual([]);
  expect(byName('001').map((x) => x.other)).toEqual([seeds.find((x) => x.name.startsWith('004'))!.name]);
  expect(byName('001')[0].example!.text).toContain('立足新发展阶段');
  expect(byName('001')[0].similarity).toBeGreaterThan(0.05);
});

test('a wholesale copy: twenty findings, then one that counts the rest', () => {
  const lines = completeLines();
  const copied = Array.from({ length: 30 }, (_, i) => `${i + 1}.这是第${i + 1}句被整句复制到原因部分里去的足够长的问题描述。`);
  lines.splice(4, 0, ...copied);
  lines.splice(12 + 30 + 1, 0, ...copied);
  const f = analyze(textDoc(lines)).findings.filter((x) => x.rule === 'repeated-text');
  expect(f).toHaveLength(21);
  expect(f[20].message).toContain('还有 10 处整句重复');
  expect(f.map((x) => x.paragraph)).toEqual([...f.map((x) => x.paragraph)].sort((a, b) => a - b));
});

test('an edited copy shares no whole sentence but is found by its similar text', () => {
  const base = [
    '对上级决策部署的贯彻落实存在层层衰减的现象，抓落实的办法不多、力度不够、效果不好',
    '深入基层调查研究不够经常，对群众反映强烈的急难愁盼问题解决不够及时有力',
    '落实全面从严治党主体责任不够有力，对分管领域党员干部日常监督管理偏松偏软',
    '面对经济下行压力和风险挑战，敢于斗争、善于斗争的本领还有明显的差距和不足',
  ];
  // the copy changes one word in each sentence
  const edited = base.map((t) => (t.includes('不够') ? t.replace('不够', '还不太') : t.replace('明显的', '较大的')));
  const mk = (items: string[]) => sentencesWith(items.map((t, i) => `${i + 3}是${t}。`));
  const unrelated = ['理论学习的系统性和深入性都不够强，满足于学过了、读过了的表面状态而已', '工作作风不够扎实，习惯于坐在办公室里听汇报看材料，到一线解决问题少'];
  const [a, b, c] = sharedBetween([
    { name: 'a', sentences: mk(base) },
    { name: 'b', sentences: mk(edited) },
    { name: 'c', sentences: mk(unrelated) },
  ]);
  expect(a.map((x) => [x.other, x.count])).toEqual([['b', 0]]);
  expect(a[0].similarity).toBeGreaterThan(0.2);
  expect(a[0].example).toBeUndefined();
  expect(b.map((x) => x.other)).toEqual(['a']);
  expect(c).toEqual([]);
});

test('pair counts: the dense table and the maps agree, both orders counted, set only where 0', () => {
  let seed = 7;
  const rnd = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  for (const n of [2, 5, 40]) {
    const dense = pairCounts(n, true);
    const maps = pairCounts(n, false);
    const naive = new Map<string, number>();
    for (let i = 0; i < 300; i++) {
      const k = rnd(n);
      const j = (k + 1 + rnd(n - 1)) % n;
      const by = 1 + rnd(3);
      dense.add(k, j, by);
      maps.add(k, j, by);
      for (const key of [`${k},${j}`, `${j},${k}`]) naive.set(key, (naive.get(key) ?? 0) + by);
    }
    // Every pair of an ascending list at once.
    for (let i = 0; i < 20; i++) {
      // Lists of 1 to 12 materials (the dense table adds four pairs a step, then the rest one by
      // one), read from an offset inside a longer array as listCounter's items are.
      const own = [...new Set(Array.from({ length: 1 + rnd(12) }, () => rnd(n)))].sort((a, b) => a - b);
      const pad = rnd(3);
      const padded = Int32Array.from([...Array.from({ length: pad }, () => rnd(n)), ...own, rnd(n)]);
      const list = Int32Array.from(own);
      const by = 1 + rnd(3);
      dense.addAll(padded, pad, pad + own.length, by);
      maps.addAll(padded, pad, pad + own.length, by);
      for (const k of list) for (const j of list) if (k !== j) naive.set(`${k},${j}`, (naive.get(`${k},${j}`) ?? 0) + by);
      // …and a value set for those of its pairs still at 0 (some are: the lists are few and short).
      const value = 10 + rnd(5);
      dense.setAll(list, 0, list.length, value);
      maps.setAll(list, 0, list.length, value);
      for (const k of list) for (const j of list) if (k !== j && !naive.get(`${k},${j}`)) naive.set(`${k},${j}`, value);
    }
    for (let k = 0; k < n; k++) {
      for (let j = 0; j < n; j++) {
        const want = naive.get(`${k},${j}`) ?? 0;
        expect([dense.get(k, j), maps.get(k, j)]).toEqual([want, want]);
      }
    }
  }
});

/**
 * The distinct windows of `text` once the set phrases of 8 characters or more are cut out of it,
 * found plainly: every place any occurrence of a phrase covers is cut.
 */
function plainWindows(text: string, phrases: string[], out: Set<string>): void {
  const t = lettersAndDigits(text);
  const covered = new Array<boolean>(t.length).fill(false);
  for (const p of phrases) for (let i = t.indexOf(p); i >= 0; i = t.indexOf(p, i + 1)) covered.fill(true, i, i + p.length);
  let run = '';
  for (let i = 0; i <= t.length; i++) {
    if (i < t.length && !covered[i]) run += t[i];
    else {
      addWindows(run, out);
      run = '';
    }
  }
}

// The measure computed plainly: distinct windows per material with the set phrases cut out of its
// sentences, and in a folder of SHARE_FOLDER or more the windows held by more than half of the
// materials left out of both the shared windows and the material's own. Nine materials (no share
// rule) and fourteen (with it).
test.each([0, 5])('edited copies (%i more materials): each similarity is the share of own windows also in the other, set phrases left out', (more) => {
  const base = [
    '三是面对发展中的矛盾问题缺乏迎难而上的勇气和攻坚克难的办法，遇到难题绕着走。',
    '四是对群众反映强烈的停车难问题研究解决不够及时有力，回应关切不够主动。',
    '五是调查研究不够深入，到基层蹲点调研少，了解情况停留在听汇报看材料上。',
    '六是学习贯彻习近平新时代中国特色社会主义思想不够深入系统，学用结合不紧。',
  ];
  // Six materials: copies of the base with a different sentence left out and words changed, plus one of their own.
  const lines = base.map((_, k) => base.filter((__, j) => j !== k % base.length).map((l) => (k % 2 ? l.replace('不够', '不太') : l)));
  // …one of its own, one with two sentences of the others, one that writes a sentence twice.
  lines.push(['三是这一份材料的问题全部是自己写的足够长的句子，与别的材料没有相同之处。'], base.slice(0, 2), [base[1], base[1].replace('四是', '七是'), base[2]]);
  // …and `more` that hold the base's second sentence (held by more than half of fourteen then) and one of their own each.
  for (let k = 0; k < more; k++) lines.push([base[1], `八是第${'一二三四五'[k]}份补充材料自己写的句子，说明本单位在第${k + 1}季度的具体情况和问题。`]);
  const materials = lines.map((extra, k) => ({ name: `m${k}`, sentences: sentencesWith(extra) }));
  expect(materials.length >= SHARE_FOLDER).toBe(more > 0);
  const got = sharedBetween(materials);
  const phrases = [...new Set(setPhrases().map(lettersAndDigits))].filter((p) => p.length >= 8);
  const windows = materials.map((m) => {
    const set = new Set<string>();
    for (const refs of m.sentences.values()) for (const r of refs) plainWindows(r.text, phrases, set);
    return set;
  });
  // The set phrases were cut: the sixth line's 习近平新时代中国特色社会主义思想 makes no window.
  expect(windows.some((w) => w.has('习近平新时代中国'))).toBe(false);
  const limit = materials.length >= SHARE_FOLDER ? Math.floor(materials.length / 2) : materials.length;
  const held = (w: string) => windows.filter((s) => s.has(w)).length;
  const own = (k: number) => [...windows[k]].filter((w) => held(w) <= limit);
  let pairs = 0;
  let sharedOut = 0;
  materials.forEach((_, k) => {
    sharedOut += windows[k].size - own(k).length;
    for (const x of got[k]) {
      const j = materials.findIndex((m) => m.name === x.other);
      const common = own(k).filter((w) => windows[j].has(w)).length;
      expect(x.similarity).toBeCloseTo(Math.round((common / own(k).length) * 1000) / 1000, 3);
      pairs++;
    }
  });
  expect(pairs).toBeGreaterThan(0);
  // Windows held by more than half of the folder: none below SHARE_FOLDER, some in the fourteen.
  expect(sharedOut > 0).toBe(more > 0);
});

// The window index numbers windows as a Map keyed by their text would (first met, first numbered),
// however often their hashes collide: keyBits 1 and 3 put every window in two or eight buckets.
test.each([30, 3, 1])('window ids with %i hash bits are the ids of the windows\' texts', (keyBits) => {
  const rnd = seededRandom(keyBits);
  // Few letters, so windows repeat within and across texts; CJK, digits and Latin alike; some texts shorter than a window.
  const alphabet = ['问', '题', '整', '改', '措', '施', '1', '2', 'A', 'b'];
  const texts = Array.from({ length: 60 }, (_, i) => Array.from({ length: i % 7 === 0 ? 5 : 8 + Math.floor(rnd() * 40) }, () => alphabet[Math.floor(rnd() * (i % 3 ? 3 : alphabet.length))]).join(''));
  const index = windowIndex(keyBits);
  const byText = new Map<string, number>();
  const got: number[] = [];
  const want: number[] = [];
  for (const t of texts) {
    index.each(t, (id) => got.push(id));
    for (let i = 0; i + 8 <= t.length; i++) {
      const w = t.slice(i, i + 8);
      if (!byText.has(w)) byText.set(w, byText.size);
      want.push(byText.get(w)!);
    }
  }
  expect(want.length).toBeGreaterThan(500);
  expect(byText.size).toBeLessThan(want.length);
  expect(got).toEqual(want);
  expect(index.size).toBe(byText.size);
});

// Distinct lists with their counts are what a map keyed by each list would give — lists in the
// order first added, counts summed, empty lists and lists that are prefixes of others kept apart —
// however often the lists' hashes collide (1 and 3 bits), and past the table's and items' first sizes.
test.each([32, 3, 1])('list counter with %i hash bits counts each distinct list', (hashBits) => {
  const rnd = seededRandom(100 + hashBits);
  const counter = listCounter(hashBits);
  const want = new Map<string, number>();
  const src = new Int32Array(64);
  for (let i = 0; i < 3000; i++) {
    // Short lists over a few numbers (so they repeat), some long ones, and an empty one now and then.
    const len = i % 97 === 0 ? 0 : i % 13 === 0 ? 20 + Math.floor(rnd() * 40) : 1 + Math.floor(rnd() * 4);
    const from = Math.floor(rnd() * 4);
    for (let k = from; k < from + len; k++) src[k] = Math.floor(rnd() * (i % 5 ? 4 : 300));
    const count = 1 + Math.floor(rnd() * 3);
    counter.add(src, from, from + len, count);
    const key = Array.from(src.subarray(from, from + len)).join(',');
    want.set(key, (want.get(key) ?? 0) + count);
  }
  const got: [string, number][] = [];
  for (let g = 0; g < counter.size; g++) got.push([Array.from(counter.items.subarray(counter.from(g), counter.to(g))).join(','), counter.count(g)]);
  expect(got).toEqual([...want]);
  expect(want.size).toBeGreaterThan(1024);
  expect(want.has('')).toBe(true);
  expect([...want.values()].some((c) => c > 10)).toBe(true);
});

// sharedBetween against the measure computed plainly (no set phrases): every material's distinct
// windows, the windows held by more than half of a folder of SHARE_FOLDER or more left out, the
// sentences each pair shares word for word with the first of them, which pairs are listed and in
// what order. Materials draw sentences from a common pool (some in most materials), edit them (so
// windows stand in many texts), write one twice, or write it with other punctuation (another
// text, the same letters).
test.each([
  [3, 1],
  [9, 2],
  [14, 3],
  [40, 4],
])('text shared between %i materials is the plain count of windows and sentences (seed %i)', (count, seed) => {
  const rnd = seededRandom(500 + seed);
  const letters = '问题整改措施落实责任学习理论群众工作作风党性修养担当';
  const sentence = (len: number) => Array.from({ length: len }, () => letters[Math.floor(rnd() * letters.length)]).join('');
  const pool = Array.from({ length: 30 }, () => sentence(12 + Math.floor(rnd() * 40)));
  const edited = (s: string) => {
    const at = Math.floor(rnd() * s.length);
    return s.slice(0, at) + letters[Math.floor(rnd() * letters.length)] + s.slice(at + 1);
  };
  const materials = Array.from({ length: count }, (_, k) => {
    const sentences = new Map<string, SentenceRef[]>();
    const put = (text: string, paragraph: number) => {
      const key = text.replace(/[，、]/g, '');
      const refs = sentences.get(key);
      if (refs) refs.push({ paragraph, text });
      else sentences.set(key, [{ paragraph, text }]);
    };
    for (let i = 0; i < 4 + Math.floor(rnd() * 8); i++) {
      // The pool's first sentences are in most materials; the rest now and then, often edited.
      const p = i < 3 && rnd() < 0.8 ? i : Math.floor(rnd() * pool.length);
      let text = rnd() < 0.4 ? edited(pool[p]) : pool[p];
      if (rnd() < 0.2) text = `${text.slice(0, 5)}，${text.slice(5)}`;
      put(text, i);
      if (rnd() < 0.1) put(text, i + 100);
    }
    put(sentence(30), 200);
    return { name: `m${k}`, sentences };
  });
  // Three copies of one material: the others list them with the same likeness and count, in folder order.
  if (count > 3) materials[count - 1].sentences = materials[count - 2].sentences = materials[count - 3].sentences;
  const got = sharedBetween(materials, []);
  // Plainly: windows by their text, the owners of each key.
  const windows = materials.map((m) => {
    const set = new Set<string>();
    for (const refs of m.sentences.values()) for (const r of refs) addWindows(r.text, set);
    return set;
  });
  const limit = count >= SHARE_FOLDER ? Math.floor(count / 2) : count;
  const holders = new Map<string, number>();
  for (const w of windows) for (const x of w) holders.set(x, (holders.get(x) ?? 0) + 1);
  const own = windows.map((w) => [...w].filter((x) => holders.get(x)! <= limit));
  const keys: string[] = [];
  for (const m of materials) for (const key of m.sentences.keys()) if (!keys.includes(key) && lettersAndDigits(key).length >= 8) keys.push(key);
  let listed = 0;
  let exact = 0;
  materials.forEach((m, k) => {
    const want = [];
    for (let j = 0; j < count; j++) {
      if (j === k) continue;
      const both = keys.filter((key) => m.sentences.has(key) && materials[j].sentences.has(key));
      const common = own[k].filter((x) => windows[j].has(x)).length;
      const similarity = own[k].length ? common / own[k].length : 0;
      if (!both.length && !(common >= 50 && similarity >= 0.03)) continue;
      const rounded = Math.round(similarity * 1000) / 1000;
      want.push(both.length ? { other: `m${j}`, count: both.length, similarity: rounded, example: m.sentences.get(both[0])![0] } : { other: `m${j}`, count: 0, similarity: rounded });
      exact += both.length;
    }
    want.sort((a, b) => b.similarity - a.similarity || b.count - a.count);
    expect(got[k]).toEqual(want);
    listed += want.length;
  });
  expect(listed).toBeGreaterThan(count);
  expect(exact).toBeGreaterThan(0);
  // Ties (same likeness and count) were met and kept in folder order.
  if (count > 3) expect(got.some((list) => list.some((x, i) => i > 0 && x.similarity === list[i - 1].similarity && x.count === list[i - 1].count))).toBe(true);
  if (count >= SHARE_FOLDER) expect(own.some((o, k) => o.length < windows[k].size)).toBe(true);
});
