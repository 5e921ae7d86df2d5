/**
 * Safe CSV for every License Steward export (dashboard lists and remediation snapshots):
 * - text starting with =, +, -, @, tab, carriage return or NUL, or with =, +, -, @ after leading whitespace or NULs
 *   (" =1", "\u0000=1", "\n@SUM(...)"), gets a leading ' so a spreadsheet shows it as text instead of running it as a
 *   formula (OWASP "CSV injection": some spreadsheets strip leading whitespace, tab, CR or NUL before evaluating);
 *   real numbers and booleans are written as they are (a negative number is a number, not a formula);
 * - RFC 4180 quoting: a cell with a comma, quote, CR or LF is quoted with quotes doubled (`quoteAll` quotes every
 *   cell, as the remediation snapshot export does);
 * - CRLF line ends, and a UTF-8 byte order mark in the downloaded file so Excel reads names with accents.
 */
// A formula character after any leading whitespace (\s covers space, tab, CR, LF, NBSP, BOM) or NUL; or a leading
// tab, CR or NUL on its own.
// eslint-disable-next-line no-control-regex
const FORMULA_START = /^[\s\u0000]*[=+\-@]|^[\t\r\u0000]/;
const NEEDS_QUOTES = /[",\r\n]/;
export const CSV_LINE_END = '\r\n';
/** Byte order mark: Excel reads the file as UTF-8 (names with accents) when it starts with it. */
export const UTF8_BOM = '\uFEFF';
/**
 * MIME type of the download Blob. Lightning Web Security only creates Blobs of an allow-listed MIME type
 * (application/octet-stream, text/plain, application/json, ...; "Unsupported MIME type" otherwise) and text/csv is
 * not on the list; the `download` attribute names the file `.csv`, so the browser saves it as CSV anyway.
 */
export const CSV_BLOB_TYPE = 'application/octet-stream';

/** A cell value before CSV encoding. */
export type CsvValue = string | number | boolean | null | undefined;

/** A column of a CSV export: header text and how to read the cell from a row. */
export interface CsvColumn<T> {
    header: string;
    value: (row: T) => CsvValue;
}

export interface CsvOptions {
    /** Quote every cell (default: only cells that need it). */
    quoteAll?: boolean;
}

export function csvCell(value: unknown, options: CsvOptions = {}): string {
    let text = value === null || value === undefined ? '' : String(value);
    if (typeof value !== 'number' && typeof value !== 'boolean' && FORMULA_START.test(text)) {
        text = `'${text}`;
    }
    return options.quoteAll || NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: unknown[], options?: CsvOptions): string {
    return values.map((value) => csvCell(value, options)).join(',') + CSV_LINE_END;
}

export function toCsv(header: string[], rows: unknown[][], options?: CsvOptions): string {
    return csvLine(header, options) + rows.map((row) => csvLine(row, options)).join('');
}

/** CSV text of rows under the columns' header line. */
export function columnsToCsv<T>(columns: CsvColumn<T>[], rows: T[], options?: CsvOptions): string {
    return toCsv(
        columns.map((column) => column.header),
        rows.map((row) => columns.map((column) => column.value(row))),
        options
    );
}

/** A file name without characters that file systems or browsers refuse (letters, digits, `.`, `_` and `-`). */
export function safeFileName(name: string): string {
    const cleaned = name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '');
    return cleaned.length > 0 ? cleaned : 'export';
}

/** A file name like `license-findings-2026-11-23.csv` (letters, digits and dashes only). */
export function csvFileName(prefix: string, date: Date = new Date()): string {
    const safe = prefix.replace(/[^A-Za-z0-9-]+/g, '-').replace(/^-+|-+$/g, '') || 'export';
    return `${safe}-${date.toISOString().slice(0, 10)}.csv`;
}

/**
 * Starts the download of CSV text through an anchor of the component's template (`<a data-id="download" hidden>`):
 * a Blob + object URL works for any size (10,000+ rows; a data: URL does not, and Lightning Web Security blocks
 * data: URLs in anchors while it allows blob: URLs). The file name is cleaned and gets `.csv` if it lacks it.
 * Returns the Blob so callers and tests can read it.
 */
export function downloadCsv(anchor: HTMLAnchorElement, fileName: string, parts: string[]): Blob {
    const blob = new Blob([UTF8_BOM, ...parts], { type: CSV_BLOB_TYPE });
    const url = URL.createObjectURL(blob);
    const name = safeFileName(fileName);
    anchor.href = url;
    anchor.download = name.endsWith('.csv') ? name : `${name}.csv`;
    anchor.click();
    // Revoke after the click has been handled (the download keeps its own reference).
    // eslint-disable-next-line @lwc/lwc/no-async-operation
    setTimeout(() => URL.revokeObjectURL(url), 10000);
    return blob;
}
