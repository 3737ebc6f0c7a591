/**
 * `check this.docx --previous last.docx`: this year's material against last year's
 * (src/engine/previous.ts), as report lines and as the `previous` field of --json.
 */
import type { Analysis } from '../engine';
import { analyze } from '../engine';
import type { DocumentInput } from '../engine/types';
import type { PreviousComparison } from '../engine/previous';
import { deliverableText as t } from '../engine/messages';
import { loadFile } from './load';
import { PARAGRAPH_PLACES, type Places } from '../engine/places';

/** Last year's material, read and analysed once for all the files checked. Throws `InputError`. */
export async function loadPrevious(file: string, templateId?: string): Promise<{ analysis: Analysis; input: DocumentInput; file: string }> {
  const input = await loadFile(file);
  // Last year's material follows last year's notice: detected on its own unless a template is named.
  return { analysis: analyze(input, templateId ? { templateId } : {}), input, file };
}

/**
 * The readable section (Chinese), appended to the file's report. `places` and `lastPlaces` say where
 * in this year's and last year's material (places.ts: lines of a text file, paragraphs of a .docx).
 */
export function previousLines(c: PreviousComparison, lastFile: string, places: Places = PARAGRAPH_PLACES, lastPlaces: Places = PARAGRAPH_PLACES): string[] {
  const lines = ['', t.previousTitle(lastFile), `  ${t.lastTemplate(c.lastTemplateName)}`];
  if (c.sameText) lines.push(`  ${t.previousSameText}`);
  else if (c.notEarlier) lines.push(`  ${t.previousNotEarlier(c.notEarlier.last, c.notEarlier.current)}`);
  if (!c.hasPreviousPart) lines.push(`  ${t.previousNoPart}`);
  else if (!c.items.length) lines.push(`  ${t.previousNoProblems}`);
  else {
    lines.push(`  ${t.previousAnswered(c.items.filter((i) => i.answered).length, c.items.length)}`);
    for (const i of c.items) lines.push(`  ${t.previousItem(i.item, i.text, i.answered, i.where ? `${places.at(i.where.paragraph)}“${i.where.text}”` : '', i.evidence)}`);
  }
  lines.push(`  ${t.repeatedTitle(c.repeats.length)}`);
  for (const r of c.repeats) lines.push(`  ${t.repeatedItem(places.at(r.paragraph), r.text, lastPlaces.at(r.lastParagraph), Math.round(r.similarity * 100), r.heading)}`);
  return lines;
}

/**
 * The `previous` field of --json: `template` is the id of the template last year's material was read
 * by (as the file's own `template`), `templateName` its name.
 */
export function previousJson(c: PreviousComparison, lastFile: string): Record<string, unknown> {
  return {
    file: lastFile,
    template: c.lastTemplateId,
    templateName: c.lastTemplateName,
    ...(c.notEarlier ? { notEarlier: c.notEarlier } : {}),
    ...(c.sameText ? { sameText: true } : {}),
    hasPreviousPart: c.hasPreviousPart,
    problems: c.items,
    repeats: c.repeats,
  };
}
