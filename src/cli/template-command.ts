/**
 * `duizhao template from-notice 通知.docx|.txt [-o 模板.json]`: read a meeting notice's aspect list
 * into a template file (shape: src/engine/templates/template.schema.json), print what was
 * understood, in Chinese. Exit 0 written; 2 the notice could not be read or lists no aspects.
 * Also reads template files for `check --template-file`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { effectiveText } from '../engine/outline';
import type { Template } from '../engine/template';
import { parseTemplateText, TemplateError } from '../engine/template-file';
import { shellQuote } from './shellQuote';
import { NoticeError, readNotice, templateToFile } from '../engine/notice';
import { InputError, loadFile } from './load';

const HELP = `用法：duizhao template from-notice 通知.docx|通知.txt [-o 模板.json]

从民主生活会（组织生活会）通知中读出要对照的方面和是否要求反面典型案例剖析，写成模板文件，
再用 check --template-file 模板.json 材料.docx 按它检查。不给 -o 时写到通知旁边的“通知名.template.json”。`;

/**
 * Read a template file (JSON) for `--template-file`. Throws Error with a Chinese message (file
 * missing, not JSON, or a field that does not fit the schema, named).
 */
export function readTemplateFile(file: string): Template {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    throw new Error(`找不到或无法读取模板文件：${file}`);
  }
  try {
    return parseTemplateText(text);
  } catch (e) {
    if (e instanceof TemplateError) throw new Error(`${e.message}（${file}）`);
    throw e;
  }
}

export async function templateCommand(args: string[], out: (s: string) => void, err: (s: string) => void): Promise<number> {
  if (!args.length || args[0] === '-h' || args[0] === '--help') {
    out(HELP);
    return args.length ? 0 : 2;
  }
  if (args[0] !== 'from-notice') {
    err(`未知的 template 子命令：${args[0]}\n\n${HELP}`);
    return 2;
  }
  let input: string | undefined;
  let output: string | undefined;
  for (let i = 1; i < args.length; i++) {
    if (args[i] === '-o' || args[i] === '--output') output = args[++i];
    else if (args[i].startsWith('-')) {
      err(`未知的选项：${args[i]}\n\n${HELP}`);
      return 2;
    } else input = args[i];
  }
  if (!input) {
    err(`请给出通知文件。\n\n${HELP}`);
    return 2;
  }
  if (output === undefined && args.includes('-o')) {
    err(`-o 后面应给出输出文件。\n\n${HELP}`);
    return 2;
  }
  try {
    const doc = await loadFile(input);
    const text = doc.paragraphs.map(effectiveText).join('\n');
    const reading = readNotice(text, path.basename(input));
    const target = output ?? path.join(path.dirname(input), `${path.basename(input, path.extname(input))}.template.json`);
    fs.writeFileSync(target, JSON.stringify(templateToFile(reading.template), null, 2) + '\n', 'utf8');
    const t = reading.template;
    out(`从通知“${path.basename(input)}”读出：${t.name}`);
    if (reading.warning) err(`注意：${reading.warning}`);
    out(`  会议：${reading.meeting}；年度：${reading.year ?? '未写明'}`);
    out(`  对照的方面（${t.aspects.length} 个）：`);
    for (const a of t.aspects) out(`    ${a.number}. ${a.title}${a.long !== a.title ? `\n       （原文：${a.long.length > 60 ? a.long.slice(0, 60) + '…' : a.long}）` : ''}`);
    out(`  反面典型案例剖析：${reading.cases ? '通知要求，作为必备部分' : '通知未要求'}`);
    out(`  上年度问题整改落实情况：${reading.previous ? '通知要求，作为必备部分' : '通知未要求'}`);
    out(`已写入模板文件：${target}`);
    out(`检查材料时使用：duizhao check --template-file ${shellQuote(target)} 材料.docx`);
    return 0;
  } catch (e) {
    if (e instanceof InputError || e instanceof NoticeError) {
      err(`无法导入通知：${e.message}`);
      return 2;
    }
    if (e instanceof Error && 'code' in e) {
      err(`无法写入模板文件：${e.message}`);
      return 2;
    }
    throw e;
  }
}

/** The `duizhao template …` subcommand's entry for bin.ts. */
export { templateCommand as main };
