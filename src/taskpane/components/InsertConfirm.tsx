/** Asks before 整篇框架 goes into a document that already has content. */
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import { S } from '../strings';
import { useReturnFocus } from '../hooks/useReturnFocus';

export function InsertConfirm({ open, onConfirm, onCancel }: { open: boolean; onConfirm(): void; onCancel(): void }) {
  // Opened from a menu item, gone by the time the dialog closes: back to the 插入框架 button.
  useReturnFocus(open, () => document.querySelector<HTMLElement>('[data-insert-menu]'));
  return (
    <Dialog open={open} onOpenChange={(_, d) => !d.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{S.confirmAllTitle}</DialogTitle>
          <DialogContent>{S.confirmAllBody}</DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={onCancel}>
              {S.cancel}
            </Button>
            <Button appearance="primary" onClick={onConfirm}>
              {S.confirmAllOk}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
