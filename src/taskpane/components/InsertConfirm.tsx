/** Asks before 整篇框架 goes into a document that already has content. */
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import { S } from '../strings';

export function InsertConfirm({ open, onConfirm, onCancel }: { open: boolean; onConfirm(): void; onCancel(): void }) {
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
