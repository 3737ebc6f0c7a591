/**
 * "忽略" beside each finding. The menu and its reason dialog are a chunk of their own
 * (DismissMenuPopup.tsx, with Fluent's menu, dialog and positioning code): until the writer opens
 * it, a plain button stands in, so a list of findings mounts no menu at all.
 */
import { Button } from '@fluentui/react-components';
import { lazyPart, useLaunch } from '../lazy';
import { S } from '../strings';
import type { DismissMenuProps } from './DismissMenuPopup';

export type { DismissMenuProps } from './DismissMenuPopup';

export const DismissMenuPart = lazyPart<DismissMenuProps>(
  () => import(/* webpackChunkName: "dismiss-menu" */ './DismissMenuPopup').then((m) => m.default),
  'DismissMenu',
);

export function DismissMenu(props: Omit<DismissMenuProps, 'defaultOpen'>) {
  const { launched, triggerProps } = useLaunch(DismissMenuPart);
  const standIn = (
    <Button size="small" appearance="subtle" data-dismiss="menu" {...triggerProps}>
      {S.dismissMenu}
    </Button>
  );
  return launched ? <DismissMenuPart {...props} defaultOpen fallback={standIn} /> : standIn;
}
