/**
 * The proportion rule counts a part's characters without its white space; nonSpaceLength counts
 * them without building the copy that s.replace(/\s/g, '') would. Same count for every UTF-16
 * unit alone and for mixed text (spaces of every kind between Chinese, Latin and digits).
 */
import { nonSpaceLength } from '../../src/engine/rules/proportion';

const viaReplace = (s: string) => s.replace(/\s/g, '').length;

describe('nonSpaceLength counts as replace(/\\s/g) would', () => {
  test('every UTF-16 unit alone', () => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const s = String.fromCharCode(c);
      if (nonSpaceLength(s) !== viaReplace(s)) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });

  test.each([
    '',
    '一、存在的主要问题\n（一）在带头方面\n一是理论学习不够深入。',
    ' \t\u3000全角空格\u3000与\u00a0不换行空格\u2003和\u202f窄空格 ',
    'Excel 表格 2024 年\r\n第二行\u2028\u2029\ufeff',
    '😀 emoji 😀',
  ])('%j', (s) => expect(nonSpaceLength(s)).toBe(viaReplace(s)));
});
