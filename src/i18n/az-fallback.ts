// Some browsers accept the `az` locale but format it with root-locale data ("2024 M05 20", "432,284", "6.5"):
// Debian's Chromium does. Detect that once and then format with Azerbaijani CLDR conventions instead: day
// month year with Azerbaijani month names, "." between thousands and "," before decimals.

/** Azerbaijani month names (CLDR, format context). */
export const AZ_MONTHS = [
  'yanvar',
  'fevral',
  'mart',
  'aprel',
  'may',
  'iyun',
  'iyul',
  'avqust',
  'sentyabr',
  'oktyabr',
  'noyabr',
  'dekabr',
] as const;

let datesOk: boolean | undefined;
let numbersOk: boolean | undefined;

/** True when Intl really has Azerbaijani month names (probe: May). */
export function intlHasAzDates(): boolean {
  datesOk ??=
    new Intl.DateTimeFormat('az-Latn-AZ', { month: 'long', timeZone: 'UTC' }).format(
      Date.UTC(2024, 4, 15),
    ) === 'may';
  return datesOk;
}

/** True when Intl really uses Azerbaijani separators (probe: 1234.5 → "1.234,5"). */
export function intlHasAzNumbers(): boolean {
  numbersOk ??= new Intl.NumberFormat('az-Latn-AZ').format(1234.5) === '1.234,5';
  return numbersOk;
}

/** Number with Azerbaijani separators, from Intl's own parts (rounding and digits stay Intl's). */
const partFormats = new Map<number, Intl.NumberFormat>();
export function azNumber(value: number, maximumFractionDigits: number): string {
  let format = partFormats.get(maximumFractionDigits);
  if (!format) {
    format = new Intl.NumberFormat('en-US', { maximumFractionDigits });
    partFormats.set(maximumFractionDigits, format);
  }
  return format
    .formatToParts(value)
    .map((part) => (part.type === 'group' ? '.' : part.type === 'decimal' ? ',' : part.value))
    .join('');
}

/** "20 may 2024", "may 2024" or "2024" for a UTC date at the given precision. */
export function azDate(date: Date, precision: 'year' | 'month' | 'day'): string {
  const year = String(date.getUTCFullYear());
  if (precision === 'year') return year;
  const month = AZ_MONTHS[date.getUTCMonth()] ?? '';
  return precision === 'month' ? `${month} ${year}` : `${date.getUTCDate()} ${month} ${year}`;
}
