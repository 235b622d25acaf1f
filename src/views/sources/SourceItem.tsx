// One source in the Sources view: title (a link that opens in a new tab), publisher, date, language, type,
// whether the article cites it, and the features and figures it supports (each opens that feature's panel).
import type { Dataset } from '../../data/schema';
import { formatPeriod, formatValue } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages/en';
import { featureOf, nameOf } from '../../state/derive';
import { safeHref } from '../../ui/Articles';
import { sourceDate } from '../../ui/cite';
import { useApp } from '../../ui/context';
import { useViewT } from '../i18n';
import { SOURCES_MESSAGES } from './messages';
import type { SourceRow } from './model';

export function SourceItem({ row, dataset }: { row: SourceRow; dataset: Dataset }) {
  const { actions } = useApp();
  const { lang, t, vt } = useViewT(SOURCES_MESSAGES);
  const { source } = row;
  const href = safeHref(source.url);
  const title = source.title ?? source.publisher;
  const features = row.features.flatMap((id) => {
    const feature = featureOf(dataset, id);
    return feature ? [{ id, name: nameOf(feature, lang) }] : [];
  });
  return (
    <li class="source-item" id={`source-${source.id}`}>
      <p class="source-title">
        {href ? (
          <a
            href={href}
            target="_blank"
            rel="noopener noreferrer"
            hreflang={source.language}
            lang={source.language}
          >
            {title}
            <span class="visually-hidden"> {t('article.newTab')}</span>
          </a>
        ) : (
          <span lang={source.language}>{title}</span>
        )}
      </p>
      <p class="article-meta">
        <span>{source.publisher}</span>
        {source.originalPublisher && <span>{vt('reprint', { publisher: source.originalPublisher })}</span>}
        <span>{sourceDate(source, lang)}</span>
        <span>{t(`source.lang.${source.language}` as MessageKey)}</span>
        <span>{vt(`type.${source.type}` as 'type.official')}</span>
        {source.inArticle && <span class="badge">{t('article.cited')}</span>}
      </p>
      {!href && source.noUrlReason && <p class="note">{vt('noUrl', { reason: source.noUrlReason[lang] })}</p>}
      {source.note && <p class="note">{source.note[lang]}</p>}
      {features.length > 0 && (
        <p class="source-supports">
          <span>{vt('supports')}: </span>
          {features.map((f) => (
            <button key={f.id} type="button" class="link-button" onClick={() => actions.showOnMap(f.id)}>
              {f.name}
            </button>
          ))}
          {row.eventIds.length > 0 && <span> · {vt('events', { count: row.eventIds.length })}</span>}
        </p>
      )}
      {row.figures.length > 0 && (
        <details class="source-figures">
          <summary>
            {vt('figures')} ({row.figures.length})
          </summary>
          <ul>
            {row.figures.map((figure) => (
              <li key={figure.id}>
                <button type="button" class="link-button" onClick={() => actions.showOnMap(figure.subject)}>
                  {t(`metric.${figure.metric}` as MessageKey)}
                  {figure.period ? `, ${formatPeriod(figure.period, lang)}` : ''}:{' '}
                  {formatValue(figure.value, figure.unit, lang, figure.valueMax)} (
                  {t(`status.${figure.status}` as MessageKey)})
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </li>
  );
}
