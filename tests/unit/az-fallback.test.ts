// The Azerbaijani formatting used where a browser's Intl lacks `az` data (Debian's Chromium).
import { describe, expect, it } from 'vitest';
import { azDate, azNumber, intlHasAzDates, intlHasAzNumbers } from '../../src/i18n/az-fallback';
import { formatDate, formatNumber } from '../../src/i18n/i18n';

describe('Azerbaijani fallback formatting', () => {
  it('writes a day-precision date as day, Azerbaijani month name, year', () => {
    expect(azDate(new Date(Date.UTC(2023, 10, 24)), 'day')).toBe('24 noyabr 2023');
  });

  it('writes a month-precision date as month name and year', () => {
    expect(azDate(new Date(Date.UTC(2024, 4, 1)), 'month')).toBe('may 2024');
  });

  it('writes a year-precision date as the year alone', () => {
    expect(azDate(new Date(Date.UTC(2030, 0, 1)), 'year')).toBe('2030');
  });

  it('groups thousands with a dot and writes decimals after a comma', () => {
    expect(azNumber(432284, 3)).toBe('432.284');
    expect(azNumber(6.5, 3)).toBe('6,5');
    expect(azNumber(4312.56, 3)).toBe('4.312,56');
  });

  it('agrees with full ICU data where the runtime has it (Node)', () => {
    expect(intlHasAzDates()).toBe(true);
    expect(intlHasAzNumbers()).toBe(true);
    const date = new Date(Date.UTC(2023, 10, 24));
    expect(azDate(date, 'day')).toBe(formatDate('2023-11-24', 'az'));
    expect(azNumber(432284.5, 3)).toBe(formatNumber(432284.5, 'az'));
  });
});
