/**
 * A strict RFC 4180 CSV reader for the region generator. Strict on purpose: a
 * malformed row must stop the build with its file, line and text, never be
 * skipped or half-read into a wrong value.
 */

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

/**
 * Reads every record of a CSV text. Fields may be quoted (`"a, b"`), with `""`
 * for a quote inside; line ends may be LF or CRLF; a final newline is optional.
 * Throws {@link CsvError} on an unterminated quote, a quote inside an unquoted
 * field, or text after a closing quote.
 */
export function parseCsv(text: string, file: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  const length = text.length;
  let pos = 0;
  let line = 1;
  while (pos < length) {
    const start = pos;
    const startLine = line;
    const fields: string[] = [];
    const lineText = () => {
      const end = text.indexOf('\n', start);
      return text.slice(start, end === -1 ? length : end).replace(/\r$/, '');
    };
    // One record: fields separated by commas, ended by a newline or the end.
    for (;;) {
      let field = '';
      if (text[pos] === '"') {
        pos++;
        for (;;) {
          if (pos >= length) {
            throw new CsvError(file, startLine, lineText(), 'unterminated quoted field');
          }
          const ch = text[pos]!;
          if (ch === '"') {
            if (text[pos + 1] === '"') {
              field += '"';
              pos += 2;
              continue;
            }
            pos++;
            break;
          }
          if (ch === '\n') line++;
          field += ch;
          pos++;
        }
        const next = text[pos];
        if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
          throw new CsvError(file, startLine, lineText(), 'text after a closing quote');
        }
      } else {
        while (pos < length) {
          const ch = text[pos]!;
          if (ch === ',' || ch === '\n' || ch === '\r') break;
          if (ch === '"') {
            throw new CsvError(file, startLine, lineText(), 'quote inside an unquoted field');
          }
          field += ch;
          pos++;
        }
      }
      fields.push(field);
      const sep = text[pos];
      if (sep === ',') {
        pos++;
        continue;
      }
      if (sep === '\r') {
        if (text[pos + 1] !== '\n') {
          throw new CsvError(file, startLine, lineText(), 'carriage return without a line feed');
        }
        pos++;
      }
      if (text[pos] === '\n') {
        pos++;
        line++;
      }
      break;
    }
    records.push({ line: startLine, raw: text.slice(start, pos).replace(/\r?\n$/, ''), fields });
  }
  return records;
}
