import Papa from 'papaparse';
import { EXPORT_COLUMNS, type ExportRow } from './rows.ts';

export type ExportFormatName = 'csv' | 'jsonl';

/** How rows become text: the text that opens the file, then each batch of rows, each row ending its line. */
export interface ExportFormat {
  name: ExportFormatName;
  label: string;
  extension: string;
  mimeType: string;
  start(): string;
  rows(rows: readonly ExportRow[]): string;
}

/** Spreadsheets (Excel above all) read a CSV as UTF-8 only when it opens with a byte order mark. */
const BOM = '\uFEFF';
const CRLF = '\r\n';

/**
 * RFC 4180 CSV, written by papaparse: fields with a comma, quote or line break are quoted, quotes doubled, lines end
 * in CRLF (a line break inside a quote is kept, inside its quoted field). A cell that starts with = + - @, a tab or
 * a carriage return would run as a formula in a spreadsheet, so papaparse's escapeFormulae puts a ' before it
 * (OWASP's advice on CSV injection): the cell shows as the text it is.
 */
export const CSV: ExportFormat = {
  name: 'csv',
  label: 'CSV',
  extension: 'csv',
  mimeType: 'text/csv;charset=utf-8',
  start: () => BOM + Papa.unparse([[...EXPORT_COLUMNS]], { newline: CRLF }) + CRLF,
  rows: (rows) =>
    rows.length === 0 ? '' : Papa.unparse(rows.map((row) => EXPORT_COLUMNS.map((column) => row[column])), { newline: CRLF, escapeFormulae: true }) + CRLF,
};

/** One JSON object per line (jsonlines.org), the same keys as the CSV's columns; no BOM, and nothing escaped but JSON's own. */
export const JSON_LINES: ExportFormat = {
  name: 'jsonl',
  label: 'JSON Lines',
  extension: 'jsonl',
  mimeType: 'application/jsonl;charset=utf-8',
  start: () => '',
  rows: (rows) => rows.map((row) => `${JSON.stringify(row, EXPORT_COLUMNS as unknown as string[])}\n`).join(''),
};

export const EXPORT_FORMATS: readonly ExportFormat[] = [CSV, JSON_LINES];
