// Words for a year's volumes: one feature's value ("6.3 Mt", "1–6.5 Mt (sources differ)", "no data for 2023")
// and the live-region announcement of a year change. Loaded on demand with the first change.
import type { Dataset, Lang, Source } from '../data/schema';
import { formatNumber } from '../i18n/i18n';
import { featureOf, nameOf, sourceById } from '../state/derive';
import type { Scale } from '../state/url';
import { fill } from '../views/i18n';
import { type YearValue, yearValues } from '../year/values';
import { citations } from './cite';
import { YEAR_LEGEND_MESSAGES, type YearLegendKey } from './year-legend-messages';

export const yt = (lang: Lang, key: YearLegendKey, params: Record<string, string | number> = {}) =>
  fill(YEAR_LEGEND_MESSAGES[lang][key], params);

const mt = (value: number, lang: Lang) => formatNumber(value, lang, 2);

export function describeValue(value: YearValue, year: number, lang: Lang): string {
  const range = value.valueMt;
  if (!range) return yt(lang, 'noData', { year });
  const text =
    range.min === range.max
      ? yt(lang, 'mt', { value: mt(range.min, lang) })
      : yt(lang, 'rangeMt', { min: mt(range.min, lang), max: mt(range.max, lang) });
  return value.kind === 'forecast' ? yt(lang, 'kind.forecast', { value: text }) : text;
}

/**
 * A year's value with the sources (publisher, date) of the figures it rests on ("0.43 Mt (ADY, 10 Jan
 * 2023)"); no data stays as it is. Pass `byId` when describing several values at once.
 */
export function describeSourced(
  dataset: Dataset,
  value: YearValue,
  year: number,
  lang: Lang,
  byId: ReadonlyMap<string, Source> = sourceById(dataset),
): string {
  const text = describeValue(value, year, lang);
  if (!value.valueMt) return text;
  const ids = dataset.figures.filter((f) => value.figureIds.includes(f.id)).flatMap((f) => f.sources);
  const sources = citations([...new Set(ids)], byId, lang);
  return sources ? yt(lang, 'sourced', { value: text, sources }) : text;
}

/** Routes by their short names (BTK, TITR), places by name. */
export function shortName(dataset: Dataset, id: string, lang: Lang): string {
  if (id === 'btk' || id === 'titr') return yt(lang, `name.${id}`);
  const feature = featureOf(dataset, id);
  return feature ? nameOf(feature, lang) : id;
}

export function yearAnnouncement(dataset: Dataset, year: number, scale: Scale, lang: Lang): string {
  const byId = sourceById(dataset);
  const parts = [...yearValues(dataset, year, scale)]
    .filter(([, value]) => value.valueMt !== null)
    .map(
      ([id, value]) => `${shortName(dataset, id, lang)} ${describeSourced(dataset, value, year, lang, byId)}`,
    );
  return yt(lang, 'announce', { year, list: parts.length > 0 ? parts.join(', ') : yt(lang, 'none') });
}
