/**
 * aspect-terms.ts finds the terms of every template in one scan a text and keeps the answer per
 * text; a template's terms read from it must be what a scan with the template's own trie finds
 * (link/concepts.ts buildMatcher conceptsIn: longest form at each position, no overlaps, each term
 * once, in the order found) — for the real templates over real text, for vocabularies that nest
 * and overlap, asked again (kept), past what is kept, and after another template brings new terms.
 */
import { buildMatcher } from '../../src/engine/link/concepts';
import { allTemplates, type Template } from '../../src/engine/template';
import { headingFeatures, mapAspects } from '../../src/engine/aspects';
import { forgetTermOccurrences, occurrencesOf, ownTermsIn, registerTerms } from '../../src/engine/aspect-terms';
import { ownMaterialsAndSeeds } from '../support/seeds';
import { seededRandom } from '../support/random';

/** A vocabulary as aspects.ts profiles it: registered, with its own index by shared number. */
function vocabulary(terms: string[]) {
  const ids = registerTerms(terms);
  const ownOf = new Int32Array(ids.reduce((m, id) => (id > m ? id : m), -1) + 1).fill(-1);
  ids.forEach((id, own) => {
    if (id >= 0) ownOf[id] = own;
  });
  const matcher = buildMatcher(terms.map((t) => ({ id: t, label: t, forms: [t] })));
  return { terms, ownOf, matcher, seen: new Uint32Array(terms.length), stamp: 0 };
}
type Vocabulary = ReturnType<typeof vocabulary>;

function ours(v: Vocabulary, text: string): number[] {
  const out: number[] = [];
  ownTermsIn(occurrencesOf(text), v.ownOf, v.seen, ++v.stamp, (t) => out.push(t));
  return out;
}

function reference(v: Vocabulary, text: string): number[] {
  const out: number[] = [];
  v.matcher.conceptsIn(text, new Uint32Array(v.terms.length), 1, (t) => out.push(t));
  return out;
}

const templateVocabularies = () => allTemplates().map((t) => vocabulary([...new Set(t.aspects.flatMap((a) => a.vocabulary))]));

const lines = ownMaterialsAndSeeds('aspect terms').flatMap((m) => m.text.split('\n')).filter((l) => l.trim());

beforeEach(() => forgetTermOccurrences());

test('every template’s terms in real lines and in whole materials, asked twice', () => {
  const vs = templateVocabularies();
  expect(vs.length).toBeGreaterThan(3);
  const texts = [...lines, ...ownMaterialsAndSeeds('aspect terms').map((m) => m.text)];
  let found = 0;
  for (let pass = 0; pass < 2; pass++) {
    for (const text of texts) {
      for (const v of vs) {
        const want = reference(v, text);
        found += want.length;
        expect(ours(v, text)).toEqual(want);
      }
    }
  }
  expect(found).toBeGreaterThan(1000);
});

test('nested and overlapping vocabularies over random text, with terms at the very ends', () => {
  const rnd = seededRandom(7);
  const alphabet = '学习贯彻落实党的理论思想作风';
  const pick = (n: number) => Array.from({ length: n }, () => alphabet[Math.floor(rnd() * alphabet.length)]).join('');
  // Vocabularies sharing prefixes and suffixes: one term inside another, one running into another.
  const vs = Array.from({ length: 6 }, () => {
    const terms = new Set<string>();
    while (terms.size < 25) terms.add(pick(1 + Math.floor(rnd() * 4)));
    return vocabulary([...terms]);
  });
  vs.push(vocabulary(['学习', '学习贯彻', '贯彻落实', '落实', '实', '彻落']));
  vs.push(vocabulary(['', '党', '党的理论', '的理']));
  for (let i = 0; i < 3000; i++) {
    const text = pick(Math.floor(rnd() * 40));
    for (const v of vs) expect(ours(v, text)).toEqual(reference(v, text));
  }
});

test('past what is kept, and after a new template brings terms of its own', () => {
  const vs = templateVocabularies();
  const texts: string[] = [];
  for (let i = 0; texts.length < 9000; i++) texts.push(`${i}${lines[i % lines.length]}`);
  for (const text of texts) for (const v of [vs[0], vs[vs.length - 1]]) expect(ours(v, text)).toEqual(reference(v, text));
  // Kept occurrences of the texts seen hold no term of the new vocabulary: they must be found anew.
  const kept = occurrencesOf(texts[texts.length - 1]);
  const late = vocabulary(['问题', '整改', '理论学习不够', '不够', '习不']);
  expect(occurrencesOf(texts[texts.length - 1])).not.toBe(kept);
  for (const text of texts.slice(-500)) for (const v of [late, ...vs]) expect(ours(v, text)).toEqual(reference(v, text));
});

test('text outside the basic plane and empty text', () => {
  const v = vocabulary(['𠀀学', '学习', '习']);
  for (const text of ['', '𠀀学习', '学𠀀习', '习习习', '学']) expect(ours(v, text)).toEqual(reference(v, text));
});

test('headings mapped again after another template brought new terms read them (mapAspects)', () => {
  const base = allTemplates()[0];
  const cands = () => [
    { heading: '（一）在理论学习方面', body: '一是学习不够深入，对新思想的理解停留在表面。二是调查研究不够。' },
    { heading: '（二）在作风建设方面', body: '深入基层不够，调查研究走马观花，存在形式主义。' },
    { heading: '（三）其他方面', body: '落实整改不到位，问题清单长期挂账。' },
  ].map((c) => ({ ...c, features: headingFeatures(c.heading) }));
  const kept = cands();
  const before = mapAspects(kept, base);
  expect(before).toEqual(mapAspects(cands(), base));
  // Terms no template had, each in one heading's items: the same candidates, mapped to it, must count them.
  const widened: Template = {
    ...base,
    aspects: base.aspects.map((a, i) => ({ ...a, vocabulary: [...a.vocabulary, ['走马观花', '问题清单长期挂账', '停留在表面'][i % 3]] })),
  };
  const again = mapAspects(kept, widened);
  expect(again).toEqual(mapAspects(cands(), widened));
  expect(again.map((c) => c.scores)).not.toEqual(before.map((c) => c.scores));
});
