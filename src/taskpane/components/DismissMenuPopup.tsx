/**
 * "忽略" for one finding: 忽略此条 (with an optional reason, asked in a dialog) or 本文档不检查此规则.
 * Loaded on first use (DismissMenu.tsx shows a stand-in until the writer opens it).
 *
 * The menu lives in the finding's row; the reason dialog does NOT (DismissReasonDialog, one for the
 * pane, held by App): confirming removes the row, and a Fluent dialog unmounted with its row while
 * open leaves aria-hidden on the whole pane and focus on <body>. The menu renders inline, inside the
 * pane's <main> landmark (axe `region`: a portal on <body> sits outside every landmark).
 */
import * as React from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Textarea,
  makeStyles,
} from '@fluentui/react-components';
import type { Finding } from '../../engine/types';
import { S } from '../strings';

export interface DismissMenuProps {
  finding: Finding;
  /** 忽略此条…: the pane asks for the reason (DismissReasonDialog) and dismisses. */
  onAskReason(finding: Finding): void;
  onDismissRule(rule: string): void;
  /** Id of the element naming the finding (the 忽略 button's accessible description). */
  describedBy?: string;
  /** Opened at mount (the writer activated the stand-in). */
  defaultOpen?: boolean;
}

const useStyles = makeStyles({
  // Over the lines below it (the popover is positioned inside the list).
  popover: { zIndex: 10 },
});

export default function DismissMenuPopup({ finding, onAskReason, onDismissRule, defaultOpen, describedBy }: DismissMenuProps) {
  const styles = useStyles();
  return (
    <Menu inline positioning={{ autoSize: true }} defaultOpen={defaultOpen}>
      <MenuTrigger disableButtonEnhancement>
        <Button size="small" appearance="subtle" data-dismiss="menu" aria-describedby={describedBy}>
          {S.dismissMenu}
        </Button>
      </MenuTrigger>
      <MenuPopover className={styles.popover}>
        <MenuList>
          <MenuItem onClick={() => onAskReason(finding)}>{S.dismissOne}</MenuItem>
          <MenuItem onClick={() => onDismissRule(finding.rule)}>{S.dismissRule}</MenuItem>
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

export interface DismissReasonDialogProps {
  /** Whether the dialog is shown; it stays mounted while it closes (never unmounted while open). */
  open: boolean;
  onCancel(): void;
  onConfirm(reason: string): void;
}

/**
 * The reason asked before 忽略此条, one for the whole pane. On 取消 / Esc, Fluent hands focus back
 * to the 忽略 button it came from; on 忽略 the row is gone and the pane's focus keeper
 * (useFocusKeeper) moves focus to the next finding.
 */
export function DismissReasonDialog({ open, onCancel, onConfirm }: DismissReasonDialogProps) {
  const [reason, setReason] = React.useState('');
  React.useEffect(() => {
    if (open) setReason('');
  }, [open]);
  return (
    <Dialog open={open} onOpenChange={(_, d) => !d.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{S.dismissOne.replace('…', '')}</DialogTitle>
          <DialogContent>
            <Field label={S.dismissReasonLabel}>
              <Textarea value={reason} onChange={(_, d) => setReason(d.value)} resize="vertical" />
            </Field>
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={onCancel}>
              {S.cancel}
            </Button>
            <Button appearance="primary" onClick={() => onConfirm(reason)}>
              {S.dismissConfirm}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
