/**
 * "忽略" for one finding: 忽略此条 (with an optional reason, asked in a dialog) or 本文档不检查此规则.
 * Loaded on first use (DismissMenu.tsx shows a stand-in until the writer opens it).
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
} from '@fluentui/react-components';
import type { Finding } from '../../engine/types';
import { S } from '../strings';
import { useReturnFocus } from '../hooks/useReturnFocus';

export interface DismissMenuProps {
  finding: Finding;
  onDismiss(finding: Finding, reason?: string): void;
  onDismissRule(rule: string): void;
  /** Opened at mount (the writer activated the stand-in). */
  defaultOpen?: boolean;
}

export default function DismissMenuPopup({ finding, onDismiss, onDismissRule, defaultOpen }: DismissMenuProps) {
  const [asking, setAsking] = React.useState(false);
  const [reason, setReason] = React.useState('');
  useReturnFocus(asking);
  return (
    <>
      <Menu defaultOpen={defaultOpen}>
        <MenuTrigger disableButtonEnhancement>
          <Button size="small" appearance="subtle" data-dismiss="menu">
            {S.dismissMenu}
          </Button>
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            <MenuItem onClick={() => setAsking(true)}>{S.dismissOne}</MenuItem>
            <MenuItem onClick={() => onDismissRule(finding.rule)}>{S.dismissRule}</MenuItem>
          </MenuList>
        </MenuPopover>
      </Menu>
      <Dialog open={asking} onOpenChange={(_, d) => setAsking(d.open)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{S.dismissOne.replace('…', '')}</DialogTitle>
            <DialogContent>
              <Field label={S.dismissReasonLabel}>
                <Textarea value={reason} onChange={(_, d) => setReason(d.value)} resize="vertical" />
              </Field>
            </DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={() => setAsking(false)}>
                {S.cancel}
              </Button>
              <Button
                appearance="primary"
                onClick={() => {
                  setAsking(false);
                  onDismiss(finding, reason);
                  setReason('');
                }}
              >
                {S.dismissConfirm}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </>
  );
}
