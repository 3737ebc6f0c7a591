/**
 * The XML scanner's attribute lookup reads only the tag it is asked about (issue 13, item 3): a
 * lookup for an attribute a tag lacks once searched the rest of the document, so 40,000
 * `<w:b/>` with no w:val anywhere took 46 s. Asserted as a relative time (best of five runs):
 * ten times the input must cost far less than the hundred times a quadratic lookup costs (the
 * old lookup does not finish within the test's time limit). Real timings: `npm run bench`.
 */
import { scanXml, XmlHandler, XmlTag } from '../../src/engine/readers/docx-xml';

function flood(tags: number, shape: 'bold' | 'attrs' | 'spaces'): string {
  const one = shape === 'bold' ? '<w:b/>' : shape === 'attrs' ? '<w:b w:x="1" w:y=\'2\'/>' : '<w:b   />';
  return `<w:document xmlns:w="x"><w:body>${one.repeat(tags)}</w:body></w:document>`;
}

function lookAll(xml: string): number {
  let found = 0;
  const h: XmlHandler = {
    wantText: false,
    text() {},
    close() {},
    open(tag: XmlTag) {
      if (tag.attr('w:val') !== undefined) found++;
      if (tag.attr('w:rsidR') !== undefined) found++;
    },
  };
  scanXml(xml, h);
  return found;
}

function best(fn: () => void, runs = 5): number {
  let b = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    b = Math.min(b, performance.now() - t);
  }
  return b;
}

test.each(['bold', 'attrs', 'spaces'] as const)('attribute lookups on %s tags grow linearly with the document', (shape) => {
  const small = flood(4000, shape);
  const large = flood(40000, shape);
  expect(lookAll(large)).toBe(0);
  lookAll(small);
  const tSmall = Math.max(best(() => lookAll(small)), 0.05);
  const tLarge = best(() => lookAll(large));
  // Linear: about 10x. Quadratic: about 100x. The bound leaves room for a noisy shared machine.
  expect(tLarge / tSmall).toBeLessThan(40);
});

test('attribute values are still found, with either quote and spaces around "="', () => {
  const seen: Array<string | undefined> = [];
  scanXml(`<r xmlns:w="x"><w:b w:val = "0"/><w:c w:other="1" w:val='a&amp;b'/><w:d w:vals="no"/><w:e/></r>`, {
    wantText: false,
    text() {},
    close() {},
    open(tag) {
      seen.push(tag.attr('w:val'));
    },
  });
  expect(seen).toEqual([undefined, '0', 'a&b', undefined, undefined]);
});
