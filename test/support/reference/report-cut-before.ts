/**
 * report.ts `cut` as it was before it cleaned only a start of a long text and kept its cuts
 * (issue 14: the folder check): white space collapsed and trimmed over the whole text, then clip.
 * The oracle for test/engine/report-cut.test.ts.
 */
import { clip } from '../../../src/engine/text';

export function cutBefore(s: string, max: number): string {
  return clip(s.replace(/\s+/g, ' ').trim(), max);
}
