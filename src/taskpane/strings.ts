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
  insertMissing: '仅补缺失标题',
  insertMissingHint: '先检查文档，再补上缺少的部分和方面标题',
  insertedN: (n: number) => `已在光标处插入 ${n} 段。`,
  insertedNone: '没有缺少的标题，无需插入。',
  intro: '点击“检查”，对照模板检查当前文档的结构、问题与整改措施。检查只读取文档，不会改动您的文字。',
  emptyDocument: '文档是空的。可以先用“插入框架”生成标题，再填写内容。',
  noTemplateContent:
    '没有识别出对照检查材料的结构（如“存在的主要问题”“原因分析”“整改措施”）。可以用“插入框架”生成标题。',
  unsupportedTitle: '当前 Word 版本不受支持',
  unsupportedBody: '对照检查助手需要 Word 2016 或更高版本（WordApi 1.3）。请升级 Word，或使用网页版 Word。',
  notInWordTitle: '请在 Word 中打开',
  notInWordBody: '对照检查助手是 Word 加载项，请在 Word 的“开始”选项卡中打开它。',
  errorTitle: '出错了',
  readFailed: '读取文档失败，请稍后重试。您的文档没有被改动。',
  analyzeFailed: '分析文档时出错，请稍后重试。您的文档没有被改动。',
  unchanged: '您的文档没有被改动',
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
  found: '已有',
  missing: '缺少',
  optionalMissing: '未写，可选',
  problemsN: (n: number) => `${n} 条问题`,
  causesN: (n: number) => `${n} 条原因`,
  measuresN: (n: number) => `${n} 条措施`,
  concreteN: (n: number, total: number) => `${n}/${total} 条措施具体可查`,
  uncoveredItemsN: (n: number) => `${n} 条问题未见对应措施`,
  showMore: (n: number) => `再显示 ${n} 条`,
  goTo: '定位到该段落',
  paragraphN: (n: number) => `第 ${n} 段`,
  severityCount: (label: string, n: number) => `${label} ${n} 项`,
  busy: '正在处理，请稍候…',
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
  fixApplied: (label: string) => `已修改：${label}。`,
  fixUndo: '撤销',
  fixUndone: '已撤销上一次修改。',
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

export const SEVERITY_LABEL: Record<Severity, string> = {
  error: '错误',
  warning: '警告',
  info: '提示',
};

export const COVERAGE_LABEL: Record<Coverage, string> = {
  covered: '措施已对应',
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
