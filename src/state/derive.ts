// Pure look-ups over the Dataset that panels need: what a feature is, its figures, disputes, events, articles.
import type { AtlasEvent, Country, Dataset, Figure, Lang, PlaceFeature, Route, Source } from '../data/schema';

export type Feature =
  | { kind: 'route'; id: string; route: Route }
  | { kind: 'place'; id: string; place: PlaceFeature }
  | { kind: 'country'; id: string; country: Country };

export function featureOf(dataset: Dataset, id: string): Feature | null {
  const route = dataset.routes.find((r) => r.id === id);
  if (route) return { kind: 'route', id, route };
  const place = dataset.places.find((p) => p.properties.id === id);
  if (place) return { kind: 'place', id, place };
  const country = dataset.countries.find((c) => c.id === id);
  if (country) return { kind: 'country', id, country };
  return null;
}

/** The feature's name in a language. */
export function nameOf(feature: Feature, lang: Lang): string {
  if (feature.kind === 'route') return feature.route.name[lang];
  if (feature.kind === 'place') return feature.place.properties.name[lang];
  return feature.country.name[lang];
}

/** Figures about a feature, grouped by metric, oldest period first. */
export function figuresFor(dataset: Dataset, id: string): Figure[] {
  const key = (f: Figure) =>
    `${f.metric}|${f.period?.from ?? f.asOf ?? ''}|${f.dispute ?? ''}|${f.asOf ?? ''}`;
  return dataset.figures.filter((f) => f.subject === id).sort((a, b) => key(a).localeCompare(key(b)));
}

/** Dispute id → the figures in it (only groups with two or more published values). */
export function disputesIn(figures: readonly Figure[]): Map<string, Figure[]> {
  const groups = new Map<string, Figure[]>();
  for (const figure of figures) {
    if (!figure.dispute) continue;
    groups.set(figure.dispute, [...(groups.get(figure.dispute) ?? []), figure]);
  }
  for (const [key, group] of groups) if (group.length < 2) groups.delete(key);
  return groups;
}

export function eventsFor(dataset: Dataset, countryId: string): AtlasEvent[] {
  return dataset.events
    .filter((e) => e.countries.includes(countryId))
    .sort((a, b) => a.date.localeCompare(b.date));
}

/** Sources about the feature, plus every source cited by its figures and events; newest first. */
export function articlesFor(
  dataset: Dataset,
  id: string,
  figures: readonly Figure[],
  events: readonly AtlasEvent[],
) {
  const cited = new Set([...figures.flatMap((f) => f.sources), ...events.flatMap((e) => e.sources)]);
  return dataset.sources
    .filter((s) => s.about.includes(id) || cited.has(s.id))
    .sort((a, b) => (b.published ?? '').localeCompare(a.published ?? ''));
}

export function sourceById(dataset: Dataset): Map<string, Source> {
  return new Map(dataset.sources.map((s) => [s.id, s]));
}

/**
 * Places worth listing on their own: every port, zone, capital and city, and the stations and crossings
 * that end a leg or carry figures. Stations a line is only drawn through stay on the map, not in the list.
 */
export function listedPlaceIds(dataset: Dataset): Set<string> {
  const ends = new Set(dataset.segments.flatMap((s) => [s.properties.from, s.properties.to]));
  const withFigures = new Set(dataset.figures.map((f) => f.subject));
  return new Set(
    dataset.places
      .filter((p) => {
        const { id, kind } = p.properties;
        return (kind !== 'station' && kind !== 'border-crossing') || ends.has(id) || withFigures.has(id);
      })
      .map((p) => p.properties.id),
  );
}
