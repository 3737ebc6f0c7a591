/**
 * The scanner keeps the tag names it meets (docx-xml.ts nameAt) and hands out the kept string when
 * the same name comes again: every start and end tag must still be reported by exactly its own
 * name — names that share a slot (1,000 names in 256 slots), names one character apart, names
 * that are prefixes of others, long names (not kept), white space before ">" of an end tag — and
 * a mismatched end tag must still be refused.
 */
import { scanXml, XmlHandler, XmlTag } from '../../src/engine/readers/docx-xml';
import { seededRandom } from '../support/random';

function names(xml: string): string[] {
  const out: string[] = [];
  const h: XmlHandler = {
    wantText: false,
    text() {},
    open(tag: XmlTag, selfClosing: boolean) {
      out.push(`<${tag.name}${selfClosing ? '/' : ''}`);
    },
    close(name: string) {
      out.push(`/${name}`);
    },
  };
  scanXml(xml, h);
  return out;
}

test('every tag is reported by its own name, however names share the kept slots', () => {
  const rnd = seededRandom(41);
  const alphabet = 'wpPrtabx:';
  const pool = Array.from({ length: 1000 }, (_, i) => {
    const len = 1 + Math.floor(rnd() * (i % 10 === 0 ? 30 : 8));
    return 'w' + Array.from({ length: len }, () => alphabet[Math.floor(rnd() * alphabet.length)]).join('');
  });
  // Prefixes of one another and one character apart.
  pool.push('w:p', 'w:pP', 'w:pPr', 'w:pPrx', 'w:q', 'w:r');
  for (let round = 0; round < 3; round++) {
    let xml = '<root>';
    const want = ['<root'];
    for (let i = 0; i < 3000; i++) {
      const a = pool[Math.floor(rnd() * pool.length)];
      const b = pool[Math.floor(rnd() * pool.length)];
      if (i % 3 === 0) {
        xml += `<${a}/>`;
        want.push(`<${a}/`, `/${a}`);
      } else {
        xml += `<${a} x="1"><${b}>t</${b} ></${a}>`;
        want.push(`<${a}`, `<${b}`, `/${b}`, `/${a}`);
      }
    }
    xml += '</root>';
    want.push('/root');
    expect(names(xml)).toEqual(want);
  }
});

test('an end tag that differs from a kept name by one character is refused', () => {
  expect(() => names('<w:pPr><w:pPr></w:pPr></w:pPx>')).toThrow(/mismatched/);
  expect(() => names('<w:p><w:p></w:p></w:p ></w:p>')).toThrow();
  expect(names('<w:p><w:pP/></w:p>')).toEqual(['<w:p', '<w:pP/', '/w:pP', '/w:p']);
});
