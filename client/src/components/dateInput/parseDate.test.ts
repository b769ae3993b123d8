import { describe, expect, it } from 'vitest';
import { formatDate, parseDate } from './parseDate.js';

describe('a typed date', () => {
  it.each([
    ['7.3.2024', '2024-03-07'],
    ['07.03.2024', '2024-03-07'],
    [' 7. 3. 2024 ', '2024-03-07'],
    ['7/3/2024', '2024-03-07'],
    ['7-3-2024', '2024-03-07'],
    ['7.3.24', '2024-03-07'],
    ['2024-03-07', '2024-03-07'],
    ['29.02.2024', '2024-02-29'],
    ['31.12.2012', '2012-12-31'],
  ])('%j is %s', (text, iso) => expect(parseDate(text)).toEqual({ ok: true, iso }));

  it.each(['31.02.2024', '29.2.2023', '0.1.2024', '1.13.2024', '2024-02-30'])('%j does not exist', (text) =>
    expect(parseDate(text)).toEqual({ ok: false, reason: 'no-such-date' }),
  );

  it.each(['', 'i går', '03/07', '2024', '7.3.2024 kl 10', '1.1.202'])('%j is not a date as written', (text) =>
    expect(parseDate(text)).toEqual({ ok: false, reason: 'format' }),
  );
});

describe('a date shown', () => {
  it('is dd.mm.åååå in Norwegian whatever the browser, ISO in English', () => {
    expect(formatDate('2024-03-07', 'nb')).toBe('07.03.2024');
    expect(formatDate('2024-03-07', 'en')).toBe('2024-03-07');
    expect(formatDate(undefined, 'nb')).toBe('');
  });
});
