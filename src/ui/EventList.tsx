// Dated events for a country: visits, summits and documents signed, each with its sources.
import { useId } from 'preact/hooks';
import type { AtlasEvent, Source } from '../data/schema';
import { formatDate } from '../i18n/i18n';
import { citations } from './cite';
import { useT } from './context';

export function EventList({
  events,
  byId,
}: {
  events: readonly AtlasEvent[];
  byId: ReadonlyMap<string, Source>;
}) {
  const { lang, t } = useT();
  const eventsHeading = useId();
  return (
    <section class="panel-section" aria-labelledby={eventsHeading}>
      <h3 id={eventsHeading}>{t('panel.events')}</h3>
      {events.length === 0 ? (
        <p>{t('panel.noEvents')}</p>
      ) : (
        <ol class="events">
          {events.map((e) => (
            <li key={e.id}>
              <time dateTime={e.date}>
                {formatDate(e.date, lang)}
                {e.dateEnd && ` – ${formatDate(e.dateEnd, lang)}`}
              </time>{' '}
              <span>{e.title[lang]}</span>
              {e.documents && e.documents.length > 0 && (
                <details>
                  <summary>
                    {t('event.documents')} ({e.documents.length})
                  </summary>
                  <ul>
                    {e.documents.map((d) => (
                      <li key={d.en}>{d[lang]}</li>
                    ))}
                  </ul>
                </details>
              )}
              {e.note && <p class="note">{e.note[lang]}</p>}
              <p class="cite">{citations(e.sources, byId, lang)}</p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
