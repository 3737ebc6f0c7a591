/**
 * A notice or plan put among the materials (rule not-a-material) gets no annotated copy and no
 * 整改清单: a trial's folder wrote 整改清单-notice_2026.docx (0 rows) and an annotated notice.
 */
import * as fs from 'fs';
import * as path from 'path';
import { runCli, tempFiles } from '../support/cli-run';
import { makeDocx } from '../support/docx-writer';
import { completeLines } from '../support/docs';

const NOTICE = ['关于认真开好2025年度民主生活会的通知', '各党组（党委）：', '现就开好2025年度民主生活会有关事项通知如下。', '一、主题', '深入学习贯彻习近平新时代中国特色社会主义思想。'];

test.each([
  ['--annotate and --checklist', true, true],
  ['--checklist alone', false, true],
  ['--annotate alone', true, false],
])('%s: the notice is skipped with one line, the material gets its outputs', async (_name, annotate, checklist) => {
  const src = tempFiles('duizhao-notice-');
  const out = tempFiles('duizhao-notice-out-');
  src.file('通知.docx', Buffer.from(await makeDocx({ body: NOTICE.map((text) => ({ text })) })));
  src.file('材料.docx', Buffer.from(await makeDocx({ body: completeLines().map((text) => ({ text })) })));
  const args = [src.dir, ...(annotate ? ['--annotate', path.join(out.dir, '批注')] : []), ...(checklist ? ['--checklist', path.join(out.dir, '清单.docx')] : [])];
  const r = await runCli(...args);
  expect(r.err).toContain('不像对照检查材料，不写批注副本和整改清单');
  const written = fs.readdirSync(out.dir, { recursive: true }).map(String);
  expect(written.some((f) => f.includes('通知'))).toBe(false);
  if (annotate) expect(written.some((f) => f.includes('批注') && f.endsWith('材料.docx'))).toBe(true);
  if (checklist) expect(written.some((f) => f.includes('清单') && f.includes('材料'))).toBe(true);
});
