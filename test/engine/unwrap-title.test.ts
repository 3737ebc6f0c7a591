/**
 * A PDF paste whose title line is as wide as the wrap width (t26: m07 hard-wrapped at 32 characters
 * lost its title — "…局长2024年度民主生活会个人对照检查材料" ran on into the preamble, no 标题 line, JSON
 * title null). A line at the top that ends as a title does, and the writer's post and name above a
 * whole title, stay their own paragraphs at any wrap width; a preamble's first line still runs on.
 */
import { readText } from '../../src/engine/readers/text';
import { unwrapText } from '../../src/engine/readers/unwrap';
import { unwrapWordParagraphs } from '../../src/engine/readers/joined';
import { analyze } from '../../src/engine';
import type { Paragraph } from '../../src/engine/types';

/** `text` cut into lines of `n` characters, as a PDF of that width pastes. */
function wrap(text: string, n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += n) out.push(text.slice(i, i + n));
  return out;
}

/** A title of exactly `n` characters ending with `end` ('…' padding the post before the year). */
function titleOf(n: number, end: string): string {
  const core = `2024年度民主生活会${end}`;
  const post = '县自然资源局党组书记、局长兼规划委员会办公室主任综合执法大队队长';
  return post.slice(0, n - core.length) + core;
}

const PREAMBLE =
  '根据县委关于召开2024年度民主生活会的通知要求，本人以深入学习贯彻习近平新时代中国特色社会主义思想、巩固深化党纪学习教育成果为主题，会前认真学习了《中国共产党纪律处分条例》，征求意见建议十八条，与班子成员谈心谈话二十六人次，现对照检查如下。';
const BODY = [
  '一、存在的主要问题',
  '（一）带头严守政治纪律和政治规矩，维护党的团结统一方面',
  '一是学习贯彻党中央决策部署有温差。对耕地保护硬措施的学习领会不深，全县年度耕地流出问题图斑整改完成率仅为七成，比如对上级督办的三宗问题图斑推进迟缓。',
  '二、原因分析',
  '理想信念有所松懈，对党的创新理论学习不够深入系统，党性修养还有欠缺，宗旨意识有所淡化。',
  '三、整改措施',
  '每月集中学习不少于两次，明年六月底前完成全部问题图斑整改，由局党组书记负责。',
];

const pasted = (top: string[], n: number) => [...top, ...wrap(PREAMBLE, n), ...BODY.flatMap((l) => (l.length > n ? wrap(l, n) : [l]))].join('\n');
const texts = (text: string) => readText(text).map((p) => p.text).filter((t) => t !== '');

const WIDTHS = [26, 28, 30, 32, 36, 40];

describe.each(WIDTHS)('wrapped at %i characters', (n) => {
  test.each(['个人对照检查材料', '个人发言提纲', '对照检查', '发言材料'])('a title ending %s, as wide as the lines, stays the title', (end) => {
    const title = titleOf(n, end);
    expect(title).toHaveLength(n);
    const ps = texts(pasted([title], n));
    expect(ps[0]).toBe(title);
    expect(ps[1]).toBe(PREAMBLE);
    expect(analyze({ paragraphs: readText(pasted([title], n)), source: 'text' }).outline.title?.text).toBe(title);
  });

  test('the writer\'s post and name as wide as the lines, above the title: each its own line', () => {
    const name = '县自然资源局党组书记、局长兼规划委员会办公室主任综合执法大队王某某'.slice(-n);
    const title = '2024年度民主生活会个人对照检查材料';
    const ps = texts(pasted([name, title], n));
    expect(ps.slice(0, 3)).toEqual([name, title, PREAMBLE]);
  });

  test('a centred title (indented, as wide as the lines with its indent) stays the title', () => {
    const title = titleOf(n - 2, '个人对照检查材料');
    const ps = texts(pasted([`\u3000${title}`], n));
    expect(ps[0].trim()).toBe(title);
    expect(ps[1]).toBe(PREAMBLE);
  });

  test('unwrapText and the Word pane\'s paragraphs agree', () => {
    const title = titleOf(n, '个人对照检查材料');
    const text = pasted([title], n);
    expect(unwrapText(text).split('\n').slice(0, 2)).toEqual([title, PREAMBLE]);
    const paras: Paragraph[] = text.split('\n').map((t, index) => ({ text: t, index }) as Paragraph);
    const word = unwrapWordParagraphs(paras).paragraphs.map((p) => p.text).filter((t) => t !== '');
    expect(word.slice(0, 2)).toEqual([title, PREAMBLE]);
  });

  test('a first line that is the preamble (it has a comma) still runs on, even ending in 材料', () => {
    const opening = `按照县委组织部的统一部署和县委通知要求，现将本人二〇二四年度民主生活会个人对照检查材料`.slice(-n);
    expect(opening.endsWith('材料')).toBe(true);
    const ps = texts(pasted([opening], n));
    expect(ps[0]).toBe(opening + PREAMBLE);
  });
});

test('a title split over two lines is still one title', () => {
  const ps = texts(pasted(['某某局党委领导班子2024年度民主生活会', '对照检查材料'], 30));
  expect(ps[0]).toBe('某某局党委领导班子2024年度民主生活会对照检查材料');
});
