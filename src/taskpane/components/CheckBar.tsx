import {
  Button,
  Menu,
  MenuButton,
  MenuDivider,
  MenuGroup,
  MenuGroupHeader,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { DocumentBulletList20Regular, TextBulletListAdd20Regular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import type { PartRole } from '../../engine/types';
import type { SkeletonScope } from '../../engine/skeleton';
import { formatMarker } from '../../engine/markers';
import { S } from '../strings';

export interface CheckBarProps {
  checking: boolean;
  inserting: boolean;
  parts: Array<{ role: PartRole; label: string }>;
  aspects: Array<{ number: number; short: string; title: string }>;
  onCheck(): void;
  onInsert(scope: SkeletonScope): void;
  /** The template picker (issue 9) sits here, at the end of the bar. */
  templateSlot?: ReactNode;
}

const useStyles = makeStyles({
  // The inline menu opens over the template picker below it, never under it.
  popover: { zIndex: 10 },
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
  },
  check: { minWidth: '96px' },
});

export function CheckBar(props: CheckBarProps) {
  const styles = useStyles();
  const { checking, inserting } = props;
  return (
    <div className={styles.bar} role="toolbar" aria-label={S.appTitle}>
      <Button
        appearance="primary"
        className={styles.check}
        icon={checking ? <Spinner size="tiny" aria-hidden /> : <DocumentBulletList20Regular aria-hidden />}
        // Not `disabled`: a disabled button drops keyboard focus to <body> while checking.
        aria-disabled={checking || undefined}
        onClick={() => {
          if (!checking) props.onCheck();
        }}
      >
        {checking ? S.checking : S.check}
      </Button>
      {/* inline: the menu stays inside the pane's <main> landmark (no portal over the pane). */}
      <Menu inline positioning={{ autoSize: true }}>
        <MenuTrigger disableButtonEnhancement>
          <MenuButton
            appearance="secondary"
            icon={<TextBulletListAdd20Regular aria-hidden />}
            disabled={inserting}
          >
            {S.insertMenu}
          </MenuButton>
        </MenuTrigger>
        <MenuPopover className={styles.popover}>
          <MenuList>
            <MenuItem onClick={() => props.onInsert({ kind: 'all' })}>{S.insertAll}</MenuItem>
            <MenuItem title={S.insertMissingHint} onClick={() => props.onInsert({ kind: 'missing' })}>
              {S.insertMissing}
            </MenuItem>
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
              {props.aspects.map((a) => (
                <MenuItem
                  key={a.number}
                  title={a.title}
                  onClick={() => props.onInsert({ kind: 'aspect', aspect: a.number })}
                >
                  {`${formatMarker('cn-paren', a.number)}${a.short}`}
                </MenuItem>
              ))}
            </MenuGroup>
          </MenuList>
        </MenuPopover>
      </Menu>
      {props.templateSlot ?? null}
    </div>
  );
}
