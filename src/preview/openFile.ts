/**
 * 打开文件… in the browser preview: the writer's own material (.docx, .docm, .txt, .md) put into the
 * preview's page, read in the browser with the readers the pane uses for last year's material
 * (taskpane/previousFile.ts) — nothing is uploaded or kept. Pure: no React, no DOM.
 */
import { effectiveText } from '../engine/outline';
import { readPreviousFile } from '../taskpane/previousFile';
import type { MemParagraph } from './memoryDocument';

/** The highest heading level the preview's page shows (MemoryDocument clamps to it). */
const MAX_LEVEL = 4;

/**
 * The paragraphs of a chosen file for MemoryDocument.loadParagraphs: a Word document's paragraphs
 * with their automatic numbers written in (“一、” as Word shows it), their heading levels (1–4) and
 * table cells; a text file's paragraphs as the text reader reads them (lines hard-wrapped from a
 * PDF joined, a markdown heading at its level, a pipe table's cells in a table). Throws
 * PreviousFileError with one Chinese line naming the file (a kind not read, an old .doc, a damaged
 * or password-protected .docx, an unknown encoding, an empty file, over 50 MB).
 */
export async function readOpenedFile(name: string, bytes: Uint8Array): Promise<Array<Omit<MemParagraph, 'id'>>> {
  const input = await readPreviousFile(name, bytes);
  return input.paragraphs.map((p) => {
    const level = Math.min(MAX_LEVEL, p.headingLevel ?? p.markdownLevel ?? 0);
    return { text: input.source === 'docx' ? effectiveText(p) : p.text, level, ...(p.cell ? { cell: { ...p.cell } } : {}) };
  });
}
