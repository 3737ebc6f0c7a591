/**
 * "从通知导入…": the writer pastes the notice, the engine reads its aspect list (loaded on demand),
 * the aspects are shown for checking and editing, and the confirmed template is handed back.
 */
import * as React from 'react';
import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { Template } from '../../engine/template';
import { TS } from '../strings';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteMarigoldForeground1 },
});

export interface NoticeImportDialogProps {
  open: boolean;
  onCancel(): void;
  onConfirm(template: Template): void;
}

export function NoticeImportDialog({ open, onCancel, onConfirm }: NoticeImportDialogProps) {
  const styles = useStyles();
  const [text, setText] = React.useState('');
  const [draft, setDraft] = React.useState<Template | null>(null);
  const [cases, setCases] = React.useState(false);
  const [error, setError] = React.useState<string | null>(null);
  const [warning, setWarning] = React.useState<string | null>(null);
  // The notice module, kept once loaded: edited titles get their short labels from it.
  const notice = React.useRef<typeof import('../../engine/notice') | null>(null);

  const read = async () => {
    setError(null);
    setWarning(null);
    try {
      notice.current = await import('../../engine/notice');
      const r = notice.current.readNotice(text);
      setDraft(r.template);
      setCases(r.cases);
      setWarning(r.warning);
    } catch (e) {
      setDraft(null);
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  const editTitle = (i: number, title: string) =>
    setDraft((d) => (d ? { ...d, aspects: d.aspects.map((a, k) => (k === i ? { ...a, title, short: (notice.current ? notice.current.shortLabel(title) : title.replace(/^带头/, '').slice(0, 12)) || a.short } : a)) } : d));

  const confirm = async () => {
    if (!draft) return;
    if (draft.aspects.some((a) => !a.title.trim())) {
      setError(TS.emptyAspect);
      return;
    }
    // The case part follows the checkbox: required when ticked, absent otherwise.
    const { STANDARD_PARTS } = await import('../../engine/template');
    const parts = STANDARD_PARTS.filter((p) => p.role !== 'cases' || cases).map((p) => ({ ...p, required: p.role !== 'previous' }));
    onConfirm({ ...draft, parts, aspects: draft.aspects.map((a) => ({ ...a, title: a.title.trim() })) });
    setDraft(null);
    setText('');
  };

  return (
    <Dialog open={open} onOpenChange={(_e, d) => (!d.open ? onCancel() : undefined)}>
      <DialogSurface aria-label={TS.importTitle}>
        <DialogBody>
          <DialogTitle>{TS.importTitle}</DialogTitle>
          <DialogContent className={styles.content}>
            <Text>{TS.importHint}</Text>
            <Textarea aria-label={TS.importTitle} placeholder={TS.importPlaceholder} value={text} resize="vertical" rows={6} onChange={(_e, d) => setText(d.value)} />
            <Button onClick={() => void read()} disabled={!text.trim()}>
              {TS.read}
            </Button>
            {error ? (
              <Text role="alert" className={styles.error}>
                {error}
              </Text>
            ) : null}
            {draft && warning ? (
              <Text role="status" className={styles.warning}>
                {warning}
              </Text>
            ) : null}
            {draft ? (
              <>
                <Text>{TS.aspectsFound(draft.aspects.length)}</Text>
                {draft.aspects.map((a, i) => (
                  <Field key={i} label={TS.aspectLabel(a.number)}>
                    <Input value={a.title} onChange={(_e, d) => editTitle(i, d.value)} />
                  </Field>
                ))}
                <Checkbox label={TS.casesPart} checked={cases} onChange={(_e, d) => setCases(d.checked === true)} />
              </>
            ) : null}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={!draft} onClick={() => void confirm()}>
              {TS.use}
            </Button>
            <Button onClick={onCancel}>{TS.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
