// Pure model of the Sources view: what each source supports (features, figures, events), filtering by
// feature, type and language, and sorting by date. No DOM; the view and the exports read it.
import type { Dataset, Figure, Source } from '../../data/schema';

export interface SourceRow {
  source: Source;
  /** Publication date ('' when only an accessed date is known): what the list sorts by. */
  date: string;
  /** Feature ids the source is about or supports through its figures and events. */
  features: readonly string[];
  figures: readonly Figure[];
  eventIds: readonly string[];
}

export interface SourceFilter {
  feature?: string | undefined;
  type?: string | undefined;
  lang?: string | undefined;
  sort?: 'new' | 'old' | undefined;
}

export function sourceRows(dataset: Dataset): SourceRow[] {
  return dataset.sources.map((source) => {
    const figures = dataset.figures.filter((f) => f.sources.includes(source.id));
    const events = dataset.events.filter((e) => e.sources.includes(source.id));
    const features = new Set([
      ...source.about,
      ...figures.map((f) => f.subject),
      ...events.flatMap((e) => e.countries),
    ]);
    return {
      source,
      date: source.published ?? '',
      features: [...features],
      figures,
      eventIds: events.map((e) => e.id),
    };
  });
}

export function filterRows(rows: readonly SourceRow[], filter: SourceFilter): SourceRow[] {
  const kept = rows.filter(
    (row) =>
      (!filter.feature || row.features.includes(filter.feature)) &&
      (!filter.type || row.source.type === filter.type) &&
      (!filter.lang || row.source.language === filter.lang),
  );
  const direction = filter.sort === 'old' ? 1 : -1;
  // Dates of reduced precision sort as their first day; undated sources come last either way; ties keep
  // the data file's order (stable sort).
  return kept.sort((a, b) =>
    !a.date || !b.date ? Number(!a.date) - Number(!b.date) : direction * a.date.localeCompare(b.date),
  );
}

/** The values present in the data for each filter, for the filter menus. */
export function filterOptions(rows: readonly SourceRow[]) {
  const unique = (values: string[]) => [...new Set(values)].sort();
  return {
    features: unique(rows.flatMap((r) => [...r.features])),
    types: unique(rows.map((r) => r.source.type)),
    langs: unique(rows.map((r) => r.source.language)),
  };
}

/** The URL filter (`f=`) as a SourceFilter, keeping only values that exist in the data. */
export function filterFromUrl(
  raw: Readonly<Record<string, string>>,
  options: ReturnType<typeof filterOptions>,
): SourceFilter {
  const pick = (value: string | undefined, allowed: readonly string[]) =>
    value !== undefined && allowed.includes(value) ? value : undefined;
  return {
    feature: pick(raw.feature, options.features),
    type: pick(raw.type, options.types),
    lang: pick(raw.lang, options.langs),
    sort: raw.sort === 'old' ? 'old' : undefined,
  };
}

export function filterToUrl(filter: SourceFilter): Record<string, string> {
  const out: Record<string, string> = {};
  if (filter.feature) out.feature = filter.feature;
  if (filter.type) out.type = filter.type;
  if (filter.lang) out.lang = filter.lang;
  if (filter.sort === 'old') out.sort = 'old';
  return out;
}
