/**
 * What a fix did, where the writer is: a bar held at the bottom of the pane's visible area
 * (position: sticky at the end of the pane, so it is in view wherever the list is scrolled and
 * never shifts the findings above it), with the outcome of the last fix (已修改：… / 已撤销… / why it
 * failed), 撤销 for the last fix, and 关闭. The outcome is said by a polite live region
 * (role=status) that is always in the page, so screen readers announce each new one; the
 * buttons stay outside it. Closed, nothing shows (the pane then offers 撤销 in its usual place).
 */
import * as React from 'react';
import { Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { Dismiss16Regular } from '@fluentui/react-icons';
import type { NoticeIntent } from '../hooks/useNotice';
import { FixUndo } from './FixAction';
import { S } from '../strings';

export interface FixToastProps {
  /** The outcome of the last fix or 撤销, if any. */
  notice: { intent: NoticeIntent; text: string } | null;
  /** The last fix can be taken back. */
  canUndo: boolean;
  busy?: boolean;
  /** The bar is shown (a fix was applied and the writer has not closed it). */
  open: boolean;
  onUndo(): void;
  onClose(): void;
}

const useStyles = makeStyles({
  root: {
    position: 'sticky',
    bottom: 0,
    zIndex: 1,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    minWidth: 0,
  },
  shown: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow16,
    '@media (forced-colors: active)': { border: '2px solid CanvasText' },
  },
  text: { overflowWrap: 'anywhere', fontSize: tokens.fontSizeBase300 },
  actions: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  close: { marginLeft: 'auto' },
  // The outcome's kind, as the left edge (the text says it too).
  success: { borderLeft: `4px solid ${tokens.colorPaletteGreenBorder2}` },
  info: { borderLeft: `4px solid ${tokens.colorNeutralStroke1}` },
  warning: { borderLeft: `4px solid ${tokens.colorPaletteMarigoldBorder2}` },
  error: { borderLeft: `4px solid ${tokens.colorPaletteRedBorder2}` },
});

export const FixToast = React.forwardRef<HTMLDivElement, FixToastProps>(function FixToast({ notice, canUndo, busy, open, onUndo, onClose }, ref) {
  const styles = useStyles();
  const shown = open && (notice !== null || canUndo);
  return (
    <div
      ref={ref}
      className={mergeClasses(styles.root, shown && styles.shown, shown && notice ? styles[notice.intent] : undefined)}
      data-testid="fix-toast"
      data-open={shown ? 'true' : undefined}
      data-intent={shown && notice ? notice.intent : undefined}
    >
      {/* Focusable by script only: after an insertion (or its 撤销) with no 撤销 left, focus rests on the outcome, never on the page. */}
      <div role="status" aria-live="polite" aria-atomic="true" tabIndex={shown && notice ? -1 : undefined} className={shown ? styles.text : 'dz-sr'}>
        {shown && notice ? notice.text : ''}
      </div>
      {shown ? (
        <div className={styles.actions}>
          {canUndo ? <FixUndo onUndo={onUndo} disabled={busy} /> : null}
          <Button className={styles.close} appearance="transparent" size="small" aria-label={S.dismiss} icon={<Dismiss16Regular aria-hidden />} onClick={onClose} />
        </div>
      ) : null}
    </div>
  );
});
