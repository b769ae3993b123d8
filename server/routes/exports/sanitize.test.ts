import { describe, expect, it } from 'vitest';
import { csvField, csvRow, csvSafe, xmlSafe } from './sanitize.js';

describe('csvSafe', () => {
  it('neutralises cells a spreadsheet would run as a formula', () => {
    for (const v of ['=SUM(A1)', '+47 22', '-1+1', '@cmd', '\t=x', '\r=x']) expect(csvSafe(v)).toBe(`'${v}`);
    expect(csvSafe('NUIT 37/22')).toBe('NUIT 37/22');
    expect(csvSafe('a=b')).toBe('a=b');
  });
  it('quotes fields with commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('si "ja"')).toBe('"si ""ja"""');
    expect(csvField('=1,2')).toBe('"\'=1,2"');
    expect(csvRow(['x', 3, undefined])).toBe('x,3,\r\n');
  });
});

describe('xmlSafe', () => {
  it('drops characters XML 1.0 does not allow and keeps the rest', () => {
    expect(xmlSafe('a\u000cb\u0000c\u0001')).toBe('abc');
    expect(xmlSafe('tab\tlf\ncr\r')).toBe('tab\tlf\ncr\r');
    expect(xmlSafe('\ufffe\uffff')).toBe('');
    expect(xmlSafe('bad \ud800 lone')).toBe('bad  lone');
    expect(xmlSafe('æøå 😀')).toBe('æøå 😀');
  });
});
