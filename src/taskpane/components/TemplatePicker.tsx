/**
 * The template picker: 自动识别 (with the template the last check detected and why), the built-in
 * templates, and templates imported from notices; a button opens the notice import.
 */
import { Button, Caption1, Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import { allTemplates, type Template } from '../../engine/template';
import type { TemplateChoice } from '../hooks/useTemplateChoice';
import { TS } from '../strings';

const useStyles = makeStyles({
  // A line of its own in the check bar, never wider than the pane (320 px): a native select is as
  // wide as its longest option (the meetings' names) unless told otherwise.
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, flexBasis: '100%', minWidth: 0, maxWidth: '100%' },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'end', flexWrap: 'wrap', minWidth: 0 },
  select: { minWidth: '0', flexGrow: 1, flexBasis: '12em', maxWidth: '100%' },
  control: { width: '100%', minWidth: 0, maxWidth: '100%' },
  native: { width: '100%', minWidth: 0, maxWidth: '100%', textOverflow: 'ellipsis' },
  reason: { color: tokens.colorNeutralForeground2 },
});

export interface TemplatePickerProps {
  choice: TemplateChoice;
  imported: Template[];
  /** The template of the last check and the engine's reason (Chinese), when there was one. */
  detected?: { name: string; reason?: string };
  disabled?: boolean;
  onChoose(choice: TemplateChoice): void;
  onImport(): void;
}

const valueOf = (c: TemplateChoice, imported: Template[]): string =>
  c.kind === 'auto' ? 'auto' : c.kind === 'builtin' ? `b:${c.id}` : `c:${Math.max(0, imported.findIndex((t) => t.id === c.template.id && t.name === c.template.name))}`;

export function TemplatePicker({ choice, imported, detected, disabled, onChoose, onImport }: TemplatePickerProps) {
  const styles = useStyles();
  // A custom template kept in the document but not (yet) on this computer is listed too.
  const customs = choice.kind === 'custom' && !imported.some((t) => t.id === choice.template.id && t.name === choice.template.name) ? [...imported, choice.template] : imported;
  const onChange = (value: string) => {
    if (value === 'auto') onChoose({ kind: 'auto' });
    else if (value.startsWith('b:')) onChoose({ kind: 'builtin', id: value.slice(2) });
    else {
      const t = customs[Number(value.slice(2))];
      if (t) onChoose({ kind: 'custom', template: t });
    }
  };
  return (
    <div className={styles.root} data-testid="template-picker">
      <div className={styles.row}>
        <Field label={TS.pickerLabel} className={styles.select}>
          <Select
            className={styles.control}
            select={{ className: styles.native }}
            value={valueOf(choice, customs)}
            disabled={disabled}
            onChange={(_e, d) => onChange(d.value)}
          >
            <option value="auto">{choice.kind === 'auto' && detected ? TS.autoDetected(detected.name) : TS.auto}</option>
            {allTemplates().map((t) => (
              <option key={t.id} value={`b:${t.id}`}>
                {t.name}
              </option>
            ))}
            {customs.map((t, i) => (
              <option key={`c${i}`} value={`c:${i}`}>
                {TS.imported(t.name)}
              </option>
            ))}
          </Select>
        </Field>
        <Button data-notice-import disabled={disabled} onClick={onImport}>
          {TS.importButton}
        </Button>
      </div>
      {detected?.reason ? (
        <Caption1 className={styles.reason} data-testid="template-reason">
          {TS.reason(detected.reason)}
        </Caption1>
      ) : null}
    </div>
  );
}
