/**
 * Character bigrams with document-level IDF: an alternative (and complementary) similarity to the
 * concept lexicon, kept so the evaluation can compare them. Generic bigrams (加强, 进一步, 工作,
 * 问题 …) are dropped outright; the rest are weighted by how rare they are across the document.
 */

const CJK = /[\u4e00-\u9fff]/;

/** Bigrams of boilerplate that appear in every section and must never make a link. */
export const GENERIC_BIGRAMS: ReadonlySet<string> = new Set(
  (
    '加强 强化 进一 一步 步加 工作 问题 方面 存在 不够 不足 有待 需要 进行 推进 推动 提高 提升 全面 深入 坚持 ' +
    '切实 认真 不断 持续 积极 主动 一些 有的 部分 班子 成员 同志 我们 自己 本人 领导 干部 党员 一定 程度 ' +
    '不同 没有 还不 不强 不高 不深 不实 落实 贯彻 要求 情况 现象 能力 意识 精神 思想 发展 建设 实际 ' +
    '做到 更加 更好 始终 真正 着力 努力 充分 发挥 作用 把握 以及 之间 过程 其中 这个 那个 一个 进而 ' +
    '习近 近平 平新 新时 时代 代中 中国 国特 特色 色社 社会 会主 主义 义思 想的 '
  )
    .split(/\s+/)
    .filter(Boolean),
);

/** Bigram counts of a text; only bigrams of two CJK characters, generic ones excluded. */
export function bigrams(text: string): Map<string, number> {
  const out = new Map<string, number>();
  let prev = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (!CJK.test(c)) {
      prev = '';
      continue;
    }
    if (prev) {
      const g = prev + c;
      if (!GENERIC_BIGRAMS.has(g)) out.set(g, (out.get(g) ?? 0) + 1);
    }
    prev = c;
  }
  return out;
}

export type Vector = Map<string, number>;

/**
 * TF-IDF unit vectors for a set of texts. `boost` adds a second text (a heading) counted twice.
 * df is taken over the same set, so a bigram present in most items weighs nearly nothing.
 */
export function tfidfVectors(texts: { body: string; head?: string }[]): Vector[] {
  const counts = texts.map((t) => {
    const m = bigrams(t.body);
    if (t.head) for (const [g, n] of bigrams(t.head)) m.set(g, (m.get(g) ?? 0) + 2 * n);
    return m;
  });
  const df = new Map<string, number>();
  for (const m of counts) for (const g of m.keys()) df.set(g, (df.get(g) ?? 0) + 1);
  const n = texts.length;
  return counts.map((m) => {
    const v: Vector = new Map();
    let norm = 0;
    for (const [g, tf] of m) {
      const idf = Math.log((n + 1) / (df.get(g)! + 0.5));
      if (idf <= 0) continue;
      const w = (1 + Math.log(tf)) * idf;
      v.set(g, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [g, w] of v) v.set(g, w / norm);
    return v;
  });
}

/** Contributions of shared bigrams to the cosine of two unit vectors, largest first. */
export function sharedBigrams(a: Vector, b: Vector, limit = 5): { gram: string; weight: number }[] {
  const out: { gram: string; weight: number }[] = [];
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const [g, w] of small) {
    const x = large.get(g);
    if (x !== undefined) out.push({ gram: g, weight: w * x });
  }
  out.sort((p, q) => q.weight - p.weight);
  return out.slice(0, limit);
}
