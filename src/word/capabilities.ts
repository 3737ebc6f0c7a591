/**
 * What the running Word can do, and which Word builds have which Word JavaScript API set.
 *
 * The manifest requires only WordApi 1.1 (volume-licensed Word 2016 has nothing newer); the rest
 * is detected here at run time and src/word degrades:
 *  - WordApi 1.1/1.2: the body's text, style names and outline levels are read (headings from the
 *    style name; automatic list numbers are not visible, the typed numbers are read); navigation
 *    selects by index or search; skeletons are appended at the END of the document with styles
 *    set by name (no cursor, story or table checks exist before 1.3).
 *  - WordApi 1.3: styleBuiltIn, list strings, tables, cursor insertion with story checks.
 *  - WordApi 1.6: Paragraph.uniqueLocalId and Document.getParagraphByUniqueLocalId.
 *  - WordApi 1.7: Paragraph.getText() — the text Word shows, hidden and tracked-deleted text left
 *    out; WordApiDesktop 1.2: Font.hidden, to know that a body holds no hidden text at all. Below
 *    1.7 hidden text is read as text and the pane says so (officeGateway.ts `read`).
 *
 * Source for the table WORD_BUILDS: Microsoft's "Word JavaScript API requirement sets" (office-js
 * docs, requirement-sets/word/word-api-requirement-sets.md, revision of 2024-12-09).
 */
import type { HostCapabilities } from './gateway';

/** The few Office globals the gateway needs, injectable so tests can run without Office. */
export interface OfficeHost {
  /** `Word.run`. */
  run<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T>;
  /** `Office.context.requirements.isSetSupported`. */
  isSetSupported(name: string, minVersion: string): boolean;
  /** `Office.context.document.mode === Office.DocumentMode.ReadOnly`. */
  isReadOnly(): boolean;
  /**
   * `Office.context.document.addHandlerAsync(DocumentSelectionChanged)`: call `handler` on each
   * selection change; returns the function that removes it. Absent where the host has no events.
   */
  onSelectionChanged?(handler: () => void): () => void;
  /**
   * `Office.context.document.settings`: add-in settings saved inside the document (they travel
   * with the file). Undefined where the host has none.
   */
  settings?(): DocumentSettingsHost | undefined;
  /** `Office.context.diagnostics`: the host's build ("16.0.4266.1001") and platform ("PC", "Mac", "OfficeOnline"). */
  diagnostics?(): { version?: string; platform?: string } | undefined;
  /** `Office.context.displayLanguage` ("zh-CN"), for localized style names. */
  displayLanguage?(): string | undefined;
}

/** The part of `Office.Settings` the gateway uses. */
export interface DocumentSettingsHost {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  /** Persists the settings into the document; calls back with `status` "succeeded" or "failed". */
  saveAsync(callback: (result: { status: string; error?: { message?: string } }) => void): void;
}

/** WordApi versions this add-in can tell apart, newest first. */
export const WORD_API_VERSIONS = ['1.9', '1.8', '1.7', '1.6', '1.5', '1.4', '1.3', '1.2', '1.1'] as const;

export interface WordCapabilities extends HostCapabilities {
  /** WordApi 1.1, the minimum this add-in needs (check and navigate; skeletons at the end). */
  wordApi11: boolean;
  /** WordApi 1.3: list strings, tables, cursor insertion with story checks, styleBuiltIn. */
  wordApi13: boolean;
  /** The newest WordApi version the host reports, or null for none. */
  wordApi: string | null;
  /** The host's build and platform as Office reports them, e.g. "16.0.4266.1001，PC"; '' if unknown. */
  hostVersion: string;
}

/**
 * Which WordApi each Word build has (Microsoft's requirement-set table). One list, shown in the
 * README, assets/help.html and the pane's unsupported message.
 */
export const WORD_BUILDS: ReadonlyArray<{ build: string; wordApi: string }> = [
  { build: 'Word 2016 批量授权版（MSI）', wordApi: '1.1' },
  { build: 'Word 2016 即点即用版（零售或订阅）：版本 1509 / 1601 / 1612 起', wordApi: '1.1 / 1.2 / 1.3 起（随更新）' },
  { build: 'Word 2019 批量授权版', wordApi: '1.3' },
  { build: 'Word 2021 批量授权版', wordApi: '1.3' },
  { build: 'Word 2024 批量授权版', wordApi: '1.8' },
  { build: 'Microsoft 365 版 Word（Windows，版本 1612 起）', wordApi: '1.3 – 1.9' },
  { build: 'Word for Mac（15.32 起；16.x 随版本更新）', wordApi: '1.3 – 1.9' },
  { build: 'Word 网页版', wordApi: '1.9' },
];

/** The real host: Office.js globals, looked up lazily so that importing this file needs no Office. */
export function officeHost(): OfficeHost {
  return {
    run: (batch) => Word.run(batch),
    isSetSupported: (name, version) => {
      try {
        return Boolean(Office?.context?.requirements?.isSetSupported(name, version));
      } catch {
        return false;
      }
    },
    isReadOnly: () => {
      try {
        return Office?.context?.document?.mode === Office.DocumentMode.ReadOnly;
      } catch {
        return false;
      }
    },
    settings: () => {
      try {
        const settings = Office?.context?.document?.settings;
        if (!settings) return undefined;
        return {
          get: (name) => settings.get(name),
          set: (name, value) => settings.set(name, value),
          saveAsync: (callback) =>
            settings.saveAsync((r) => callback({ status: String(r.status), error: r.error ? { message: r.error.message } : undefined })),
        };
      } catch {
        return undefined;
      }
    },
    diagnostics: () => {
      try {
        const d = Office?.context?.diagnostics;
        return d ? { version: d.version, platform: String(d.platform ?? '') } : undefined;
      } catch {
        return undefined;
      }
    },
    onSelectionChanged: (handler) => {
      const eventType = Office.EventType.DocumentSelectionChanged as Office.EventType;
      try {
        Office.context.document.addHandlerAsync(eventType, handler);
      } catch {
        return () => undefined;
      }
      return () => {
        try {
          Office.context.document.removeHandlerAsync(eventType, { handler });
        } catch {
          /* gone */
        }
      };
    },
    displayLanguage: () => {
      try {
        return Office?.context?.displayLanguage;
      } catch {
        return undefined;
      }
    },
  };
}

/** The host's build and platform, "16.0.4266.1001，PC", or '' when Office does not say. */
export function hostVersionOf(host: OfficeHost): string {
  const d = host.diagnostics?.();
  return [d?.version, d?.platform].filter((x) => x && String(x).trim()).join('，');
}

export function detectCapabilities(host: OfficeHost): WordCapabilities {
  const wordApi = WORD_API_VERSIONS.find((v) => host.isSetSupported('WordApi', v)) ?? null;
  const at = (v: string) => wordApi !== null && Number(wordApi) >= Number(v);
  const wordApi11 = at('1.1');
  return {
    wordApi11,
    wordApi13: at('1.3'),
    wordApi16: at('1.6'),
    wordApi,
    hostVersion: hostVersionOf(host),
    editable: wordApi11 && !host.isReadOnly(),
  };
}

/** Localized name of a built-in paragraph style, for hosts without styleBuiltIn (WordApi < 1.3). */
/** Whether comments can be added in this Word (WordApi 1.4: Word 2021, Microsoft 365, Word on the web). */
export function commentsSupported(host: OfficeHost): boolean {
  return host.isSetSupported('WordApi', '1.4');
}

export function styleNameFor(level: number, language: string | undefined): string {
  const chinese = /^zh/i.test(language ?? 'zh-CN');
  if (level >= 1 && level <= 9) return chinese ? `标题 ${level}` : `Heading ${level}`;
  return chinese ? '正文' : 'Normal';
}

/** Heading level from a style name as Word reports it ("标题 1", "Heading 1", "Heading1"). */
export function headingLevelOfStyleName(style: string | undefined): number | undefined {
  const m = /^(?:heading|标题)\s*([1-9])$/i.exec((style ?? '').trim());
  return m ? Number(m[1]) : undefined;
}
