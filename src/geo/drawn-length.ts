// The drawn length of a route between two of its places (ends of legs or `via` stations), along its legs.
// Pure Turf; the panel shows it beside the published lengths, and the geometry checks compare the two.
import { distance, length, lineString } from '@turf/turf';
import type { PlaceFeature, RouteId, SegmentFeature } from '../data/schema';

/** A via place counts as a stop of its leg when a vertex lies this close to it. */
const STOP_TOLERANCE_KM = 0.05;

interface Hop {
  readonly to: string;
  readonly km: number;
}

/** Splits each leg at its from, via and to places (those found as vertices) into hops between stops. */
function hopsOf(segments: readonly SegmentFeature[], places: readonly PlaceFeature[], routeId: RouteId) {
  const at = new Map(places.map((p) => [p.properties.id, p.geometry.coordinates]));
  const hops = new Map<string, Hop[]>();
  for (const seg of segments) {
    const { route, from, via = [], to } = seg.properties;
    if (route !== routeId) continue;
    const coords = seg.geometry.coordinates.map(([lon, lat]) => [lon, lat]);
    const stops: { id: string; index: number }[] = [{ id: from, index: 0 }];
    for (const id of via) {
      const place = at.get(id);
      const previous = stops[stops.length - 1]?.index ?? 0;
      const index = place
        ? coords.findIndex(
            (c, k) => k > previous && distance(c, [...place], { units: 'kilometers' }) <= STOP_TOLERANCE_KM,
          )
        : -1;
      if (index > 0) stops.push({ id, index });
    }
    stops.push({ id: to, index: coords.length - 1 });
    for (let i = 1; i < stops.length; i++) {
      const a = stops[i - 1];
      const b = stops[i];
      if (!a || !b || b.index <= a.index) continue;
      const km = length(lineString(coords.slice(a.index, b.index + 1)), { units: 'kilometers' });
      hops.set(a.id, [...(hops.get(a.id) ?? []), { to: b.id, km }]);
    }
  }
  return hops;
}

/**
 * Kilometres along the route's drawn legs from place `fromId` to place `toId`, in the legs' direction, by the
 * shortest chain of legs (a route that forks, like the TITR at Tbilisi, has several); null when none leads
 * there. Either place may be a leg end or one of its `via` stations.
 */
export function drawnLengthKm(
  segments: readonly SegmentFeature[],
  places: readonly PlaceFeature[],
  routeId: RouteId,
  fromId: string,
  toId: string,
): number | null {
  const hops = hopsOf(segments, places, routeId);
  const best = new Map<string, number>([[fromId, 0]]);
  const open = [fromId];
  // Few stops and no negative lengths: relaxing until nothing improves is enough.
  while (open.length > 0) {
    const at = open.shift() ?? fromId;
    const km = best.get(at) ?? 0;
    for (const hop of hops.get(at) ?? []) {
      const next = km + hop.km;
      if (next < (best.get(hop.to) ?? Infinity)) {
        best.set(hop.to, next);
        open.push(hop.to);
      }
    }
  }
  return best.get(toId) ?? null;
}
