/**
 * Reads idn-area-data's CSVs with csv-parse, strictly: a malformed row must
 * stop the build with its file, line and text, never be skipped or half-read
 * into a wrong value. This module only adapts csv-parse's records and errors
 * to that shape.
 */
import { type CsvError as ParseError, parse } from 'csv-parse/sync';

/** A CSV file could not be read as RFC 4180: names the file, line and offending row. */
export class CsvError extends Error {
  override name = 'CsvError';
  constructor(
    readonly file: string,
    readonly line: number,
    readonly row: string,
    reason: string,
  ) {
    super(`${file}:${line}: ${reason}\n  row: ${JSON.stringify(row)}`);
  }
}

/** One record: its 1-based starting line, its raw text and its fields. */
export interface CsvRecord {
  line: number;
  raw: string;
  fields: string[];
}

// csv-parse's error codes for broken quoting, in the words of our messages.
const REASONS: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: 'unterminated quoted field',
  INVALID_OPENING_QUOTE: 'quote inside an unquoted field',
  CSV_INVALID_CLOSING_QUOTE: 'text after a closing quote',
};

/** The line a record that fails to parse starts on: one past where the last good one ended. */
function brokenRecordLine(text: string): number {
  let nextLine = 1;
  try {
    parse(text, {
      relax_column_count: true,
      on_record: (fields, context) => {
        nextLine = context.lines + 1;
        return fields;
      },
    });
  } catch {
    // Expected: we are finding where it breaks.
  }
  return nextLine;
}

/**
 * Reads every record of a CSV text. Fields may be quoted (`"a, b"`), with `""`
 * for a quote inside; line ends may be LF or CRLF; a final newline is optional.
 * Records may differ in length (the caller says how many fields it wants).
 * Throws {@link CsvError} on an unterminated quote, a quote inside an unquoted
 * field, or text after a closing quote.
 */
export function parseCsv(text: string, file: string): CsvRecord[] {
  const lines = text.split('\n').map((line) => line.replace(/\r$/, ''));
  let rows: string[][];
  try {
    rows = parse(text, { relax_column_count: true });
  } catch (error) {
    const line = brokenRecordLine(text);
    const code = (error as ParseError).code;
    throw new CsvError(
      file,
      line,
      lines[line - 1] ?? '',
      REASONS[code] ?? (error as Error).message,
    );
  }
  // Every record takes one line, plus one per line break inside its quoted fields.
  // (Asking csv-parse for line numbers and raw text per record costs five times the parse.)
  let line = 1;
  return rows.map((fields) => {
    let spans = 1;
    for (const field of fields) if (field.includes('\n')) spans += field.split('\n').length - 1;
    const record = { line, raw: lines.slice(line - 1, line - 1 + spans).join('\n'), fields };
    line += spans;
    return record;
  });
}
