// Which features the year control scales: the routes and the ports, by their selectable ids.
import type { Dataset } from '../data/schema';

export interface YearSubject {
  id: string;
  kind: 'route' | 'port';
}

export function yearSubjects(dataset: Dataset): YearSubject[] {
  return [
    ...dataset.routes.map((r) => ({ id: r.id, kind: 'route' as const })),
    ...dataset.places
      .filter((p) => p.properties.kind === 'port')
      .map((p) => ({ id: p.properties.id, kind: 'port' as const })),
  ];
}
