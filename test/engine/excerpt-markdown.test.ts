/**
 * Excerpts of .txt/.md materials (findings, JSON, workbook): the spaces markdown leaves where its
 * marks stood (**, #, list numbers) are not shown; Word's text and Latin/digit spacing are.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import fc from 'fast-check';
import readXlsxFile from 'read-excel-file/node';
import { analyze } from '../../src/engine';
import { effectiveText } from '../../src/engine/outline';
import { readText } from '../../src/engine/readers/text';
import { excerpt, withoutMarkupSpaces } from '../../src/engine/text';
import { main } from '../../src/cli/main';
import { completeLines } from '../support/docs';

/** An ASCII space or tab beside full-width punctuation, or after a leading item number before Chinese. */
const STRAY = /[\u3000-\u303f\uff00-\uffef“”][ \t]|[ \t][\u3000-\u303f\uff00-\uffef“”]|^\d+[.．、][ \t]+[\u4e00-\u9fff]/;

const typedExcerpt = (line: string) => excerpt(effectiveText(readText(line, 'markdown')[0]), 40, true);

test.each([
  ['bold number, space after it', '**1.** 贯彻新发展理念不够到位。', '1.贯彻新发展理念不够到位。'],
  ['markdown ordered list, bold heading', '2. **学用转化不够充分。**运用党的创新理论不够。', '2.学用转化不够充分。运用党的创新理论不够。'],
  ['bold run-in heading, space after it', '**学习不够系统。** 常委班子虽然坚持学习。', '学习不够系统。常委班子虽然坚持学习。'],
  ['bold Chinese number', '**一、** 存在的突出问题', '一、存在的突出问题'],
  ['bold lead-in before a number', '**比如：** 2021年组织学习14次。', '比如：2021年组织学习14次。'],
  ['heading with bold inside', '### **（一）** 在坚定拥护“两个确立”方面', '（一）在坚定拥护“两个确立”方面'],
  ['bullet with emphasis', '- __一是__ 理论学习不深。', '一是理论学习不深。'],
  ['quote with a number in parentheses', '> (1) 学习不深。', '(1)学习不深。'],
  ['emphasis before a comma', '联系群众**不够经常** ，下基层少。', '联系群众不够经常，下基层少。'],
  ['full-width number dot', '**3．** 担当作为的精气神不足。', '3．担当作为的精气神不足。'],
])('%s: %s', (_shape, line, shown) => {
  expect(typedExcerpt(line)).toBe(shown);
  expect(typedExcerpt(line)).not.toMatch(STRAY);
});

test.each([
  ['a space before a digit after a number', '**2.** 5G基站建设滞后。', '2. 5G基站建设滞后。'],
  ['Latin words keep their spaces', '学习 Excel 表格', '学习 Excel 表格'],
  ['a date written with a space', '2021年 8月召开会议。', '2021年 8月召开会议。'],
  ['a space between two Chinese words (a unit and a name)', '（某街道社区事务受理服务中心党支部 党员××）', '（某街道社区事务受理服务中心党支部 党员××）'],
  ['the ideographic space a writer types', '（某街道办事处机关党支部\u3000党员××）', '（某街道办事处机关党支部\u3000党员××）'],
])('kept as written: %s', (_shape, line, shown) => {
  expect(typedExcerpt(line)).toBe(shown);
});

test('Word and .docx excerpts are the text as written, spaces and all', () => {
  expect(excerpt('1. 学习不够系统。 常委')).toBe('1. 学习不够系统。 常委');
  const lines = completeLines();
  lines[2] = '一是 理论学习不深。 比如，读原著少。';
  const paragraphs = lines.map((text, index) => ({ index, text }));
  const analysis = analyze({ paragraphs, source: 'docx' });
  for (const f of analysis.findings.filter((x) => x.paragraph === 2)) expect(f.excerpt).toBe(lines[2]);
});

test('only ASCII spaces and tabs are ever taken out, and the cut still ends in …', () => {
  const piece = fc.constantFrom('学', '习', '。', '，', '**', ' ', '\t', '1.', 'A', '5', '\u3000', '（', '）', '“', '”', '#');
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 60 }), (parts) => {
      const s = parts.join('');
      const out = withoutMarkupSpaces(s);
      expect(out.replace(/[ \t]/g, '')).toBe(s.replace(/[ \t]/g, ''));
      const cut = excerpt(s, 10, true);
      expect(cut.replace(/…$/, '').length).toBeLessThanOrEqual(10);
    }),
  );
});

test('findings of a markdown material, in JSON and in the workbook, have no stray spaces', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-excerpt-'));
  const lines = completeLines().map((l) =>
    // Items as markdown writers bold them: the number alone, a space, then the text.
    l.replace(/^([一二三四五]是)(.*)$/, '**$1** $2').replace(/^（([一二三四五])）(.*方面)$/, '### **（$1）** $2'),
  );
  // A measure with no problem to answer and a vague one, so the material has findings on items.
  lines.push('**（三）** 加强作风建设。进一步提高认识。', '**4.** 　持续用力抓落实。');
  const md = path.join(dir, '材料.md');
  fs.writeFileSync(md, lines.join('\n'));
  const out: string[] = [];
  await main([md, '--json'], (s) => out.push(s), () => {});
  const json = JSON.parse(out.join('\n')) as { findings: { excerpt: string; paragraph: number }[] };
  const onItems = json.findings.filter((f) => /\*\*/.test(lines[f.paragraph] ?? ''));
  expect(onItems.length).toBeGreaterThan(0);
  for (const f of json.findings) expect(f.excerpt).not.toMatch(STRAY);
  const xlsx = path.join(dir, '汇总.xlsx');
  await main([md, path.join(dir, '材料.md'), '--xlsx', xlsx], () => {}, () => {});
  const sheets = await readXlsxFile(fs.readFileSync(xlsx));
  const rows = sheets.find((s) => s.sheet === '全部问题')?.data ?? [];
  expect(rows.length).toBeGreaterThan(1);
  for (const r of rows.slice(1)) expect(String(r[5] ?? '')).not.toMatch(STRAY);
  fs.rmSync(dir, { recursive: true, force: true });
});
