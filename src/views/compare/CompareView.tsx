// The Compare view: the itineraries side by side in one table (km by mode, countries and borders, mode and
// gauge changes, the bottleneck in a chosen year, the latest volume). Which itineraries and which year are
// kept in the URL filter: `show` is a bitmask in the order of dataset.itineraries, `year` a year.
import { useApp } from '../../ui/context';
import { useViewT } from '../i18n';
import { CompareChoice } from './CompareChoice';
import { CompareTable } from './CompareTable';
import { COMPARE_MESSAGES } from './messages';
import { compareColumns, decodeChoice, defaultYear, encodeChoice, parseYear } from './model';
import '../views.css';
import './compare.css';

export default function CompareView() {
  const { state, actions } = useApp();
  const { t, vt } = useViewT(COMPARE_MESSAGES);
  const dataset = state.dataset.value;
  if (!dataset) return <p role="status">{t('nav.loading')}</p>;
  const all = dataset.itineraries;
  const raw = state.viewFilter.value;
  const chosen = decodeChoice(raw.show, all.length);
  const fallbackYear = defaultYear(dataset, all);
  const year = parseYear(raw.year) ?? fallbackYear;
  const itineraries = all.filter((_, i) => chosen[i]);
  const columns = compareColumns(dataset, itineraries, year);

  const update = (nextChosen: readonly boolean[], nextYear: number) => {
    const filter: Record<string, string> = {};
    const show = encodeChoice(nextChosen);
    if (show) filter.show = show;
    if (nextYear !== fallbackYear) filter.year = String(nextYear);
    actions.setViewFilter(filter);
  };

  return (
    <div class="view compare-view">
      <h2 tabIndex={-1}>{vt('title')}</h2>
      <p class="view-intro">{vt('intro')}</p>
      <CompareChoice
        itineraries={all}
        chosen={chosen}
        year={year}
        onChoose={(index, checked) =>
          update(
            chosen.map((c, i) => (i === index ? checked : c)),
            year,
          )
        }
        onYear={(next) => update(chosen, next)}
      />
      <p class="view-count" role="status">
        {vt('count', { shown: itineraries.length, total: all.length })}
      </p>
      <CompareTable dataset={dataset} columns={columns} year={year} />
      <p class="muted">{vt('kmNote')}</p>
    </div>
  );
}
