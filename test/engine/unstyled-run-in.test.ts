/**
 * unstyled-heading on headings run into body text in one paragraph ("（一）在政治忠诚方面。一是…"):
 * no style fix (it would make the body a heading), so ONE info finding for all of them, at the
 * first, naming how many and saying why there is no fix and what to do — not one a heading
 * (issue 11: the rule was 35–40% of all findings on real materials). Headings on a line of their
 * own keep one finding each with the style fix. Materials written for this test, several shapes.
 */
import { analyze, type Finding } from '../../src/engine';
import type { DocumentInput } from '../../src/engine/types';
import { completeLines, textDoc } from '../support/docs';

const word = (lines: string[]): DocumentInput => ({ ...textDoc(lines), source: 'word' });
const own = (lines: string[]): Finding[] => analyze(word(lines)).findings.filter((f) => f.rule === 'unstyled-heading');
const spanText = (lines: string[], f: Finding) => textDoc(lines).paragraphs[f.paragraph].text.slice(f.start!, f.start! + f.length!);

/** completeLines with its five aspect headings run into their first item ("（一）…方面。一是…"). */
function runInAspects(count: number): string[] {
  const lines = completeLines();
  const out: string[] = [];
  let done = 0;
  for (let i = 0; i < lines.length; i++) {
    if (/^（[一二三四五]）带头/.test(lines[i]) && done < count && /^一是/.test(lines[i + 1] ?? '')) {
      out.push(`${lines[i]}。${lines[i + 1]}`);
      i++;
      done++;
    } else out.push(lines[i]);
  }
  return out;
}

describe('run-in headings: one finding, no fix, says why and what to do', () => {
  test.each([1, 2, 3, 5])('%i aspect headings run into their first item', (n) => {
    const lines = runInAspects(n);
    const found = own(lines);
    const runIn = found.filter((f) => !f.fix);
    expect(runIn).toHaveLength(1);
    const f = runIn[0];
    expect(f.severity).toBe('info');
    expect(f.message).toContain('与正文写在同一段');
    expect(f.message).toContain('不提供自动修改');
    expect(f.message).toContain('按回车另起一段');
    if (n > 1) expect(f.message).toContain(`等 ${n} 个标题`);
    // It points at the first run-in heading's own words.
    expect(spanText(lines, f)).toMatch(/^（一）带头深刻感悟“两个确立”的决定性意义方面。?$/);
    // Headings on a line of their own: one finding each, with the style fix.
    const alone = found.filter((x) => x.fix);
    expect(alone.length).toBe(8 - n);
    for (const x of alone) expect(x.fix!.edits[0].style).toBeGreaterThan(0);
  });

  test('a part heading run into its first aspect, and a cause part run into text', () => {
    const lines = completeLines();
    lines[0] = '一、存在的主要问题（一）带头深刻感悟“两个确立”的决定性意义方面';
    lines.splice(1, 1);
    const k = lines.indexOf('二、原因分析');
    lines[k] = '二、原因分析。主要是理想信念有所松懈。';
    const runIn = own(lines).filter((f) => !f.fix);
    expect(runIn).toHaveLength(1);
    expect(runIn[0].message).toMatch(/等 \d+ 个标题与正文写在同一段/);
  });

  test('no run-in heading: no such finding; plain text: none at all', () => {
    expect(own(completeLines()).every((f) => f.fix)).toBe(true);
    expect(analyze(textDoc(runInAspects(3))).findings.filter((f) => f.rule === 'unstyled-heading')).toEqual([]);
  });
});
