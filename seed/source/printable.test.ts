import { describe, expect, it } from 'vitest';
import { printable } from './printable.js';

describe('printable file names', () => {
  it('escapes bidi overrides and control characters', () => {
    expect(printable('referat\u202Etxt.exe')).toBe('referat\\u{202E}txt.exe');
    expect(printable('a\nb\u0007.txt')).toBe('a\\u{000A}b\\u{0007}.txt');
  });
  it('leaves Norwegian letters and ordinary punctuation alone', () => {
    expect(printable('møte – Tromsø (2022).txt')).toBe('møte – Tromsø (2022).txt');
  });
});
