// Short citations ("Trend, 6 May 2024") shared by the chart, the table and the list view.
import type { Figure, Lang, Source } from '../data/schema';
import { formatDate, translate } from '../i18n/i18n';

/** The source's date as shown: its publication date, or "undated, accessed …" when only that is known. */
export function sourceDate(source: Source, lang: Lang): string {
  if (source.published) return formatDate(source.published, lang);
  return translate(lang, 'cite.undated', { date: formatDate(source.accessed ?? '', lang) });
}

export function shortCitation(source: Source | undefined, lang: Lang): string {
  if (!source) return '';
  return `${source.publisher}, ${sourceDate(source, lang)}`;
}

export function citations(ids: readonly string[], byId: ReadonlyMap<string, Source>, lang: Lang): string {
  return ids
    .map((id) => shortCitation(byId.get(id), lang))
    .filter(Boolean)
    .join('; ');
}

/** A figure's as-of date, or a plain statement that no source dates it. */
export function figureDate(figure: Figure, lang: Lang): string {
  return figure.asOf ? formatDate(figure.asOf, lang) : translate(lang, 'table.undated');
}
