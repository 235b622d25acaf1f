// The Timeline view: every dated event on one axis from 1991 to today and as a list, filterable by country
// and kind (filter in the URL); each event links its sources and its countries' panels.
import type { Dataset } from '../../data/schema';
import { formatDate } from '../../i18n/i18n';
import { featureOf, nameOf } from '../../state/derive';
import { useApp } from '../../ui/context';
import { useViewT } from '../i18n';
import { TIMELINE_MESSAGES } from './messages';
import { eventOptions, filterEvents } from './model';
import { TimelineAxis } from './TimelineAxis';
import { TimelineItem } from './TimelineItem';
import '../views.css';

function countryName(dataset: Dataset, id: string, lang: 'az' | 'ru' | 'en') {
  const feature = featureOf(dataset, id);
  return feature ? nameOf(feature, lang) : id;
}

export default function TimelineView() {
  const { state, actions } = useApp();
  const { lang, t, vt } = useViewT(TIMELINE_MESSAGES);
  const dataset = state.dataset.value;
  if (!dataset) return <p role="status">{t('nav.loading')}</p>;
  const options = eventOptions(dataset);
  const raw = state.viewFilter.value;
  const filter = {
    country: options.countries.includes(raw.country ?? '') ? raw.country : undefined,
    kind: options.kinds.includes(raw.kind ?? '') ? raw.kind : undefined,
  };
  const events = filterEvents(dataset.events, filter);
  const set = (key: 'country' | 'kind') => (event: Event) => {
    const value = (event.currentTarget as HTMLSelectElement).value;
    const next: Record<string, string> = {};
    for (const k of ['country', 'kind'] as const) {
      const v = k === key ? value : filter[k];
      if (v) next[k] = v;
    }
    actions.setViewFilter(next);
  };
  const endYear = new Date().getUTCFullYear();
  return (
    <div class="view timeline-view">
      <h2 tabIndex={-1}>{vt('title')}</h2>
      <p class="view-intro">{vt('intro')}</p>
      <form class="view-filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          {vt('country')}
          <select value={filter.country ?? ''} onChange={set('country')}>
            <option value="">{vt('any')}</option>
            {options.countries.map((id) => (
              <option key={id} value={id}>
                {countryName(dataset, id, lang)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {vt('kind')}
          <select value={filter.kind ?? ''} onChange={set('kind')}>
            <option value="">{vt('any')}</option>
            {options.kinds.map((kind) => (
              <option key={kind} value={kind}>
                {vt(`kind.${kind}` as 'kind.visit')}
              </option>
            ))}
          </select>
        </label>
      </form>
      <p class="view-count" role="status">
        {vt('count', { shown: events.length, total: dataset.events.length })}
      </p>
      <TimelineAxis
        events={events}
        endYear={endYear}
        label={vt('axis', { from: formatDate('1991', lang), to: formatDate(String(endYear), lang) })}
      />
      {events.length === 0 ? (
        <p>{vt('none')}</p>
      ) : (
        <ol class="timeline-list">
          {events.map((event) => (
            <TimelineItem key={event.id} event={event} dataset={dataset} />
          ))}
        </ol>
      )}
    </div>
  );
}
