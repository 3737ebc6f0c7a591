import { Button, Spinner, Text, Tooltip, makeStyles, tokens } from '@fluentui/react-components';
import { CommentAdd20Regular, CommentDismiss20Regular, TableAdd20Regular } from '@fluentui/react-icons';
import { paneDeliverableText as t } from '../../engine/deliverables/messages';
import { useRoving } from '../hooks/useRoving';
import type { DeliverableAction } from '../hooks/useDeliverables';
import { S } from '../strings';

export interface DeliverableBarProps {
  busy: boolean;
  /** The action under way (its button shows a spinner and a status line says what runs); null or absent: none. */
  working?: DeliverableAction | null;
  /** Comments can be added in this Word (WordApi 1.4); the buttons say so when not. */
  commentsSupported: boolean;
  hasFindings: boolean;
  hasChecklist: boolean;
  onAddComments(): void;
  onRemoveComments(): void;
  onInsertChecklist(): void;
}

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  status: { display: 'block', marginTop: tokens.spacingVerticalXS, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

/** 添加为批注 · 移除本助手的批注 · 插入整改清单 — presentational (one Tab stop, a toolbar); the container passes the actions. */
export function DeliverableBar(p: DeliverableBarProps) {
  const styles = useStyles();
  // One Tab stop for the three (←/→ between them), as the pane's other bars: the preview offers them
  // too now, and three more stops between 检查 and the first finding made keyboard use longer.
  const bar = useRoving<HTMLDivElement>('button');
  const commentTip = p.commentsSupported ? '' : t.commentsUnsupported;
  const working = p.working ?? null;
  const spinner = <Spinner size="tiny" aria-hidden />;
  const add = (
    <Button
      icon={working === 'comments' ? spinner : <CommentAdd20Regular />}
      disabled={p.busy || !p.hasFindings || !p.commentsSupported}
      onClick={p.onAddComments}
      data-working={working === 'comments' || undefined}
    >
      添加为批注
    </Button>
  );
  const remove = (
    <Button
      icon={working === 'remove' ? spinner : <CommentDismiss20Regular />}
      disabled={p.busy || !p.commentsSupported}
      onClick={p.onRemoveComments}
      data-working={working === 'remove' || undefined}
    >
      移除本助手的批注
    </Button>
  );
  return (
    <div aria-busy={working !== null || undefined}>
      <div ref={bar} className={styles.bar} role="toolbar" aria-label="批注和整改清单">
        {commentTip ? (
          <Tooltip content={commentTip} relationship="description">
            {add}
          </Tooltip>
        ) : (
          add
        )}
        {commentTip ? (
          <Tooltip content={commentTip} relationship="description">
            {remove}
          </Tooltip>
        ) : (
          remove
        )}
        <Button
          icon={working === 'checklist' ? spinner : <TableAdd20Regular />}
          disabled={p.busy || !p.hasChecklist}
          onClick={p.onInsertChecklist}
          data-working={working === 'checklist' || undefined}
        >
          插入整改清单
        </Button>
      </div>
      {/* Always mounted, so that screen readers announce the text when it appears. */}
      <Text className={working ? styles.status : undefined} role="status" data-testid="deliverable-status">
        {working ? S.deliverableWorking[working] : ''}
      </Text>
    </div>
  );
}
