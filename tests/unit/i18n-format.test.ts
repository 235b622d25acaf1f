// Exact outputs of the i18n functions in az, ru and en on Node's full ICU: units, grouping, ranges, dates
// at each precision, periods and placeholders. Separators are written as \u escapes (checked with node -e).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Lang } from '../../src/data/schema';
import {
  formatDate,
  formatKm,
  formatNumber,
  formatPeriod,
  formatValue,
  loadCatalogue,
  translate,
} from '../../src/i18n/i18n';

beforeAll(async () => {
  await Promise.all([loadCatalogue('az'), loadCatalogue('ru')]);
});

const NBSP = '\u00a0'; // ru thousands separator
const NNBSP = '\u202f'; // ru: narrow no-break space before "г." inside a date range
const THIN = '\u2009'; // around the en dash in en/az date ranges
const EN_DASH = '\u2013';
const EM_DASH = '\u2014';

interface Expected {
  grouped: string;
  perYearMt: string;
  tonnes: string;
  rangeMt: string;
  decimalMt: string;
  teuPerYear: string;
  usdMillion: string;
  km: string;
  day: string;
  month: string;
  year: string;
  singleYear: string;
  janToOct: string;
  yearRange: string;
  since: string;
  mixedPrecision: string;
  selected: string;
  disputeNote: string;
}

const EXPECTED: Record<Lang, Expected> = {
  en: {
    grouped: '432,284',
    perYearMt: '5 Mt/yr',
    tonnes: '432,284 t',
    rangeMt: `17${EN_DASH}18 Mt`,
    decimalMt: '2.5 Mt',
    teuPerYear: '25,000 TEU/yr',
    usdMillion: '529 million US dollars',
    km: '1,235 km',
    day: '24 November 2023',
    month: 'November 2023',
    year: '2023',
    singleYear: '2022',
    janToOct: `January${THIN}${EN_DASH}${THIN}October 2022`,
    yearRange: `2017${THIN}${EN_DASH}${THIN}2030`,
    since: 'from 20 May 2024',
    mixedPrecision: `2022 ${EN_DASH} June 2023`,
    selected: 'Port of Baku selected',
    disputeNote: 'Sources disagree on Cargo carried, 2022: 3 published values, all listed below.',
  },
  az: {
    grouped: '432.284',
    perYearMt: '5 mln t/il',
    tonnes: '432.284 t',
    rangeMt: `17${EN_DASH}18 mln t`,
    decimalMt: '2,5 mln t',
    teuPerYear: '25.000 TEU/il',
    usdMillion: '529 mln ABŞ dolları',
    km: '1.235 km',
    day: '24 noyabr 2023',
    month: 'noyabr 2023',
    year: '2023',
    singleYear: '2022',
    janToOct: `yanvar${EN_DASH}oktyabr 2022`,
    yearRange: `2017${EN_DASH}2030`,
    since: '20 may 2024 tarixindən etibarən',
    mixedPrecision: `2022 ${EN_DASH} iyun 2023`,
    selected: 'Port of Baku seçildi',
    disputeNote:
      '«Cargo carried, 2022» üzrə mənbələr fərqlidir: 3 dərc olunmuş dəyər var, hamısı aşağıda verilib.',
  },
  ru: {
    grouped: `432${NBSP}284`,
    perYearMt: '5 млн т/год',
    tonnes: `432${NBSP}284 т`,
    rangeMt: `17${EN_DASH}18 млн т`,
    decimalMt: '2,5 млн т',
    teuPerYear: `25${NBSP}000 TEU/год`,
    usdMillion: '529 млн долл. США',
    km: `1${NBSP}235 км`,
    day: '24 ноября 2023 г.',
    month: 'ноябрь 2023 г.',
    year: '2023',
    singleYear: '2022',
    janToOct: `январь 2022${NNBSP}г. ${EN_DASH} октябрь 2022${NNBSP}г.`,
    yearRange: `2017${EN_DASH}2030`,
    since: 'с 20 мая 2024 г.',
    mixedPrecision: `2022 ${EN_DASH} июнь 2023 г.`,
    selected: 'Выбрано: Port of Baku',
    disputeNote: `Источники расходятся в оценке показателя «Cargo carried, 2022»: опубликованных значений ${EM_DASH} 3, все они приведены ниже.`,
  },
};

const LANGS: readonly Lang[] = ['az', 'ru', 'en'];

describe.each(LANGS)('formatting in %s', (lang) => {
  const want = EXPECTED[lang];

  it('groups thousands the way Intl does for the locale', () => {
    expect(formatNumber(432284, lang)).toBe(want.grouped);
  });

  it('writes a per-year tonnage with the translated unit', () => {
    expect(formatValue(5, 'Mt/yr', lang)).toBe(want.perYearMt);
  });

  it('writes tonnes with the locale grouping', () => {
    expect(formatValue(432284, 't', lang)).toBe(want.tonnes);
  });

  it('writes a range of values with an en dash', () => {
    expect(formatValue(17, 'Mt', lang, 18)).toBe(want.rangeMt);
  });

  it('writes a decimal value with the locale decimal separator', () => {
    expect(formatValue(2.5, 'Mt', lang)).toBe(want.decimalMt);
  });

  it('writes a per-year container count', () => {
    expect(formatValue(25000, 'TEU/yr', lang)).toBe(want.teuPerYear);
  });

  it('writes a money value in millions of US dollars', () => {
    expect(formatValue(529, 'USD-million', lang)).toBe(want.usdMillion);
  });

  it('rounds kilometres to whole numbers', () => {
    expect(formatKm(1234.6, lang)).toBe(want.km);
  });

  it('writes a full date at day precision', () => {
    expect(formatDate('2023-11-24', lang)).toBe(want.day);
  });

  it('writes a month-precision date without a day', () => {
    expect(formatDate('2023-11', lang)).toBe(want.month);
  });

  it('writes a year-precision date as the year alone', () => {
    expect(formatDate('2023', lang)).toBe(want.year);
  });

  it('writes a period of one year as that year', () => {
    expect(formatPeriod({ from: '2022', to: '2022' }, lang)).toBe(want.singleYear);
  });

  it('writes January to October of one year as an Intl month range', () => {
    expect(formatPeriod({ from: '2022-01', to: '2022-10' }, lang)).toBe(want.janToOct);
  });

  it('writes a range of years as an Intl year range', () => {
    expect(formatPeriod({ from: '2017', to: '2030' }, lang)).toBe(want.yearRange);
  });

  it('writes an open period as "from" a date', () => {
    expect(formatPeriod({ from: '2024-05-20' }, lang)).toBe(want.since);
  });

  it('joins ends of different precision with the period.range message', () => {
    expect(formatPeriod({ from: '2022', to: '2023-06' }, lang)).toBe(want.mixedPrecision);
  });

  it('fills a placeholder in a message', () => {
    expect(translate(lang, 'announce.selected', { name: 'Port of Baku' })).toBe(want.selected);
  });

  it('fills several placeholders, a number among them', () => {
    expect(translate(lang, 'dispute.note', { what: 'Cargo carried, 2022', count: 3 })).toBe(want.disputeNote);
  });

  it('leaves a placeholder visible when its parameter is missing', () => {
    expect(translate(lang, 'announce.selected')).toContain('{name}');
  });

  it('keeps the product name untranslated', () => {
    expect(translate(lang, 'app.title')).toBe('Corridor Atlas');
  });
});
