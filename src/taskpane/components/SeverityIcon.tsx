import { makeStyles, tokens } from '@fluentui/react-components';
import { ErrorCircle16Filled, Info16Filled, Warning16Filled } from '@fluentui/react-icons';
import type { Severity } from '../../engine/types';

const useStyles = makeStyles({
  error: { color: tokens.colorPaletteRedForeground1, flexShrink: 0 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1, flexShrink: 0 },
  info: { color: tokens.colorBrandForeground1, flexShrink: 0 },
});

/** Decorative: the severity is always also given in words next to it. */
export function SeverityIcon({ severity }: { severity: Severity }) {
  const styles = useStyles();
  if (severity === 'error') return <ErrorCircle16Filled aria-hidden className={styles.error} />;
  if (severity === 'warning') return <Warning16Filled aria-hidden className={styles.warning} />;
  return <Info16Filled aria-hidden className={styles.info} />;
}
