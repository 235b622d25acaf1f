// Linked articles: title as published (in its own language), publisher, date, language and a safe link.
import { useId } from 'preact/hooks';
import type { Source } from '../data/schema';
import { formatDate } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages/en';
import { sourceDate } from './cite';
import { useT } from './context';

/** Only http(s) links ever reach an href; the schema already rejects others, this guards the sink. */
export function safeHref(url: string | undefined): string | undefined {
  return url && /^https?:\/\//i.test(url) ? url : undefined;
}

function Article({ source }: { source: Source }) {
  const { lang, t } = useT();
  const title = source.title ?? source.publisher;
  const href = safeHref(source.url);
  return (
    <li class="article">
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer" lang={source.language}>
          {title}
          <span class="visually-hidden"> {t('article.newTab')}</span>
        </a>
      ) : (
        <span lang={source.language}>{title}</span>
      )}
      <div class="article-meta">
        {source.title && <span>{source.publisher}</span>}
        <span>
          {source.published
            ? t('article.published', { date: formatDate(source.published, lang) })
            : sourceDate(source, lang)}
        </span>
        <span>
          {t('article.language', { lang: t(`source.lang.${source.language}` as MessageKey) })} (
          {source.language})
        </span>
        {source.inArticle && <span class="badge">{t('article.cited')}</span>}
        {!href && <span>{t('article.noUrl')}</span>}
      </div>
      {source.printedDate && (
        <p class="note">
          {t('article.printedDate', {
            printed: formatDate(source.printedDate, lang),
            date: sourceDate(source, lang),
          })}
        </p>
      )}
      {source.printedUrl && <p class="note">{t('article.printedUrl', { url: source.printedUrl })}</p>}
      {source.note && <p class="note">{source.note[lang]}</p>}
    </li>
  );
}

export function Articles({ sources }: { sources: readonly Source[] }) {
  const { t } = useT();
  const articlesHeading = useId();
  return (
    <section class="panel-section" aria-labelledby={articlesHeading}>
      <h3 id={articlesHeading}>{t('panel.articles')}</h3>
      {sources.length === 0 ? (
        <p>{t('panel.noArticles')}</p>
      ) : (
        <ul class="articles">
          {sources.map((s) => (
            <Article key={s.id} source={s} />
          ))}
        </ul>
      )}
    </section>
  );
}
