/**
 * Rule table-gap: a 整改清单 row with no measure — its 整改措施 cell empty (or only —, /, 待定), its
 * 责任人 and 完成时限 too or not, with or without its 问题 — is a finding (a reviewer sends it back),
 * pointed at the row's 问题 cell or first written cell (trial t24 m06: | 3 | 秸秆禁烧“一刀切” | | | |
 * said nothing). A row with nothing written at all is a spare row of the form, left alone.
 */
import { analyze } from '../../src/engine';
import { readText } from '../../src/engine/readers/text';
import type { DocumentInput, Paragraph } from '../../src/engine/types';

const BEFORE = [
  '县林业局局长2024年度民主生活会个人对照检查材料',
  '一、存在的主要问题',
  '（一）带头严守政治纪律和政治规矩，维护党的团结统一方面',
  '落实林长制部署有时打折扣，比如护林员巡山记录有代签现象。',
  '（二）带头增强党性、严守纪律、砥砺作风方面',
  '下基层调研少，全年到林场仅3次。',
  '（三）带头在遵规守纪、清正廉洁前提下勇于担责、敢于创新方面',
  '森林防火推进有畏难情绪，全年清理可燃物仅完成计划的60%。',
  '（四）带头履行全面从严治党政治责任方面',
  '对林场监督偏软，1个林场违规发放补贴。',
  '二、原因分析',
  '一是理想信念有所松懈。二是宗旨意识淡化。',
  '三、整改措施',
];
const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
const HEADER = ['序号', '问题', '整改措施', '责任人', '完成时限'];
const GOOD = ['1', '护林员巡山记录代签', '推行巡山电子打卡，每月抽查一次', '分管副局长', '2025年3月底前'];

function material(rows: string[][], header = HEADER): DocumentInput {
  const lines = [...BEFORE, line(header), line(header.map(() => '---')), ...rows.map(line), '对照检查人：周××'];
  return { paragraphs: readText(lines.join('\n'), 'markdown'), source: 'markdown' };
}

const emptyRows = (input: DocumentInput) => analyze(input).findings.filter((f) => f.rule === 'table-gap' && /整改清单第/.test(f.message));
const textOf = (input: DocumentInput, p: number) => (input.paragraphs as Paragraph[])[p].text;

test('a row with its 问题 and nothing else', () => {
  const input = material([GOOD, ['2', '森林防火清理可燃物滞后', '', '', '']]);
  const found = emptyRows(input);
  expect(found).toHaveLength(1);
  expect(found[0].message).toContain('第2行');
  expect(found[0].message).toContain('森林防火清理可燃物滞后');
  expect(found[0].message).toContain('整改措施、责任人、完成时限都空着');
  expect(textOf(input, found[0].paragraph)).toBe('森林防火清理可燃物滞后');
});

test('a row with only its number (no 问题 either)', () => {
  const input = material([GOOD, ['2', '', '', '', '']]);
  const found = emptyRows(input);
  expect(found).toHaveLength(1);
  expect(found[0].message).toContain('第2行');
  expect(found[0].message).toContain('删去');
});

test('dashes and 待定 are empty cells too; an owner written does not make it a measure', () => {
  const input = material([GOOD, ['2', '林场补贴违规发放', '—', '纪检组长', '待定']]);
  const found = emptyRows(input);
  expect(found).toHaveLength(1);
  expect(found[0].message).toContain('整改措施、完成时限都空着');
  expect(found[0].message).not.toContain('责任人、');
});

test('a table with no 序号 column: the row is named by its place', () => {
  const input = material([GOOD.slice(1), ['下基层调研少', '', '', '']], HEADER.slice(1));
  const found = emptyRows(input);
  expect(found).toHaveLength(1);
  expect(found[0].message).toContain('第2行');
});

test('full rows and a blank spare row are no finding', () => {
  expect(emptyRows(material([GOOD, ['2', '下基层调研少', '每月到林场调研不少于2次', '本人', '长期坚持']]))).toHaveLength(0);
  expect(emptyRows(material([GOOD, ['', '', '', '', '']]))).toHaveLength(0);
});
