/**
 * 对照上年度材料 (issue 14): the writer chooses last year's material (.docx, .txt, .md); the pane
 * reads it with the engine's readers — no upload, nothing kept beyond the pane's session — and
 * shows, in the words `check --previous` prints, which of last year's problems this year's
 * 上年度整改情况 part speaks of and which of this year's problems repeat last year's.
 *
 * Loadable on demand: the default export is the whole section (hook included), for
 * `React.lazy(() => import('./components/PreviousMaterial'))`; `PreviousMaterialView` is the
 * presentational part.
 */
import * as React from 'react';
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { DocumentArrowUp20Regular, Dismiss20Regular } from '@fluentui/react-icons';
import type { Paragraph } from '../../engine/types';
import type { Template } from '../../engine/template';
import { deliverableText as d, panePreviousText as t } from '../../engine/messages';
import { PARAGRAPH_PLACES as P } from '../../engine/places';
import { usePreviousMaterial, type ChosenFile, type PreviousState } from '../hooks/usePreviousMaterial';
import { PREVIOUS_ACCEPT } from '../previousFile';
import { visuallyHidden } from '../theme';
import { StatusBanner } from './StatusBanner';

const useStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalS,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  hint: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  file: visuallyHidden,
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  missing: { color: tokens.colorPaletteRedForeground1 },
});

export interface PreviousMaterialViewProps {
  state: PreviousState;
  onChoose(file: ChosenFile): void;
  onClear(): void;
}

/** The section's controls and result, presentational. */
export function PreviousMaterialView({ state, onChoose, onClear }: PreviousMaterialViewProps) {
  const styles = useStyles();
  const input = React.useRef<HTMLInputElement>(null);
  const id = React.useId();
  const busy = state.phase === 'reading';
  const onChange = (e: React.ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    // Cleared at once: the element keeps no reference to the file, and the same file can be chosen again.
    e.target.value = '';
    if (file) onChoose(file);
  };
  return (
    <section className={styles.section} aria-labelledby={`${id}-title`} data-testid="previous-material">
      <h2 id={`${id}-title`} className={styles.title}>
        {t.title}
      </h2>
      <Text className={styles.hint}>{t.hint}</Text>
      <div className={styles.bar}>
        {/* Opened by the button below, never reached by itself: out of the accessibility tree, so the
            page's structure lists one 选择上年度材料… (Chromium lists a file input as a button). */}
        <input ref={input} id={`${id}-file`} type="file" accept={PREVIOUS_ACCEPT} className={styles.file} tabIndex={-1} aria-hidden="true" aria-label={t.choose} onChange={onChange} />
        <Button icon={<DocumentArrowUp20Regular />} disabled={busy} onClick={() => input.current?.click()}>
          {state.phase === 'done' ? t.chooseAgain : t.choose}
        </Button>
        {state.phase === 'done' || state.phase === 'error' ? (
          <Button icon={<Dismiss20Regular />} appearance="subtle" onClick={onClear}>
            {t.clear}
          </Button>
        ) : null}
      </div>
      <div aria-live="polite">
        {state.phase === 'reading' ? <Text>{t.reading(state.name)}</Text> : null}
        {state.phase === 'error' ? <StatusBanner intent="warning" text={state.message} /> : null}
        {state.phase === 'done' && state.notice ? <StatusBanner intent="warning" text={state.notice} /> : null}
        {state.phase === 'done' ? <PreviousResult state={state} /> : null}
      </div>
    </section>
  );
}

/** The comparison in the words of the CLI's report (deliverableText). */
function PreviousResult({ state }: { state: Extract<PreviousState, { phase: 'done' }> }) {
  const styles = useStyles();
  const c = state.comparison;
  const answered = c.items.filter((i) => i.answered).length;
  return (
    <div data-testid="previous-result">
      <Text as="p" weight="semibold">
        {d.previousTitle(state.name)}
      </Text>
      <Text as="p" className={styles.hint}>
        {d.lastTemplate(state.lastTemplateName)}
      </Text>
      {c.sameText && (
        <Text as="p" data-testid="previous-same-text">
          {d.previousSameText}
        </Text>
      )}
      {c.notEarlier && !c.sameText && (
        <Text as="p" data-testid="previous-not-earlier">
          {d.previousNotEarlier(c.notEarlier.last, c.notEarlier.current)}
        </Text>
      )}
      {!c.hasPreviousPart ? (
        <Text as="p">{d.previousNoPart}</Text>
      ) : !c.items.length ? (
        <Text as="p">{d.previousNoProblems}</Text>
      ) : (
        <>
          <Text as="p">{d.previousAnswered(answered, c.items.length)}</Text>
          <ol className={styles.list}>
            {c.items.map((i) => (
              <li key={i.item} value={i.item} className={i.answered ? undefined : styles.missing}>
                {d.previousItem(i.item, i.text, i.answered, i.where ? `${P.at(i.where.paragraph)}“${i.where.text}”` : '', i.evidence).replace(/^\s*\d+\.\s*/, '')}
              </li>
            ))}
          </ol>
        </>
      )}
      <Text as="p">{d.repeatedTitle(c.repeats.length)}</Text>
      {c.repeats.length ? (
        <ul className={styles.list}>
          {c.repeats.map((r) => (
            <li key={`${r.paragraph}:${r.offset}`}>{d.repeatedItem(P.at(r.paragraph), r.text, (state.lastPlaces ?? P).at(r.lastParagraph), Math.round(r.similarity * 100), r.heading).trim()}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

export interface PreviousMaterialProps {
  /** This year's material as the last check read it ([] before any check). */
  paragraphs: Paragraph[];
  /** The template choice the check uses (none: detected). */
  templateId?: string;
  template?: Template;
}

/** The whole section: the hook's state wired to the view. Default export, for React.lazy. */
export default function PreviousMaterial({ paragraphs, templateId, template }: PreviousMaterialProps) {
  const args = React.useMemo(() => ({ templateId, template }), [templateId, template]);
  const { state, choose, clear } = usePreviousMaterial(paragraphs, args);
  return <PreviousMaterialView state={state} onChoose={(f) => void choose(f)} onClear={clear} />;
}
