/**
 * The findings, grouped by rule: each group has ONE explanation card (what reviewers expect, the
 * rule's before → after example) and short lines per finding. Groups are paged (`pageSize` lines,
 * then "再显示"), so what is rendered is bounded by the page, not by the number of findings.
 * Keyboard: ↑/↓ (and Home/End) move between lines, Enter/Space follows one; only one line is a
 * Tab stop (roving tabindex).
 */
import * as React from 'react';
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { groupCounts, type FindingGroup, type PaneFinding } from '../report';
import { S, SEVERITY_LABEL, trimStop } from '../strings';
import { FindingLine } from './FindingLine';
import { SeverityIcon } from './SeverityIcon';

export interface FindingListProps {
  /** Groups after filtering, in display order. */
  groups: FindingGroup[];
  /** Key of the finding last followed or focused. */
  currentKey: string | null;
  /** Changes when focus must move to the current finding's line (next/previous). */
  focusRequest: number;
  /** 0-based index of a finding's paragraph in the current document. */
  paragraphOf(finding: PaneFinding): number;
  isStale(finding: PaneFinding): boolean;
  onOpen(finding: PaneFinding): void;
  onCurrent(finding: PaneFinding): void;
  /** Actions shown with each finding (fix, dismiss). */
  renderActions?: (finding: PaneFinding) => React.ReactNode;
  /** Lines a group shows before "再显示". */
  pageSize?: number;
  /** Actions shown at the top of a group (全部应用). */
  renderGroupActions?: (group: FindingGroup) => React.ReactNode;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  heading: {
    margin: 0,
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: 'anywhere',
  },
  card: {
    margin: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    color: tokens.colorNeutralForeground1,
    fontSize: tokens.fontSizeBase200,
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
    overflowWrap: 'anywhere',
    '& p': { margin: 0 },
  },
  label: { fontWeight: tokens.fontWeightSemibold },
  before: { textDecorationLine: 'line-through', color: tokens.colorNeutralForeground2 },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '2px', minWidth: 0 },
  more: { alignSelf: 'flex-start' },
});

function RuleCard({ group }: { group: FindingGroup }) {
  const styles = useStyles();
  const info = group.info;
  if (!info?.advice && !info?.example) return null;
  return (
    <div className={styles.card} data-testid="rule-card">
      {info.advice ? (
        <p>
          <span className={styles.label}>{`${S.expects}：`}</span>
          {info.advice}
        </p>
      ) : null}
      {info.example ? (
        <p>
          <span className={styles.label}>{`${S.example}：`}</span>
          <span className={styles.before}>
            <span className="dz-sr">{`${S.before}：`}</span>
            {info.example.before}
          </span>
          <span aria-hidden>{' → '}</span>
          <span>
            <span className="dz-sr">{`，${S.after}：`}</span>
            {info.example.after}
          </span>
        </p>
      ) : null}
    </div>
  );
}

function groupTitle(group: FindingGroup): string {
  return trimStop(group.title ?? group.findings[0]?.message ?? group.rule);
}

export function FindingList(props: FindingListProps) {
  const styles = useStyles();
  const { groups, currentKey, pageSize = 8 } = props;
  const [shown, setShown] = React.useState<Record<string, number>>({});
  const refs = React.useRef(new Map<string, HTMLButtonElement>());
  const limit = (rule: string) => shown[rule] ?? pageSize;

  // Lines rendered, in order: what ↑/↓ walk through.
  const rendered = React.useMemo(
    () => groups.flatMap((g) => g.findings.slice(0, shown[g.rule] ?? pageSize)),
    [groups, shown, pageSize],
  );
  const tabKey = rendered.some((f) => f.key === currentKey) ? currentKey : rendered[0]?.key ?? null;

  // "再显示": focus goes to the first line it shows (the button may be gone with the last page).
  const showFocus = React.useRef<string | null>(null);
  React.useEffect(() => {
    const key = showFocus.current;
    if (!key) return;
    showFocus.current = null;
    refs.current.get(key)?.focus();
  }, [shown]);

  // Move focus to the current line when asked; open its group's page first if needed.
  React.useEffect(() => {
    if (!props.focusRequest || !currentKey) return;
    const el = refs.current.get(currentKey);
    if (el) {
      el.focus();
      el.scrollIntoView?.({ block: 'nearest' });
      return;
    }
    for (const g of groups) {
      const i = g.findings.findIndex((f) => f.key === currentKey);
      if (i >= 0 && i >= limit(g.rule)) {
        setShown((s) => ({ ...s, [g.rule]: (Math.floor(i / pageSize) + 1) * pageSize }));
        return;
      }
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.focusRequest, currentKey, shown]);

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const key = (e.target as HTMLElement).closest('[data-key]')?.getAttribute('data-key');
    if (!key) return;
    const i = rendered.findIndex((f) => f.key === key);
    if (i < 0) return;
    let j = -1;
    if (e.key === 'ArrowDown') j = Math.min(rendered.length - 1, i + 1);
    else if (e.key === 'ArrowUp') j = Math.max(0, i - 1);
    else if (e.key === 'Home') j = 0;
    else if (e.key === 'End') j = rendered.length - 1;
    if (j < 0) return;
    e.preventDefault();
    const f = rendered[j];
    refs.current.get(f.key)?.focus();
    props.onCurrent(f);
  };

  // One ref callback per key, kept: a new callback each render would make every (memoised) line render again.
  const refSetters = React.useRef(new Map<string, (el: HTMLButtonElement | null) => void>());
  const setRef = (key: string) => {
    let set = refSetters.current.get(key);
    if (!set) {
      set = (el: HTMLButtonElement | null) => {
        if (el) refs.current.set(key, el);
        else {
          refs.current.delete(key);
          refSetters.current.delete(key);
        }
      };
      refSetters.current.set(key, set);
    }
    return set;
  };

  return (
    <section className={styles.root} aria-labelledby="dz-findings-title" data-testid="findings" onKeyDown={onKeyDown}>
      <h2 id="dz-findings-title" className="dz-sr">
        {S.findingsTitle}
      </h2>
      {groups.length === 0 ? <Text>{S.noneShown}</Text> : null}
      {groups.map((g) => {
        const visible = g.findings.slice(0, limit(g.rule));
        const rest = g.findings.length - visible.length;
        const titleId = `dz-group-${g.rule}`;
        return (
          <section key={g.rule} className={styles.group} aria-labelledby={titleId} data-rule-group={g.rule}>
            <h3 id={titleId} className={styles.heading}>
              <SeverityIcon severity={g.severity} />
              <span>{`${SEVERITY_LABEL[g.severity]}：${groupTitle(g)}${S.groupCount(groupCounts(g.findings))}`}</span>
            </h3>
            <RuleCard group={g} />
            {props.renderGroupActions ? props.renderGroupActions(g) : null}
            <ul className={styles.list}>
              {visible.map((f) => (
                <li key={f.key}>
                  <FindingLine
                    ref={setRef(f.key)}
                    finding={f}
                    paragraph={props.paragraphOf(f)}
                    stale={props.isStale(f)}
                    current={f.key === currentKey}
                    tabbable={f.key === tabKey}
                    onOpen={props.onOpen}
                    onFocus={props.onCurrent}
                    renderActions={props.renderActions}
                  />
                </li>
              ))}
            </ul>
            {rest > 0 ? (
              <Button
                className={styles.more}
                appearance="transparent"
                size="small"
                onClick={() => {
                  showFocus.current = g.findings[visible.length]?.key ?? null;
                  setShown((s) => ({ ...s, [g.rule]: limit(g.rule) + pageSize }));
                }}
              >
                {S.showMore(Math.min(rest, pageSize))}
              </Button>
            ) : null}
          </section>
        );
      })}
    </section>
  );
}
