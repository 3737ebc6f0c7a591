import { Button, Tooltip, makeStyles, tokens } from '@fluentui/react-components';
import { CommentAdd20Regular, CommentDismiss20Regular, TableAdd20Regular } from '@fluentui/react-icons';
import { paneDeliverableText as t } from '../../engine/deliverables/messages';
import { useRoving } from '../hooks/useRoving';

export interface DeliverableBarProps {
  busy: boolean;
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
});

/** 添加为批注 · 移除本助手的批注 · 插入整改清单 — presentational (one Tab stop, a toolbar); the container passes the actions. */
export function DeliverableBar(p: DeliverableBarProps) {
  const styles = useStyles();
  // One Tab stop for the three (←/→ between them), as the pane's other bars: the preview offers them
  // too now, and three more stops between 检查 and the first finding made keyboard use longer.
  const bar = useRoving<HTMLDivElement>('button');
  const commentTip = p.commentsSupported ? '' : t.commentsUnsupported;
  const add = (
    <Button icon={<CommentAdd20Regular />} disabled={p.busy || !p.hasFindings || !p.commentsSupported} onClick={p.onAddComments}>
      添加为批注
    </Button>
  );
  const remove = (
    <Button icon={<CommentDismiss20Regular />} disabled={p.busy || !p.commentsSupported} onClick={p.onRemoveComments}>
      移除本助手的批注
    </Button>
  );
  return (
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
      <Button icon={<TableAdd20Regular />} disabled={p.busy || !p.hasChecklist} onClick={p.onInsertChecklist}>
        插入整改清单
      </Button>
    </div>
  );
}
