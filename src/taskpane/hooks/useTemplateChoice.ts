/**
 * Which template the pane checks against: detected per check ("自动识别"), a built-in one, or one
 * imported from a notice. The choice is kept with the document (document setting
 * `duizhao.template`, the template object; absent = 自动识别) so it travels with the file, and
 * imported templates are also kept on this computer (localStorage) for reuse in other documents.
 */
import * as React from 'react';
import type { DocumentGateway } from '../../word/gateway';
import { getTemplate, templateIds, type Template } from '../../engine/template';

export const TEMPLATE_SETTING = 'duizhao.template';
const LOCAL_KEY = 'duizhao.importedTemplates';

export type TemplateChoice = { kind: 'auto' } | { kind: 'builtin'; id: string } | { kind: 'custom'; template: Template };

/** What useCheck needs from a choice. */
export function checkArgs(choice: TemplateChoice): { templateId?: string; template?: Template } {
  if (choice.kind === 'builtin') return { templateId: choice.id };
  if (choice.kind === 'custom') return { template: choice.template };
  return {};
}

function readLocal(): Template[] {
  try {
    const raw = globalThis.localStorage?.getItem(LOCAL_KEY);
    const list = raw ? (JSON.parse(raw) as Template[]) : [];
    return Array.isArray(list) ? list : [];
  } catch {
    return [];
  }
}

function writeLocal(list: Template[]): void {
  try {
    globalThis.localStorage?.setItem(LOCAL_KEY, JSON.stringify(list.slice(-10)));
  } catch {
    // Storage may be off (private mode): the document setting still keeps the choice.
  }
}

/** A stored setting as a choice: a built-in template by its id, anything else validated as a file. */
async function fromSetting(value: unknown): Promise<TemplateChoice | 'invalid'> {
  if (value === undefined || value === null) return { kind: 'auto' };
  const id = (value as { id?: unknown }).id;
  const source = (value as { source?: unknown }).source;
  if (typeof id === 'string' && templateIds().includes(id) && source === undefined) return { kind: 'builtin', id };
  try {
    const { parseTemplate } = await import('../../engine/template-file');
    return { kind: 'custom', template: parseTemplate(JSON.parse(JSON.stringify(value))) };
  } catch {
    return 'invalid';
  }
}

export interface TemplateChoiceState {
  choice: TemplateChoice;
  /** Templates imported on this computer (reusable in other documents). */
  imported: Template[];
  /** Chinese text when the stored choice could not be used or saved. */
  problem: string | null;
  /** The current choice is kept in the document (false when the host refused to save it). */
  kept: boolean;
  choose(choice: TemplateChoice): Promise<void>;
}

/**
 * Load the document's choice once, and save each new one. `messages`: the Chinese texts for a
 * stored template that fails validation and for a save that the host refuses.
 */
export function useTemplateChoice(gateway: DocumentGateway, messages: { storedInvalid: string; saveFailed: string }): TemplateChoiceState {
  const [choice, setChoice] = React.useState<TemplateChoice>({ kind: 'auto' });
  const [imported, setImported] = React.useState<Template[]>(() => readLocal());
  const [problem, setProblem] = React.useState<string | null>(null);
  const [kept, setKept] = React.useState(true);

  React.useEffect(() => {
    let live = true;
    void (async () => {
      let stored: unknown;
      try {
        stored = await gateway.readSetting?.(TEMPLATE_SETTING);
      } catch {
        stored = undefined;
      }
      const c = await fromSetting(stored);
      if (!live) return;
      if (c === 'invalid') setProblem(messages.storedInvalid);
      else setChoice(c);
    })();
    return () => {
      live = false;
    };
  }, [gateway, messages.storedInvalid]);

  const choose = React.useCallback(
    async (next: TemplateChoice) => {
      setChoice(next);
      setProblem(null);
      setKept(true);
      if (next.kind === 'custom') {
        const list = [...readLocal().filter((t) => t.id !== next.template.id || t.name !== next.template.name), next.template];
        writeLocal(list);
        setImported(list);
      }
      const value = next.kind === 'auto' ? undefined : next.kind === 'builtin' ? getTemplate(next.id) : next.template;
      try {
        const r = await gateway.writeSetting?.(TEMPLATE_SETTING, value);
        if (r && !r.ok) {
          setProblem(messages.saveFailed);
          setKept(false);
        }
      } catch {
        setProblem(messages.saveFailed);
        setKept(false);
      }
    },
    [gateway, messages.saveFailed],
  );

  return { choice, imported, problem, kept, choose };
}
