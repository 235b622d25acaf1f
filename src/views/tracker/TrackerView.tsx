// The forecast tracker: who predicted what, for when, and whether it came true (src/analysis/forecasts.ts),
// filterable by subject and outcome, sorted by target year or by the date said; the filter is in the URL.
import { forecastOutcomes } from '../../analysis/forecasts';
import { featureOf, nameOf } from '../../state/derive';
import { useApp } from '../../ui/context';
import { useViewT } from '../i18n';
import { TRACKER_MESSAGES, type TrackerKey } from './messages';
import { filterOutcomes, type TrackerFilter, trackerOptions } from './model';
import { TrackerRow } from './TrackerRow';
import '../views.css';

export default function TrackerView() {
  const { state, actions } = useApp();
  const { lang, t, vt } = useViewT(TRACKER_MESSAGES);
  const dataset = state.dataset.value;
  if (!dataset) return <p role="status">{t('nav.loading')}</p>;
  const today = new Date().toISOString().slice(0, 10);
  const all = forecastOutcomes(dataset, today);
  const options = trackerOptions(all);
  const raw = state.viewFilter.value;
  const filter: TrackerFilter = {
    subject: options.subjects.includes(raw.subject ?? '') ? raw.subject : undefined,
    outcome: options.outcomes.includes(raw.outcome ?? '') ? raw.outcome : undefined,
    sort: raw.sort === 'said' ? 'said' : undefined,
  };
  const rows = filterOutcomes(all, filter);
  const set = (key: keyof TrackerFilter) => (event: Event) => {
    const next = { ...filter, [key]: (event.currentTarget as HTMLSelectElement).value || undefined };
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(next)) if (v && !(k === 'sort' && v === 'year')) out[k] = v;
    actions.setViewFilter(out);
  };
  const name = (id: string) => {
    const feature = featureOf(dataset, id);
    return feature ? nameOf(feature, lang) : id;
  };
  return (
    <div class="view tracker-view">
      <h2 tabIndex={-1}>{vt('title')}</h2>
      <p class="view-intro">{vt('intro')}</p>
      <form class="view-filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          {vt('subject')}
          <select value={filter.subject ?? ''} onChange={set('subject')}>
            <option value="">{vt('any')}</option>
            {options.subjects.map((id) => (
              <option key={id} value={id}>
                {name(id)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {vt('outcome')}
          <select value={filter.outcome ?? ''} onChange={set('outcome')}>
            <option value="">{vt('any')}</option>
            {options.outcomes.map((k) => (
              <option key={k} value={k}>
                {vt(`outcome.${k}` as TrackerKey)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {vt('sort')}
          <select value={filter.sort ?? 'year'} onChange={set('sort')}>
            <option value="year">{vt('byYear')}</option>
            <option value="said">{vt('bySaid')}</option>
          </select>
        </label>
      </form>
      <p class="view-count" role="status">
        {vt('count', { shown: rows.length, total: all.length })}
      </p>
      <div class="table-scroll">
        <table class="tracker-table">
          <caption class="visually-hidden">{vt('title')}</caption>
          <thead>
            <tr>
              <th scope="col">{vt('subject')}</th>
              <th scope="col">{vt('said')}</th>
              <th scope="col">{vt('by')}</th>
              <th scope="col">{vt('forYear')}</th>
              <th scope="col">{vt('value')}</th>
              <th scope="col">{vt('result')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <TrackerRow key={row.figure.id} row={row} dataset={dataset} />
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
