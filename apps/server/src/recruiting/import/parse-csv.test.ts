import { describe, expect, it } from 'vitest';
import { parseCsv } from './parse-csv.ts';

describe('parseCsv', () => {
  it('reads quoted cells with separators, quotes and line breaks, and numbers the lines', () => {
    const result = parseCsv(
      '\uFEFFName,Email,Notes\r\n"Müller, Anna",anna@example.test,"said ""hi""\nand left"\r\n\r\nBob,bob@example.test,\n',
    );
    expect(result).toEqual({
      ok: true,
      header: ['Name', 'Email', 'Notes'],
      records: [
        { line: 2, cells: ['Müller, Anna', 'anna@example.test', 'said "hi"\nand left'] },
        { line: 5, cells: ['Bob', 'bob@example.test', ''] },
      ],
    });
  });

  it('uses the separator of the header: semicolons as German Excel writes them, or tabs', () => {
    expect(parseCsv('Name;E-Mail\nJörg;j@example.test')).toMatchObject({
      records: [{ cells: ['Jörg', 'j@example.test'] }],
    });
    expect(parseCsv('名前\tメール\n山田 太郎\tt@example.jp')).toMatchObject({
      header: ['名前', 'メール'],
      records: [{ cells: ['山田 太郎', 't@example.jp'] }],
    });
  });

  it('names the line of an unterminated quote or a stray quote', () => {
    expect(parseCsv('Name,Email\nok,a@example.test\n"broken,b@example.test\n')).toEqual({
      ok: false,
      line: 3,
    });
    expect(parseCsv('Name,Email\nst"ray,a@example.test')).toEqual({ ok: false, line: 2 });
  });
});
