/**
 * The pane's parts loaded on first use (lazy.tsx): each is a chunk of its own, fetched from the
 * add-in's origin when it is first shown, so the code for what the first screen never shows stays
 * out of the start bundle:
 *  - NoticeImportDialog  从通知导入… (dialog, text area, inputs, checkbox; the notice reader comes later still)
 *  - InsertConfirm       the question before 整篇框架 goes into a document with content
 *  - DismissedView       已忽略 N 条 (accordion), only when something is dismissed
 *  - DeliverableBar      添加为批注 · 移除本助手的批注 · 插入整改清单 (Word only, after a check; tooltip)
 *  - PreviousMaterial    对照上年度材料 (file picker and comparison), after a check
 * The menus (插入框架, 忽略) load the same way through their stand-in buttons (CheckBar, DismissMenu).
 */
import { lazyPart } from './lazy';
import type { NoticeImportDialogProps } from './components/NoticeImportDialog';
import type { DismissedViewProps } from './components/DismissedView';
import type { DeliverableBarProps } from './components/DeliverableBar';
import type { PreviousMaterialProps } from './components/PreviousMaterial';

export const NoticeImportDialogPart = lazyPart<NoticeImportDialogProps>(
  () => import(/* webpackChunkName: "notice-import" */ './components/NoticeImportDialog').then((m) => m.NoticeImportDialog),
  'NoticeImportDialog',
);

export const InsertConfirmPart = lazyPart<{ open: boolean; onConfirm(): void; onCancel(): void }>(
  () => import(/* webpackChunkName: "insert-confirm" */ './components/InsertConfirm').then((m) => m.InsertConfirm),
  'InsertConfirm',
);

export const DismissedViewPart = lazyPart<DismissedViewProps>(
  () => import(/* webpackChunkName: "dismissed-view" */ './components/DismissedView').then((m) => m.DismissedView),
  'DismissedView',
);

export const DeliverableBarPart = lazyPart<DeliverableBarProps>(
  () => import(/* webpackChunkName: "deliverables" */ './components/DeliverableBar').then((m) => m.DeliverableBar),
  'DeliverableBar',
);

export const PreviousMaterialPart = lazyPart<PreviousMaterialProps>(
  () => import(/* webpackChunkName: "previous-material" */ './components/PreviousMaterial').then((m) => m.default),
  'PreviousMaterial',
);
