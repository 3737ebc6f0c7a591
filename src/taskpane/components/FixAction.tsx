/**
 * A finding's fix in the pane: what it changes (before → after, from the engine's own wording)
 * and a button that applies it. A selection fix (placeholders) selects instead. `FixUndo` is the
 * pane's own 撤销 for the last fix, which says why it is there: Word does not promise that one
 * Ctrl+Z takes back an add-in's fix (OfficeDev/office-js#1827).
 */
import * as React from 'react';
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Fix } from '../../engine/types';
import { describeEdits } from '../../engine/fix';
import { S } from '../strings';

export interface FixActionProps {
  fix: Fix;
  disabled?: boolean;
  onApply(fix: Fix): void;
  /** For a selection fix (no edits). */
  onSelect?(fix: Fix): void;
  /** Id of the element naming the finding this fix is for (its accessible description). */
  describedBy?: string;
}

const useStyles = makeStyles({
  // The change, then the button on the same line when there is room.
  root: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalXS, minWidth: 0, flexGrow: 1, flexBasis: '12em', maxWidth: '100%' },
  // One line (the whole change is its hover title): lines stay short in a list of findings.
  change: { color: tokens.colorNeutralForeground2, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', minWidth: 0, flexGrow: 1, flexBasis: '6em' },
  // The label wraps, never cut: at Word's 320 px pane "在整改措施末尾补一条对应措施（占位）" was cut to
  // "…（…", the writer could not read what the button writes. Left-aligned, as a wrapped line reads.
  apply: { maxWidth: '100%', whiteSpace: 'normal', overflowWrap: 'anywhere', textAlign: 'left', height: 'auto' },
});

export function FixAction({ fix, disabled, onApply, onSelect, describedBy }: FixActionProps) {
  const styles = useStyles();
  if (fix.edits.length === 0) {
    return fix.select && onSelect ? (
      <Button size="small" appearance="secondary" disabled={disabled} onClick={() => onSelect(fix)} data-fix="select" aria-describedby={describedBy}>
        {S.fixSelect}
      </Button>
    ) : null;
  }
  // The button carries the label, the line above it what changes.
  const change = describeEdits(fix);
  return (
    <span className={styles.root}>
      {change ? (
        <Text size={200} className={styles.change} data-testid="fix-change" title={change}>
          {change}
        </Text>
      ) : null}
      <Button size="small" appearance="primary" className={styles.apply} title={fix.label} disabled={disabled} onClick={() => onApply(fix)} data-fix="apply" aria-describedby={describedBy}>
        {S.fixApply(fix.label)}
      </Button>
    </span>
  );
}

export interface FixUndoProps {
  disabled?: boolean;
  onUndo(): void;
}

/**
 * 撤销 for the last applied fix, with its reason (why not Ctrl+Z) as the button's accessible
 * description and hover title. A native title, not a Fluent Tooltip: the tooltip would bring the
 * positioning library back into the pane's start bundle for one line of text.
 */
export function FixUndo({ disabled, onUndo }: FixUndoProps) {
  const hintId = React.useId();
  return (
    <>
      <Button size="small" appearance="secondary" onClick={onUndo} disabled={disabled} data-fix="undo" title={S.fixUndoHint} aria-describedby={hintId}>
        {S.fixUndo}
      </Button>
      <span id={hintId} className="dz-sr">
        {S.fixUndoHint}
      </span>
    </>
  );
}
