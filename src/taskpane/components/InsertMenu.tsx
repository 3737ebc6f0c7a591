/**
 * The 插入框架 menu itself (整篇框架, 仅补缺失标题, a part, an aspect). Loaded on first use: CheckBar
 * shows a stand-in button until the writer opens it (see lazy.tsx), then mounts this opened.
 */
import {
  Menu,
  MenuButton,
  MenuDivider,
  MenuGroup,
  MenuGroupHeader,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  makeStyles,
} from '@fluentui/react-components';
import { TextBulletListAdd20Regular } from '@fluentui/react-icons';
import type { PartRole } from '../../engine/types';
import type { SkeletonScope } from '../../engine/skeleton';
import { formatMarker } from '../../engine/markers';
import { S } from '../strings';

export interface InsertMenuProps {
  disabled: boolean;
  parts: Array<{ role: PartRole; label: string }>;
  aspects: Array<{ number: number; short: string; title: string }>;
  /** What the skeletons follow (skeletonSource), named above 整篇框架; '' names nothing. */
  source?: string;
  onInsert(scope: SkeletonScope): void;
  /** Opened at mount (the writer activated the stand-in). */
  defaultOpen?: boolean;
}

const useStyles = makeStyles({
  // The inline menu opens over the template picker below it, never under it.
  popover: { zIndex: 10 },
});

export default function InsertMenu(props: InsertMenuProps) {
  const styles = useStyles();
  return (
    // inline: the menu stays inside the pane's <main> landmark (no portal over the pane).
    <Menu inline positioning={{ autoSize: true }} defaultOpen={props.defaultOpen}>
      <MenuTrigger disableButtonEnhancement>
        <MenuButton data-insert-menu appearance="secondary" icon={<TextBulletListAdd20Regular aria-hidden />} disabled={props.disabled}>
          {S.insertMenu}
        </MenuButton>
      </MenuTrigger>
      <MenuPopover className={styles.popover}>
        <MenuList>
          <MenuGroup data-insert-source>
            {props.source ? <MenuGroupHeader>{S.insertFrom(props.source)}</MenuGroupHeader> : null}
            <MenuItem title={props.source ? S.insertAllHint(props.source) : undefined} onClick={() => props.onInsert({ kind: 'all' })}>
              {S.insertAll}
            </MenuItem>
            <MenuItem title={S.insertMissingHint} onClick={() => props.onInsert({ kind: 'missing' })}>
              {S.insertMissing}
            </MenuItem>
          </MenuGroup>
          <MenuDivider />
          <MenuGroup>
            <MenuGroupHeader>{S.insertPart}</MenuGroupHeader>
            {props.parts.map((p) => (
              <MenuItem key={p.role + p.label} onClick={() => props.onInsert({ kind: 'part', role: p.role })}>
                {p.label}
              </MenuItem>
            ))}
          </MenuGroup>
          <MenuDivider />
          <MenuGroup>
            <MenuGroupHeader>{S.insertAspect}</MenuGroupHeader>
            {props.aspects.length === 0 ? <MenuItem disabled>{S.insertAspectNone}</MenuItem> : null}
            {props.aspects.map((a) => (
              <MenuItem key={a.number} title={a.title} onClick={() => props.onInsert({ kind: 'aspect', aspect: a.number })}>
                {`${formatMarker('cn-paren', a.number)}${a.short}`}
              </MenuItem>
            ))}
          </MenuGroup>
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
