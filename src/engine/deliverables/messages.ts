/**
 * Chinese text of the reviewers' and writers' deliverables (issue 14): the advice each rule's
 * comment carries, the 整改清单's and the workbook's column headers, and the report on last year's
 * material. Re-exported by the engine's catalogue (messages.ts); nothing else builds this text.
 */

/** The author name written on the Word comments the tool adds (and by which it finds its own). */
export const COMMENT_AUTHOR = '对照检查助手';
/** Initials on those comments. */
export const COMMENT_INITIALS = '对照';

/**
 * What to do about each rule's findings, one sentence, shown under the message in a Word comment.
 * Derived from the notices' requirements as summarised in the rules' own doc comments.
 */
export const RULE_ADVICE: Record<string, string> = {
  'missing-part': '按通知要求的结构补写这一部分，标题写全。',
  'missing-aspect': '对照当年通知的方面逐一查摆，补写这一方面的具体问题。',
  'empty-aspect': '在这一方面标题下列出具体问题，每个问题写明表现和事例。',
  'aspect-order': '按通知的顺序排列各方面，重复的方面合并。',
  numbering: '按“一、（一）1.（1）”的层次统一编号，不重号、不跳号。',
  placeholder: '把“……”“××”等占位内容换成实际内容。',
  formulation: '按规范表述改正。',
  'objective-cause': '原因分析从思想、党性、作风等主观方面查找，不以客观条件作解释。',
  proportion: '把笔墨放在查摆问题和剖析原因上，写深写透。',
  'repeated-text': '各部分针对各自内容分别撰写，删去重复的句子。',
  'unstyled-heading': '给标题套用 Word 的标题样式，便于导航和统一格式。',
  'uncovered-problem': '在整改措施中补写针对这一问题的措施，做到问题—措施一一对应。',
  'weak-link': '让措施直接回应这一问题，写明针对什么、怎么改。',
  'unanswered-case-gap': '针对对照反面典型案例查摆出的差距补写整改措施，做到以案促改。',
  'orphan-measure': '核对这条措施回应的问题，或删去、或补写相应问题。',
  'vague-measure': '写明频次、数量、完成时限或责任人，让整改可检验。',
  'table-gap': '整改清单每一行写明责任人和完成时限，不留空栏。',
  'no-example': '用“比如”举出具体的事、数字或项目，做到见人见事见思想。',
  'cause-dimensions': '从理想信念、宗旨意识、党性修养、纪律规矩等方面深挖主观原因。',
  'brief-causes': '原因分析逐条联系自身，写明问题产生的思想根源，不只列标题。',
};

export const deliverableText = {
  severityTag: (label: string) => `【${label}】`,
  advice: (s: string) => `建议：${s}`,
  annotateOnlyDocx: (file: string) => `仅 .docx 文件可以添加批注，已跳过：${file}`,
  /** --annotate / --checklist on a document that is no material (rule not-a-material). */
  skippedNotMaterial: (file: string) => `不像对照检查材料，不写批注副本和整改清单：${file}`,
  /** `replaced`: this tool's comments of an earlier check removed from the copy first. */
  annotated: (file: string, n: number, replaced = 0) => `已写出带批注的副本（${n} 条批注${replaced ? `，替换了原有的 ${replaced} 条本助手批注` : ''}）：${file}`,
  annotateSame: '批注副本的输出文件夹不能是原文件所在的文件夹（以免覆盖原文件）。',
  /** Annotated copies going into the folder being checked, or into its subfolder `sub` (a path relative to it). */
  annotateInsideInput: (folder: string, sub?: string) =>
    `注意：批注副本将写在要检查的文件夹（${folder}）${sub ? `内的“${sub}”文件夹` : ''}中，下次检查这个文件夹时，副本也会被当作材料检查。建议另选一个文件夹存放批注副本。`,
  /** A .docx output whose name an existing document holds that this tool did not write (a writer's material). */
  outputNotOurs: (file: string) => `已有同名的 Word 文档，且不是本工具写出的，已拒绝覆盖（以免丢失其内容）：${file}。请换一个输出文件名，或先移走该文件。`,
  outputIsInput: (file: string) => `输出文件就是要检查的材料之一，已拒绝写出（以免覆盖原材料）：${file}`,
  csvFormat: 'CSV 汇总只能写成 .csv 文件（或用 --xlsx 写成 .xlsx）。',
  outputFailed: (file: string) => `无法写出文件（没有权限或路径不存在）：${file}`,
  /** 整改清单 columns. */
  checklistTitle: '整改清单',
  checklistHeader: ['序号', '方面', '存在问题', '整改措施', '责任人', '完成时限'],
  checklistWritten: (file: string, n: number) => `已写出整改清单（${n} 行）：${file}`,
  checklistFormat: '整改清单只能写成 .docx 或 .xlsx 文件。',
  /** Opens the 整改措施 cell of a problem whose measures are only weakly linked to it (checklist.ts measuresCell). */
  checklistTentative: '（待确认）',
  otherAspect: '其他',
  /** The 方面 cell of a problem listed with no aspect headings. */
  unsectioned: '未分方面',
  /** Workbook. */
  materialsSheet: '材料汇总',
  findingsSheet: '全部问题',
  materialsHeader: [
    '文件',
    '模板',
    '标题',
    '已有部分',
    '缺少部分',
    '已有方面',
    '缺少方面',
    '问题数',
    '未对应措施的问题',
    '不具体的措施',
    '错误',
    '警告',
    '提示',
    '文字相近的材料',
  ],
  findingsHeader: ['文件', '段落', '规则', '级别', '说明', '摘录', '规则编号'],
  unreadable: '无法读取',
  /** A file of a format that is not checked (.doc, .pdf) found in a folder. */
  notChecked: '未检查（格式不支持）',
  /** The summary sheet's 缺少部分 cell of a document that is no material (a notice put among them). */
  notAMaterialCell: '（不像对照检查材料，未逐项检查）',
  /**
   * The workbook's shared-text cell, a line per material. The share is of this material's own
   * text (its problems and causes), so A's line for B and B's for A differ when one is longer:
   * the words say whose text it is a share of.
   */
  sharedWith: (file: string, percent: number, sentences: number) => `${file}（本材料约${percent}%的文字与之相同${sentences ? `，相同整句${sentences}句` : ''}）`,
  /** The folder summary's line for a material this one shares text with (`example`: where a sentence both hold is, “第12段”/“第12行”). */
  sharedLine: (file: string, percent: number, sentences: number, example?: string) =>
    `与 ${file} 文字相近：本材料问题和原因部分约 ${percent}% 的文字与之相同${example !== undefined ? `，相同整句 ${sentences} 句（如${example}）` : ''}`,
  /**
   * The folder summary's line for a material this one shares little with (sentences.ts minorShare:
   * at most one sentence, under 30%), named after those alike: no sign of copying on its own.
   */
  sharedLineMinor: (file: string, percent: number, sentences: number, example?: string) =>
    `与 ${file} ${example !== undefined ? `只有 ${sentences} 句相同（如${example}）` : '没有相同的整句'}：本材料问题和原因部分约 ${percent}% 的文字与之相同，不足以说明照抄，列此备查`,
  /** The summary's count of the materials beyond those named. */
  sharedLineMore: (count: number) => `另与 ${count} 份材料文字相近（完整列表见 --json）`,
  sharedMore: (count: number) => `……另有${count}份材料文字相近（完整列表见 --json）`,
  cellCut: '……（超出表格单元格的字数上限，以下从略）',
  workbookWritten: (file: string) => `已写出汇总表：${file}`,
  csvWritten: (file: string) => `已写出 CSV：${file}`,
  tableFormat: '汇总表只能写成 .xlsx 文件（或用 --csv 写成 .csv）。',
  progress: (done: number, total: number, file: string) => `已检查 ${done}/${total}：${file}`,
  /** Last year's material. */
  previousTitle: (file: string) => `与上年度材料（${file}）对照：`,
  /** `--previous` with several materials: every one is compared with the same file. */
  previousForAll: (file: string, n: number) => `注意：${n} 份材料都与同一份上年度材料（${file}）对照；不同作者的材料，请各自用其本人的上年度材料单独检查。`,
  /** `--previous LAST` with no material of this year to compare. */
  previousWithoutMaterial: (file: string) => `--previous 给出的是上年度的材料（${file}），还需给出本年度要检查的材料，如：duizhao check 本年度材料.docx --previous ${file}`,
  lastTemplate: (name: string) => `上年度材料按“${name}”识别。`,
  /** --previous / the pane's picker given this year's own text (PreviousComparison.sameText). */
  previousSameText: '上年度材料与本材料的文字完全相同（是否选了同一个文件？），以下对照不说明上年度的情况；请选择上一年度的材料。',
  previousNotEarlier: (last: number, current: number) =>
    `注意：作为上年度材料的文件写的是${last}年度，${last === current ? '与本材料年度相同' : `晚于本材料（${current}年度）`}，请确认选的是上一年度的材料。`,
  previousNoPart: '本年度材料没有“上年度问题整改落实情况”部分，无法对照上年度的问题。',
  previousNoProblems: '上年度材料中没有识别出问题条目。',
  previousAnswered: (n: number, total: number) => `上年度 ${total} 个问题中，本年度整改情况部分说到了 ${n} 个：`,
  /** One of last year's problems: answered (已说明 where), only weakly tied to `where` by `shared` words, or not spoken of. */
  previousItem: (item: number, text: string, answered: boolean, where: string, shared: string[] = []) =>
    `  ${item}. ${text} → ${answered ? `已说明（${where}）` : where && shared.length ? `未明确说明（${where}只在${shared.map((w) => `“${w}”`).join('、')}上相合）` : '未说明整改情况'}`,
  repeatedTitle: (n: number) => (n ? `本年度有 ${n} 个问题与上年度几乎相同（换了日期的旧材料是审阅者最先指出的问题）：` : '本年度问题与上年度没有几乎相同的。'),
  /**
   * `place`, `lastPlace`: where in this year's and last year's material (places.ts: 第5段, 第7行);
   * `heading`: a repeat by the heading sentence (previous.ts RepeatedProblem.heading).
   */
  repeatedItem: (place: string, text: string, lastPlace: string, percent: number, heading?: 'same' | 'near') =>
    `  ${place}“${text}” ≈ 上年度${lastPlace}（${heading ? `标题${heading === 'same' ? '相同' : '几乎相同'}，全文约${percent}%相同` : `约${percent}%相同`}）`,
};

/** The task pane's comment and checklist actions (Word). */
export const paneDeliverableText = {
  /** Starts every comment the add-in writes in Word (Word sets the author itself): how ours are found again. */
  commentMark: '【对照检查助手】',
  commentsUnsupported: '此版本的 Word 不支持由加载项添加批注（需要 WordApi 1.4：Word 2021、Microsoft 365 或网页版 Word）。可用命令行 check --annotate 生成带批注的副本。',
  /** `kept`: ours already there with the same text on the same words; `removed`: ours no longer reported. */
  commentsAdded: (n: number, missing: number, kept = 0, removed = 0) =>
    `已添加 ${n} 条批注${kept ? `；${kept} 条已在文档中，未重复添加` : ''}${removed ? `；移除了本助手此前添加、现已不再适用的 ${removed} 条批注` : ''}${missing ? `；${missing} 段已被修改，未能添加` : ''}。`,
  commentsRemoved: (n: number) => (n ? `已移除本助手的 ${n} 条批注（其他人的批注未动）。` : '文档中没有本助手添加的批注。'),
  checklistInTable: '光标在表格中：请把光标放到表格之外，再插入整改清单。',
  /** `where`: at the cursor, after the 整改措施 part, or at the material's end before its sign-off (taskpane/checklistPlace.ts). */
  checklistInserted: (n: number, where: 'cursor' | 'measures' | 'end' = 'cursor', heading = '') =>
    `已在${where === 'measures' ? '“整改措施”部分之后' : where === 'end' ? '材料末尾（落款之前）' : '光标处'}插入整改清单（${n} 行）${heading ? `，标题为“${heading}”` : ''}。`,
  /** The heading line put above the inserted table (restated-checklist.ts reads it with the table). */
  checklistHeading: '整改清单',
};

/** The task pane's 对照上年度材料 section: last year's material chosen by the writer, read in the pane. */
export const panePreviousText = {
  title: '对照上年度材料',
  hint: '选择上年度的对照检查材料（.docx、.txt 或 .md）：只在本机读取和对照，不上传，也不保存；关闭任务窗格后即不再保留。',
  choose: '选择上年度材料…',
  chooseAgain: '换一份…',
  clear: '清除',
  reading: (name: string) => `正在读取并对照：${name}`,
  notChecked: '请先检查本年度材料，再选择上年度材料。',
  kind: (name: string) => `不能读取此类文件：${name}。请选择 .docx、.txt 或 .md 文件。`,
  oldDoc: (name: string) => `不支持旧版 Word（.doc）格式：${name}。请在 Word 中“另存为”.docx 后再选择。`,
  /** A text file named .doc (no old Word file's OLE header): said to be text, as the command line says. */
  textNamedDoc: (name: string) => `文件名是 .doc，但不是旧版 Word 文档：内容是纯文本（可能改过扩展名），可改名为 .txt 后再选择：${name}`,
  tooLarge: (name: string, mb: number) => `文件过大（超过 ${mb} MB）：${name}`,
  empty: (name: string) => `文件是空的，没有可对照的文字：${name}`,
  encoding: (name: string) => `无法识别文件的文字编码（不是 UTF-8、GB18030 或 UTF-16 文本）：${name}。请另存为 UTF-8 文本后再选择。`,
  unreadable: (reason: string, name: string) => `${reason}：${name}`,
  notReadable: (name: string) => `无法读取此文件：${name}`,
  failed: (name: string) => `对照时出现程序内部错误，请把此文件反馈给开发者：${name}`,
};
