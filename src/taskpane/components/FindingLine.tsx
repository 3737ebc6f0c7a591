/**
 * One finding, short: the specific words (the flagged words, else the words its message quotes) and
 * where — the paragraph's number in the current document and its start. The explanation is said
 * once, in the group's card (FindingList); the finding's full message is the line's hover title
 * (and its accessible description). Actions (a fix button, 忽略) come through `renderActions`.
 */
import * as React from 'react';
import { Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { lineWords, sameFinding, type PaneFinding } from '../report';
import { S, SEVERITY_LABEL, sentences, trimStop } from '../strings';

export interface FindingLineProps {
  finding: PaneFinding;
  /** 0-based index of the finding's paragraph in the current document. */
  paragraph: number;
  /** The paragraph changed since the check: shown until the re-check lands. */
  stale?: boolean;
  /** This is the finding last followed (next/previous position). */
  current?: boolean;
  /** Roving tab stop: only one line of the list is in the Tab order. */
  tabbable?: boolean;
  onOpen(finding: PaneFinding): void;
  onFocus?(finding: PaneFinding): void;
  /** Extra controls after the line (issue 11: fix button, dismiss menu). */
  renderActions?: (finding: PaneFinding) => React.ReactNode;
}

const useStyles = makeStyles({
  // The line, then its actions (fix, 忽略) under it: side by side they leave the words no room at 320 px.
  row: { display: 'flex', flexDirection: 'column', alignItems: 'stretch', gap: '2px', minWidth: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalXS, paddingLeft: tokens.spacingHorizontalM, minWidth: 0 },
  item: {
    // Scrolled into view clear of the fix bar held at the pane's bottom (FixToast).
    scrollMarginBottom: '9rem',
    flexGrow: 1,
    minWidth: 0,
    justifyContent: 'flex-start',
    textAlign: 'left',
    alignItems: 'flex-start',
    fontWeight: tokens.fontWeightRegular,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
  },
  current: {
    backgroundColor: tokens.colorSubtleBackgroundSelected,
    boxShadow: `inset 3px 0 0 ${tokens.colorBrandStroke1}`,
    '@media (forced-colors: active)': { outline: '2px solid Highlight', boxShadow: 'none' },
  },
  body: { display: 'flex', flexDirection: 'column', gap: '2px', minWidth: 0, width: '100%' },
  words: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', maxWidth: '100%' },
  quote: { fontWeight: tokens.fontWeightSemibold },
  where: {
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    maxWidth: '100%',
  },
  stale: {
    marginLeft: tokens.spacingHorizontalXS,
    padding: '0 4px',
    borderRadius: tokens.borderRadiusSmall,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase100,
  },
  staleLine: { opacity: 0.75, '@media (forced-colors: active)': { opacity: 1 } },
});

/** The words the line shows, quoted when they are the document's (or the message's quotation). */
function shownWords(f: PaneFinding): string {
  const w = lineWords(f);
  return w.quoted ? S.quoteOf(w.words) : w.words;
}

/**
 * Where the line says the finding is: the paragraph's number and its start, or only the number
 * when the words shown are already the paragraph's start (a heading).
 */
function whereText(f: PaneFinding, paragraph: number): string {
  const w = lineWords(f).words.replace(/…$/, '');
  const excerpt = f.excerpt ?? '';
  return excerpt && !excerpt.startsWith(w) ? `${S.paragraphN(paragraph + 1)}｜${excerpt}` : S.paragraphN(paragraph + 1);
}

/** The id of a finding's short reference (severity, words, paragraph): the description of its actions. */
export function findingRefId(key: string): string {
  return `dz-finding-${key}-ref`;
}

/** The short reference its actions are described by: severity, the words, the paragraph's number. */
export function findingRef(f: PaneFinding, paragraph: number): string {
  return `${SEVERITY_LABEL[f.severity]}：${trimStop(shownWords(f))}，${S.paragraphN(paragraph + 1)}`;
}

/** The line's accessible name: severity, the words, where; no doubled full stops ("。。"). */
export function findingName(f: PaneFinding, paragraph: number, stale = false): string {
  return sentences(`${SEVERITY_LABEL[f.severity]}：${trimStop(shownWords(f))}`, `${S.paragraphN(paragraph + 1)}：${trimStop(f.excerpt)}`, stale && S.staleLong);
}

/**
 * Whether a line may skip rendering. The ref is not compared here: React compares a memo's ref
 * itself (a changed ref renders the line again), and reading `props.ref` is what made React warn
 * "`ref` is not a prop" on every re-check.
 */
function sameLineProps(a: FindingLineProps, b: FindingLineProps): boolean {
  return (
    sameFinding(a.finding, b.finding) &&
    a.paragraph === b.paragraph &&
    a.stale === b.stale &&
    a.current === b.current &&
    a.tabbable === b.tabbable &&
    a.onOpen === b.onOpen &&
    a.onFocus === b.onFocus &&
    a.renderActions === b.renderActions
  );
}

export const FindingLine = React.memo(
  React.forwardRef<HTMLButtonElement, FindingLineProps>(function FindingLine(props, ref) {
    const styles = useStyles();
    const { finding: f, paragraph, stale, current } = props;
    // The line's actions (忽略, a fix) are a group named by the line: a screen reader says which
    // finding a 忽略 belongs to, not "忽略" twenty times over.
    const lineId = `dz-finding-${f.key}`;
    return (
      <div className={styles.row} data-key={f.key}>
        <Button
          ref={ref}
          id={lineId}
          appearance="subtle"
          className={mergeClasses(styles.item, current && styles.current, stale && styles.staleLine)}
          data-paragraph={paragraph}
          data-rule={f.rule}
          data-quote={f.quote}
          data-stale={stale ? 'true' : undefined}
          data-current={current ? 'true' : undefined}
          aria-current={current ? 'true' : undefined}
          aria-label={findingName(f, paragraph, stale)}
          tabIndex={props.tabbable ? 0 : -1}
          title={f.message}
          onClick={() => props.onOpen(f)}
          onFocus={() => props.onFocus?.(f)}
        >
          <span className={styles.body}>
            <span className={styles.words}>
              <span className={styles.quote}>{shownWords(f)}</span>
              {stale ? <span className={styles.stale}>{S.stale}</span> : null}
            </span>
            <span className={styles.where}>{whereText(f, paragraph)}</span>
          </span>
        </Button>
        {props.renderActions ? (
          // Each action (a fix, 忽略) is described by this short reference (aria-describedby), so a
          // screen reader tabbing to it says which finding it is for; hidden, it is not read again
          // in the text, and the line's long name is not repeated either.
          <div className={styles.actions} data-actions-for={f.key}>
            <span id={findingRefId(f.key)} hidden>
              {findingRef(f, paragraph)}
            </span>
            {props.renderActions(f)}
          </div>
        ) : null}
      </div>
    );
  }),
  sameLineProps,
);
