/**
 * "从通知导入…": the writer pastes the notice, the engine reads its aspect list (loaded on demand),
 * the aspects are shown for checking and editing — titles edited, a wrongly found aspect deleted
 * (删除), a missed one added (添加方面), the parts asked for ticked — and the confirmed template is
 * handed back. At least one aspect always remains (deleting the last one says why it stays).
 * Focus: after 添加方面 the new title box; after 删除 the title box now in that place (or the one
 * before, when the last was deleted); each change is also said in a polite live region.
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
import type { Template, TemplateAspect } from '../../engine/template';
import { TS } from '../strings';
import { useReturnFocus } from '../hooks/useReturnFocus';

/** Most aspects a template takes from the pane (the notice reader refuses more as not a list). */
export const MAX_ASPECTS = 16;

const useStyles = makeStyles({
  // The dialog's body scrolls at 320 px: its children keep their height instead of shrinking (读取通知 and
  // 添加方面 were squeezed to 17 px).
  content: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    '& > *': { flexShrink: 0 },
    // Narrow (320 px): the whole dialog scrolls, its buttons last, instead of the body scrolling in a
    // box above them, where 添加方面 sat cut off at the box's edge as if behind the buttons.
    '@media (max-width: 480px)': { overflowY: 'visible' },
  },
  body: { '@media (max-width: 480px)': { maxHeight: 'none', overflowY: 'visible' } },
  surface: { '@media (max-width: 480px)': { overflowY: 'auto' } },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteMarigoldForeground1 },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalS, minWidth: 0 },
  field: { flexGrow: 1, minWidth: 0 },
  group: { display: 'flex', flexDirection: 'column', gap: '2px' },
  groupTitle: { fontWeight: tokens.fontWeightSemibold },
  add: { alignSelf: 'flex-start' },
  // 删除 as wide as its word, so the title box keeps the room at 320 px.
  remove: { minWidth: 'auto', flexShrink: 0 },
});

export interface NoticeImportDialogProps {
  open: boolean;
  onCancel(): void;
  onConfirm(template: Template): void;
}

/** One aspect as the writer edits it: the title typed, and the aspect read from the notice (none when added). */
export interface DraftRow {
  key: number;
  title: string;
  read: TemplateAspect | null;
}

type NoticeModule = typeof import('../../engine/notice');

/**
 * The template's aspects from the rows, numbered 1…n in order. An aspect whose title is unchanged
 * stays as read; an edited one keeps the rest of the notice's item (its explanation words) with
 * the new title in place of the old; an added one is built from its title alone.
 */
export function aspectsOf(rows: readonly DraftRow[], notice: Pick<NoticeModule, 'noticeAspect'>): TemplateAspect[] {
  return rows.map((r, i) => {
    const title = r.title.trim();
    if (r.read && title === r.read.title) return { ...r.read, number: i + 1 };
    const written = r.read && r.read.long.includes(r.read.title) ? r.read.long.replace(r.read.title, title) : title;
    return notice.noticeAspect(written, i + 1, title);
  });
}

export function NoticeImportDialog({ open, onCancel, onConfirm }: NoticeImportDialogProps) {
  const styles = useStyles();
  useReturnFocus(open, () => document.querySelector<HTMLElement>('[data-notice-import]'));
  const [text, setText] = React.useState('');
  const [draft, setDraft] = React.useState<Template | null>(null);
  const [rows, setRows] = React.useState<DraftRow[]>([]);
  const [readCount, setReadCount] = React.useState(0);
  const [cases, setCases] = React.useState(false);
  const [previous, setPrevious] = React.useState(false);
  const [error, setError] = React.useState<string | null>(null);
  const [warning, setWarning] = React.useState<string | null>(null);
  const [said, setSaid] = React.useState('');
  // The notice module, kept once loaded: edited and added aspects get their labels and vocabulary from it.
  const notice = React.useRef<NoticeModule | null>(null);
  const nextKey = React.useRef(0);
  const inputs = React.useRef(new Map<number, HTMLInputElement>());
  const [focusKey, setFocusKey] = React.useState<number | null>(null);
  const listTitleId = React.useId();
  const partsTitleId = React.useId();

  React.useEffect(() => {
    if (focusKey === null) return;
    inputs.current.get(focusKey)?.focus();
    setFocusKey(null);
  }, [focusKey, rows]);

  const read = async () => {
    setError(null);
    setWarning(null);
    setSaid('');
    try {
      notice.current = await import('../../engine/notice');
      const r = notice.current.readNotice(text);
      setDraft(r.template);
      setRows(r.template.aspects.map((a) => ({ key: nextKey.current++, title: a.title, read: a })));
      setReadCount(r.template.aspects.length);
      setCases(r.cases);
      setPrevious(r.template.parts.some((p) => p.role === 'previous' && p.required));
      setWarning(r.warning);
    } catch (e) {
      setDraft(null);
      setRows([]);
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  const editTitle = (key: number, title: string) => setRows((rs) => rs.map((r) => (r.key === key ? { ...r, title } : r)));

  const remove = (key: number) => {
    const i = rows.findIndex((r) => r.key === key);
    if (i < 0) return;
    if (rows.length <= 1) {
      // The button keeps focus; the alert says why the aspect stays and what to do instead.
      setError(TS.lastAspect);
      return;
    }
    const rest = rows.filter((r) => r.key !== key);
    setRows(rest);
    setError(null);
    setSaid(TS.aspectDeleted(i + 1, rows[i].title.trim(), rest.length));
    setFocusKey(rest[Math.min(i, rest.length - 1)].key);
  };

  const add = () => {
    if (rows.length >= MAX_ASPECTS) {
      setError(TS.tooManyAspects(MAX_ASPECTS));
      return;
    }
    const key = nextKey.current++;
    setRows((rs) => [...rs, { key, title: '', read: null }]);
    setError(null);
    setSaid(TS.aspectAdded(rows.length + 1));
    setFocusKey(key);
  };

  const confirm = async () => {
    if (!draft || !notice.current) return;
    const empty = rows.find((r) => !r.title.trim());
    if (empty) {
      setError(TS.emptyAspect);
      setFocusKey(empty.key);
      return;
    }
    // The parts follow the checkboxes: the case part required when ticked, absent otherwise; the
    // previous year's part always there (for the map and the skeleton), required when ticked.
    const { STANDARD_PARTS } = await import('../../engine/template');
    const parts = STANDARD_PARTS.filter((p) => p.role !== 'cases' || cases).map((p) => ({ ...p, required: p.role === 'previous' ? previous : p.role !== 'other' }));
    onConfirm({ ...draft, parts, aspects: aspectsOf(rows, notice.current) });
    setDraft(null);
    setRows([]);
    setText('');
  };

  return (
    <Dialog open={open} onOpenChange={(_e, d) => (!d.open ? onCancel() : undefined)}>
      <DialogSurface aria-label={TS.importTitle} className={styles.surface}>
        <DialogBody className={styles.body}>
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
                <Text id={listTitleId}>{TS.aspectsFound(readCount)}</Text>
                <ol className={styles.list} aria-labelledby={listTitleId} data-testid="notice-aspects">
                  {rows.map((r, i) => (
                    <li key={r.key} className={styles.row} data-aspect-row={i + 1}>
                      <Field label={TS.aspectLabel(i + 1)} className={styles.field}>
                        <Input
                          ref={(el) => {
                            if (el) inputs.current.set(r.key, el);
                            else inputs.current.delete(r.key);
                          }}
                          value={r.title}
                          placeholder={r.read ? undefined : TS.newAspectPlaceholder}
                          onChange={(_e, d) => editTitle(r.key, d.value)}
                        />
                      </Field>
                      <Button className={styles.remove} aria-label={TS.deleteAspectLabel(i + 1)} onClick={() => remove(r.key)} data-delete-aspect={i + 1}>
                        {TS.deleteAspect}
                      </Button>
                    </li>
                  ))}
                </ol>
                <Button className={styles.add} onClick={add}>
                  {TS.addAspect}
                </Button>
                <div role="group" aria-labelledby={partsTitleId} className={styles.group}>
                  <Text id={partsTitleId} className={styles.groupTitle}>
                    {TS.partsTitle}
                  </Text>
                  <Checkbox label={TS.previousPart} checked={previous} onChange={(_e, d) => setPrevious(d.checked === true)} />
                  <Checkbox label={TS.casesPart} checked={cases} onChange={(_e, d) => setCases(d.checked === true)} />
                </div>
              </>
            ) : null}
            <div aria-live="polite" className="dz-sr" data-testid="notice-said">
              {said}
            </div>
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
