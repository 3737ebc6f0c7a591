/**
 * The folder summary's shared-text lines (t26 #16): the same writer's 2024 and 2025 materials,
 * sharing one cause sentence at 19%, were listed as 文字相近 right beside a 96% copy. A pair of at
 * most one shared sentence and under 30% of the text (sentences.ts minorShare) is no sign of copying
 * on its own: it is named after the materials alike, worded as a note (列此备查), not as 文字相近.
 * Two shared sentences, or 30% of the text, still read 文字相近. Materials made for this test from
 * the bundled sample and our own fixtures.
 */
import * as fs from 'fs';
import * as path from 'path';
import { runCli, tempFiles } from '../support/cli-run';
import { minorShare, MINOR_SHARE } from '../../src/engine/sentences';

const ROOT = path.join(__dirname, '..', '..');
const SAMPLE = fs.readFileSync(path.join(ROOT, 'samples', 'sample.txt'), 'utf8');
const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'unseen');
const ONE = '对理论学习的重要性认识不足，把学习当成软任务，导致思想武装不到位。';
const TWO = '对群众的感情有所淡化，为民服务的自觉性减弱。面对项目用地、资金等难题，习惯于等上级政策，主动破解的办法不多。';

/** A fixture material with `added` put into its causes (after the line `after` starts with). */
function withSentences(fixture: string, after: RegExp, added: string): string {
  const lines = fs.readFileSync(path.join(FIXTURES, fixture), 'utf8').split('\n');
  const at = lines.findIndex((l) => after.test(l));
  expect(at).toBeGreaterThan(0);
  lines[at] += added;
  return lines.join('\n');
}

/** The summary lines under the line of file `name`. */
function under(out: string, name: string): string[] {
  const summary = out.slice(out.indexOf('汇总（')).split('\n');
  const at = summary.findIndex((l) => l.includes(`${name}　`));
  const rest: string[] = [];
  for (let i = at + 1; i < summary.length && summary[i].startsWith('      '); i++) rest.push(summary[i].trim());
  return rest;
}

test('a copy and two sentences read 文字相近, first; one sentence at a low share after them, as a note', async () => {
  const { dir, file } = tempFiles('duizhao-minor-');
  file('a.txt', SAMPLE);
  // b: the sample with a few of its problem lines left out — a copy.
  const lines = SAMPLE.split('\n');
  file('b.txt', lines.filter((l, i) => !(i % 4 === 0 && /^[一二]是/.test(l))).join('\n'));
  file('c.txt', withSentences('u112_short_two_items.txt', /^深刻反思以上问题/, ONE));
  file('d.txt', withSentences('u108_concrete_rich.txt', /^（一）思想上/, TWO));
  const { out } = await runCli(dir);
  const a = under(out, 'a.txt');
  const kinds = a.map((l) => (l.includes('文字相近：') ? 'alike' : l.includes('列此备查') ? 'note' : 'other'));
  expect(kinds.filter((k) => k === 'other')).toEqual([]);
  // Every 文字相近 line before every note.
  expect(kinds.lastIndexOf('alike')).toBeLessThan(kinds.indexOf('note'));
  expect(a.find((l) => l.includes('b.txt'))).toContain('文字相近：');
  expect(a.find((l) => l.includes('d.txt'))).toMatch(/文字相近：.*相同整句 2 句/);
  expect(a.find((l) => l.includes('c.txt'))).toMatch(/^与 .*c\.txt 只有 1 句相同（如第\d+行）：本材料问题和原因部分约 \d+% 的文字与之相同，不足以说明照抄，列此备查$/);
  // c's own line names a.txt the same way, not as 文字相近.
  expect(under(out, 'c.txt').every((l) => !l.includes('文字相近：'))).toBe(true);
  // --json keeps every pair as it was: sentences and share.
  const j = JSON.parse((await runCli(dir, '--json')).out) as { file: string; sharedText?: { file: string; sentences: number }[] }[];
  const ja = j.find((x) => x.file.endsWith('a.txt'))!;
  expect(ja.sharedText!.find((x) => x.file.endsWith('c.txt'))!.sentences).toBe(1);
});

test('minorShare: at most one sentence and under 30% — both sides of each bound', () => {
  expect(MINOR_SHARE).toBe(0.3);
  expect(minorShare({ count: 1, similarity: 0.19 })).toBe(true);
  expect(minorShare({ count: 0, similarity: 0.05 })).toBe(true);
  expect(minorShare({ count: 2, similarity: 0.05 })).toBe(false);
  expect(minorShare({ count: 1, similarity: 0.3 })).toBe(false);
  expect(minorShare({ count: 0, similarity: 0.96 })).toBe(false);
});
