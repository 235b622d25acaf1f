// Message lookup and Intl-based formatting for the three languages of the article.
import type { Lang, Period, Unit } from '../data/schema';
import { azDate, azNumber, intlHasAzDates, intlHasAzNumbers } from './az-fallback';
import { en, type MessageKey } from './messages/en';

type Catalogue = Readonly<Record<MessageKey, string>>;

/**
 * English ships with the first screen (it is the reference and the fallback); Azerbaijani and Russian are
 * chunks of their own, loaded before the app renders in that language or switches to it (src/main.tsx,
 * actions.setLang), so a reader downloads one catalogue, not three.
 */
const loaded: Partial<Record<Lang, Catalogue>> = { en };
const LOADERS: Record<Lang, () => Promise<Catalogue>> = {
  en: () => Promise.resolve(en),
  az: () => import('./messages/az').then((m) => m.az),
  ru: () => import('./messages/ru').then((m) => m.ru),
};

export function catalogueLoaded(lang: Lang): boolean {
  return loaded[lang] !== undefined;
}

export async function loadCatalogue(lang: Lang): Promise<void> {
  loaded[lang] ??= await LOADERS[lang]();
}

/** BCP 47 locale used with Intl for each interface language. */
export const LOCALES: Record<Lang, string> = { az: 'az-Latn-AZ', ru: 'ru-RU', en: 'en-GB' };

/** The language names as their speakers write them (for the switch). */
export const LANG_NAMES: Record<Lang, string> = { az: 'Azərbaycanca', ru: 'Русский', en: 'English' };

export type Params = Record<string, string | number>;

export function translate(lang: Lang, key: MessageKey, params: Params = {}): string {
  const template = loaded[lang]?.[key] ?? en[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/**
 * Intl objects are costly to build (ICU loads locale data; a panel formats dozens of values): each is built
 * once per language and options, on first use, and kept.
 */
const intlObjects = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.Collator>();
function cachedIntl<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.Collator>(
  key: string,
  build: () => T,
): T {
  let object = intlObjects.get(key) as T | undefined;
  if (!object) {
    object = build();
    intlObjects.set(key, object);
  }
  return object;
}

export function formatNumber(value: number, lang: Lang, maximumFractionDigits = 3): string {
  if (lang === 'az' && !intlHasAzNumbers()) return azNumber(value, maximumFractionDigits);
  return numberFormat(lang, maximumFractionDigits).format(value);
}

function numberFormat(lang: Lang, maximumFractionDigits: number): Intl.NumberFormat {
  return cachedIntl(
    `number:${lang}:${maximumFractionDigits}`,
    () => new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits }),
  );
}

/** "5 Mt" / "5 mln t" / "5 млн т"; a range "17–18 Mt" when valueMax is given. */
export function formatValue(value: number, unit: Unit, lang: Lang, valueMax?: number): string {
  const number =
    valueMax === undefined
      ? formatNumber(value, lang)
      : lang === 'az' && !intlHasAzNumbers()
        ? `${azNumber(value, 3)}–${azNumber(valueMax, 3)}`
        : numberFormat(lang, 3).formatRange(value, valueMax);
  return translate(lang, `unit.${unit}` as MessageKey, { value: number });
}

/** Parse an ISO date of reduced precision into a UTC date and the precision it carries. */
export function parseIsoDate(iso: string): { date: Date; precision: 'year' | 'month' | 'day' } {
  const [y, m, d] = iso.split('-').map(Number);
  const precision = d !== undefined ? 'day' : m !== undefined ? 'month' : 'year';
  return { date: new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)), precision };
}

const DATE_OPTIONS: Record<'year' | 'month' | 'day', Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
};

/** "24 November 2023" / "24 noyabr 2023" / "24 ноября 2023 г.", at the precision of the ISO string. */
export function formatDate(iso: string, lang: Lang): string {
  const { date, precision } = parseIsoDate(iso);
  if (lang === 'az' && !intlHasAzDates()) return azDate(date, precision);
  return dateFormat(lang, precision).format(date);
}

function dateFormat(lang: Lang, precision: 'year' | 'month' | 'day'): Intl.DateTimeFormat {
  return cachedIntl(
    `date:${lang}:${precision}`,
    () => new Intl.DateTimeFormat(LOCALES[lang], DATE_OPTIONS[precision]),
  );
}

/** A figure's period: one date, an open "from" period, or a range formatted by Intl. */
export function formatPeriod(period: Period, lang: Lang): string {
  if (period.to === undefined)
    return translate(lang, 'period.since', { date: formatDate(period.from, lang) });
  if (period.to === period.from) return formatDate(period.from, lang);
  const from = parseIsoDate(period.from);
  const to = parseIsoDate(period.to);
  if (from.precision === to.precision && (lang !== 'az' || intlHasAzDates())) {
    return dateFormat(lang, from.precision).formatRange(from.date, to.date);
  }
  return translate(lang, 'period.range', {
    from: formatDate(period.from, lang),
    to: formatDate(period.to, lang),
  });
}

/** Compares two names the way a reader of `lang` alphabetizes them. */
export function compareNames(lang: Lang, a: string, b: string): number {
  return cachedIntl(`collator:${lang}`, () => new Intl.Collator(LOCALES[lang])).compare(a, b);
}

/**
 * Builds and first-uses the formatters a panel needs in `lang` (costly the first time: ICU loads its locale
 * data), so that the first click on a feature does not pay for it. Call when the page is idle.
 */
export function warmFormatters(lang: Lang): void {
  for (const digits of [0, 3]) formatNumber(1234.5, lang, digits);
  formatValue(1, 'Mt', lang, 2);
  formatPeriod({ from: '2024-05-20', to: '2024-06-20' }, lang);
  formatPeriod({ from: '2024-05', to: '2024-06' }, lang);
  formatPeriod({ from: '2023', to: '2024' }, lang);
}

export function formatKm(km: number, lang: Lang): string {
  return translate(lang, 'unit.km', { value: formatNumber(Math.round(km), lang, 0) });
}
