/**
 * decodeEntities finds references with indexOf, not a pattern: it must give exactly what replacing
 * the pattern below with entityValue gives, on references of every kind (named, decimal, hex,
 * out of range, lone surrogates), broken ones (no ";", unknown names, bad digits, "&" inside a
 * body, empty bodies) and text with none.
 */
import { decodeEntities, entityValue } from '../../src/engine/readers/docx-xml';
import { seededRandom } from '../support/random';

/** The references XML predefines, and numeric ones: the pattern decodeEntities must agree with. */
const ENTITY = /&(#[xX][0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g;
const plain = (s: string) => s.replace(ENTITY, (_m, body: string) => entityValue(body));

test.each([
  ['no reference: the same string', '一是学习不够深入', '一是学习不够深入'],
  ['named', '&lt;w:t&gt; &amp; &quot;两个确立&quot; &apos;', '<w:t> & "两个确立" \''],
  ['numeric', '&#20013;&#x56FD;&#X56fd;&#0065;', '中国国A'],
  ['out of range and surrogates', '&#x110000;a&#xD83D;&#xDE00;&#99999999999999999999;', 'a\u{1F600}'],
  ['broken', '&lt &;&#;&#x;&#12a;&#xG1;&LT;&am;&ampx;&a&lt;b & ;', '&lt &;&#;&#x;&#12a;&#xG1;&LT;&am;&ampx;&a<b & ;'],
])('%s', (_name, s, want) => {
  expect(decodeEntities(s)).toBe(want);
  expect(plain(s)).toBe(want);
});

test('random text of reference pieces decodes as the pattern does', () => {
  const rnd = seededRandom(17);
  const pieces = ['&', ';', '#', 'x', 'X', '1', '9', 'a', 'F', 'g', 'l', 't', 'amp', 'quot', 'apos', 'lt', 'gt', '中', ' ', '&#x', '&#', '&lt;', '&#x4E2D;', '&#12;'];
  let decoded = 0;
  for (let i = 0; i < 5000; i++) {
    const s = Array.from({ length: Math.floor(rnd() * 14) }, () => pieces[Math.floor(rnd() * pieces.length)]).join('');
    const want = plain(s);
    expect(decodeEntities(s)).toBe(want);
    if (want !== s) decoded++;
  }
  expect(decoded).toBeGreaterThan(500);
});
