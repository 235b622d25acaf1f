// Short citations ("Trend, 6 May 2024") shared by the chart, the table and the list view.
import type { Lang, Source } from '../data/schema';
import { formatDate } from '../i18n/i18n';

export function shortCitation(source: Source | undefined, lang: Lang): string {
  if (!source) return '';
  return `${source.publisher}, ${formatDate(source.published, lang)}`;
}

export function citations(ids: readonly string[], byId: ReadonlyMap<string, Source>, lang: Lang): string {
  return ids.map((id) => shortCitation(byId.get(id), lang)).filter(Boolean).join('; ');
}
