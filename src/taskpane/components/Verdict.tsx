/**
 * The first thing under the check bar: a one-line verdict (focus goes here after a check; findings
 * the writer dismissed are not counted, and their number is said apart), the
 * completeness score with what it counts (shown on hover and on keyboard focus, and read as the
 * score's description; each count says what it counts), and the counts by severity, which double
 * as filters: pressing one shows only that severity (aria-pressed), pressing it again shows all.
 * The score and the counts are one Tab stop (←/→ between them).
 */
import * as React from 'react';
import { Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Severity } from '../../engine/types';
import type { Completeness } from '../report';
import { S, SCORE_PART_EXPLAIN, SEVERITY_LABEL, verdictText } from '../strings';
import { useRoving } from '../hooks/useRoving';
import { SeverityIcon } from './SeverityIcon';

export interface VerdictProps {
  /** Findings by severity, without the dismissed ones. */
  counts: Record<Severity, number>;
  /** How many findings were dismissed (counted in none of the figures); said after the verdict. */
  dismissed?: number;
  completeness?: Completeness;
  /** The severity shown alone in the list (its button pressed), or null when all are shown. */
  only: Severity | null;
  /** Show only this severity, or all again when it is the one shown alone. */
  onToggleSeverity(severity: Severity): void;
  /** Stale results (the document changed since): said next to the verdict. */
  stale?: boolean;
}

const ORDER: Severity[] = ['error', 'warning', 'info'];

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  line: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase400,
    overflowWrap: 'anywhere',
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
  },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: 0 },
  scoreBox: {
    position: 'relative',
    ':hover [data-explain]': { display: 'block' },
    ':focus-within [data-explain]': { display: 'block' },
  },
  explain: {
    display: 'none',
    position: 'absolute',
    zIndex: 10,
    top: '100%',
    left: 0,
    width: 'max-content',
    maxWidth: 'min(280px, 80vw)',
    marginTop: '2px',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow8,
    fontSize: tokens.fontSizeBase200,
    '& ul': { margin: 0, paddingLeft: tokens.spacingHorizontalL },
    '& p': { margin: 0 },
  },
  stale: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  counts: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  toggle: { border: `1px solid ${tokens.colorNeutralStroke2}` },
  // The severity shown alone: a selected background and a thick border (not colour alone), and
  // the forced-colours highlight.
  pressed: {
    backgroundColor: tokens.colorSubtleBackgroundSelected,
    border: `2px solid ${tokens.colorNeutralStrokeAccessibleSelected}`,
    fontWeight: tokens.fontWeightSemibold,
    '@media (forced-colors: active)': { border: '2px solid Highlight' },
  },
});

export const Verdict = React.forwardRef<HTMLParagraphElement, VerdictProps>(function Verdict(props, ref) {
  const styles = useStyles();
  const { counts, completeness } = props;
  const explainId = 'dz-score-explain';
  const tools = useRoving<HTMLDivElement>('button');
  return (
    <section className={styles.root} aria-label={S.summaryTitle} data-testid="verdict-section">
      <p ref={ref} tabIndex={-1} className={styles.line} data-testid="verdict">
        {verdictText(counts)}
        {props.dismissed ? <span className={styles.stale}>{S.verdictDismissed(props.dismissed)}</span> : null}
        {props.stale ? <span className={styles.stale}>{`（${S.rechecking}）`}</span> : null}
      </p>
      <div ref={tools} className={styles.row} role="toolbar" aria-label={S.severityFilter}>
        {completeness ? (
          <div className={styles.scoreBox}>
            <Button size="small" appearance="outline" aria-describedby={explainId} data-testid="score">
              {S.scoreLabel(completeness.score)}
            </Button>
            <div id={explainId} role="tooltip" data-explain className={styles.explain}>
              {completeness.parts.length ? (
                <>
                  <p>{S.scoreExplainTitle}</p>
                  <ul>
                    {completeness.parts.map((p) => (
                      <li key={p.kind} data-kind={p.kind}>
                        {S.scorePart(p.label, p.got, p.total)}
                        {SCORE_PART_EXPLAIN[p.kind] ? `（${SCORE_PART_EXPLAIN[p.kind]}）` : null}
                      </li>
                    ))}
                  </ul>
                </>
              ) : (
                <p>{S.scoreNone}</p>
              )}
            </div>
          </div>
        ) : null}
        <div role="group" aria-label={S.severityShowOnly} className={styles.counts} data-testid="severity-counts">
          {ORDER.map((sev) => (
            <Button
              key={sev}
              size="small"
              appearance="subtle"
              className={mergeClasses(styles.toggle, props.only === sev && styles.pressed)}
              aria-pressed={props.only === sev}
              title={props.only === sev ? S.severityShowAll : S.severityOnly(SEVERITY_LABEL[sev])}
              icon={<SeverityIcon severity={sev} />}
              data-severity={sev}
              onClick={() => props.onToggleSeverity(sev)}
            >
              {S.severityCount(SEVERITY_LABEL[sev], counts[sev])}
            </Button>
          ))}
        </div>
      </div>
    </section>
  );
});
