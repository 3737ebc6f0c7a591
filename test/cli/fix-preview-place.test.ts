/**
 * --fix-preview titles each hunk with where its edit goes (t26: "@@ 第6段 在整改措施末尾补一条对应措施"
 * for a measure added after paragraph 26 — the finding's paragraph, not the edit's). A paragraph
 * added after paragraph N is "第N段后" (第N行后 in a text file: the last line of a paragraph joined
 * from several), with the finding's place said after the label when it is elsewhere; an edit in
 * the finding's own paragraph keeps its title as it was. Hunks follow the places of their edits.
 */
import { runCli, tempFiles } from '../support/cli-run';
import { completeLines } from '../support/docs';
import { makeDocx } from '../support/docx-writer';

const temp = tempFiles('duizhao-fix-place-');
const titles = (out: string) => out.split('\n').filter((l) => l.startsWith('@@ '));

/** completeLines with a numbering slip (四是 for 三是) at line 5, its problems partly unanswered. */
function material(): string[] {
  const lines = completeLines();
  lines.splice(4, 0, '四是担当不够。');
  return lines;
}

test('a .txt: the added measures go after the last line, each naming its problem\'s line', async () => {
  const lines = material();
  const r = await runCli(temp.file('m.txt', lines.join('\n')), '--fix-preview');
  const stubs = titles(r.out).filter((t) => t.includes('在整改措施末尾补一条对应措施'));
  expect(stubs.length).toBeGreaterThanOrEqual(2);
  for (const t of stubs) expect(t).toMatch(new RegExp(`^@@ 第${lines.length}行后 在整改措施末尾补一条对应措施（占位）（问题在第\\d+行）$`));
  // The problems named are the unanswered ones, at their own lines.
  for (const t of stubs) {
    const line = Number(t.match(/问题在第(\d+)行/)![1]);
    expect(lines[line - 1]).toMatch(/^[一二三四]是/);
  }
  // An edit in the finding's own line: titled as before, without the finding's place again.
  expect(titles(r.out)).toContain('@@ 第5行 改为“三是”');
});

test('a .txt whose last measure is hard-wrapped over two lines: after its last line', async () => {
  const lines = material();
  const last = lines.length - 1;
  // The last measure, long, cut over two lines as a PDF does; the text before it wrapped at the same width.
  const long = '（二）践行为民宗旨，坚持每月到联系点走访群众，年底前走访困难群众20户，建立问题台账，逐项销号管理，确保件件有回音。';
  const width = 24;
  const wrap = (s: string): string[] => (s.length > width ? [s.slice(0, width), ...wrap(s.slice(width))] : [s]);
  const filler = '（三）加强作风建设，严格落实中央八项规定及其实施细则精神，力戒形式主义、官僚主义，每季度开展一次自查自纠，发现问题立行立改，建立长效机制。';
  const text = [...lines.slice(0, last), ...wrap(long), ...wrap(filler)];
  const r = await runCli(temp.file('wrapped.txt', text.join('\n')), '--fix-preview');
  const stubs = titles(r.out).filter((t) => t.includes('在整改措施末尾补一条对应措施'));
  expect(stubs.length).toBeGreaterThan(0);
  for (const t of stubs) expect(t.startsWith(`@@ 第${text.length}行后 `)).toBe(true);
});

test('a .docx: 第N段后, N the last paragraph of the measures part, and the problem\'s 第M段', async () => {
  const lines = [...material(), '以上对照检查，请同志们批评指正。'];
  const bytes = await makeDocx({ body: lines.map((text) => ({ text })) });
  const r = await runCli(temp.file('m.docx', Buffer.from(bytes)), '--fix-preview');
  const stubs = titles(r.out).filter((t) => t.includes('在整改措施末尾补一条对应措施'));
  expect(stubs.length).toBeGreaterThanOrEqual(2);
  const measures = lines.length - 1; // the closing line is no measure: the new one goes before it
  for (const t of stubs) expect(t).toMatch(new RegExp(`^@@ 第${measures}段后 在整改措施末尾补一条对应措施（占位）（问题在第\\d+段）$`));
  expect(r.out).not.toMatch(/^@@ 第\d+行/m);
});

test('hunks follow the places of their edits, not of their findings', async () => {
  const r = await runCli(temp.file('order.txt', material().join('\n')), '--fix-preview');
  const at = titles(r.out).map((t) => {
    const m = t.match(/^@@ 第(\d+)行(后?)/)!;
    return Number(m[1]) + (m[2] ? 0.5 : 0);
  });
  expect(at.length).toBeGreaterThanOrEqual(3);
  expect(at).toEqual([...at].sort((a, b) => a - b));
});

test('--verbose keeps the rule id between the place and the label', async () => {
  const r = await runCli(temp.file('verbose.txt', material().join('\n')), '--fix-preview', '--verbose');
  expect(titles(r.out).find((t) => t.includes('补一条'))).toMatch(/^@@ 第\d+行后 \[[a-z-]+\] 在整改措施末尾补一条对应措施（占位）（问题在第\d+行）$/);
});
