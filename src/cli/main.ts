#!/usr/bin/env node
/**
 * duizhao check — the reviewers' command line tool over .docx/.txt/.md, on the same engine as the
 * Word add-in. Exit 0: no error-severity finding; 1: at least one; 2: an input could not be read.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Analysis } from '../engine';
import type { DocumentInput } from '../engine/types';
import { getTemplate, templateIds, templatesNamed, type Template } from '../engine/template';
import { InputError, WORD_EXTENSIONS } from './load';
import { relaxHeapForFolder } from './heap';
import { limitsFor } from './limits';
import { escapeTerminal, runOnProcess, STDIN, walkInputs } from './io';
import { minorShare, sharedBetweenListed, type SentenceRef, type SharedList } from '../engine/sentences';
import { setPhrases } from '../engine/set-phrases';
import { loadPrevious } from './previous';
import { SHARED_LISTED, progressLine, sharedCell, unreadableRow, writeSummaryCsv, writeSummaryWorkbook, type Cell } from './workbook';
import { startWorkbookThread, workbookThreadFor } from './workbook-thread';
import { appendAll } from '../engine/collections';
import { checkFile, internalError, type CheckSettings, type FileOutcome } from './check-file';
import { checkInOrder, threadsFor } from './check-workers';
import { InputFiles } from './outputs';
import { projectRoot } from './root';
import { deliverableText, messages } from '../engine/messages';
import { severityNamed } from '../engine/severity';
import { dayText, parseDay } from '../engine/detect';
import type { Severity } from '../engine/types';
import { PARAGRAPH_PLACES, lineField, placesOf, type Places } from '../engine/places';

export { debugging, internalError } from './check-file';

/** The bundled sample (samples/sample.txt under the project root: the same from the sources, the compiled tree and the bundle). */
export const SAMPLE = path.join(projectRoot(), 'samples', 'sample.txt');

const HELP = `用法：duizhao check [文件或文件夹…] [--json] [--template 模板]
（在项目目录中也可用：npm run --silent check -- [文件或文件夹…]）

检查对照检查材料（Word 文档 .docx、.docm、.dotx、.dotm，文本 .txt、.text，Markdown .md、.markdown）的结构、编号和问题—措施对应。
文件夹表示其中（含子文件夹）的全部这些文件；不给文件时检查自带的示例材料。
检查多个文件时，最后列出汇总表。

  --json            每个文件输出一个 JSON 对象（多个文件时为数组）
  --fix-preview     只列出可自动修改的问题：每处修改前后的段落对照（- 原文，+ 修改后）
  --verbose         在报告中注明每条问题的规则编号（如 [numbering]，即 --json 的 rule 字段）
  --level 级别      只列出该级别及以上的问题：错误、警告或提示（默认全部）；报告、JSON、批注副本、
                    汇总表的全部问题表都按此筛选，报告注明未列出的条数；各项计数不受影响；退出码不变
  --annotate 文件夹  把每个 .docx 的检查结果作为 Word 批注，写出副本到该文件夹（不改原文件）
  --checklist 文件   写出整改清单（.docx 或 .xlsx；多个材料时每个材料一个文件）
  --xlsx 文件       写出汇总表（.xlsx：材料汇总、全部问题两张表）
  --csv 文件        把材料汇总写成 CSV（UTF-8，Excel、WPS 可直接打开）
  --previous 文件   与上年度材料对照：上年度的问题是否说明了整改情况，本年度问题是否与上年度几乎相同
  --template ID     指定模板，不再自动识别（可选：${templateIds().join('、')}；也可写年度，如 2024、2024年度组织生活会）；不给时按标题、开头和各方面标题自动识别
  --template-file F 使用模板文件（JSON，如 template from-notice 生成的），不再自动识别
  -h, --help        显示本帮助
  -                 从标准输入读取一份材料（文本或 .docx，例如 cat 材料.txt | … -- -）
  --                其后的参数都是文件名（即使以“-”开头）

另有：template from-notice 通知.docx [-o 模板.json]   从通知读出各方面，生成模板文件

退出码：0 无错误；1 发现错误级问题；2 有文件无法读取。`;

interface Options {
  files: string[];
  json: boolean;
  /** --template: a built-in template by id; undefined = detect per file. */
  templateId?: string;
  /** What a --template given as a year chose (printed on stderr before the check). */
  templateNote?: string;
  /** --template-file: a template read from a JSON file. */
  templateFile?: string;
  /** --annotate: folder for the annotated copies. */
  annotate?: string;
  /** --checklist: the 整改清单 file (.docx or .xlsx). */
  checklist?: string;
  /** --xlsx / --csv: the folder summary. */
  xlsx?: string;
  csv?: string;
  /** --previous: last year's material. */
  previous?: string;
  /** Print each fix as a before/after view of the paragraphs it changes, instead of the report. */
  fixPreview?: boolean;
  /** --verbose: name each finding's rule id in the readable report and the fix preview (always in --json). */
  verbose?: boolean;
  /** --level: report only findings of this severity or more serious. */
  level?: Severity;
}

function parseArgs(argv: string[]): Options | string {
  const o: Options = { files: [], json: false };
  let optionsEnd = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (optionsEnd || a === STDIN) o.files.push(a);
    else if (a === '--') optionsEnd = true;
    else if (a === '--json') o.json = true;
    else if (a === '--fix-preview') o.fixPreview = true;
    else if (a === '--verbose') o.verbose = true;
    else if (a === '--level') {
      const named = argv[++i];
      const level = named === undefined ? undefined : severityNamed(named);
      if (!level) return `--level 后面应给出级别：错误、警告或提示（也可写 error、warning、info）${named === undefined ? '' : `，不是“${named}”`}。\n\n${HELP}`;
      o.level = level;
    } else if (a === '--template') {
      const named = argv[++i];
      const found = named === undefined ? undefined : templatesNamed(named);
      const choice = (id: string) => `${id}（${getTemplate(id)!.name}）`;
      if (!found) return messages.templateArgUnknown(named ?? '（未给出）', templateIds());
      if (!found.ids.length) return messages.templateArgNoYear(found.year!, found.meeting);
      if (found.ids.length > 1) return messages.templateArgSeveral(found.year!, found.ids.map(choice));
      o.templateId = found.ids[0];
      if (found.ids[0] !== named) o.templateNote = messages.templateArgChosen(choice(found.ids[0]), found.others.map(choice));
    } else if (a === '--annotate') {
      const dir = argv[++i];
      if (!dir || dir.startsWith('-')) return `--annotate 后面应给出输出文件夹。\n\n${HELP}`;
      o.annotate = dir;
    } else if (a === '--previous') {
      const file = argv[++i];
      if (!file || file.startsWith('-')) return `--previous 后面应给出上年度的材料文件。\n\n${HELP}`;
      o.previous = file;
    } else if (a === '--checklist' || a === '--xlsx' || a === '--csv') {
      const file = argv[++i];
      if (!file || file.startsWith('-')) return `${a} 后面应给出输出文件。\n\n${HELP}`;
      const ext = path.extname(file).toLowerCase();
      if (a === '--checklist' && ext !== '.docx' && ext !== '.xlsx') return deliverableText.checklistFormat;
      if (a === '--xlsx' && ext !== '.xlsx') return deliverableText.tableFormat;
      if (a === '--csv' && ext !== '.csv') return deliverableText.csvFormat;
      o[a === '--checklist' ? 'checklist' : a === '--xlsx' ? 'xlsx' : 'csv'] = file;
    } else if (a === '--template-file') {
      const f = argv[++i];
      if (!f) return `--template-file 后面应给出模板文件。\n\n${HELP}`;
      o.templateFile = f;
    } else if (a === '-h' || a === '--help') return HELP;
    else if (a.startsWith('-')) return `未知的选项：${a}（文件名以“-”开头时，请写在“--”之后）\n\n${HELP}`;
    else o.files.push(a);
  }
  return o;
}

/** Whether `inner` is `outer` or lies inside it (resolved paths). */
function within(inner: string, outer: string): boolean {
  const rel = path.relative(outer, inner);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** Whether `p` names a folder (false for anything that cannot be examined). */
function isFolder(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/**
 * A file's line of the several-files summary when it could not be checked: “无法检查” and its reason
 * up to the path the reason names (“文件是空的，没有可检查的文字”), not the one word “无法读取”
 * for every reason (an empty file is read well enough).
 */
export function failedLine(reason: string): string {
  const cut = reason.indexOf('：');
  return `无法检查（${(cut > 0 ? reason.slice(0, cut) : reason).replace(/[。.]$/, '')}）`;
}

/** Lines written in batches: a report is never joined into one string of unbounded size. */
function writeLines(lines: string[], out: (s: string) => void, safe: (s: string) => string): void {
  for (let i = 0; i < lines.length; i += 1000) out(safe(lines.slice(i, i + 1000).join('\n')));
}

/**
 * The several-files summary: each file's line, then a line of its own for each of the first
 * SHARED_LISTED (workbook.ts) materials it shares text with (`shared[i]` for `lines[i]`, its example
 * sentence's place said by `places[i]`: 第12行 in a text file) — those alike (文字相近) first, then
 * those it shares only a sentence or a little text with (minorShare), said so — and one line counting the rest,
 * written in batches like writeLines (a batch is at most ~1,000 lines).
 */
function writeSummary(lines: string[], shared: SharedList[], places: Places[], out: (s: string) => void, safe: (s: string) => string): void {
  const batch: string[] = [];
  const flush = () => {
    if (batch.length) out(safe(batch.join('\n')));
    batch.length = 0;
  };
  lines.forEach((line, i) => {
    batch.push(line);
    const others = shared[i]?.first ?? [];
    const total = shared[i]?.total ?? 0;
    const named = others.slice(0, SHARED_LISTED);
    // The materials alike first; those sharing only a sentence or a little text (minorShare) after them, said so.
    for (const x of [...named.filter((y) => !minorShare(y)), ...named.filter(minorShare)]) {
      const line = minorShare(x) ? deliverableText.sharedLineMinor : deliverableText.sharedLine;
      batch.push(`      ${line(x.other, Math.round(x.similarity * 100), x.count, x.example ? (places[i] ?? PARAGRAPH_PLACES).at(x.example.paragraph) : undefined)}`);
    }
    if (total > SHARED_LISTED) batch.push(`      ${deliverableText.sharedLineMore(total - SHARED_LISTED)}`);
    if (batch.length >= 1000) flush();
  });
  flush();
}

/** A JSON value as JSON.stringify(value, null, 2) prints it inside an array: indented two more spaces. */
function indented(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, '\n  ');
}

/**
 * Check `argv`'s files and write the report through `out` (one call a block of lines) and refusals
 * through `err`. Each file's report is written as soon as it is checked; with several files the
 * summary follows. Readable text from the materials (and file names) is escaped for the terminal
 * (io.escapeTerminal); JSON is printed as JSON. Resolves to the exit code.
 */
export async function main(argv: string[], out: (s: string) => void, err: (s: string) => void): Promise<number> {
  // What only some runs need is loaded by those runs: the template-file and notice readers, the
  // Word comments writer, the 整改清单 builder (and through them jszip, docx, the JSON Schema validator).
  if (argv[0] === 'template') return (await import('./template-command')).templateCommand(argv.slice(1), out, err);
  const parsed = parseArgs(argv);
  if (typeof parsed === 'string') {
    (parsed === HELP ? out : err)(escapeTerminal(parsed));
    return parsed === HELP ? 0 : 2;
  }
  if (parsed.templateNote) err(parsed.templateNote);
  // The day the check runs on, for the meeting season (a material stating no year): today, or the
  // day DUIZHAO_TODAY pins (tests, and re-running a check as it ran on another day).
  const pinned = process.env.DUIZHAO_TODAY;
  const today = pinned ? parseDay(pinned) : new Date();
  if (!today) {
    err(escapeTerminal(`DUIZHAO_TODAY 应为日期（如 2026-12-01），不是“${pinned}”。`));
    return 2;
  }
  let fileTemplate: Template | undefined;
  if (parsed.templateFile) {
    try {
      fileTemplate = (await import('./template-command')).readTemplateFile(parsed.templateFile);
    } catch (e) {
      err(escapeTerminal(`无法使用模板文件：${e instanceof Error ? e.message : String(e)}`));
      return 2;
    }
  }
  const safe = parsed.json ? (s: string) => s : escapeTerminal;
  // --previous names last year's material: without this year's, the bundled sample is no stand-in.
  if (!parsed.files.length && parsed.previous) {
    err(escapeTerminal(deliverableText.previousWithoutMaterial(parsed.previous)));
    return 2;
  }
  const walked = parsed.files.length ? walkInputs(parsed.files) : { files: [SAMPLE], problems: [] };
  // A folder given (whatever it holds): --json is an array, and annotated copies inside it are noted.
  const folders = parsed.files.filter((f) => f !== STDIN && isFolder(f));
  const files = walked.files;
  let code = 0;
  const summary: string[] = [];
  const jsons: unknown[] = [];
  const table = parsed.xlsx !== undefined || parsed.csv !== undefined;
  const materialRows: Cell[][] = [];
  for (const p of walked.problems) {
    if (p.skipped) {
      // A .doc or .pdf found in a folder: said on stderr, in the summary and in the workbook (the
      // reviewer's list of what was received), not an error exit.
      err(escapeTerminal(`${p.path}：${p.reason}`));
      if (parsed.json) jsons.push({ file: p.path, skipped: p.reason });
      summary.push(`  ${p.path}　未检查（格式不支持）`);
      if (table) materialRows.push(unreadableRow(p.path, p.reason, deliverableText.notChecked));
      continue;
    }
    err(escapeTerminal(`无法检查：${p.reason}`));
    if (parsed.json) jsons.push({ file: p.path, error: p.reason });
    summary.push(`  ${p.path}　${failedLine(p.reason)}`);
    if (table) materialRows.push(unreadableRow(p.path, p.reason));
    code = 2;
  }
  if (!files.length) {
    if (walked.problems.every((p) => p.skipped)) err(escapeTerminal(`无法检查：${parsed.files.join('、')} 里没有可检查的材料（.docx、.docm、.dotx、.dotm、.txt、.md 文件）。`));
    if (parsed.json && jsons.length) out(JSON.stringify(jsons.length === 1 && !folders.length ? jsons[0] : jsons, null, 2));
    return 2;
  }
  // Several files: V8's own heap growth serves a long run of small files better (heap.ts).
  if (files.length > 1) relaxHeapForFolder();
  // Per file read: its name, its JSON object (with --json) and its long sentences, for text shared between files.
  const read: { name: string; json?: Record<string, unknown>; sentences: Map<string, SentenceRef[]>; summary: number; places: Places }[] = [];
  const annotating = parsed.annotate !== undefined ? await import('./annotate') : undefined;
  // No output may replace a file this run reads (the writer's material): refused before any is checked.
  // The inputs are examined only when something is written.
  const writes = parsed.annotate !== undefined || parsed.checklist !== undefined || parsed.xlsx !== undefined || parsed.csv !== undefined;
  const inputs = new InputFiles(writes ? files.filter((f) => f !== STDIN) : []);
  const annotateNames = annotating && parsed.annotate !== undefined ? new annotating.OutputNames(parsed.annotate, inputs) : undefined;
  const listing = parsed.checklist ? { ...(await import('../engine/checklist')), ...(await import('./checklist')) } : undefined;
  const findingsRows: Cell[][] = [];
  const progress = files.length > 1 ? progressLine() : undefined;
  let last: Awaited<ReturnType<typeof loadPrevious>> | undefined;
  if (parsed.previous) {
    try {
      last = await loadPrevious(parsed.previous, parsed.templateId);
    } catch (e) {
      err(escapeTerminal(`无法读取上年度材料：${e instanceof InputError ? e.message : String(e)}`));
      return 2;
    }
  }
  let printed = 0;
  const several = files.length + walked.problems.length > 1;
  // One last-year material for several of this year's: said once, before any report.
  if (last && files.length > 1) err(escapeTerminal(deliverableText.previousForAll(parsed.previous!, files.length)));
  const settings: CheckSettings = {
    json: parsed.json,
    fixPreview: !!parsed.fixPreview,
    ...(parsed.verbose ? { verbose: true } : {}),
    ...(parsed.level ? { level: parsed.level } : {}),
    templateId: parsed.templateId,
    previous: parsed.previous,
    table,
    // The caps are the same for every file (and every thread).
    limits: limitsFor(),
    today: dayText(today),
  };
  const shownOf = (file: string) => (file === SAMPLE ? 'samples/sample.txt' : file === STDIN ? '（标准输入）' : file);
  const shown = files.map(shownOf);
  const checklistPaths = listing && parsed.checklist ? listing.checklistPaths(parsed.checklist, shown) : [];
  const onto = [parsed.xlsx, parsed.csv, ...checklistPaths].find((p) => p !== undefined && inputs.has(p));
  if (onto !== undefined) {
    err(escapeTerminal(`无法写出：${deliverableText.outputIsInput(onto)}`));
    return 2;
  }
  // Annotated copies into the very folder of a .docx being checked would take its name: refused
  // before any file is checked, not after the reports are printed.
  if (parsed.annotate !== undefined) {
    const into = path.resolve(parsed.annotate);
    if (files.some((f) => f !== STDIN && WORD_EXTENSIONS.includes(path.extname(f).toLowerCase()) && path.resolve(path.dirname(f)) === into)) {
      err(escapeTerminal(`无法写出：${deliverableText.annotateSame}`));
      return 2;
    }
  }
  // Annotated copies written inside a folder being checked are read as materials by the next check
  // of that folder (each about 100% alike to its original): said once, before any is written, and
  // only when they will be written (after the refusal above, which is said alone: trial 26).
  const annotateInside = parsed.annotate !== undefined ? folders.find((f) => within(path.resolve(parsed.annotate!), path.resolve(f))) : undefined;
  if (annotateInside !== undefined) {
    const sub = path.relative(path.resolve(annotateInside), path.resolve(parsed.annotate!));
    err(escapeTerminal(deliverableText.annotateInsideInput(annotateInside, sub || undefined)));
  }
  const failure = (name: string, reason: string) => {
    err(escapeTerminal(`无法检查：${reason}`));
    if (parsed.json) jsons.push({ file: name, error: reason });
    summary.push(`  ${name}　${failedLine(reason)}`);
    if (table) materialRows.push(unreadableRow(name, reason));
    code = 2;
  };
  // Each file's output, in the files' order, as soon as it is checked (here or on a worker thread).
  let local: { input: DocumentInput; analysis: Analysis } | undefined;
  const emit = async (k: number, outcome: FileOutcome) => {
    const name = shown[k];
    if (!outcome.ok) return failure(name, outcome.reason);
    const f = outcome.file;
    if (f.errors) code = Math.max(code, 1);
    if (f.json) jsons.push(f.json);
    else {
      if (printed++) out('\n' + '─'.repeat(40) + '\n');
      writeLines(f.lines ?? [], out, safe);
    }
    summary.push(f.summary);
    read.push({ name, json: f.json, sentences: f.sentences, summary: summary.length - 1, places: placesOf(f.placing) });
    try {
      // A notice or plan among the materials (not-a-material): no annotated copy, no 整改清单.
      const notMaterial = local !== undefined && local.analysis.findings.some((x) => x.rule === 'not-a-material');
      if ((annotating || listing) && notMaterial) err(escapeTerminal(deliverableText.skippedNotMaterial(name)));
      else if (annotating && annotateNames && local) err(await annotating.annotateFile(files[k], local.input, local.analysis.findings, annotateNames));
      if (listing && parsed.checklist && local && !notMaterial) {
        const title = `${local.analysis.outline.title?.text ?? path.basename(name, path.extname(name))}整改清单`;
        err(await listing.writeChecklist(checklistPaths[k], listing.buildChecklist(local.analysis, local.input), title));
      }
      if (table) {
        materialRows.push(f.materialRow ?? []);
        appendAll(findingsRows, f.findingRows ?? []);
      }
    } catch (e) {
      failure(name, e instanceof InputError ? e.message : internalError(e, name));
    }
  };
  const threads = threadsFor(files, { annotate: !!annotateNames, checklist: !!parsed.checklist, stdin: files.includes(STDIN) });
  // A large folder's workbook: its writer loaded and practised on a free core while the files are checked.
  const workbookThread = parsed.xlsx && workbookThreadFor(files.length + walked.problems.length, threads) ? startWorkbookThread() : undefined;
  if (threads > 1) {
    progress?.(0, files.length, shown[0]);
    const then = async (k: number, outcome: FileOutcome) => {
      await emit(k, outcome);
      if (k + 1 < files.length) progress?.(k + 1, files.length, shown[k + 1]);
    };
    await checkInOrder(files, shown, threads, settings, then, { template: fileTemplate, templateFile: parsed.templateFile, last });
  } else {
    for (const [k, file] of files.entries()) {
      progress?.(k, files.length, shown[k]);
      const keep = annotateNames || parsed.checklist ? (input: DocumentInput, analysis: Analysis) => (local = { input, analysis }) : undefined;
      local = undefined;
      await emit(k, await checkFile(file, shown[k], settings, fileTemplate, last, keep));
    }
  }
  progress?.(files.length, files.length, '');
  // Materials that share whole sentences with each other (copied text), when several are checked;
  // what each shares, by the index of the file's summary line (its lines are made as they are written).
  const sharedOf: SharedList[] = [];
  // And how each such file's places are said (its example sentence's: 第12段, 第12行).
  const placesOfSummary: Places[] = [];
  if (read.length > 1) {
    // Set phrases: the bundled templates' and lexicons' wording, and that of a template given as a file.
    // The summary and the workbook name the first SHARED_LISTED of each list; --json every one.
    const most = parsed.json ? Infinity : SHARED_LISTED;
    sharedBetweenListed(read, setPhrases(fileTemplate ? [fileTemplate] : []), most).forEach((list, k) => {
      if (!list.total) return;
      const shared = list.first;
      const r = read[k];
      if (r.json) {
        r.json.sharedText = shared.map((x) => ({
          file: x.other,
          sentences: x.count,
          similarity: x.similarity,
          ...(x.example ? { paragraph: x.example.paragraph, ...lineField(r.places, x.example.paragraph), example: x.example.text } : {}),
        }));
      }
      if (table) {
        const row = materialRows.find((m) => m[0] === r.name);
        if (row) row[row.length - 1] = sharedCell(shared, list.total);
      }
      sharedOf[r.summary] = list;
      placesOfSummary[r.summary] = r.places;
    });
  }
  try {
    if (parsed.xlsx) err(await writeSummaryWorkbook(parsed.xlsx, materialRows, findingsRows, workbookThread));
    if (parsed.csv) err(writeSummaryCsv(parsed.csv, materialRows));
  } catch (e) {
    err(escapeTerminal(`无法写出：${e instanceof Error ? e.message : String(e)}`));
    code = 2;
  }
  if (parsed.json) {
    // One object for one file given by name; else (several files, or a folder, whatever it holds)
    // an array, written one element at a time: a program reading a folder's result gets one shape.
    if (!several && !folders.length) out(JSON.stringify(jsons[0], null, 2));
    else {
      out('[');
      jsons.forEach((j, i) => out('  ' + indented(j) + (i + 1 < jsons.length ? ',' : '')));
      out(']');
    }
  } else if (several) {
    out(safe(`\n${'═'.repeat(40)}\n汇总（${files.length + walked.problems.length} 个文件）：`));
    writeSummary(summary, sharedOf, placesOfSummary, out, safe);
  }
  return code;
}

/** The command: run main on the process's arguments; any failure is one Chinese line and exit 2. */
export function runCli(): void {
  runOnProcess((out, err) => main(process.argv.slice(2), out, err), (e) => `无法检查：${internalError(e)}`);
}

if (require.main === module) runCli();
