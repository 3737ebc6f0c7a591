/**
 * Items numbered straight through their sections (aspect （一） holds 1. 2. 3., aspect （二） goes on
 * 4. 5.) are a writer's choice, not a fault; a section that starts elsewhere (not 1, not the next
 * number) still is, and so are skips and repeats inside the run. Every item marker kind a writer
 * types; materials written for this test.
 */
import { analyze } from '../../src/engine';
import { textDoc } from '../support/docs';

const CN = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const MARKS: [string, (v: number) => string][] = [
  ['1.', (v) => `${v}.`],
  ['（1）', (v) => `（${v}）`],
  ['一是', (v) => `${CN[v]}是`],
  ['第一，', (v) => `第${CN[v]}，`],
];
const ASPECTS = ['在深刻感悟“两个确立”方面', '在践行以人民为中心的发展思想方面', '在汲取党史正反两方面经验方面'];
const ITEMS = [
  '理论学习不够系统。比如全年只读了两本原著。',
  '学用结合不够紧密。比如调研报告多是情况汇总。',
  '联系服务群众不够。比如今年到基层调研仅4次。',
  '为民办事效率不高。比如2件民生实事延期。',
  '斗争精神不足。比如对信访积案化解推进慢。',
  '以史为鉴的自觉性不强。比如总结经验教训不多。',
];

/** A material whose aspects hold items numbered `numbers[aspect]`. */
function material(mark: (v: number) => string, numbers: number[][]): string[] {
  let k = 0;
  const lines = ['某局党组书记党史学习教育专题民主生活会对照检查材料', '一、存在的主要问题'];
  numbers.forEach((seq, a) => {
    lines.push(`（${CN[a + 1]}）${ASPECTS[a]}`);
    for (const v of seq) lines.push(mark(v) + ITEMS[k++ % ITEMS.length]);
  });
  lines.push('二、原因分析', '理想信念有所松懈，党性修养有所放松。', '三、整改措施', '一是加强理论学习，每月集中学习不少于2次。');
  return lines;
}

const numberingMessages = (lines: string[]) => analyze(textDoc(lines)).findings.filter((f) => f.rule === 'numbering').map((f) => f.message);

describe.each(MARKS)('items marked %s', (_name, mark) => {
  test.each([
    ['straight through two aspects', [[1, 2, 3], [4, 5]]],
    ['straight through three aspects', [[1, 2], [3, 4], [5, 6]]],
    ['one item each, straight through', [[1], [2], [3]]],
    ['each aspect from 1', [[1, 2], [1, 2, 3], [1]]],
  ])('%s: no numbering finding', (_shape, numbers) => {
    expect(numberingMessages(material(mark, numbers))).toEqual([]);
  });

  test.each([
    ['second aspect starts past the next number', [[1, 2], [4, 5]], /没有从/],
    ['second aspect starts back at the last number', [[1, 2], [2, 3]], /没有从/],
    ['first aspect does not start at 1', [[2, 3], [4, 5]], /没有从/],
    ['a skip inside the straight run', [[1, 2], [3, 5]], /跳|应为|缺/],
  ])('%s: still a numbering finding', (_shape, numbers, message) => {
    const found = numberingMessages(material(mark, numbers));
    expect(found.length).toBeGreaterThan(0);
    expect(found.join('\n')).toMatch(message);
  });
});
