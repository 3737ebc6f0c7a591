/**
 * readText gives each line of 13–8192 UTF-16 units a string of its own (not a cut of the file, for
 * the engine's character loops): the texts must be exactly the lines, whatever their length,
 * characters (surrogate pairs split by the copy's two pieces) or line ends.
 */
import { readText } from '../../src/engine/readers/text';

const PIECES = ['学', '习', 'a', '1', '𠀀', '。', '“', '”', '　', '，'];

/** A deterministic pseudo-random line of `n` code units at least, from PIECES (no marks, no spaces at its ends). */
function line(n: number, seed: number): string {
  let s = '';
  let x = seed;
  while (s.length < n) {
    x = (x * 1103515245 + 12345) >>> 0;
    s += PIECES[x % PIECES.length];
  }
  return `党${s}。`;
}

describe('readText copies lines whole', () => {
  const lengths = [1, 11, 12, 13, 14, 40, 500, 8190, 8191, 8192, 8193, 9000];
  it.each(['\n', '\r\n', '\r'])('texts equal the lines (line end %j)', (eol) => {
    const lines = lengths.map((n, i) => line(n, i + 1));
    const got = readText(lines.join(eol)).map((p) => p.text);
    expect(got).toEqual(lines);
  });

  it('a line starting with a surrogate pair keeps it whole', () => {
    const lines = ['𠀀𠀁学习贯彻落实党的二十大精神不够深入', '𠀀'.repeat(20)];
    expect(readText(lines.join('\n')).map((p) => p.text)).toEqual(lines);
  });

  it('the texts are equal to cuts of the file, marks removed as before', () => {
    const text = ['# 一、存在的主要问题', '**（一）在带头深刻感悟“两个确立”方面**', '- 一是学习不够深入，理论联系实际不紧。', line(300, 7)].join('\n');
    const got = readText(text, 'markdown').map((p) => p.text);
    expect(got).toEqual(['一、存在的主要问题', '（一）在带头深刻感悟“两个确立”方面', '一是学习不够深入，理论联系实际不紧。', line(300, 7)]);
  });
});
