// The CSV writer: RFC 4180 framing, the UTF-8 byte order mark, and formula-injection safety, checked by
// examples and by parsing the output back with a strict RFC 4180 parser written here.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CsvCell, toCsv } from '../../src/export/csv';

/** A strict RFC 4180 reader: every record ends in CRLF, quotes only around whole fields; throws otherwise. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let i = 0;
  while (i < text.length) {
    const row: string[] = [];
    for (;;) {
      let field = '';
      if (text[i] === '"') {
        i++;
        for (;;) {
          if (i >= text.length) throw new Error('unterminated quoted field');
          if (text[i] === '"' && text[i + 1] === '"') {
            field += '"';
            i += 2;
          } else if (text[i] === '"') {
            i++;
            break;
          } else {
            field += text[i];
            i++;
          }
        }
      } else {
        while (i < text.length && text[i] !== ',' && text[i] !== '\r') {
          if (text[i] === '"' || text[i] === '\n') throw new Error(`bare ${JSON.stringify(text[i])} at ${i}`);
          field += text[i];
          i++;
        }
      }
      row.push(field);
      if (text[i] === ',') {
        i++;
      } else if (text.startsWith('\r\n', i)) {
        i += 2;
        break;
      } else {
        throw new Error(`expected a comma or CRLF at ${i}`);
      }
    }
    rows.push(row);
  }
  return rows;
}

/** What a spreadsheet must see for each cell: the oracle, written independently of the writer. */
const TRIGGERS = ['=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20'];
function expectedField(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  return TRIGGERS.some((t) => cell.startsWith(t)) ? `'${cell}` : cell;
}

const noBom = { bom: false } as const;

/** Characters that stress the format, the formula check and non-Latin text. */
const tricky = fc.constantFrom(
  ',',
  '"',
  '\r',
  '\n',
  '\r\n',
  ' ',
  '=',
  '+',
  '-',
  '@',
  '\t',
  "'",
  'ə',
  'Ə',
  'ı',
  'ğ',
  'Ж',
  'щ',
  'a',
  '7',
  '.',
  '–',
  '😀',
);
const text = fc.oneof(
  fc.string({ unit: tricky, maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
);
const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
const cell: fc.Arbitrary<CsvCell> = fc.oneof(text, finite, fc.constant(null), fc.constant(undefined));
const rowsOf = <T>(arb: fc.Arbitrary<T>) =>
  fc.array(fc.array(arb, { minLength: 1, maxLength: 6 }), { maxLength: 8 });

describe('toCsv framing (RFC 4180)', () => {
  it('ends every record, the last included, with CRLF', () => {
    expect(toCsv([['a', 'b'], ['c']], noBom)).toBe('a,b\r\nc\r\n');
  });

  it('leaves a field without special characters unquoted', () => {
    expect(toCsv([['Port of Baku']], noBom)).toBe('Port of Baku\r\n');
  });

  it.each([
    ['a comma', 'a,b', '"a,b"'],
    ['a quote', 'say "hi"', '"say ""hi"""'],
    ['a line feed', 'a\nb', '"a\nb"'],
    ['a carriage return', 'a\rb', '"a\rb"'],
  ])('quotes a field containing %s and doubles its quotes', (_what, value, written) => {
    expect(toCsv([[value]], noBom)).toBe(`${written}\r\n`);
  });

  it('writes null and undefined as empty fields', () => {
    expect(toCsv([[null, 'x', undefined]], noBom)).toBe(',x,\r\n');
  });

  it('writes a record of one empty field as "" so it is not a blank line', () => {
    expect(toCsv([['']], noBom)).toBe('""\r\n');
  });

  it('keeps Azerbaijani and Cyrillic text as it is', () => {
    expect(toCsv([['Bakı–Tbilisi–Qars dəmir yolu', 'Железная дорога']], noBom)).toBe(
      'Bakı–Tbilisi–Qars dəmir yolu,Железная дорога\r\n',
    );
  });
});

describe('toCsv byte order mark', () => {
  it('starts with a UTF-8 byte order mark by default', () => {
    const bytes = new TextEncoder().encode(toCsv([['ə']]));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('has no byte order mark when bom is false', () => {
    expect(toCsv([['ə']], noBom).codePointAt(0)).toBe('ə'.codePointAt(0));
  });
});

describe('toCsv formula-injection safety', () => {
  it.each([
    ['=', '=SUM(A1:A9)'],
    ['+', '+1'],
    ['-', '-3.5'],
    ['@', '@cmd'],
    ['a tab', '\tx'],
    ['the full-width =', '\uFF1D1+1'],
  ])('prefixes an apostrophe to a string starting with %s', (_what, value) => {
    expect(toCsv([[value]], noBom)).toBe(`'${value}\r\n`);
  });

  it('prefixes an apostrophe to a string starting with a carriage return, inside the quotes', () => {
    expect(toCsv([['\rx']], noBom)).toBe(`"'\rx"\r\n`);
  });

  it('writes a negative number as a bare number', () => {
    expect(toCsv([[-3.5]], noBom)).toBe('-3.5\r\n');
  });

  it('leaves a formula character that is not the first character alone', () => {
    expect(toCsv([['a=b-c']], noBom)).toBe('a=b-c\r\n');
  });

  it('writes a number that has no spreadsheet value (NaN, Infinity) as an empty field', () => {
    expect(toCsv([[Number.NaN, Number.POSITIVE_INFINITY]], noBom)).toBe(',\r\n');
  });
});

describe('toCsv properties', () => {
  it('reads back, cell for cell, as the text a spreadsheet should show', () => {
    fc.assert(
      fc.property(rowsOf(cell), (rows) => {
        expect(parseCsv(toCsv(rows, noBom))).toEqual(rows.map((row) => row.map(expectedField)));
      }),
      { numRuns: 500 },
    );
  });

  it('reads back any string that cannot start a formula unchanged', () => {
    const safe = text.filter((s) => !TRIGGERS.some((t) => s.startsWith(t)));
    fc.assert(
      fc.property(rowsOf(safe), (rows) => {
        expect(parseCsv(toCsv(rows, noBom))).toEqual(rows);
      }),
      { numRuns: 300 },
    );
  });

  it('never yields a cell from a string that starts with = + - @ tab or CR', () => {
    fc.assert(
      fc.property(rowsOf(text), (rows) => {
        for (const field of parseCsv(toCsv(rows, noBom)).flat()) {
          expect(field).not.toMatch(/^[=+\-@\t\r]/);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('writes every finite number so it reads back as the same number, unprefixed', () => {
    fc.assert(
      fc.property(fc.array(finite, { minLength: 1, maxLength: 6 }), (numbers) => {
        const [fields = []] = parseCsv(toCsv([numbers], noBom));
        expect(fields.map(Number)).toEqual(numbers.map((n) => (Object.is(n, -0) ? 0 : n)));
        for (const field of fields) expect(field).not.toMatch(/^'/);
      }),
      { numRuns: 300 },
    );
  });

  it('puts exactly one byte order mark before what it writes without one', () => {
    fc.assert(
      fc.property(rowsOf(cell), (rows) => {
        expect(toCsv(rows)).toBe(`\uFEFF${toCsv(rows, noBom)}`);
      }),
    );
  });
});
