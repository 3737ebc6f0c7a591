/**
 * Every failure the Word gateway can report, mapped to one Chinese message, in one place.
 * Office.js rejects `context.sync()` with an `OfficeExtension.Error` whose `code` names the cause
 * (Word.ErrorCodes: AccessDenied, GeneralException, InvalidArgument, ItemNotFound, NotAllowed,
 * NotImplemented, SearchDialogIsOpen, SearchStringInvalidOrTooLong; OfficeExtension.ErrorCodes:
 * ApiNotFound, ActivityLimitReached, InvalidRequestContext, ...). Nothing here imports Office.
 */
import type { GatewayProblem, GatewayResult } from './gateway';

/** The default message for each problem. */
export const PROBLEM_MESSAGES: Record<GatewayProblem, string> = {
  'read-only': '文档当前为只读或受保护状态，无法修改。请先启用编辑（或取消“限制编辑”）后再试。',
  'in-header-footer': '光标在页眉或页脚中。请把光标放到正文中要插入的位置，再试一次。',
  'in-footnote': '光标在脚注、尾注或文本框中。请把光标放到正文中要插入的位置，再试一次。',
  'locked-content-control': '光标所在的内容控件已锁定，不允许编辑。请把光标移到控件之外，再试一次。',
  'not-found': '在文档中找不到这一段，它可能已被修改或删除。请重新检查文档后再试。',
  unsupported: '当前 Word 版本不支持此功能（需要 Word JavaScript API 1.3 或更高版本）。请更新 Office 后再试。',
  busy: 'Word 正忙，请稍后再试。',
  changed: '这段文字在检查之后已被修改，此项修改已撤回。请重新检查后再试。',
  unknown: '操作未能完成，发生了未知错误。请稍后再试。',
};

/** Office error codes, each with the problem it stands for and its own Chinese message. */
const CODE_MESSAGES: Record<string, { problem: GatewayProblem; message: string }> = {
  AccessDenied: { problem: 'read-only', message: PROBLEM_MESSAGES['read-only'] },
  NotAllowed: {
    problem: 'read-only',
    message: '当前位置不允许此操作（文档可能受保护、处于只读状态或内容已锁定）。',
  },
  ItemNotFound: { problem: 'not-found', message: PROBLEM_MESSAGES['not-found'] },
  NotImplemented: { problem: 'unsupported', message: '当前 Word 版本尚未实现此功能。请更新 Office 后再试。' },
  ApiNotFound: { problem: 'unsupported', message: PROBLEM_MESSAGES.unsupported },
  InvalidArgument: { problem: 'unknown', message: '传给 Word 的参数无效，操作未执行。' },
  InvalidSelection: { problem: 'unknown', message: '当前选区不能进行此操作。请把光标放到正文中，再试一次。' },
  InvalidOperation: { problem: 'unknown', message: '当前状态下不能进行此操作。' },
  SearchDialogIsOpen: { problem: 'busy', message: '“查找和替换”对话框正在打开。请先关闭它，再试一次。' },
  SearchStringInvalidOrTooLong: { problem: 'not-found', message: '要查找的文字过长或无效，无法定位这一段。' },
  ActivityLimitReached: { problem: 'busy', message: '操作过于频繁，已达到 Word 的限制。请稍后再试。' },
  Conflict: { problem: 'busy', message: '文档正被其他人同时编辑，发生冲突。请稍后再试。' },
  InvalidOrTimedOutSession: { problem: 'busy', message: '与 Word 的会话已超时。请重新打开加载项后再试。' },
  RequestAborted: { problem: 'busy', message: '请求被中断。请稍后再试。' },
  ConnectionFailure: { problem: 'busy', message: '与 Word 的连接中断。请重新打开加载项后再试。' },
  InvalidRequestContext: { problem: 'unknown', message: '加载项内部错误（请求上下文无效）。请重新打开加载项。' },
  InvalidObjectPath: { problem: 'unknown', message: '加载项内部错误（对象路径无效）。请重新打开加载项。' },
  PropertyNotLoaded: { problem: 'unknown', message: '加载项内部错误（属性未加载）。请重新打开加载项。' },
  ValueNotLoaded: { problem: 'unknown', message: '加载项内部错误（值未加载）。请重新打开加载项。' },
  RequestPayloadSizeLimitExceeded: { problem: 'busy', message: '一次要处理的内容过多，超出了 Word 的限制。' },
  ResponsePayloadSizeLimitExceeded: { problem: 'busy', message: '文档内容过多，超出了 Word 一次能返回的限制。' },
  GeneralException: { problem: 'unknown', message: 'Word 内部错误，操作未完成。请稍后再试。' },
};

/** Said after a write that failed part-way. */
export const ROLLBACK_MESSAGES = {
  rolledBack: (reason: string) => `${reason}已写入的部分已撤回，文档与操作前相同。`,
  notRolledBack: (reason: string) => `${reason}部分内容已写入且未能自动撤回，请在 Word 中按 Ctrl+Z 撤销。`,
  viewing: '文档当前无法编辑（可能处于“查看”模式、只读或受保护状态），文档没有改动。请切换到“编辑”模式后再试。',
  unlocatable: '在 Word 中无法准确定位要修改的文字（可能含有域、批注或特殊字符），此项修改已撤回，文档没有改动。',
  /** The preview: the words to change hold a markdown mark (**, ##) that the check read past. */
  unlocatablePreview: '要修改的文字中间夹着 Markdown 标记（如 **），自动修改会连标记一起改掉，此项修改已撤回，文档没有改动。请手动修改。',
  /** The words to change run across two Word paragraphs that the check read as one (lines pasted from a PDF). */
  acrossLines: '要修改的文字跨越了两个段落（从 PDF 粘贴时断开的行），无法自动修改，文档没有改动。请先把这两段合并，或在 Word 中手动修改。',
  /**
   * A heading meant to join the automatic numbering of its sibling headings was written with a
   * typed number instead (Word could not join the list); `numbers` are the typed numbers.
   */
  /** 撤销 of an insertion refused: the writer changed (or removed) some of what it added. */
  insertChanged: '插入的内容在插入后已被修改、移动或删除。为免删掉您写的文字，没有撤销，插入的内容都保留着；如需去掉，请手动删除。',
  /** 撤销 of an insertion failed part-way in Word. */
  insertUndoFailed: (reason: string) => `${reason}撤销插入时只删去了一部分，请在 Word 中检查插入处，或按 Ctrl+Z 撤销。`,
  typedNumbers: (numbers: readonly string[]) =>
    `Word 未能把新标题加入文中的自动编号列表，已按文中编号格式手工输入“${numbers.join('”“')}”；其后标题的自动编号未随之顺延，请在 Word 中核对编号。`,
};

/**
 * A write Word refused before changing anything. Word keeps `document.mode` at readWrite in
 * Viewing mode and refuses writes with GeneralException (or AccessDenied/NotAllowed): when the
 * very first write of a batch fails that way, the document is taken as not editable.
 */
export function refusedWrite(error: unknown): boolean {
  const code = errorCode(error);
  return code === 'GeneralException' || code === 'AccessDenied' || code === 'NotAllowed';
}

/** An error thrown by gateway methods that return plain values (read). */
export class GatewayError extends Error {
  readonly problem: GatewayProblem;
  readonly code?: string;
  constructor(problem: GatewayProblem, message: string = PROBLEM_MESSAGES[problem], code?: string) {
    super(message);
    this.name = 'GatewayError';
    this.problem = problem;
    this.code = code;
  }
}

/** The `code` of an OfficeExtension.Error (or anything shaped like one), if there is one. */
export function errorCode(error: unknown): string | undefined {
  if (error && typeof error === 'object' && 'code' in error) {
    const code = (error as { code: unknown }).code;
    if (typeof code === 'string' && code) return code;
  }
  return undefined;
}

/** Map any thrown value to a problem and a Chinese message. */
export function describeError(error: unknown): { problem: GatewayProblem; message: string; code?: string } {
  if (error instanceof GatewayError) return { problem: error.problem, message: error.message, code: error.code };
  const code = errorCode(error);
  if (code && CODE_MESSAGES[code]) return { ...CODE_MESSAGES[code], code };
  return { problem: 'unknown', message: PROBLEM_MESSAGES.unknown, code };
}

/** A failed GatewayResult for a problem (default message) or a thrown error. */
export function failure<T>(problemOrError: GatewayProblem | unknown, message?: string): GatewayResult<T> {
  if (typeof problemOrError === 'string' && problemOrError in PROBLEM_MESSAGES) {
    const problem = problemOrError as GatewayProblem;
    return { ok: false, problem, message: message ?? PROBLEM_MESSAGES[problem] };
  }
  const d = describeError(problemOrError);
  return { ok: false, problem: d.problem, message: message ?? d.message };
}
