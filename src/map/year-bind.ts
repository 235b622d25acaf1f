// Loaded with the map (its own chunk): the year's feature-state for the routes, ports and trade shading.
import type { Dataset } from '../data/schema';
import type { Scale } from '../state/url';
import { defaultYear } from '../year/default-year';
import { tradeValues } from '../year/trade';
import { yearValues } from '../year/values';
import { type StateUpdate, type TargetsOf, yearStateUpdates } from './year-states';

export function yearStatesFor(dataset: Dataset, targetsOf: TargetsOf) {
  const fallbackYear = defaultYear(dataset);
  return (year: number | null, scale: Scale): readonly StateUpdate[] => {
    const shown = year ?? fallbackYear;
    return yearStateUpdates(yearValues(dataset, shown, scale), tradeValues(dataset, shown), targetsOf);
  };
}
