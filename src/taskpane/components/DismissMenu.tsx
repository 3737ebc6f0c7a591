/**
 * "忽略" beside each finding. The menu and the reason dialog are a chunk of their own
 * (DismissMenuPopup.tsx, with Fluent's menu, dialog and positioning code): until the writer opens
 * it, a plain button stands in, so a list of findings mounts no menu at all. The dialog is mounted
 * once for the pane (DismissReasonDialogPart, in App), not in the row it removes.
 */
import { Button } from '@fluentui/react-components';
import { lazyPart, useLaunch } from '../lazy';
import { S } from '../strings';
import type { DismissMenuProps, DismissReasonDialogProps } from './DismissMenuPopup';

export type { DismissMenuProps, DismissReasonDialogProps } from './DismissMenuPopup';

export const DismissMenuPart = lazyPart<DismissMenuProps>(
  () => import(/* webpackChunkName: "dismiss-menu" */ './DismissMenuPopup').then((m) => m.default),
  'DismissMenu',
);

export const DismissReasonDialogPart = lazyPart<DismissReasonDialogProps>(
  () => import(/* webpackChunkName: "dismiss-menu" */ './DismissMenuPopup').then((m) => m.DismissReasonDialog),
  'DismissReasonDialog',
);

export function DismissMenu(props: Omit<DismissMenuProps, 'defaultOpen'>) {
  const { launched, triggerProps } = useLaunch(DismissMenuPart);
  const standIn = (
    <Button size="small" appearance="subtle" data-dismiss="menu" aria-describedby={props.describedBy} {...triggerProps}>
      {S.dismissMenu}
    </Button>
  );
  return launched ? <DismissMenuPart {...props} defaultOpen fallback={standIn} /> : standIn;
}
