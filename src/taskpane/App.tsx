/**
 * The task pane. A container that wires the hooks (state and side effects, all injected) to
 * presentational components. Works the same over Word (officeGateway) and the preview's
 * in-memory document (memoryGateway).
 */
import * as React from 'react';
import { Button, FluentProvider, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { DocumentGateway } from '../word/gateway';
import type { Finding } from '../engine/types';
import { getTemplate, type Template } from '../engine/template';
import { buildSkeleton, type SkeletonScope } from '../engine/skeleton';
import type { Analyzer } from './analyzer';
import { CheckBar } from './components/CheckBar';
import { FindingList } from './components/FindingList';
import { StatusBanner } from './components/StatusBanner';
import { Summary } from './components/Summary';
import { TemplateMap } from './components/TemplateMap';
import { FixAction } from './components/FixAction';
import { DismissMenu } from './components/DismissMenu';
import { DismissedView } from './components/DismissedView';
import { InsertConfirm } from './components/InsertConfirm';
import { useFixes } from './hooks/useFixes';
import { useDismissals } from './hooks/useDismissals';
import { groupFindings } from './report';
import { ruleWideFix } from '../engine/fix';
import { fixText } from '../engine/messages';
import type { Fix } from '../engine/types';
import { useCheck } from './hooks/useCheck';
import { paragraphRef, problemMessage, useDocumentActions } from './hooks/useDocumentActions';
import { useNotice } from './hooks/useNotice';
import { S } from './strings';
import { fluentTheme, type ThemeName } from './theme';

/** Whether the host can run the pane: `unsupported` = Word older than WordApi 1.3. */
export type HostSupport = 'ok' | 'unsupported' | 'not-word';

export interface AppProps {
  gateway: DocumentGateway;
  analyzer: Analyzer;
  theme?: ThemeName;
  support?: HostSupport;
  templateId?: string;
}

const useStyles = makeStyles({
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
});

export function App({ gateway, analyzer, theme = 'light', support = 'ok', templateId }: AppProps) {
  const styles = useStyles();
  const template: Template | undefined = React.useMemo(() => getTemplate(templateId), [templateId]);
  const { notice, show, dismiss } = useNotice();
  const { state, run } = useCheck(gateway, analyzer, template?.id);
  const actions = useDocumentActions(gateway, show);
  const checking = state.phase === 'reading' || state.phase === 'analyzing';
  const report = state.report;
  const fixes = useFixes(gateway, show, run);
  const allFindings = React.useMemo(() => report?.groups.flatMap((g) => g.findings) ?? [], [report]);
  const dismissals = useDismissals(gateway, allFindings, state.paragraphs, show);
  const groups = React.useMemo(() => {
    const titles = Object.fromEntries((report?.groups ?? []).filter((g) => g.title).map((g) => [g.rule, g.title!]));
    return groupFindings(dismissals.active, titles);
  }, [report, dismissals.active]);
  const [confirmAll, setConfirmAll] = React.useState(false);

  const onCheck = React.useCallback(() => {
    dismiss();
    void run();
  }, [run, dismiss]);

  const onGoTo = React.useCallback(
    (paragraph: number, heading: string) => {
      void actions.select(paragraphRef(state.paragraphs, paragraph, heading));
    },
    [actions, state.paragraphs],
  );
  const onOpenFinding = React.useCallback((f: Finding) => onGoTo(f.paragraph, f.excerpt), [onGoTo]);

  const onInsert = React.useCallback(
    async (scope: SkeletonScope, confirmed = false) => {
      if (!template) return;
      dismiss();
      if (scope.kind === 'missing') {
        // Always from a fresh reading, so headings typed since the last check are not duplicated.
        let fresh = await run();
        if (fresh.phase === 'error') return;
        if (fresh.phase === 'empty') {
          if (await actions.insert(buildSkeleton(template, { kind: 'all' }))) void run();
          return;
        }
        // Each missing heading in its place (the missing-part / missing-aspect fixes), one at a
        // time with a re-check between, so numbers and anchors are those of the current text.
        let done = 0;
        for (let guard = 0; guard < template.parts.length + template.aspects.length; guard++) {
          const next = fresh.report?.groups
            .flatMap((g) => g.findings)
            .find((f) => (f.rule === 'missing-part' || f.rule === 'missing-aspect') && f.fix && f.fix.edits.length > 0);
          if (!next) break;
          const r = await gateway.applyFix(next.fix!);
          if (!r.ok) {
            show('warning', problemMessage(r));
            break;
          }
          done++;
          fresh = await run();
          if (fresh.phase !== 'done') break;
        }
        if (done > 0) show('success', S.insertedHeadings(done));
        else {
          // Nothing placeable (no part to anchor to): the missing skeleton at the cursor, as before.
          const paragraphs = fresh.report?.missingSkeleton ?? [];
          if (await actions.insert(paragraphs)) void run();
        }
        return;
      }
      if (scope.kind === 'all') {
        const fresh = await run();
        if (fresh.phase === 'error') return;
        const hasContent = fresh.phase !== 'empty';
        if (hasContent && !confirmed) {
          setConfirmAll(true);
          return;
        }
        // A document with content already has (or needs no second) title and preamble.
        const skeleton = buildSkeleton(template, scope).filter((_, i) => !hasContent || i >= 2);
        if (await actions.insert(skeleton)) void run();
        return;
      }
      const inserted = await actions.insert(buildSkeleton(template, scope));
      if (inserted && state.phase !== 'idle') void run();
    },
    [template, run, actions, dismiss, state.phase, gateway, show],
  );

  const renderActions = React.useCallback(
    (f: Finding) => (
      <>
        {f.fix ? (
          <FixAction
            fix={f.fix}
            disabled={fixes.busy}
            onApply={(fix: Fix) => void fixes.apply(fix)}
            onSelect={(fix: Fix) => fix.select && onGoTo(fix.select.paragraph, f.excerpt)}
          />
        ) : null}
        <DismissMenu finding={f} onDismiss={(x, reason) => void dismissals.dismissOne(x, reason)} onDismissRule={(rule) => void dismissals.dismissRule(rule)} />
      </>
    ),
    [fixes, dismissals, onGoTo],
  );
  const renderGroupActions = React.useCallback(
    (g: { rule: string; findings: Finding[] }) => {
      const all = g.rule === 'unstyled-heading' ? ruleWideFix(g.findings, g.rule, fixText.applyAllHeadingStyles) : undefined;
      return all ? (
        <Button size="small" appearance="primary" disabled={fixes.busy} onClick={() => void fixes.apply(all)} data-fix="apply-all">
          {S.fixApplyAll(all.edits.length)}
        </Button>
      ) : null;
    },
    [fixes],
  );

  let body: React.ReactNode;
  if (support !== 'ok') {
    body =
      support === 'unsupported' ? (
        <StatusBanner intent="error" title={S.unsupportedTitle} text={S.unsupportedBody} />
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
          onCheck={onCheck}
          onInsert={(scope) => void onInsert(scope)}
        />
        {notice ? <StatusBanner intent={notice.intent} text={notice.text} onDismiss={dismiss} /> : null}
        {fixes.canUndo ? (
          <Button size="small" appearance="secondary" onClick={() => void fixes.undoLast()} disabled={fixes.busy} data-fix="undo">
            {S.fixUndo}
          </Button>
        ) : null}
        <InsertConfirm
          open={confirmAll}
          onCancel={() => setConfirmAll(false)}
          onConfirm={() => {
            setConfirmAll(false);
            void onInsert({ kind: 'all' }, true);
          }}
        />
        {state.phase === 'idle' ? <Text className={styles.intro}>{S.intro}</Text> : null}
        {state.phase === 'error' && state.error ? (
          <StatusBanner intent="error" title={S.errorTitle} text={state.error} />
        ) : null}
        {state.phase === 'empty' ? <StatusBanner intent="info" text={S.emptyDocument} /> : null}
        {checking ? (
          <Text role="status" className={styles.intro}>
            {S.busy}
          </Text>
        ) : null}
        {report ? (
          <>
            {!report.hasTemplateContent ? <StatusBanner intent="warning" text={S.noTemplateContent} /> : null}
            <Summary report={report} />
            <TemplateMap report={report} onGoTo={onGoTo} />
            <FindingList groups={groups} onOpen={onOpenFinding} renderActions={renderActions} renderGroupActions={renderGroupActions} />
            <DismissedView dismissed={dismissals.dismissed} onRestore={(f) => void dismissals.restoreOne(f)} onRestoreRule={(r) => void dismissals.restoreRule(r)} />
          </>
        ) : null}
      </>
    );
  }

  return (
    <FluentProvider theme={fluentTheme(theme)} className={styles.root} lang="zh-CN" data-theme={theme}>
      <main className={styles.main} aria-busy={checking}>
        <h1 className={styles.title}>{S.appTitle}</h1>
        {body}
      </main>
    </FluentProvider>
  );
}
