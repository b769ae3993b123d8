import { describe, expect, it } from 'vitest';
import { findDates, parseDateSpan } from './dates.js';

describe('Norwegian dates', () => {
  it.each([
    ['31. august – 1. september 2022', '2022-08-31', '2022-09-01'],
    ['27. – 28. april 2022', '2022-04-27', '2022-04-28'],
    ['14.09.2022', '2022-09-14', '2022-09-14'],
    ['31.8.2022', '2022-08-31', '2022-08-31'],
    ['19. mai 2022', '2022-05-19', '2022-05-19'],
    ['16.februar 2023', '2023-02-16', '2023-02-16'],
    ['26.11.15', '2015-11-26', '2015-11-26'],
  ])('%s', (text, start, end) => {
    expect(parseDateSpan(text)).toMatchObject({ start, end });
  });

  it('fills in the year from context for "17. november"', () => {
    expect(parseDateSpan('forankre utredningen i NUIT 17. november', 2022)?.start).toBe('2022-11-17');
    expect(parseDateSpan('forankre utredningen i NUIT 17. november')).toBeUndefined();
  });

  it('rejects impossible dates and version numbers', () => {
    expect(findDates('versjon 22.3 og 31.02.2022')).toEqual([]);
  });
});
