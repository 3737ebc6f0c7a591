/**
 * State of the pane's 对照上年度材料 (issue 14): the file the writer chose, read and analysed in
 * the pane, and its comparison with this year's material. Last year's material lives in this
 * hook's state only — never in document settings, local storage or anywhere else — so it is gone
 * when the pane closes (these are sensitive documents). When this year's paragraphs change (a
 * re-check), the comparison is made again with the same file.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Paragraph } from '../../engine/types';
import type { PreviousComparison } from '../../engine/previous';
import { panePreviousText as t } from '../../engine/messages';
import { placesOf, type Places } from '../../engine/places';
import { analyzeLastYear, compareWithLastYear, fileBytes, PreviousFileError, readPreviousFile, type LastYear, type TemplateArgs } from '../previousFile';

export type PreviousState =
  | { phase: 'idle' }
  | { phase: 'reading'; name: string }
  /** `notice`: a file chosen after this one that could not be used (this comparison is kept). */
  /**
   * `lastPlaces`: how places in last year's material are said (places.ts `placesOf` of it, as the
   * command line says them): 第7行 for a .txt/.md, 第7段 for a .docx; paragraphs when absent.
   */
  | { phase: 'done'; name: string; lastTemplateName: string; comparison: PreviousComparison; lastPlaces?: Places; notice?: string }
  | { phase: 'error'; message: string };

/** The chosen file's name and bytes (a DOM File, or anything with a name that is a Blob). */
export type ChosenFile = Blob & { name: string };

/**
 * `paragraphs`: this year's material as the last check read it ([] before any check);
 * `args`: the template choice the check uses. Returns the state, `choose(file)` and `clear()`.
 */
export function usePreviousMaterial(paragraphs: Paragraph[], args: TemplateArgs) {
  const [state, setState] = useState<PreviousState>({ phase: 'idle' });
  const last = useRef<LastYear | null>(null);
  const generation = useRef(0);
  const { templateId, template } = args;

  const compare = useCallback(
    (gen: number, notice?: string) => {
      const l = last.current;
      if (!l || gen !== generation.current) return;
      try {
        const comparison = compareWithLastYear(paragraphs, { templateId, template }, l);
        setState({ phase: 'done', name: l.name, lastTemplateName: l.analysis.template.name, comparison, lastPlaces: placesOf(l.input), ...(notice ? { notice } : {}) });
      } catch {
        setState({ phase: 'error', message: t.failed(l.name) });
      }
    },
    [paragraphs, templateId, template],
  );

  const choose = useCallback(
    async (file: ChosenFile) => {
      const gen = ++generation.current;
      // A file that cannot be used leaves the comparison already made in place (with why).
      const kept = last.current;
      last.current = null;
      if (!paragraphs.length) {
        setState({ phase: 'error', message: t.notChecked });
        return;
      }
      setState({ phase: 'reading', name: file.name });
      try {
        const input = await readPreviousFile(file.name, await fileBytes(file));
        if (gen !== generation.current) return;
        last.current = analyzeLastYear(file.name, input, { templateId, template });
      } catch (e) {
        if (gen !== generation.current) return;
        const message = e instanceof PreviousFileError ? e.message : t.notReadable(file.name);
        if (kept) {
          last.current = kept;
          compare(gen, message);
          return;
        }
        setState({ phase: 'error', message });
        return;
      }
      compare(gen);
    },
    [paragraphs, templateId, template, compare],
  );

  const clear = useCallback(() => {
    generation.current++;
    last.current = null;
    setState({ phase: 'idle' });
  }, []);

  // This year's material re-checked (or the template changed): the same file, compared again.
  useEffect(() => {
    if (last.current && paragraphs.length) compare(generation.current);
  }, [paragraphs, compare]);

  return { state, choose, clear };
}
