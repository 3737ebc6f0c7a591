/**
 * What the running Word can do. WordApi 1.3 is the floor for everything in src/word (paragraphs
 * in tables, styleBuiltIn, tableNestingLevel, listItemOrNullObject, parentTable, getRange,
 * Body.type); WordApi 1.6 adds Paragraph.uniqueLocalId and Document.getParagraphByUniqueLocalId
 * and is detected at run time.
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
   * `Office.context.document.settings`: add-in settings saved inside the document (they travel
   * with the file). Undefined where the host has none.
   */
  settings?(): DocumentSettingsHost | undefined;
}

/** The part of `Office.Settings` the gateway uses. */
export interface DocumentSettingsHost {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  /** Persists the settings into the document; calls back with `status` "succeeded" or "failed". */
  saveAsync(callback: (result: { status: string; error?: { message?: string } }) => void): void;
}

export interface WordCapabilities extends HostCapabilities {
  /** WordApi 1.3, the minimum this add-in needs. */
  wordApi13: boolean;
}

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
  };
}

export function detectCapabilities(host: OfficeHost): WordCapabilities {
  const wordApi13 = host.isSetSupported('WordApi', '1.3');
  const wordApi16 = wordApi13 && host.isSetSupported('WordApi', '1.6');
  return { wordApi13, wordApi16, editable: wordApi13 && !host.isReadOnly() };
}
