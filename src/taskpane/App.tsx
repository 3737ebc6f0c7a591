/**
 * The task pane. A container that wires the hooks (state and side effects, all injected) to
 * presentational components. Works the same over Word (officeGateway) and the preview's
 * in-memory document (memoryGateway).
 */
import * as React from 'react';
import { FluentProvider, Text, makeStyles, tokens } from '@fluentui/react-components';
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
import { useCheck } from './hooks/useCheck';
import { paragraphRef, useDocumentActions } from './hooks/useDocumentActions';
import { useNotice } from './hooks/useNotice';
import { checkArgs, useTemplateChoice } from './hooks/useTemplateChoice';
import { TemplatePicker } from './components/TemplatePicker';
import { NoticeImportDialog } from './components/NoticeImportDialog';
import { S, TS } from './strings';
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
  const { notice, show, dismiss } = useNotice();
  // The writer's choice (kept in the document) wins; else the host's templateId; else the engine detects.
  const templates = useTemplateChoice(gateway, TS);
  const [importing, setImporting] = React.useState(false);
  const chosen = checkArgs(templates.choice);
  const { state, run } = useCheck(gateway, analyzer, chosen.templateId ?? templateId, chosen.template);
  const actions = useDocumentActions(gateway, show);
  const checking = state.phase === 'reading' || state.phase === 'analyzing';
  const report = state.report;
  // Skeletons follow the template of the last check, else the chosen one, else the newest.
  const template: Template | undefined = React.useMemo(
    () =>
      chosen.template ??
      (report ? getTemplate(report.templateId) : undefined) ??
      getTemplate(chosen.templateId ?? templateId),
    [report, templateId, chosen.template, chosen.templateId],
  );

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
    async (scope: SkeletonScope) => {
      if (!template) return;
      dismiss();
      if (scope.kind === 'missing') {
        // Always from a fresh reading, so headings typed since the last check are not duplicated.
        const fresh = await run();
        if (fresh.phase === 'error') return;
        const paragraphs =
          fresh.phase === 'empty' ? buildSkeleton(template, { kind: 'all' }) : fresh.report?.missingSkeleton ?? [];
        const inserted = await actions.insert(paragraphs);
        if (inserted) void run();
        return;
      }
      const inserted = await actions.insert(buildSkeleton(template, scope));
      if (inserted && state.phase !== 'idle') void run();
    },
    [template, run, actions, dismiss, state.phase],
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
        <TemplatePicker
          choice={templates.choice}
          imported={templates.imported}
          detected={report ? { name: report.templateName, reason: report.templateReason } : undefined}
          disabled={checking}
          onChoose={(c) => void templates.choose(c)}
          onImport={() => setImporting(true)}
        />
        <NoticeImportDialog
          open={importing}
          onCancel={() => setImporting(false)}
          onConfirm={(t) => {
            setImporting(false);
            void templates.choose({ kind: 'custom', template: t });
          }}
        />
        {templates.problem ? <StatusBanner intent="warning" text={templates.problem} /> : null}
        {notice ? <StatusBanner intent={notice.intent} text={notice.text} onDismiss={dismiss} /> : null}
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
            <FindingList groups={report.groups} onOpen={onOpenFinding} />
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
