#!/usr/bin/env node
/**
 * duizhao check — the reviewers' command line tool over .docx/.txt/.md, on the same engine as the
 * Word add-in. Exit 0: no error-severity finding; 1: at least one; 2: an input could not be read.
 */
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../engine';
import { templateIds, DEFAULT_TEMPLATE_ID } from '../engine/template';
import { toJson } from '../engine/json';
import { countBySeverity } from '../engine/severity';
import { formatReport } from '../engine/report';
import { expandInputs, InputError, loadFile, loadSettings } from './load';
import { applyDismissals, DISMISSALS_KEY, parseDismissals } from '../engine/dismissals';
import { dismissedJson, dismissedLines } from './dismissed';
import { sharedBetween, sharedSentences, type SentenceRef } from '../engine/sentences';
import { fixPreviewReport } from './fixPreview';

/** The bundled sample: found from the source tree (tests) and from the compiled tree (dist/src/cli). */
export const SAMPLE = [path.resolve(__dirname, '../../samples/sample.txt'), path.resolve(__dirname, '../../../samples/sample.txt')].find((p) =>
  fs.existsSync(p),
) ?? path.resolve(__dirname, '../../samples/sample.txt');

const HELP = `用法：npm run --silent check -- [文件或文件夹…] [--json] [--template 模板]

检查对照检查材料（.docx、.txt、.md）的结构、编号和问题—措施对应。
文件夹表示其中（含子文件夹）的全部 .docx、.txt、.md 文件；不给文件时检查自带的示例材料。
检查多个文件时，最后列出汇总表。

  --json            每个文件输出一个 JSON 对象（多个文件时为数组）
  --fix-preview     只列出可自动修改的问题：每处修改前后的段落对照（- 原文，+ 修改后）
  --template ID     使用的模板（默认 ${DEFAULT_TEMPLATE_ID}；可选：${templateIds().join('、')}）
  -h, --help        显示本帮助

退出码：0 无错误；1 发现错误级问题；2 有文件无法读取。`;

interface Options {
  files: string[];
  json: boolean;
  templateId: string;
  /** Print each fix as a before/after view of the paragraphs it changes, instead of the report. */
  fixPreview?: boolean;
}

function parseArgs(argv: string[]): Options | string {
  const o: Options = { files: [], json: false, templateId: DEFAULT_TEMPLATE_ID };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') o.json = true;
    else if (a === '--fix-preview') o.fixPreview = true;
    else if (a === '--template') {
      const id = argv[++i];
      if (!id || !templateIds().includes(id)) return `未知的模板：${id ?? '（未给出）'}。可选：${templateIds().join('、')}`;
      o.templateId = id;
    } else if (a === '-h' || a === '--help') return HELP;
    else if (a.startsWith('-')) return `未知的选项：${a}\n\n${HELP}`;
    else o.files.push(a);
  }
  return o;
}

/** One line of the several-files summary: counts by severity, aspects found, coverage. */
function summaryLine(analysis: ReturnType<typeof analyze>, file: string): string {
  const c = countBySeverity(analysis.findings);
  const found = new Set(analysis.outline.aspects.map((a) => a.aspect).filter((n) => n !== null)).size;
  const uncovered = analysis.findings.filter((f) => f.rule === 'uncovered-problem').length;
  return `  ${file}　错误 ${c.error}，警告 ${c.warning}，提示 ${c.info}；方面 ${found}/${analysis.template.aspects.length}；未对应措施的问题 ${uncovered} 个`;
}

export async function main(argv: string[], out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const parsed = parseArgs(argv);
  if (typeof parsed === 'string') {
    (parsed === HELP ? out : err)(parsed);
    return parsed === HELP ? 0 : 2;
  }
  const files = parsed.files.length ? expandInputs(parsed.files) : [SAMPLE];
  if (!files.length) {
    err('无法检查：给出的文件夹里没有 .docx、.txt 或 .md 文件。');
    return 2;
  }
  const summary: string[] = [];
  // Per file read: its name, its JSON object (with --json) and its long sentences, for text shared between files.
  const read: { name: string; json?: Record<string, unknown>; sentences: Map<string, SentenceRef[]>; summary: number }[] = [];
  let code = 0;
  const jsons: unknown[] = [];
  const texts: string[] = [];
  for (const file of files) {
    const shown = file === SAMPLE ? 'samples/sample.txt' : file;
    try {
      const input = await loadFile(file);
      const analysis = analyze(input, { templateId: parsed.templateId });
      // Findings the writer dismissed in Word (saved in the .docx) are reported apart.
      const dismissals = parseDismissals((await loadSettings(file))[DISMISSALS_KEY]);
      const split = applyDismissals(analysis.findings, input.paragraphs, dismissals);
      analysis.findings = split.active;
      if (analysis.findings.some((f) => f.severity === 'error')) code = Math.max(code, 1);
      const json = parsed.json ? (toJson(analysis, shown) as unknown as Record<string, unknown>) : undefined;
      if (json) json.dismissed = dismissedJson(split.dismissed);
      if (json) jsons.push(json);
      else if (parsed.fixPreview) texts.push(fixPreviewReport(input, analysis, shown).join('\n'));
      else texts.push([...formatReport(analysis, shown), ...dismissedLines(split.dismissed)].join('\n'));
      summary.push(summaryLine(analysis, shown));
      read.push({ name: shown, json, sentences: sharedSentences({ input, outline: analysis.outline, shared: analysis.shared }), summary: summary.length - 1 });
    } catch (e) {
      const reason = e instanceof InputError ? e.message : `检查时出现内部错误（${e instanceof Error ? e.message : String(e)}）：${shown}`;
      err(`无法检查：${reason}`);
      if (parsed.json) jsons.push({ file: shown, error: reason });
      summary.push(`  ${shown}　无法读取`);
      code = 2;
    }
  }
  // Materials that share whole sentences with each other (copied text), when several are checked.
  if (read.length > 1) {
    sharedBetween(read).forEach((shared, k) => {
      if (!shared.length) return;
      const r = read[k];
      if (r.json) {
        r.json.sharedText = shared.map((x) => ({
          file: x.other,
          sentences: x.count,
          similarity: x.similarity,
          ...(x.example ? { paragraph: x.example.paragraph, example: x.example.text } : {}),
        }));
      }
      for (const x of shared) {
        const exactly = x.example ? `，相同整句 ${x.count} 句（如第${x.example.paragraph + 1}段）` : '';
        summary[r.summary] += `\n      与 ${x.other} 文字相近：问题和原因部分约 ${Math.round(x.similarity * 100)}% 相同${exactly}`;
      }
    });
  }
  if (parsed.json) out(JSON.stringify(files.length === 1 ? jsons[0] : jsons, null, 2));
  else if (texts.length) {
    const all = texts.join('\n\n' + '─'.repeat(40) + '\n\n');
    out(files.length > 1 ? `${all}\n\n${'═'.repeat(40)}\n汇总（${files.length} 个文件）：\n${summary.join('\n')}` : all);
  }
  return code;
}

if (require.main === module) {
  main(process.argv.slice(2), (s) => process.stdout.write(s + '\n'), (s) => process.stderr.write(s + '\n')).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`无法检查：内部错误（${e instanceof Error ? e.message : String(e)}）\n`);
      process.exitCode = 2;
    },
  );
}
