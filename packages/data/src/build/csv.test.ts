import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CsvError, parseCsv } from './csv.js';

const fields = (text: string) => parseCsv(text, 't.csv').map((r) => r.fields);

describe('parseCsv', () => {
  it('reads plain and quoted fields, escaped quotes and commas inside quotes', () => {
    assert.deepEqual(fields('code,name\n11.01,"Lubuk Pakam I,II"\n35.13.15.2017,"Soka""an"\n'), [
      ['code', 'name'],
      ['11.01', 'Lubuk Pakam I,II'],
      ['35.13.15.2017', 'Soka"an'],
    ]);
  });

  it('accepts CRLF line ends and a missing final newline', () => {
    assert.deepEqual(fields('a,b\r\n1,2'), [
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('keeps empty fields and gives each record its line and raw text', () => {
    const [record] = parseCsv('32.73,,Kota Bandung\n', 't.csv');
    assert.deepEqual(record, {
      line: 1,
      raw: '32.73,,Kota Bandung',
      fields: ['32.73', '', 'Kota Bandung'],
    });
  });

  it('counts lines inside a quoted field that spans lines', () => {
    const records = parseCsv('a\n"x\ny"\nz\n', 't.csv');
    assert.deepEqual(
      records.map((r) => r.line),
      [1, 2, 4],
    );
  });

  it('keeps a lone carriage return inside a field as text (the region build refuses it)', () => {
    assert.deepEqual(fields('a,b\n1,2\r3\n'), [
      ['a', 'b'],
      ['1', '2\r3'],
    ]);
  });

  it('names the line a broken record starts on, after a record that spans lines', () => {
    assert.throws(
      () => parseCsv('a,b\n1,"x\ny"\n3,"open\n4,5\n', 't.csv'),
      (error: unknown) => error instanceof CsvError && error.line === 4 && error.row === '3,"open',
    );
  });

  it('fails with file, line and row on malformed quoting', () => {
    const cases: [string, RegExp][] = [
      ['a,b\n1,"unterminated\n', /^t\.csv:2: unterminated quoted field/],
      ['a,b\n1,say "hi"\n', /^t\.csv:2: quote inside an unquoted field/],
      ['a,b\n1,"x"y\n', /^t\.csv:2: text after a closing quote/],
    ];
    for (const [text, message] of cases) {
      assert.throws(
        () => parseCsv(text, 't.csv'),
        (error: unknown) =>
          error instanceof CsvError && message.test(error.message) && error.line === 2,
        text,
      );
    }
  });
});
