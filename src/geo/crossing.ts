// Which countries a route passes through, read from the places its legs start, end and pass through.
// Pure: no geometry, so a schematic line drawn across a third country never adds that country.
import type { PlaceFeature, RouteId, SegmentFeature } from '../data/schema';

/** Alpha-3 codes in order of first appearance along the route's legs (file order, from → via → to). */
export function countriesCrossed(
  routeId: RouteId,
  segments: readonly SegmentFeature[],
  places: readonly PlaceFeature[],
): string[] {
  const countryOf = new Map(places.map((p) => [p.properties.id, p.properties.country]));
  const result: string[] = [];
  for (const seg of segments) {
    const { route, from, via = [], to } = seg.properties;
    if (route !== routeId) continue;
    for (const placeId of [from, ...via, to]) {
      const country = countryOf.get(placeId);
      if (country !== undefined && !result.includes(country)) result.push(country);
    }
  }
  return result;
}
