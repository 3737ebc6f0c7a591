/**
 * Above the list: the rule filter, previous / next (wrapping around) and the position ("3 / 21").
 * The keyboard shortcuts for previous/next are handled by the pane (App); their hint is the
 * buttons' description.
 */
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ChevronDown20Regular, ChevronUp20Regular } from '@fluentui/react-icons';
import { groupCounts, type FindingGroup } from '../report';
import { S, trimStop } from '../strings';
import { useRoving } from '../hooks/useRoving';

export interface FindingNavProps {
  /** All groups (before the rule filter), for the filter's options. */
  groups: FindingGroup[];
  rule: string;
  onRule(rule: string): void;
  /** 1-based position of the current finding among those shown; 0 when none is current. */
  position: number;
  total: number;
  onPrevious(): void;
  onNext(): void;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: 0 },
  // A native <select>: small, accessible, and follows forced colours by itself.
  select: {
    minWidth: 0,
    flexGrow: 1,
    flexBasis: '10em',
    maxWidth: '100%',
    height: '28px',
    padding: `0 ${tokens.spacingHorizontalS}`,
    fontFamily: 'inherit',
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  nav: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  position: { minWidth: '4em', textAlign: 'center', color: tokens.colorNeutralForeground2 },
});

export function FindingNav(props: FindingNavProps) {
  const styles = useStyles();
  const hintId = 'dz-nav-hint';
  const none = props.total === 0;
  // 上一条 / 下一条: one Tab stop, ←/→ between them.
  const group = useRoving<HTMLDivElement>('button');
  return (
    <div className={styles.root}>
      <select
        className={styles.select}
        aria-label={S.ruleFilter}
        value={props.rule}
        onChange={(e) => props.onRule(e.target.value)}
        data-testid="rule-filter"
      >
        <option value="">{S.allRules}</option>
        {props.groups.map((g) => (
          <option key={g.rule} value={g.rule}>
            {S.ruleOption(trimStop(g.title ?? g.rule), groupCounts(g.findings).total)}
          </option>
        ))}
      </select>
      <div ref={group} className={styles.nav} role="toolbar" aria-label={S.nav}>
        <Button
          size="small"
          appearance="subtle"
          icon={<ChevronUp20Regular aria-hidden />}
          aria-label={S.previous}
          aria-describedby={hintId}
          aria-disabled={none || undefined}
          title={`${S.previous}（Shift+F8，${S.navKeyWhere}）`}
          onClick={() => !none && props.onPrevious()}
          data-testid="previous"
        />
        <Text className={styles.position} data-testid="position" aria-live="off">
          {S.position(props.position, props.total)}
        </Text>
        <Button
          size="small"
          appearance="subtle"
          icon={<ChevronDown20Regular aria-hidden />}
          aria-label={S.next}
          aria-describedby={hintId}
          aria-disabled={none || undefined}
          title={`${S.next}（F8，${S.navKeyWhere}）`}
          onClick={() => !none && props.onNext()}
          data-testid="next"
        />
      </div>
      <span id={hintId} className="dz-sr">
        {S.navHint}
      </span>
    </div>
  );
}
