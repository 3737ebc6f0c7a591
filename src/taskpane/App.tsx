/**
 * The task pane. A container that wires the hooks (state and side effects, all injected) to
 * presentational components. Works the same over Word (officeGateway) and the preview's
 * in-memory document (memoryGateway).
 *
 * The writer's loop: the pane checks when it opens and again after edits (debounced, through
 * the gateway's `watch`); findings come first (verdict, counts, then groups by rule); following
 * a finding selects its words in the document while keyboard focus stays in the pane; F8 /
 * Shift+F8 (or Alt+↓ / Alt+↑) go to the next / previous finding, wrapping around.
 */
import * as React from 'react';
import { Button, FluentProvider, Text, makeStaticStyles, makeStyles, tokens } from '@fluentui/react-components';
import type { DocumentGateway } from '../word/gateway';
import type { Severity } from '../engine/types';
import type { Template } from '../engine/template';
import { skeletonSource, skeletonTemplate } from './skeletonSource';
import { checkSeason } from './clock';
import type { SkeletonScope } from '../engine/skeleton';
import type { Analyzer } from './analyzer';
import type { FindingGroup, PaneFinding } from './report';
import { CheckBar } from './components/CheckBar';
import { FindingList } from './components/FindingList';
import { findingRefId } from './components/FindingLine';
import { FindingNav } from './components/FindingNav';
import { StatusBanner } from './components/StatusBanner';
import { TemplateMap } from './components/TemplateMap';
import { Verdict } from './components/Verdict';
import { FixAction, FixUndo } from './components/FixAction';
import { FixToast } from './components/FixToast';
import { findingComments } from '../engine/deliverables/comments';
import { DismissMenu, DismissReasonDialogPart } from './components/DismissMenu';
import { useFocusKeeper } from './hooks/useFocusKeeper';
import { useFixes } from './hooks/useFixes';
import { useDismissals } from './hooks/useDismissals';
import { ruleWideFix } from '../engine/fix';
import { fixText } from '../engine/messages';
import type { Fix } from '../engine/types';
import { useCheck } from './hooks/useCheck';
import { insertScope, paragraphRef, useDocumentActions } from './hooks/useDocumentActions';
import { useNotice } from './hooks/useNotice';
import { useDeliverables, type PaneDeliverables } from './hooks/useDeliverables';
import { checkArgs, useTemplateChoice } from './hooks/useTemplateChoice';
import { TemplatePicker } from './components/TemplatePicker';
import { DeliverableBarPart, DismissedViewPart, InsertConfirmPart, NoticeImportDialogPart, PreviousMaterialPart } from './parts';
import { S, TS, templateReasonText, verdictText } from './strings';
import { fluentTheme, visuallyHidden, type ThemeName } from './theme';

/** 对照上年度材料 (issue 14): loaded when a check result is first shown. */

/**
 * Whether the host can run the pane: `unsupported` = Word without WordApi 1.1; `no-office-js` =
 * Office.js did not load (a network policy blocking its CDN); `not-word` = opened outside Word.
 */
export type HostSupport = 'ok' | 'unsupported' | 'not-word' | 'no-office-js';

export interface AppProps {
  gateway: DocumentGateway;
  analyzer: Analyzer;
  theme?: ThemeName;
  support?: HostSupport;
  /** The host's build and platform, named in the unsupported message ('' when unknown). */
  hostVersion?: string;
  templateId?: string;
  /** Check when the pane opens (default true). */
  checkOnOpen?: boolean;
  /** Wait after the last edit before re-checking, in ms (default 400). */
  recheckDelayMs?: number;
  /** Issue 11: actions beside each finding (fix, 忽略此条). */
  renderActions?: (finding: PaneFinding) => React.ReactNode;
  /** Issue 9: the template picker, in the check bar. */
  templateSlot?: React.ReactNode;
  /** Word's comment and table actions (absent in the preview: no buttons shown). */
  deliverables?: PaneDeliverables;
}

const useStatic = makeStaticStyles({
  '.dz-sr': visuallyHidden,
  // Native controls (the rule filter's <select> and its option list) follow the pane's theme,
  // not the system's: without this the open list is white in Office's dark theme.
  '[data-theme="dark"]': { colorScheme: 'dark' },
  '[data-theme="light"]': { colorScheme: 'light' },
});

const useStyles = makeStyles({
  // On an inner element, not on FluentProvider: the provider's className is copied to every
  // portal (menus), which would then cover the pane with this min-height and background.
  root: {
    minHeight: '100%',
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  main: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    maxWidth: '720px',
    minWidth: 0,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  intro: { color: tokens.colorNeutralForeground2 },
  map: {
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalS,
    '& > summary': {
      cursor: 'pointer',
      fontWeight: tokens.fontWeightSemibold,
      padding: `${tokens.spacingVerticalXS} 0`,
    },
    '& > summary:focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  meta: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

const ALL_SEVERITIES: Severity[] = ['error', 'warning', 'info'];

/** Next (+1) or previous (−1) position among `n`, wrapping around; from "none" (−1) to the first or last. */
export function stepIndex(current: number, n: number, step: 1 | -1): number {
  if (n <= 0) return -1;
  if (current < 0) return step > 0 ? 0 : n - 1;
  return (current + step + n) % n;
}

export function App({
  gateway,
  analyzer,
  theme = 'light',
  support = 'ok',
  hostVersion = '',
  templateId,
  checkOnOpen = true,
  recheckDelayMs = 400,
  renderActions,
  templateSlot,
  deliverables,
}: AppProps) {
  useStatic();
  const styles = useStyles();
  const { notice, show, dismiss } = useNotice();
  // The writer's choice (kept in the document) wins; else the host's templateId; else the engine detects.
  const templates = useTemplateChoice(gateway, TS);
  const [importing, setImporting] = React.useState(false);
  // A dialog stays mounted once opened and closes through `open`: unmounted while open, Fluent's
  // Dialog leaves aria-hidden on the page behind it (the whole pane then hidden from screen readers).
  const [importMounted, setImportMounted] = React.useState(false);
  const [confirmMounted, setConfirmMounted] = React.useState(false);
  const chosen = checkArgs(templates.choice);
  const { state, run, markStale } = useCheck(gateway, analyzer, chosen.templateId ?? templateId, chosen.template);
  const actions = useDocumentActions(gateway, show);
  const delivery = useDeliverables(deliverables, show);
  const checking = state.phase === 'reading' || state.phase === 'analyzing';
  const report = state.report;
  const paneRef = React.useRef<HTMLElement>(null);
  const verdictRef = React.useRef<HTMLParagraphElement>(null);
  const focusVerdictAfter = React.useRef(false);
  const [announcement, setAnnouncement] = React.useState('');
  /** The verdict the status last said (null before the first check's). */
  const announcedVerdict = React.useRef<string | null>(null);
  // Skeletons follow the template of the last check, else the chosen one, else the newest. A
  // material no template fits (2026年度 before its notice is imported) gets the parts alone: no
  // other year's aspects or 案例 part (skeletonTemplateFor).
  // Before a check, or on an empty document, the template the engine reads an empty document by
  // in today's season (2026年度's parts in December 2026, before any template covers it).
  const template: Template | undefined = React.useMemo(
    () => skeletonTemplate({ chosen: chosen.template, report, templateId: chosen.templateId ?? templateId, season: checkSeason() }),
    [report, templateId, chosen.template, chosen.templateId],
  );
  // A fix's outcome and its 撤销 show in a bar at the bottom of the visible pane (FixToast), where
  // the writer is, not at the top of a long list; other actions' notices stay at the top.
  const fixNotice = useNotice();
  const fixes = useFixes(gateway, fixNotice.show, run);
  const forgetWrites = fixes.remember;
  const dismissFixNotice = fixNotice.dismiss;
  const [toastOpen, setToastOpen] = React.useState(false);
  const toastRef = React.useRef<HTMLDivElement>(null);
  // Bumped to move focus to the bar's 撤销 (or its outcome) after an insertion or its 撤销.
  const [toastFocus, setToastFocus] = React.useState(0);
  const allFindings = React.useMemo(() => report?.groups.flatMap((g) => g.findings) ?? [], [report]);
  const dismissals = useDismissals(gateway, allFindings, state.paragraphs, show);
  // The map counts the uncovered problems the list still shows (a dismissed one is counted in neither).
  const uncoveredShown = React.useMemo(() => dismissals.active.filter((f) => f.rule === 'uncovered-problem'), [dismissals.active]);
  const [confirmAll, setConfirmAll] = React.useState(false);

  // --- filters and position
  // The severity shown alone (its count button pressed), or null for all.
  const [onlySeverity, setOnlySeverity] = React.useState<Severity | null>(null);
  const severities: ReadonlySet<Severity> = React.useMemo(() => new Set(onlySeverity ? [onlySeverity] : ALL_SEVERITIES), [onlySeverity]);
  // 忽略此条…: the finding whose reason is asked (kept while the dialog closes), and whether it is open.
  const [asking, setAsking] = React.useState<PaneFinding | null>(null);
  const [askOpen, setAskOpen] = React.useState(false);
  const [rule, setRule] = React.useState('');
  const [currentKey, setCurrentKey] = React.useState<string | null>(null);
  const [focusRequest, setFocusRequest] = React.useState(0);

  // Findings the writer dismissed (kept in the document) are left out of the list and the counts of the nav.
  const allGroups: FindingGroup[] = React.useMemo(() => {
    const active = new Set(dismissals.active);
    return (report?.groups ?? []).map((g) => ({ ...g, findings: g.findings.filter((f) => active.has(f)) })).filter((g) => g.findings.length > 0);
  }, [report, dismissals.active]);
  const groups = React.useMemo(
    () =>
      allGroups
        .filter((g) => !rule || g.rule === rule)
        .map((g) => ({ ...g, findings: g.findings.filter((f) => severities.has(f.severity)) }))
        .filter((g) => g.findings.length > 0),
    [allGroups, rule, severities],
  );
  const order = React.useMemo(() => groups.flatMap((g) => g.findings), [groups]);
  const currentIndex = order.findIndex((f) => f.key === currentKey);

  // --- paragraph numbers in the current document, stale marks
  // Kept as the same object while every id sits where it did (a re-read with no paragraph added or
  // removed), so the finding lines, which take their number from it, need not render again.
  const idIndexRef = React.useRef<Map<string, number>>(new Map());
  const idIndex = React.useMemo(() => {
    const m = new Map<string, number>();
    state.current.forEach((p, i) => p.id && m.set(p.id, i));
    const prev = idIndexRef.current;
    if (prev.size === m.size && [...m].every(([id, i]) => prev.get(id) === i)) return prev;
    idIndexRef.current = m;
    return m;
  }, [state.current]);
  const paragraphOf = React.useCallback((f: PaneFinding) => (f.id !== undefined ? idIndex.get(f.id) ?? f.paragraph : f.paragraph), [idIndex]);
  const isStale = React.useCallback((f: PaneFinding) => state.stale.has(f.paragraph), [state.stale]);

  // --- checking
  const onCheck = React.useCallback(() => {
    dismiss();
    fixNotice.dismiss();
    setToastOpen(false);
    focusVerdictAfter.current = true;
    void run();
  }, [run, dismiss, fixNotice.dismiss]);

  React.useEffect(() => {
    if (support === 'ok' && checkOnOpen) void run();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [support]);

  // A template chosen (or imported) after a check: check again by it, so the result and its reason
  // never speak of the template that was there before.
  // Compared by what is chosen, not by object: the stored choice read on opening is no change.
  const choiceKey =
    templates.choice.kind === 'auto'
      ? 'auto'
      : templates.choice.kind === 'builtin'
        ? `b:${templates.choice.id}`
        : `c:${templates.choice.template.id}:${templates.choice.template.name}:${templates.choice.template.aspects.map((a) => a.title).join('|')}`;
  const lastChoice = React.useRef(choiceKey);
  React.useEffect(() => {
    if (lastChoice.current === choiceKey) return;
    lastChoice.current = choiceKey;
    if (support === 'ok' && state.report) void run();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [choiceKey, run]);

  // Re-check after edits: mark what changed stale at once, one read after the writer pauses.
  React.useEffect(() => {
    if (support !== 'ok' || !gateway.watch) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = gateway.watch((change) => {
      // Another document: 撤销 of a write in the old one would say it was withdrawn, changing nothing.
      if (change.replaced) {
        forgetWrites(null);
        dismissFixNotice();
        setToastOpen(false);
      }
      if (change.ids && change.ids.length) markStale(change.ids);
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void run(), recheckDelayMs);
    });
    return () => {
      if (timer) clearTimeout(timer);
      stop();
    };
  }, [gateway, support, run, markStale, recheckDelayMs, forgetWrites, dismissFixNotice]);

  // After a check: announce it; after one the writer asked for, focus the verdict.
  React.useEffect(() => {
    if (state.checks === 0) return;
    if (state.phase === 'done' && state.report) {
      const r = state.report;
      announcedVerdict.current = verdictText(dismissals.counts);
      setAnnouncement(S.checkedAnnounce(announcedVerdict.current, r.completeness?.score ?? 0));
    } else if (state.phase === 'empty') {
      setAnnouncement(S.checkedEmpty);
    }
    if (focusVerdictAfter.current) {
      focusVerdictAfter.current = false;
      verdictRef.current?.focus();
    }
  }, [state.checks]); // eslint-disable-line react-hooks/exhaustive-deps

  // 忽略 (or 恢复) changes the counts: the status says the counts as they are now, not the check's.
  const verdictNow = verdictText(dismissals.counts);
  React.useEffect(() => {
    if (state.phase !== 'done' || !state.report || announcedVerdict.current === null || announcedVerdict.current === verdictNow) return;
    announcedVerdict.current = verdictNow;
    setAnnouncement(S.recountAnnounce(verdictNow));
  }, [verdictNow]); // eslint-disable-line react-hooks/exhaustive-deps

  // A check that failed: the alert says so; an earlier announcement (检查完成：当前文档没有内容) must
  // not stand beside it as if it were this check's.
  React.useEffect(() => {
    if (state.phase === 'error') setAnnouncement('');
  }, [state.phase, state.error]);

  // --- following findings
  const follow = React.useCallback(
    async (f: PaneFinding) => {
      setCurrentKey(f.key);
      const index = paragraphOf(f);
      const ref = { ...paragraphRef(state.paragraphs, f.paragraph, f.excerpt), index };
      const span = f.quote !== undefined && f.start !== undefined ? { start: f.start, length: f.quote.length, text: f.quote } : undefined;
      const active = document.activeElement as HTMLElement | null;
      await actions.select(ref, span);
      // Keep keyboard focus in the pane: typing must never land in the document. (Focus that moved
      // within the pane meanwhile, e.g. to the next line, stays where it is.)
      const pane = paneRef.current;
      if (active && pane?.contains(active) && !pane.contains(document.activeElement)) active.focus({ preventScroll: true });
    },
    [actions, state.paragraphs, paragraphOf],
  );
  // Handlers given to every finding line read the latest state through a ref, so they stay the
  // same between renders and a line renders again only when its own finding, number or marks change.
  const latest = React.useRef({
    follow,
    fixes,
    dismissals,
    selectPlaceholder: undefined as unknown as (fix: Fix, f: PaneFinding) => Promise<void>,
    applyFix: undefined as unknown as (fix: Fix, f?: PaneFinding) => Promise<void>,
  });
  latest.current.follow = follow;
  latest.current.fixes = fixes;
  latest.current.dismissals = dismissals;
  const onOpen = React.useCallback((f: PaneFinding) => void latest.current.follow(f), []);
  const onCurrent = React.useCallback((f: PaneFinding) => setCurrentKey(f.key), []);

  const step = React.useCallback(
    (dir: 1 | -1) => {
      const j = stepIndex(currentIndex, order.length, dir);
      if (j < 0) return;
      const f = order[j];
      setCurrentKey(f.key);
      setFocusRequest((n) => n + 1);
      void follow(f);
    },
    [currentIndex, order, follow],
  );

  // --- fixes: keep the writer's place
  // The fixed finding's line leaves the list when a check after the fix lands, and focus would
  // fall to the page (the top, for the next Tab). So before a fix (or 撤销) note the line's place
  // in the list and the checks so far; once a later check is in and the fix is done, if focus was
  // lost (on the page's body) or taken by the host while applying (not when the writer moved it
  // elsewhere), it goes to the line now at that place (scrolled into view, clear of the bar), or
  // to 撤销 in the bar when no line is left.
  const orderRef = React.useRef(order);
  orderRef.current = order;
  const checksRef = React.useRef(state.checks);
  checksRef.current = state.checks;
  const fixPlace = React.useRef<{ index: number; checks: number } | null>(null);
  // Focus was in the pane when the fix started: a host that moves it into the document while
  // applying (the preview places its caret at the change) gives it back, as following a finding does.
  const focusWasInPane = React.useRef(false);
  const inPane = () => {
    const active = document.activeElement;
    return !!active && active !== document.body && active.isConnected && !!paneRef.current?.contains(active);
  };
  const lastPlace = React.useRef<number | null>(null);
  const applyFix = React.useCallback(async (fix: Fix, at?: PaneFinding) => {
    const i = at ? orderRef.current.findIndex((x) => x.key === at.key) : -1;
    lastPlace.current = i >= 0 ? i : null;
    fixPlace.current = i >= 0 ? { index: i, checks: checksRef.current } : null;
    focusWasInPane.current = inPane();
    setToastOpen(true);
    await latest.current.fixes.apply(fix);
  }, []);
  latest.current.applyFix = applyFix;
  const undoFix = React.useCallback(async () => {
    fixPlace.current = lastPlace.current !== null ? { index: lastPlace.current, checks: checksRef.current } : null;
    focusWasInPane.current = inPane();
    setToastOpen(true);
    await latest.current.fixes.undoLast();
    // An insertion taken back has no line to return to: focus the outcome in the bar.
    if (lastPlace.current === null) setToastFocus((n) => n + 1);
  }, []);
  React.useEffect(() => {
    const place = fixPlace.current;
    if (place === null || fixes.busy || state.checks <= place.checks) return;
    fixPlace.current = null;
    const active = document.activeElement;
    if (inPane()) return;
    // Lost (on the page's body) or taken by the host during the fix; elsewhere, the writer moved it.
    if (active && active !== document.body && active.isConnected && !focusWasInPane.current) return;
    if (order.length > 0) {
      setCurrentKey(order[Math.min(place.index, order.length - 1)].key);
      setFocusRequest((n) => n + 1);
    } else {
      toastRef.current?.querySelector<HTMLElement>('[data-fix=undo]')?.focus();
    }
  }, [fixes.busy, order, state.checks]);
  const closeToast = React.useCallback(() => {
    setToastOpen(false);
    fixNotice.dismiss();
    // The close button leaves with the bar: focus goes back to the writer's line.
    if (orderRef.current.length > 0) setFocusRequest((n) => n + 1);
    else verdictRef.current?.focus();
  }, [fixNotice.dismiss]);

  const onKeyDown = (e: React.KeyboardEvent) => {
    const next = (e.key === 'F8' && !e.shiftKey) || (e.altKey && e.key === 'ArrowDown');
    const prev = (e.key === 'F8' && e.shiftKey) || (e.altKey && e.key === 'ArrowUp');
    if (!next && !prev) return;
    e.preventDefault();
    step(next ? 1 : -1);
  };

  const onGoTo = React.useCallback(
    (paragraph: number, heading: string) => {
      void actions.select(paragraphRef(state.paragraphs, paragraph, heading));
    },
    [actions, state.paragraphs],
  );

  // Insertions (useDocumentActions.insertScope): the outcome and its 撤销 in the result bar, focus
  // on that 撤销 (or the outcome when there is nothing to take back), never on the page's body.
  const onInsert = React.useCallback(
    async (scope: SkeletonScope, confirmed = false) => {
      if (!template) return;
      dismiss();
      const outcome = await insertScope(
        { gateway, run, notify: fixNotice.show, remember: fixes.remember, insert: actions.insert },
        template,
        scope,
        confirmed,
      );
      if (outcome === 'confirm') {
        setConfirmAll(true);
        setConfirmMounted(true);
        return;
      }
      lastPlace.current = null;
      setToastOpen(true);
      setToastFocus((n) => n + 1);
      if (outcome === 'done' && !gateway.watch && state.phase !== 'idle') void run();
    },
    [template, run, actions.insert, dismiss, state.phase, gateway, fixNotice.show, fixes.remember],
  );
  React.useEffect(() => {
    if (toastFocus === 0) return;
    const bar = toastRef.current;
    (bar?.querySelector<HTMLElement>('[data-fix=undo]:not([disabled])') ?? bar?.querySelector<HTMLElement>('[role=status]'))?.focus();
  }, [toastFocus]);

  // A placeholder's "fix" selects the placeholder itself (its span), keeping focus in the pane like following a finding.
  const selectPlaceholder = React.useCallback(
    async (fix: Fix, f: PaneFinding) => {
      const sel = fix.select;
      if (!sel) return;
      const words = state.paragraphs[sel.paragraph]?.text.slice(sel.start, sel.start + sel.length) ?? '';
      const ref = { ...paragraphRef(state.paragraphs, sel.paragraph, f.excerpt), index: sel.paragraph === f.paragraph ? paragraphOf(f) : sel.paragraph };
      const active = document.activeElement as HTMLElement | null;
      // The next placeholder after the document's selection, each click the one after.
      await actions.selectNextPlaceholder(() => actions.select(ref, words ? { start: sel.start, length: sel.length, text: words } : undefined));
      const pane = paneRef.current;
      if (active && pane?.contains(active) && !pane.contains(document.activeElement)) active.focus({ preventScroll: true });
    },
    [actions, state.paragraphs, paragraphOf],
  );
  latest.current.selectPlaceholder = selectPlaceholder;
  const fixBusy = fixes.busy;
  const findingActions = React.useCallback(
    (f: PaneFinding) => (
      <>
        {f.fix ? (
          <FixAction
            fix={f.fix}
            disabled={fixBusy}
            onApply={(fix: Fix) => void latest.current.applyFix(fix, f)}
            onSelect={(fix: Fix) => void latest.current.selectPlaceholder(fix, f)}
            describedBy={findingRefId(f.key)}
          />
        ) : null}
        <DismissMenu
          finding={f}
          describedBy={findingRefId(f.key)}
          onAskReason={() => {
            setAsking(f);
            setAskOpen(true);
          }}
          onDismissRule={(rule) => void latest.current.dismissals.dismissRule(rule)}
        />
      </>
    ),
    [fixBusy],
  );
  const renderGroupActions = React.useCallback(
    (g: { rule: string; findings: PaneFinding[] }) => {
      const all = g.rule === 'unstyled-heading' ? ruleWideFix(g.findings, g.rule, fixText.applyAllHeadingStyles) : undefined;
      return all ? (
        <Button size="small" appearance="primary" disabled={fixes.busy} onClick={() => void applyFix(all, g.findings[0])} data-fix="apply-all">
          {S.fixApplyAll(all.edits.length)}
        </Button>
      ) : null;
    },
    [fixes.busy, applyFix],
  );

  // A count button shows only its severity; pressed again, all of them.
  const toggleSeverity = React.useCallback((sev: Severity) => setOnlySeverity((s) => (s === sev ? null : sev)), []);

  // Focus never lands on <body> (issue 10): when the focused control goes (a finding dismissed or
  // fixed, a menu or dialog closing over a row that is gone), the next finding's line takes it.
  const restoredKey = React.useRef<string | null>(null);
  useFocusKeeper({
    pane: paneRef,
    // A fix (or 撤销) in progress: its own logic puts focus on the line at its place, or on 撤销.
    paused: () => fixPlace.current !== null || latest.current.fixes.busy,
    order: () => orderRef.current.map((f) => f.key),
    focusLine: (key) => {
      setCurrentKey(key);
      setFocusRequest((n) => n + 1);
    },
    fallback: (anchor) => {
      // The last dismissed finding restored (the 已忽略 view gone with it): its line.
      const key = restoredKey.current;
      restoredKey.current = null;
      if (anchor.scope === 'dismissed' && key && orderRef.current.some((f) => f.key === key)) {
        setCurrentKey(key);
        setFocusRequest((n) => n + 1);
        return null;
      }
      return verdictRef.current;
    },
  });

  let body: React.ReactNode;
  if (support !== 'ok') {
    body =
      support === 'unsupported' ? (
        <StatusBanner intent="error" title={S.unsupportedTitle} text={S.unsupportedBody(hostVersion)} />
      ) : support === 'no-office-js' ? (
        <StatusBanner intent="error" title={S.noOfficeJsTitle} text={S.noOfficeJsBody} />
      ) : (
        <StatusBanner intent="warning" title={S.notInWordTitle} text={S.notInWordBody} />
      );
  } else {
    body = (
      <>
        <CheckBar
          checking={checking}
          inserting={actions.busy}
          parts={template?.parts ?? []}
          aspects={template?.aspects ?? []}
          source={template ? skeletonSource(template) : ''}
          onCheck={onCheck}
          onInsert={(scope) => void onInsert(scope)}
          templateSlot={
            templateSlot ?? (
              <TemplatePicker
                choice={templates.choice}
                imported={templates.imported}
                detected={report ? { name: report.templateName, reason: templateReasonText(report, templates.kept) } : undefined}
                disabled={checking}
                onChoose={(c) => void templates.choose(c)}
                onImport={() => {
                  setImporting(true);
                  setImportMounted(true);
                }}
              />
            )
          }
        />
        {deliverables && report ? (
          <DeliverableBarPart
            busy={delivery.busy}
            working={delivery.working}
            commentsSupported={deliverables.commentsSupported}
            hasFindings={dismissals.active.length > 0}
            hasChecklist={(report.checklist?.length ?? 0) > 1}
            // Dismissed findings are not written as comments either.
            onAddComments={() => void delivery.addComments(dismissals.dismissed.length ? findingComments(dismissals.active, state.paragraphs) : report.comments ?? [], state.paragraphs)}
            onRemoveComments={() => void delivery.removeComments()}
            onInsertChecklist={() => void delivery.insertChecklist(report.checklist ?? [], report.checklistPlace)}
          />
        ) : null}
        {importing || importMounted ? (
          <NoticeImportDialogPart
            open={importing}
            onCancel={() => setImporting(false)}
            onConfirm={(t) => {
              setImporting(false);
              void templates.choose({ kind: 'custom', template: t });
            }}
          />
        ) : null}
        {templates.problem ? <StatusBanner intent="warning" text={templates.problem} /> : null}
        {notice ? <StatusBanner intent={notice.intent} text={notice.text} onDismiss={dismiss} /> : null}
        {fixes.canUndo && !toastOpen ? <FixUndo onUndo={() => void undoFix()} disabled={fixes.busy} /> : null}
        {asking ? (
          <DismissReasonDialogPart
            open={askOpen}
            onCancel={() => setAskOpen(false)}
            onConfirm={(reason) => {
              // Closed first, then the row goes: the dialog is never unmounted while open.
              setAskOpen(false);
              void latest.current.dismissals.dismissOne(asking, reason);
            }}
          />
        ) : null}
        {confirmAll || confirmMounted ? (
          <InsertConfirmPart
            open={confirmAll}
            onCancel={() => setConfirmAll(false)}
            onConfirm={() => {
              setConfirmAll(false);
              void onInsert({ kind: 'all' }, true);
            }}
          />
        ) : null}
        {state.phase === 'idle' ? <Text className={styles.intro}>{S.intro}</Text> : null}
        {state.phase === 'error' && state.error ? (
          <StatusBanner intent="error" title={S.errorTitle} text={state.error} />
        ) : null}
        {state.phase === 'empty' ? <StatusBanner intent="info" text={S.emptyDocument} /> : null}
        {checking && !report ? <Text className={styles.intro}>{S.busy}</Text> : null}
        {report && state.phase !== 'empty' ? (
          <>
            {!report.hasTemplateContent ? <StatusBanner intent="warning" text={S.noTemplateContent} /> : null}
            {state.readNotice ? <StatusBanner intent="warning" text={state.readNotice} /> : null}
            <Verdict
              ref={verdictRef}
              counts={dismissals.counts}
              dismissed={dismissals.dismissed.length}
              completeness={report.completeness}
              only={onlySeverity}
              onToggleSeverity={toggleSeverity}
              stale={state.stale.size > 0 || (checking && !focusVerdictAfter.current)}
            />
            <FindingNav
              groups={allGroups}
              rule={rule}
              onRule={setRule}
              position={currentIndex + 1}
              total={order.length}
              onPrevious={() => step(-1)}
              onNext={() => step(1)}
            />
            <FindingList
              groups={groups}
              currentKey={currentKey}
              focusRequest={focusRequest}
              paragraphOf={paragraphOf}
              isStale={isStale}
              onOpen={onOpen}
              onCurrent={onCurrent}
              renderActions={renderActions ?? findingActions}
              renderGroupActions={renderGroupActions}
            />
            <details className={styles.map} data-testid="map">
              <summary>{S.mapToggle}</summary>
              <Text as="p" className={styles.meta}>
                {`${S.templateLabel}：${report.templateName} · ${S.paragraphsN(report.paragraphCount)}`}
              </Text>
              <TemplateMap report={report} onGoTo={onGoTo} uncovered={uncoveredShown} />
            </details>
            {dismissals.dismissed.length > 0 ? (
              <DismissedViewPart
                dismissed={dismissals.dismissed}
                onRestore={(f) => {
                  restoredKey.current = (f as PaneFinding).key ?? null;
                  void dismissals.restoreOne(f);
                }}
                onRestoreRule={(r) => {
                  restoredKey.current = (dismissals.dismissed.find((d) => d.finding.rule === r)?.finding as PaneFinding | undefined)?.key ?? null;
                  void dismissals.restoreRule(r);
                }}
              />
            ) : null}
            {/* Last year's material: a chunk of its own, loaded once there is a result to compare. */}
            <PreviousMaterialPart paragraphs={state.paragraphs} templateId={chosen.templateId ?? templateId} template={chosen.template} />
          </>
        ) : null}
        <FixToast
          ref={toastRef}
          notice={fixNotice.notice}
          canUndo={fixes.canUndo}
          busy={fixes.busy}
          open={toastOpen}
          onUndo={() => void undoFix()}
          onClose={closeToast}
        />
      </>
    );
  }

  return (
    <FluentProvider theme={fluentTheme(theme)} lang="zh-CN" data-theme={theme}>
      <div className={styles.root}>
        <main
          ref={paneRef}
          className={styles.main}
          aria-busy={checking}
          onKeyDown={onKeyDown}
          data-checks={state.checks}
          data-engine-ms={report?.engineMs?.toFixed(2)}
        >
          <h1 className={styles.title}>{S.appTitle}</h1>
          {body}
          <div role="status" aria-live="polite" className="dz-sr" data-testid="announce">
            {checking && focusVerdictAfter.current ? S.busy : announcement}
          </div>
        </main>
      </div>
    </FluentProvider>
  );
}
