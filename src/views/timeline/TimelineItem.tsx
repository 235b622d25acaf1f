// One event of the Timeline view: date, kind, title, documents, note, its countries (each opens the
// country's panel), its sources (linked), and the corrected date where the source article misdates one.
import type { AtlasEvent, Dataset } from '../../data/schema';
import { formatDate } from '../../i18n/i18n';
import { featureOf, nameOf } from '../../state/derive';
import { safeHref } from '../../ui/Articles';
import { sourceDate } from '../../ui/cite';
import { useApp } from '../../ui/context';
import { useViewT } from '../i18n';
import { TIMELINE_MESSAGES } from './messages';
import { misdatedSources } from './model';

export function TimelineItem({ event, dataset }: { event: AtlasEvent; dataset: Dataset }) {
  const { actions } = useApp();
  const { lang, t, vt } = useViewT(TIMELINE_MESSAGES);
  const sources = dataset.sources.filter((s) => event.sources.includes(s.id));
  const countries = event.countries.flatMap((id) => {
    const feature = featureOf(dataset, id);
    return feature ? [{ id, name: nameOf(feature, lang) }] : [];
  });
  return (
    <li class="timeline-item" id={`event-${event.id}`}>
      <p class="timeline-head">
        <time dateTime={event.date}>
          {formatDate(event.date, lang)}
          {event.dateEnd && ` – ${formatDate(event.dateEnd, lang)}`}
        </time>{' '}
        <span class={`badge kind-${event.kind}`}>{vt(`kind.${event.kind}` as 'kind.visit')}</span>
      </p>
      <p class="timeline-title">{event.title[lang]}</p>
      {event.documents && event.documents.length > 0 && (
        <details>
          <summary>
            {t('event.documents')} ({event.documents.length})
          </summary>
          <ul>
            {event.documents.map((d) => (
              <li key={d.en}>{d[lang]}</li>
            ))}
          </ul>
        </details>
      )}
      {event.note && <p class="note">{event.note[lang]}</p>}
      {misdatedSources(dataset, event).map((s) => (
        <p key={s.id} class="note">
          {t('article.printedDate', {
            printed: formatDate(s.printedDate ?? '', lang),
            date: sourceDate(s, lang),
          })}
        </p>
      ))}
      <p class="source-supports">
        <span>{vt('countries')}: </span>
        {countries.map((c) => (
          <button key={c.id} type="button" class="link-button" onClick={() => actions.showOnMap(c.id)}>
            {c.name}
          </button>
        ))}
      </p>
      <p class="source-supports">
        <span>{vt('sources')}: </span>
        {sources.map((s, i) => {
          const href = safeHref(s.url);
          const label = `${s.publisher}, ${sourceDate(s, lang)}`;
          return (
            <span key={s.id}>
              {i > 0 && '; '}
              {href ? (
                <a href={href} target="_blank" rel="noopener noreferrer" hreflang={s.language}>
                  {label}
                  <span class="visually-hidden"> {t('article.newTab')}</span>
                </a>
              ) : (
                label
              )}
            </span>
          );
        })}
      </p>
    </li>
  );
}
