/**
 * check --fix-preview: a long paragraph (a whole problems part run in, some 400 characters) is not
 * printed twice over for a one-word change — its changed span is shown with some words around it,
 * cut with "…"; short paragraphs are shown whole as before (trial t24 m12).
 */
import { fixPreview } from '../../src/engine/fix';
import type { Fix } from '../../src/engine/types';

const filler = '对基层医疗机构的指导不够经常，乡镇卫生院门诊量下降，群众看病难问题仍然存在。';
const long = `（一）在理论学习方面。${filler.repeat(4)}四 疫情防控期间群众就医需求回应不及时。${filler.repeat(5)}`;
const paragraphs = [{ text: '一、存在的主要问题' }, { text: long }, { text: '二、原因分析' }];
const at = long.indexOf('四 疫情');
const renumber: Fix = { label: '改为“三是”', edits: [{ paragraph: 1, start: at, length: 2, text: '三是', expect: '四 ' }] };

test('the paragraph is long enough to matter', () => {
  expect(long.length).toBeGreaterThan(300);
});

test('one change in a long paragraph: its span with context, each line far shorter than the paragraph', () => {
  const lines = fixPreview(paragraphs, renumber);
  const minus = lines.filter((l) => l.startsWith('- '));
  const plus = lines.filter((l) => l.startsWith('+ '));
  expect(minus).toHaveLength(1);
  expect(plus).toHaveLength(1);
  expect(minus[0]).toContain('四 疫情防控');
  expect(plus[0]).toContain('三是疫情防控');
  for (const l of [...minus, ...plus]) expect(l.length).toBeLessThan(80);
  expect(lines.join('\n').split(filler.slice(0, 12)).length - 1).toBeLessThanOrEqual(4);
  expect(lines).toContain('  一、存在的主要问题');
});

test('two changes far apart: two spans joined by …', () => {
  const second = long.lastIndexOf('群众看病难');
  const fix: Fix = { label: 'x', edits: [...renumber.edits, { paragraph: 1, start: second, length: 5, text: '看病难', expect: '群众看病难' }] };
  const lines = fixPreview(paragraphs, fix);
  const plus = lines.find((l) => l.startsWith('+ '))!;
  expect(plus).toContain('三是疫情防控');
  expect(plus).toContain('看病难');
  expect(plus.length).toBeLessThan(160);
});

test('a long paragraph as context is cut too', () => {
  const fix: Fix = { label: 'x', edits: [{ paragraph: 2, start: 0, length: 2, text: '三、', expect: '二、' }] };
  const lines = fixPreview(paragraphs, fix);
  const context = lines.find((l) => l.startsWith('  …') || l.startsWith('  （'))!;
  expect(context.length).toBeLessThan(60);
});

test('a short paragraph is still shown whole', () => {
  const fix: Fix = { label: 'x', edits: [{ paragraph: 2, start: 0, length: 2, text: '三、', expect: '二、' }] };
  expect(fixPreview(paragraphs, fix)).toContain('- 二、原因分析');
  expect(fixPreview(paragraphs, fix)).toContain('+ 三、原因分析');
});
