/** The engine never throws, whatever text or paragraph list it is given. */
import fc from 'fast-check';
import { analyze, readText } from '../../src/engine';
import { toJson } from '../../src/engine/json';
import { formatReport } from '../../src/engine/report';
import type { Paragraph } from '../../src/engine/types';

// Fragments real materials are made of, so random documents reach deep into the outline code.
const fragments = [
  '一、', '二、', '三、', '（一）', '（二）', '（五）', '(三)', '1.', '２．', '（1）', '①', '一是', '二是', '三', '第一，',
  '存在的主要问题', '原因分析', '整改措施', '上年度整改落实情况', '在带头深刻感悟“两个确立”方面', '以人民为中心', '全面从严治党',
  '理论学习不够。', '比如，', '每月2次', '年底前', '；', '。', '：', '，', '\t', '\u000b', ' ', '\u3000', '**', '# ', '',
];
const fragmentText = fc.array(fc.constantFrom(...fragments), { maxLength: 12 }).map((xs) => xs.join(''));
const anyText = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fragmentText);

const paragraph = fc.record(
  {
    text: anyText,
    listString: fc.option(fc.constantFrom('一、', '（一）', '1.', '', '•'), { nil: undefined }),
    headingLevel: fc.option(fc.integer({ min: -1, max: 12 }), { nil: undefined }),
    outlineLevel: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
    markdownLevel: fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined }),
    styleName: fc.option(fc.string(), { nil: undefined }),
    bold: fc.option(fc.boolean(), { nil: undefined }),
    inTable: fc.option(fc.boolean(), { nil: undefined }),
  },
  { requiredKeys: ['text'] },
);

function runAll(paragraphs: Paragraph[], source: 'text' | 'word') {
  const a = analyze({ paragraphs, source });
  toJson(a, 'x');
  formatReport(a, 'x');
  for (const f of a.findings) {
    expect(f.paragraph).toBeGreaterThanOrEqual(0);
    expect(f.paragraph).toBeLessThan(Math.max(1, paragraphs.length));
    expect(f.message.length).toBeGreaterThan(0);
  }
}

test('any text read as a file', () => {
  fc.assert(
    fc.property(fc.array(anyText, { maxLength: 60 }), (lines) => {
      runAll(readText(lines.join('\n'), 'markdown'), 'text');
    }),
    { numRuns: 400 },
  );
});

test('any paragraph list a host could produce', () => {
  fc.assert(
    fc.property(fc.array(paragraph, { maxLength: 60 }), (ps) => {
      runAll(ps.map((p, index) => ({ ...p, index }) as Paragraph), 'word');
    }),
    { numRuns: 400 },
  );
});

test('one huge paragraph', () => {
  const text = '（一）在带头践行以人民为中心的发展思想方面。' + '一是宗旨意识不强，比如走访少；二是为民办事少。'.repeat(2000);
  expect(() => runAll(readText(text), 'text')).not.toThrow();
});
