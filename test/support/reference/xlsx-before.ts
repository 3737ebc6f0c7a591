/**
 * cli/xlsx.ts writeWorkbook as it was before it wrote the parts itself (issue 14: the folder
 * check): through write-excel-file 4.1.1, with the autofilter as a write-excel-file feature. The
 * oracle for test/deliverables/xlsx-parts.test.ts.
 */
import type { SheetData } from 'write-excel-file/node';
import type { Feature } from 'write-excel-file/types/Feature';
import type { FileContent } from 'write-excel-file/node/FileContent';
import { columnName, fitCell, type Table } from '../../../src/cli/xlsx';

function autoFilter(tables: Table[]): Feature<FileContent> {
  return {
    files: {
      transform: {
        'xl/worksheets/sheet{id}.xml': {
          transform(content, _options, properties) {
            const t = tables[properties.sheetIndex];
            // The sheet data closes near the end: searched from there, not across every row.
            const end = content.lastIndexOf('</sheetData>');
            if (!t || end < 0 || content.indexOf('<autoFilter', end) >= 0) return content;
            const ref = `A1:${columnName(t.header.length - 1)}${t.rows.length + 1}`;
            const at = end + '</sheetData>'.length;
            return `${content.slice(0, at)}<autoFilter ref="${ref}"/>${content.slice(at)}`;
          },
        },
      },
    },
  };
}

/** The workbook bytes: one sheet per table, header bold, frozen and filtered; every cell within CELL_MAX. */
export async function writeWorkbookBefore(tables: Table[]): Promise<Buffer> {
  const sheets = tables.map((t) => {
    const data: SheetData = [
      t.header.map((h) => ({ value: h, fontWeight: 'bold' as const })),
      ...t.rows.map((r) => r.map((cell) => {
        const v = fitCell(cell);
        return typeof v === 'string' && v.includes('\n') ? { value: v, wrap: true } : { value: v };
      })),
    ];
    return {
      data,
      sheet: t.name,
      stickyRowsCount: 1,
      ...(t.widths ? { columns: t.widths.map((width) => ({ width })) } : {}),
    };
  });
  // Loaded on first use: only --xlsx and --checklist *.xlsx need it.
  const { default: writeXlsxFile } = await import('write-excel-file/node');
  return writeXlsxFile(sheets, { features: [autoFilter(tables)] }).toBuffer();
}

