// The Compare view's controls: which itineraries to compare (at least two stay chosen) and the year whose
// capacities in force count for the bottleneck.
import type { Itinerary } from '../../data/schema';
import { useViewT } from '../i18n';
import { COMPARE_MESSAGES } from './messages';
import { MIN_CHOSEN, YEARS } from './model';

export function CompareChoice({
  itineraries,
  chosen,
  year,
  onChoose,
  onYear,
}: {
  itineraries: readonly Itinerary[];
  chosen: readonly boolean[];
  year: number;
  onChoose: (index: number, checked: boolean) => void;
  onYear: (year: number) => void;
}) {
  const { lang, vt } = useViewT(COMPARE_MESSAGES);
  const atMinimum = chosen.filter(Boolean).length <= MIN_CHOSEN;
  return (
    <form class="view-filters compare-choice" onSubmit={(e) => e.preventDefault()}>
      <fieldset>
        <legend>
          {vt('choose')} <span class="muted">{vt('chooseHint')}</span>
        </legend>
        {itineraries.map((itinerary, i) => (
          <label key={itinerary.id} class="compare-check">
            <input
              type="checkbox"
              checked={chosen[i] ?? true}
              disabled={(chosen[i] ?? true) && atMinimum}
              onChange={(e) => onChoose(i, (e.currentTarget as HTMLInputElement).checked)}
            />
            {itinerary.name[lang]}
          </label>
        ))}
      </fieldset>
      <label>
        {vt('year')}
        <select
          value={String(year)}
          onChange={(e) => onYear(Number((e.currentTarget as HTMLSelectElement).value))}
        >
          {YEARS.map((y) => (
            <option key={y} value={String(y)}>
              {y}
            </option>
          ))}
        </select>
      </label>
    </form>
  );
}
