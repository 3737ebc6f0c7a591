/**
 * The check bar: 检查, the 插入框架 menu (loaded on first use: a stand-in button until then) and the
 * template picker's slot.
 */
import { Button, MenuButton, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { DocumentBulletList20Regular, TextBulletListAdd20Regular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import type { PartRole } from '../../engine/types';
import type { SkeletonScope } from '../../engine/skeleton';
import { lazyPart, useLaunch } from '../lazy';
import { useRoving } from '../hooks/useRoving';
import { S } from '../strings';

export interface CheckBarProps {
  checking: boolean;
  inserting: boolean;
  parts: Array<{ role: PartRole; label: string }>;
  aspects: Array<{ number: number; short: string; title: string }>;
  /** What the skeletons follow, as the menu names it (skeletonSource); '' when there is no template. */
  source: string;
  onCheck(): void;
  onInsert(scope: SkeletonScope): void;
  /** The template picker (issue 9) sits here, at the end of the bar. */
  templateSlot?: ReactNode;
}

/** The 插入框架 menu, a chunk of its own (Fluent's menu and positioning code come with it). */
export const InsertMenuPart = lazyPart(() => import(/* webpackChunkName: "insert-menu" */ './InsertMenu').then((m) => m.default), 'InsertMenu');

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
  },
  check: { minWidth: '96px' },
});

/** The bar's buttons that share one Tab stop. */
const BAR_BUTTONS = 'button[data-check-button], button[data-insert-menu], button[data-notice-import]';

export function CheckBar(props: CheckBarProps) {
  const styles = useStyles();
  const { checking, inserting } = props;
  // 检查, 插入框架 and 从通知导入… are one Tab stop (←/→ between them); the template list is its own.
  const bar = useRoving<HTMLDivElement>(BAR_BUTTONS);
  return (
    <div ref={bar} className={styles.bar} role="toolbar" aria-label={S.appTitle}>
      <Button
        data-check-button
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
      <InsertMenuLauncher disabled={inserting} parts={props.parts} aspects={props.aspects} source={props.source} onInsert={props.onInsert} />
      {props.templateSlot ?? null}
    </div>
  );
}

/** The stand-in trigger until the writer opens the menu, then the menu itself (opened). */
function InsertMenuLauncher(props: { disabled: boolean; parts: CheckBarProps['parts']; aspects: CheckBarProps['aspects']; source: string; onInsert(scope: SkeletonScope): void }) {
  const { launched, triggerProps } = useLaunch(InsertMenuPart);
  const standIn = (
    <MenuButton data-insert-menu appearance="secondary" icon={<TextBulletListAdd20Regular aria-hidden />} disabled={props.disabled} {...triggerProps}>
      {S.insertMenu}
    </MenuButton>
  );
  return launched ? <InsertMenuPart {...props} defaultOpen fallback={standIn} /> : standIn;
}
