import { describe, expect, it } from 'vitest';
import { csvField, csvRow, neutraliseFormula, toCsv } from './csv.js';

describe('neutraliseFormula (OWASP CSV injection)', () => {
  it('prefixes a single quote to text a spreadsheet would run as a formula', () => {
    for (const v of ['=SUM(A1)', '+47 22', '-1+1', '@cmd', '\t=x', '\r=x']) expect(neutraliseFormula(v)).toBe(`'${v}`);
  });
  it('leaves text that only holds such characters later on', () => {
    expect(neutraliseFormula('NUIT 37/22')).toBe('NUIT 37/22');
    expect(neutraliseFormula('a=b')).toBe('a=b');
    expect(neutraliseFormula(' =1')).toBe(' =1');
  });
});

describe('csvField and csvRow', () => {
  it('quotes fields with commas, semicolons, quotes and line breaks (RFC 4180)', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('a;b')).toBe('"a;b"');
    expect(csvField('si "ja"')).toBe('"si ""ja"""');
    expect(csvField('=1,2')).toBe('"\'=1,2"');
    expect(csvField('\r=1')).toBe('"\'\r=1"');
  });
  it('writes numbers, booleans and missing values as data', () => {
    expect(csvRow(['x', -3, true, undefined, null])).toBe('x,-3,true,,\r\n');
  });
  it('makes a whole file with a BOM and CRLF records', () => {
    expect(
      toCsv([
        ['a', 1],
        ['@b', 2],
      ]),
    ).toBe("\uFEFFa,1\r\n'@b,2\r\n");
  });
});
