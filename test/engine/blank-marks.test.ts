/**
 * blankMarksIn (placeholder-spans.ts) finds every shape of blank mark (PLACEHOLDER_MARK) wherever
 * it stands, and nothing in a paragraph without one: it skips a paragraph holding no unit a mark
 * starts with, so each shape's first unit must be among those it looks for.
 */
import { blankMarksIn } from '../../src/engine/placeholder-spans';

describe('blankMarksIn finds each shape of mark', () => {
  test.each([
    ['开展专题学习××次', '××'],
    ['开展专题学习×××次', '×××'],
    ['开展专题学习ＸＸ次', 'ＸＸ'],
    ['开展专题学习ｘｘ次', 'ｘｘ'],
    ['开展专题学习XX次', 'XX'],
    ['开展专题学习xx次', 'xx'],
    ['开展专题学习Xx次', 'Xx'],
    ['开展专题学习xX次', 'xX'],
    ['谈心谈话x人', 'x'],
    ['整改问题X项', 'X'],
    ['于*年完成', '*'],
  ])('%s', (text, mark) => {
    const found = blankMarksIn(text);
    expect(found).toHaveLength(1);
    expect(text.slice(found[0].start, found[0].start + found[0].length)).toBe(mark);
    // At the paragraph's start too, and after a long stretch without a mark.
    const at = text.indexOf(mark);
    expect(blankMarksIn(text.slice(at)).map((s) => s.start)).toEqual([0]);
    const lead = '一是理论学习不够深入，学用结合不紧。';
    expect(blankMarksIn(lead + text).map((s) => s.start)).toEqual([lead.length + at]);
  });
});

describe('blankMarksIn finds nothing where no mark stands', () => {
  test.each([[''], ['理论学习不深入'], ['完成时限：2026年6月'], ['Excel表格'], ['**重点**工作'], ['…………'], ['XXL号']])('%s', (text) => {
    expect(blankMarksIn(text)).toEqual([]);
  });
});
