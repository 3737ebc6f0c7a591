/** "已忽略 N 条": the dismissed findings with how and why, each restorable (a rule restores all of its findings). */
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { DismissedFinding } from '../../engine/dismissals';
import type { Finding } from '../../engine/types';
import { S } from '../strings';

export interface DismissedViewProps {
  dismissed: DismissedFinding[];
  onRestore(finding: Finding): void;
  onRestoreRule(rule: string): void;
}

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-start', justifyContent: 'space-between' },
  text: { display: 'flex', flexDirection: 'column', minWidth: 0, overflowWrap: 'anywhere' },
  why: { color: tokens.colorNeutralForeground2 },
});

export function DismissedView({ dismissed, onRestore, onRestoreRule }: DismissedViewProps) {
  const styles = useStyles();
  if (dismissed.length === 0) return null;
  const rulesShown = new Set<string>();
  return (
    <Accordion collapsible data-testid="dismissed" data-focus-scope="dismissed">
      <AccordionItem value="dismissed">
        <AccordionHeader size="small">{S.dismissedView(dismissed.length)}</AccordionHeader>
        <AccordionPanel>
          <ul className={styles.list}>
            {dismissed.map(({ finding, by, reason }, i) => {
              const firstOfRule = by === 'rule' && !rulesShown.has(finding.rule);
              if (by === 'rule') rulesShown.add(finding.rule);
              return (
                <li key={`${finding.rule}-${finding.paragraph}-${i}`} className={styles.item}>
                  <span className={styles.text}>
                    <Text size={200}>{`${S.paragraphN(finding.paragraph + 1)}｜${finding.message}`}</Text>
                    <Text size={200} className={styles.why}>
                      {[by === 'rule' ? S.dismissedByRule : '', reason ? S.dismissedReason(reason) : ''].filter(Boolean).join('　')}
                    </Text>
                  </span>
                  {by === 'finding' ? (
                    <Button size="small" onClick={() => onRestore(finding)}>
                      {S.restore}
                    </Button>
                  ) : firstOfRule ? (
                    <Button size="small" onClick={() => onRestoreRule(finding.rule)}>
                      {S.restoreRule}
                    </Button>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
