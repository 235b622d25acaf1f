// The searchable documents of a data set: routes, places, member states and dated events, each with its
// name in az, ru and en and the id whose panel it opens (an event opens its first member state's panel).
import type { Dataset, Text3 } from '../data/schema';

export const DOC_KINDS = ['route', 'country', 'port', 'place', 'event'] as const;
export type DocKind = (typeof DOC_KINDS)[number];

export interface SearchDoc {
  /** Unique among documents: kind and record id. */
  readonly id: string;
  /** The selectable id (route, place or member state) that the document opens. */
  readonly target: string;
  readonly kind: DocKind;
  readonly name: Text3;
  /** An event's date (ISO, reduced precision allowed). */
  readonly date?: string;
}

export function buildDocuments(dataset: Dataset): SearchDoc[] {
  const members = new Set(dataset.countries.filter((c) => c.member).map((c) => c.id));
  const docs: SearchDoc[] = [
    ...dataset.routes.map(
      (r): SearchDoc => ({ id: `route:${r.id}`, target: r.id, kind: 'route', name: r.name }),
    ),
    ...dataset.countries
      .filter((c) => c.member)
      .map((c): SearchDoc => ({ id: `country:${c.id}`, target: c.id, kind: 'country', name: c.name })),
    ...dataset.places.map(
      ({ properties: p }): SearchDoc => ({
        id: `place:${p.id}`,
        target: p.id,
        kind: p.kind === 'port' ? 'port' : 'place',
        name: p.name,
      }),
    ),
  ];
  for (const event of dataset.events) {
    const target = event.countries.find((c) => members.has(c));
    if (target)
      docs.push({ id: `event:${event.id}`, target, kind: 'event', name: event.title, date: event.date });
  }
  return docs;
}
