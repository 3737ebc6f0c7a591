/**
 * check on a draft with placeholders: --json's selecting fix (`select`, `selections` in document
 * order, no edits), the readable report's line, and --fix-preview listing the spans it selects in
 * turn (no "nothing to fix" beside it).
 */
import { runCli, tempFiles } from './support/cli-run';
import type { CheckJson } from '../src/engine/json';
import { readText } from '../src/engine/readers/text';

const temp = tempFiles('duizhao-select-');
const LINES = ['××2021年度党史学习教育专题民主生活会对照检查材料', '一、存在的主要问题', '（一）带头深刻感悟“两个确立”的决定性意义方面', '一是……。比如，……。', '二是理论学习不深，全年只学习XX次。', '二、原因分析', '一是理想信念有所松懈。', '三、整改措施', '（一）……。……（写明具体措施、完成时限和责任人）。'];
const material = temp.file('draft.txt', LINES.join('\n'));

test('--json: select and every placeholder span in document order, each holding a placeholder', async () => {
  const json = JSON.parse((await runCli(material, '--json')).out) as CheckJson;
  const f = json.findings.find((x) => x.rule === 'placeholder')!;
  expect(f.fix!.edits).toEqual([]);
  const paragraphs = readText(LINES.join('\n'), 'text');
  const texts = f.fix!.selections!.map((s) => paragraphs[s.paragraph].text.slice(s.start, s.start + s.length));
  expect(texts).toEqual(['××', '……', '……', 'XX', '……', '……']);
  expect(f.fix!.selections).toContainEqual(f.fix!.select);
});

test('the readable report and --fix-preview show what the selection does', async () => {
  expect((await runCli(material)).out).toMatch(/修改：选中下一处占位内容（先选中第1行的占位内容，再次执行依次选中下一处；各处在第1、4(?:、\d+)*行）/);
  const preview = (await runCli(material, '--fix-preview')).out;
  expect(preview).toMatch(/@@ 第1行 选中下一处占位内容\n\s+（只选中，不改动文字；依次选中以下各处）\n\s+▸ 第1行「××」\n\s+▸ 第4行「……」/);
  expect(preview).not.toContain('没有可以自动修改的问题');
});
