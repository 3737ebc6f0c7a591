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
import type { PartRole } from '../../engine/types';
import { S } from '../strings';

/** What part of the template skeleton to insert (matches buildSkeleton's scope). */
export type SkeletonScope =
  | { kind: 'all' }
  | { kind: 'part'; role: PartRole }
  | { kind: 'aspect'; aspect: number }
  | { kind: 'missing' };

export interface CheckBarProps {
  checking: boolean;
  inserting: boolean;
  parts: Array<{ role: PartRole; label: string }>;
  aspects: Array<{ number: number; short: string; title: string }>;
  onCheck(): void;
  onInsert(scope: SkeletonScope): void;
  /** Disable everything (unsupported host). */
  disabled?: boolean;
}

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
  },
  check: { minWidth: '96px' },
});

const CN_NUM = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

export function CheckBar(props: CheckBarProps) {
  const styles = useStyles();
  const { checking, inserting, disabled } = props;
  return (
    <div className={styles.bar} role="toolbar" aria-label={S.appTitle}>
      <Button
        appearance="primary"
        className={styles.check}
        icon={checking ? <Spinner size="tiny" aria-hidden /> : <DocumentBulletList20Regular aria-hidden />}
        disabled={disabled || checking}
        onClick={props.onCheck}
      >
        {checking ? S.checking : S.check}
      </Button>
      <Menu positioning={{ autoSize: true }}>
        <MenuTrigger disableButtonEnhancement>
          <MenuButton
            appearance="secondary"
            icon={<TextBulletListAdd20Regular aria-hidden />}
            disabled={disabled || inserting}
          >
            {S.insertMenu}
          </MenuButton>
        </MenuTrigger>
        <MenuPopover>
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
                  {`（${CN_NUM[a.number - 1] ?? a.number}）${a.short}`}
                </MenuItem>
              ))}
            </MenuGroup>
          </MenuList>
        </MenuPopover>
      </Menu>
    </div>
  );
}
