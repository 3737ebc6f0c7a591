import * as React from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  CounterBadge,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { Finding } from '../../engine/types';
import type { FindingGroup } from '../report';
import { S, SEVERITY_LABEL } from '../strings';
import { SeverityIcon } from './SeverityIcon';

export interface FindingListProps {
  groups: FindingGroup[];
  onOpen(finding: Finding): void;
  /** How many findings a group shows before "再显示". */
  pageSize?: number;
  /** Actions shown with each finding (fix, dismiss). */
  renderActions?: (finding: Finding) => React.ReactNode;
  /** Actions shown at the top of a group (全部应用). */
  renderGroupActions?: (group: FindingGroup) => React.ReactNode;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  headerText: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    minWidth: 0,
    textAlign: 'left',
  },
  headerLabel: { overflowWrap: 'anywhere' },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '2px' },
  item: {
    width: '100%',
    justifyContent: 'flex-start',
    textAlign: 'left',
    alignItems: 'flex-start',
    fontWeight: tokens.fontWeightRegular,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    minWidth: 0,
  },
  itemBody: { display: 'flex', flexDirection: 'column', gap: '2px', minWidth: 0 },
  excerpt: {
    color: tokens.colorNeutralForeground2,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    maxWidth: '100%',
  },
  message: { overflowWrap: 'anywhere' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, alignItems: 'flex-end', paddingLeft: tokens.spacingHorizontalS },
});

function groupTitle(group: FindingGroup): string {
  return (group.title ?? group.findings[0]?.message ?? group.rule).replace(/[。.]$/, '');
}

function FindingButton({ finding, onOpen }: { finding: Finding; onOpen(f: Finding): void }) {
  const styles = useStyles();
  const where = S.paragraphN(finding.paragraph + 1);
  return (
    <Button
      appearance="subtle"
      className={styles.item}
      data-paragraph={finding.paragraph}
      data-rule={finding.rule}
      aria-label={`${SEVERITY_LABEL[finding.severity]}：${finding.message}。${where}：${finding.excerpt}`}
      title={S.goTo}
      onClick={() => onOpen(finding)}
    >
      <span className={styles.itemBody}>
        <span className={styles.message}>{finding.message}</span>
        <Text size={200} className={styles.excerpt}>
          {`${where}｜${finding.excerpt}`}
        </Text>
      </span>
    </Button>
  );
}

function GroupPanel({
  group,
  onOpen,
  pageSize,
  renderActions,
  renderGroupActions,
}: {
  group: FindingGroup;
  onOpen(f: Finding): void;
  pageSize: number;
  renderActions?: (finding: Finding) => React.ReactNode;
  renderGroupActions?: (group: FindingGroup) => React.ReactNode;
}) {
  const styles = useStyles();
  const [shown, setShown] = React.useState(pageSize);
  const visible = group.findings.slice(0, shown);
  const rest = group.findings.length - visible.length;
  return (
    <>
      {renderGroupActions ? renderGroupActions(group) : null}
      <ul className={styles.list}>
        {visible.map((f, i) => (
          <li key={`${f.paragraph}-${i}`}>
            <FindingButton finding={f} onOpen={onOpen} />
            {renderActions ? <div className={styles.actions}>{renderActions(f)}</div> : null}
          </li>
        ))}
      </ul>
      {rest > 0 ? (
        <Button appearance="transparent" size="small" onClick={() => setShown((n) => n + pageSize)}>
          {S.showMore(Math.min(rest, pageSize))}
        </Button>
      ) : null}
    </>
  );
}

export function FindingList({ groups, onOpen, pageSize = 20, renderActions, renderGroupActions }: FindingListProps) {
  const styles = useStyles();
  const allOpen = React.useMemo(() => groups.map((g) => g.rule), [groups]);
  return (
    <section className={styles.root} aria-labelledby="dz-findings-title" data-testid="findings">
      <h2 id="dz-findings-title" className={styles.heading}>
        {S.findingsTitle}
      </h2>
      {groups.length === 0 ? (
        <Text>{S.noFindings}</Text>
      ) : (
        <Accordion multiple collapsible defaultOpenItems={allOpen}>
          {groups.map((g) => (
            <AccordionItem key={g.rule} value={g.rule} data-rule-group={g.rule}>
              <AccordionHeader size="small">
                <span className={styles.headerText}>
                  <SeverityIcon severity={g.severity} />
                  <span className={styles.headerLabel}>{`${SEVERITY_LABEL[g.severity]}：${groupTitle(g)}`}</span>
                  <CounterBadge count={g.findings.length} size="small" color="informative" appearance="ghost" />
                </span>
              </AccordionHeader>
              <AccordionPanel>
                <GroupPanel group={g} onOpen={onOpen} pageSize={pageSize} renderActions={renderActions} renderGroupActions={renderGroupActions} />
              </AccordionPanel>
            </AccordionItem>
          ))}
        </Accordion>
      )}
    </section>
  );
}
