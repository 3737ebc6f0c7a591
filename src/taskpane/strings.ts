/**
 * Every piece of text the task pane shows, in Chinese. Components take their words from here so
 * the wording stays consistent and reviewable in one place.
 */
import type { GatewayProblem } from '../word/gateway';
import type { Severity } from '../engine/types';
import type { Coverage } from '../engine/link/link';

export const S = {
  appTitle: '对照检查助手',
  check: '检查',
  checking: '正在检查…',
  insertMenu: '插入框架',
  insertAll: '整篇框架',
  insertPart: '插入某一部分',
  insertAspect: '插入某一方面',
  /** The aspect list when the template has none (a year whose notice is not imported yet). */
  insertAspectNone: '还没有当年的方面：请先点“模板”旁的“从通知导入…”',
  /**
   * The insert menu's first group: what its skeletons follow (skeletonSource: a template's name, or
   * for a year with no template 2026年度：各部分，方面待通知).
   */
  insertFrom: (source: string) => `按${source}`,
  /** A year (and meeting) with no template: its parts, aspects left for the notice. */
  insertSourceNoAspects: (yearAndMeeting: string) => `${yearAndMeeting ? `${yearAndMeeting}：` : ''}各部分，方面待通知`,
  /** The hover title of 整篇框架. */
  insertAllHint: (source: string) => `在光标处插入整篇框架（${source}）`,
  /** The deliverable bar while an action runs (a long material takes seconds). */
  deliverableWorking: {
    comments: '正在添加批注…文档较长时需要几秒钟，请稍候。',
    remove: '正在移除本助手的批注…',
    checklist: '正在插入整改清单…文档较长时需要几秒钟，请稍候。',
  } as Record<'comments' | 'remove' | 'checklist', string>,
  insertMissing: '仅补缺失标题',
  insertMissingHint: '先检查文档，再补上缺少的部分和方面标题',
  insertedN: (n: number) => `已在光标处插入 ${n} 段。`,
  insertedAtEndN: (n: number) => `已在文档末尾插入 ${n} 段（此版本的 Word 不支持在光标处插入）。`,
  insertedNone: '没有缺少的标题，无需插入。',
  intro: '点击“检查”，对照模板检查当前文档的结构、问题与整改措施。检查只读取文档，不会改动您的文字。',
  emptyDocument: '文档是空的。可以先用“插入框架”生成标题，再填写内容。',
  noTemplateContent:
    '没有识别出对照检查材料的结构（如“存在的主要问题”“原因分析”“整改措施”）。可以用“插入框架”生成标题。',
  unsupportedTitle: '当前 Word 版本不受支持',
  /** `found`: the host's build and platform as Office reports them ('' when unknown). */
  unsupportedBody: (found: string) =>
    `对照检查助手可在 Word 2021、Word 2024、Microsoft 365 版 Word、Word for Mac 和 Word 网页版中运行，需要 Word JavaScript API（WordApi）1.1 及以上。` +
    `当前 Word${found ? `（${found}）` : ''}不支持 WordApi 1.1。请升级 Word，或使用网页版 Word。`,
  noOfficeJsTitle: '无法加载 Office.js（可能被网络策略拦截）',
  noOfficeJsBody:
    '任务窗格需要从 appsforoffice.microsoft.com 加载 Office.js 才能读取文档。请联系网络管理员放行该地址（https，443 端口），然后关闭并重新打开任务窗格。也可以改用命令行工具 duizhao check 检查材料。',
  notInWordTitle: '请在 Word 中打开',
  notInWordBody: '对照检查助手是 Word 加载项，请在 Word 的“开始”选项卡中打开它。',
  errorTitle: '出错了',
  readFailed: '读取文档失败，请稍后重试。您的文档没有被改动。',
  analyzeFailed: '分析文档时出错，请稍后重试。您的文档没有被改动。',
  /** The analysis ran past its time limit and was stopped (analyzer.ts). */
  analyzeTimeout: (seconds: number) => `检查超过 ${seconds} 秒仍未完成，已停止，以免 Word 停止响应。文档可能过长或结构异常，可分成几部分检查。您的文档没有被改动。`,
  /** No background thread is available and the document is too large to check on Word's own thread. */
  analyzeTooLargeHere: (wan: number) => `文档较长（约 ${wan} 万字），而当前环境不能在后台检查；为免 Word 停止响应，没有检查。可在较新版本的 Word 中打开，或分成几部分检查。您的文档没有被改动。`,
  unchanged: '您的文档没有被改动',
  /** Shown once per check when the host could not give the text with tracked changes accepted. */
  trackedChangesNotice: '文档中有修订（跟踪的更改），Word 未能提供接受修订后的文字：检查结果可能包含已删除的文字，自动编号也可能未读到。接受或拒绝修订后再检查，结果更准确。',
  /** Shown once per check when the host may have given hidden text (font set to 隐藏) as text. */
  hiddenTextNotice: '此版本的 Word 不能在读取时排除隐藏文字：如果文档中有设为“隐藏”的文字，它们也被当作正文检查，结果可能与页面所见不同。',
  /** Shown once per check when some automatic numbers of list paragraphs with tracked changes could not be read. */
  listNumbersNotice: '文档中有修订：个别有修订的列表段落的自动编号未能读到，与编号有关的检查结果可能不准。接受或拒绝修订后再检查，结果更准确。',
  selectFailed: '无法定位到该段落。',
  staleHint: '文档可能已修改，请重新检查。',
  dismiss: '关闭',
  summaryTitle: '检查结果',
  templateLabel: '模板',
  paragraphsN: (n: number) => `共 ${n} 段`,
  noFindings: '没有发现问题。',
  findingsTitle: '问题清单',
  mapTitle: '结构对照',
  partsTitle: '组成部分',
  aspectsTitle: '查摆问题的方面',
  extraAspectsTitle: '模板外的方面',
  /** Problems listed straight under 存在的主要问题 with no aspect headings. */
  unsectionedProblems: '未分方面：问题直接列在“存在的主要问题”下',
  found: '已有',
  missing: '缺少',
  optionalMissing: '未写，可选',
  problemsN: (n: number) => `${n} 条问题`,
  causesN: (n: number) => `${n} 条原因`,
  measuresN: (n: number) => `${n} 条措施`,
  concreteN: (n: number, total: number) => `${n}/${total} 条措施具体可查`,
  uncoveredItemsN: (n: number) => `${n} 条问题未见对应措施`,
  showMore: (n: number) => `再显示 ${n} 条`,
  /**
   * A group's count in its header: all its findings, and when some are past the rule's cap (only a
   * summary line in the list says 另有 N 处), how many are listed and how many more there are.
   */
  groupCount: (c: { total: number; listed: number; more: number }) =>
    c.more > 0 ? `（共 ${c.total} 处：逐条列出 ${c.listed} 处，另有 ${c.more} 处未列出）` : `（${c.total}）`,
  goTo: '定位到该段落',
  paragraphN: (n: number) => `第 ${n} 段`,
  severityCount: (label: string, n: number) => `${label} ${n} 项`,
  busy: '正在处理，请稍候…',
  /** A part of the pane (a dialog, a menu) whose code could not be loaded from the add-in's server. */
  partLoadFailed: '此部分未能加载。请关闭任务窗格后重新打开；如仍不行，请联系管理员检查加载项的服务器。',
  rechecking: '文档已修改，正在重新检查…',
  checkedEmpty: '检查完成：当前文档没有内容。',
  checkedAnnounce: (verdict: string, score: number) => `检查完成。${verdict}完整度 ${score} 分。`,
  /** The status after 忽略 or 恢复 changed the counts (no new check). */
  recountAnnounce: (verdict: string) => `现在${verdict}`,
  scoreLabel: (score: number) => `完整度 ${score} 分`,
  verdictDismissed: (n: number) => `（另有 ${n} 条已忽略，未计入）`,
  scoreExplainTitle: '完整度按以下几项的完成比例平均计算：',
  scorePart: (label: string, got: number, total: number) => `${label}：${got}/${total}`,
  scoreNone: '没有可计数的项目。',
  severityFilter: '完整度与按严重程度筛选',
  severityShowOnly: '只看某一类（再按一次显示全部）',
  severityOnly: (label: string) => `只看${label}`,
  severityShowAll: '再按一次显示全部',
  ruleFilter: '按规则筛选',
  allRules: '全部规则',
  ruleOption: (title: string, n: number) => `${title}（${n}）`,
  nav: '逐条查看',
  previous: '上一条',
  next: '下一条',
  /**
   * The finding keys and where they work: Word hands an add-in the keys pressed in its pane only
   * (custom document-wide shortcuts need a shared runtime and Word 2408 or later, never Word
   * 2021/LTSC; F8 is Word's own 扩展选定), so from the document F6 first.
   */
  navHint:
    '快捷键：F8 下一条，Shift+F8 上一条（也可用 Alt+↓ / Alt+↑）；在列表中用 ↑ ↓ 移动，回车定位。这些快捷键只在焦点位于助手窗格时有效：在文档中请先按 F6 切换到窗格（Word 不把文档中的按键交给加载项，文档中的 F8 是 Word 的“扩展选定”）。',
  /** The short form on the next/previous buttons' hover titles. */
  navKeyWhere: '焦点在窗格中时',
  position: (i: number, n: number) => (i > 0 ? `${i} / ${n}` : `共 ${n} 条`),
  noneShown: '当前筛选条件下没有问题。',
  expects: '审阅要求',
  example: '示例',
  before: '修改前',
  after: '修改后',
  stale: '已修改',
  staleLong: '该段已修改，等待重新检查',
  mapToggle: '结构对照（部分、方面、措施）',
  quoteOf: (q: string) => `“${q}”`,
  // Where inserted text went (issue 11).
  insertedAtCursor: (n: number) => `已在光标处插入 ${n} 段。`,
  insertedAfterParagraph: (n: number, p: number) => `已在第 ${p} 段之后插入 ${n} 段。`,
  insertedAfterTable: (n: number) => `已在表格之后插入 ${n} 段。`,
  insertedHeadings: (n: number) => `已在应有的位置补上 ${n} 处缺失的标题（各带占位内容）。`,
  confirmAllTitle: '文档已有内容',
  confirmAllBody: '整篇框架会在光标所在段落之后插入各部分和各方面的标题及占位内容，不会改动已有文字，也不会再加标题和开头语。要继续吗？',
  confirmAllOk: '插入',
  cancel: '取消',
  // Fixes.
  fixApply: (label: string) => label,
  fixApplied: (label: string) => `已修改：${label}。如需撤回，请点“撤销”（在 Word 中按 Ctrl+Z 可能要按多次）。`,
  fixUndo: '撤销',
  // Office.js cannot group an add-in's edits into one undo step (OfficeDev/office-js#1827).
  fixUndoHint:
    '恢复本助手上一次修改前的文字。Word 不保证一次 Ctrl+Z 就能撤回助手的一次修改（加载项无法把多处改动合并为一步撤销），请用此按钮撤回。',
  fixUndone: '已撤销上一次修改，文字已恢复原样。',
  fixApplyAll: (n: number) => `全部应用（${n} 处）`,
  fixSelect: '选中占位内容',
  // Dismissals.
  dismissMenu: '忽略',
  dismissOne: '忽略此条…',
  dismissRule: '本文档不检查此规则',
  dismissReasonLabel: '理由（可不填）',
  dismissConfirm: '忽略',
  dismissedView: (n: number) => `已忽略 ${n} 条`,
  dismissedByRule: '本文档不检查此规则',
  dismissedReason: (r: string) => `理由：${r}`,
  restore: '恢复',
  restoreRule: '恢复此规则',
  dismissSaveFailed: '无法把忽略记录保存到文档中：',
} as const;

/** What each count of the completeness score counts (report.ts `CompletenessPart.kind`). */
export const SCORE_PART_EXPLAIN: Record<string, string> = {
  parts: '模板要求必写的部分，如存在的主要问题、原因分析、整改措施，已写出的个数/应有的个数',
  aspects: '通知规定的对照方面，已写出的个数/应有的个数',
  answered: '查摆出的问题中，整改措施里有对应措施的条数/问题总条数',
  concrete: '整改措施中写明频次、数量、时限或责任人等可检验要求的条数/措施总条数',
};

/** Drop trailing full stops so parts can be joined without "。。". */
export function trimStop(text: string): string {
  return text.replace(/[。.；;，,\s]+$/u, '');
}

/** Join sentence parts with one Chinese full stop between and after them (never "。。"). */
export function sentences(...parts: Array<string | null | undefined | false>): string {
  return parts
    .filter((p): p is string => typeof p === 'string' && trimStop(p) !== '')
    .map((p) => `${trimStop(p)}。`)
    .join('');
}

/** The one-line verdict for counts by severity. */
export function verdictText(counts: Record<Severity, number>): string {
  const { error, warning, info } = counts;
  if (error + warning + info === 0) return '没有发现问题。';
  if (error > 0) return `有 ${error} 个错误需要修改，另有 ${warning} 个警告、${info} 个提示。`;
  if (warning > 0) return `没有错误；有 ${warning} 个警告建议修改，${info} 个提示供参考。`;
  return `没有错误和警告；有 ${info} 个提示供参考。`;
}

export const SEVERITY_LABEL: Record<Severity, string> = {
  error: '错误',
  warning: '警告',
  info: '提示',
};

export const COVERAGE_LABEL: Record<Coverage | 'partial', string> = {
  covered: '措施已对应',
  /** The engine counts the aspect covered, but some of its problems have no measure (report.ts shownCoverage). */
  partial: '部分对应',
  weak: '对应较弱',
  uncovered: '未对应措施',
};

/** One Chinese message per gateway problem. */
export const GATEWAY_PROBLEM: Record<GatewayProblem, string> = {
  'read-only': '文档处于只读状态，无法插入。请先启用编辑。',
  'in-header-footer': '光标在页眉或页脚中。请把光标放到正文里再插入。',
  'in-footnote': '光标在脚注或尾注中。请把光标放到正文里再插入。',
  'locked-content-control': '光标所在的内容控件已锁定，无法在此插入。',
  'not-found': '找不到该段落，文档可能已修改，请重新检查。',
  unsupported: '当前 Word 版本不支持此操作。',
  busy: 'Word 正忙，请稍后再试。',
  changed: '这段文字在检查之后已被修改，此项修改已撤回。请重新检查后再试。',
  unknown: '操作没有完成，请重试。您的文档没有被改动。',
};

/** The template picker and the notice import (issue 9). */
export const TS = {
  pickerLabel: '模板',
  auto: '自动识别',
  autoDetected: (name: string) => `自动识别（本次：${name}）`,
  imported: (name: string) => `${name}`,
  reason: (reason: string) => reason,
  importButton: '从通知导入…',
  importTitle: '从通知导入模板',
  importHint: '把当年民主生活会（组织生活会）通知中列出对照方面的那一段粘贴到下面，读取后可逐条核对、修改。',
  importPlaceholder: '例如：重点对照以下5个方面：一是带头……；二是带头……',
  read: '读取通知',
  aspectsFound: (n: number) => `读出 ${n} 个方面，请核对：`,
  aspectLabel: (n: number) => `方面${n}`,
  casesPart: '要求“反面典型案例剖析”部分',
  use: '使用此模板',
  cancel: '取消',
  saveFailed: '模板已用于本次检查，但未能保存到文档中。',
  storedInvalid: '文档中保存的模板无法使用，已改为自动识别。',
  emptyAspect: '方面标题不能为空。',
  deleteAspect: '删除',
  /** The accessible name of a row's 删除 (starts with the visible word). */
  deleteAspectLabel: (n: number) => `删除方面${n}`,
  addAspect: '添加方面',
  newAspectPlaceholder: '填写方面标题，如：带头……',
  lastAspect: '至少要保留一个方面，这个方面不能删除。如果它读错了，请直接改写标题。',
  tooManyAspects: (max: number) => `最多 ${max} 个方面，不能再添加。`,
  aspectDeleted: (n: number, title: string, left: number) => `已删除方面${n}${title ? `“${title}”` : ''}，还有 ${left} 个方面。`,
  aspectAdded: (n: number) => `已添加方面${n}，请填写标题。`,
  partsTitle: '组成部分',
  previousPart: '要求“上年度问题整改落实情况”部分',
  /** Why an imported template is used (the engine's reason names a CLI template file). */
  reasonImported: '依据：从通知导入，随文档保存（在别的电脑上打开本文档也按它检查）',
  reasonImportedUnsaved: '依据：从通知导入，仅用于本次检查（未能随文档保存）',
};

/**
 * The reason the pane shows for the template of a check: the engine's own (detected, chosen), but
 * for a template handed over whole (`templateSource` "file": in the pane always one imported from
 * a notice and kept in the document) where it came from and whether it travels with the document,
 * not the command line's "使用模板文件". `kept`: the document holds the choice.
 */
export function templateReasonText(report: { templateSource?: 'detected' | 'chosen' | 'file'; templateReason?: string }, kept: boolean): string | undefined {
  if (report.templateSource === 'file') return kept ? TS.reasonImported : TS.reasonImportedUnsaved;
  return report.templateReason;
}

/** Taking back insertions, stepping through placeholders (issue 11: insertion 撤销, 选中占位内容). */
export const IS = {
  /** After an insertion: where it went, and that 撤销 takes it back. */
  insertedUndoHint: '如需撤回，请点“撤销”。',
  insertUndone: (n: number) => `已撤销插入，删去了插入的 ${n} 段，其他文字未动。`,
  headingsUndone: (n: number) => `已撤销补上的 ${n} 处标题，其他文字未动。`,
  /** The hover title and description of 撤销 after an insertion. */
  insertUndoHint: '删去助手上一次插入的段落（只在它们未被改动时）。Word 不保证一次 Ctrl+Z 就能撤回助手的一次插入，请用此按钮撤回。',
  noPlaceholder: '文档中已没有占位内容。',
  /** 插入框架 → a part the material already has: nothing inserted. */
  partPresent: (label: string) => `文中已有“${label}”部分，未重复插入。`,
};
