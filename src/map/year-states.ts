// Turns a year's per-feature volumes and trade classes into feature-state updates (widths, radii, kinds,
// classes) for the map: a year change only sets feature-state, never new data. Pure.

import { midpointMt, NO_DATA_RADIUS_PX, NO_DATA_WIDTH_PX, radiusPxFor, widthPxFor } from '../year/scale';
import type { TradeValue } from '../year/trade';
import type { YearValue } from '../year/values';
import { SOURCE } from './ids';

export interface StateUpdate {
  source: string;
  id: string;
  state: Record<string, string | number | boolean>;
}

export type TargetsOf = (id: string) => readonly { source: string; ids: readonly string[] }[];

export function yearStateUpdates(
  values: ReadonlyMap<string, YearValue>,
  trade: ReadonlyMap<string, TradeValue>,
  targetsOf: TargetsOf,
): StateUpdate[] {
  const updates: StateUpdate[] = [];
  for (const [id, value] of values) {
    const mt = value.valueMt ? midpointMt(value.valueMt) : null;
    for (const target of targetsOf(id)) {
      const isRoute = target.source === SOURCE.routes;
      const state: StateUpdate['state'] = isRoute
        ? { widthPx: mt === null ? NO_DATA_WIDTH_PX : widthPxFor(mt), yearKind: value.kind }
        : { radiusPx: mt === null ? NO_DATA_RADIUS_PX : radiusPxFor(mt), yearKind: value.kind };
      for (const featureId of target.ids) updates.push({ source: target.source, id: featureId, state });
    }
  }
  for (const [id, value] of trade) {
    const state = { tradeClass: value.classIndex ?? -1, tradeNoData: value.classIndex === null };
    updates.push({ source: SOURCE.countries, id, state });
  }
  return updates;
}
