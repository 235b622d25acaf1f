// "Cite this view": one citation string assembled from the view's title, URL and access date and the
// caller's wording (the lead's i18n catalogue), so this module holds no words of its own.

export interface CiteViewLabels {
  /** The work's name, e.g. "Corridor Atlas". */
  readonly site: string;
  /** The access note with a {date} slot, e.g. "accessed {date}" or "дата обращения: {date}". */
  readonly accessed: string;
  /** The closing credit, e.g. "Data: N. Asadova (2024) and the sources listed." */
  readonly data: string;
}

export interface CiteViewInput {
  /** The view's title, e.g. the route name. */
  readonly title: string;
  readonly url: string;
  /** The access date as it should be printed (the caller formats it; the atlas uses YYYY-MM-DD). */
  readonly accessed: string;
}

/** Ends with a full stop unless it already ends with sentence punctuation. */
function sentence(text: string): string {
  return /[.!?…]$/u.test(text) ? text : `${text}.`;
}

/** `<site>: <title>. <url> (<accessed>). <data>` */
export function citeView(input: CiteViewInput, labels: CiteViewLabels): string {
  const heading = sentence(`${labels.site.trim()}: ${input.title.trim()}`);
  const accessed = labels.accessed.replaceAll('{date}', input.accessed);
  return `${heading} ${input.url} (${accessed}). ${labels.data.trim()}`.trim();
}
