import { Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Severity } from '../../engine/types';
import type { PaneReport } from '../report';
import { SEVERITY_LABEL, S } from '../strings';
import { SeverityIcon } from './SeverityIcon';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  counts: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, margin: 0, padding: 0, listStyle: 'none' },
  count: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  meta: { color: tokens.colorNeutralForeground2 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
});

const ORDER: Severity[] = ['error', 'warning', 'info'];

export function Summary({ report }: { report: PaneReport }) {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-labelledby="dz-summary-title">
      <h2 id="dz-summary-title" className={styles.heading}>
        {S.summaryTitle}
      </h2>
      <ul className={styles.counts} data-testid="severity-counts">
        {ORDER.map((sev) => (
          <li key={sev} className={styles.count} data-severity={sev}>
            <SeverityIcon severity={sev} />
            <Text weight="semibold">{S.severityCount(SEVERITY_LABEL[sev], report.counts[sev])}</Text>
          </li>
        ))}
      </ul>
      <Text size={200} className={styles.meta}>
        {`${S.templateLabel}：${report.templateName} · ${S.paragraphsN(report.paragraphCount)}`}
      </Text>
    </section>
  );
}
