import { describe, expect, it } from 'vitest';
import { xmlSafe } from './sanitize.js';

describe('xmlSafe', () => {
  it('drops characters XML 1.0 does not allow and keeps the rest', () => {
    expect(xmlSafe('a\u000cb\u0000c\u0001')).toBe('abc');
    expect(xmlSafe('tab\tlf\ncr\r')).toBe('tab\tlf\ncr\r');
    expect(xmlSafe('\ufffe\uffff')).toBe('');
    expect(xmlSafe('bad \ud800 lone')).toBe('bad  lone');
    expect(xmlSafe('æøå 😀')).toBe('æøå 😀');
  });
});
