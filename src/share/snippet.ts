// Pure helpers for sharing a view: the embed URL of a page URL (its query plus embed=1, the camera hash
// kept) and the <iframe> snippet for it, with every attribute value escaped.

/** Escapes a value for a double-quoted HTML attribute. */
export function escapeAttribute(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** The page URL with `embed=1` in its query (set once, first), the rest of the query and the hash kept. */
export function embedUrl(href: string): string {
  const url = new URL(href);
  const params = new URLSearchParams(url.search);
  params.delete('embed');
  const rest = params.toString();
  url.search = rest ? `embed=1&${rest}` : 'embed=1';
  return url.href;
}

/**
 * What the embedded atlas may do in the host page's sandbox: run its scripts on its own origin (it loads its
 * modules and data from there; the host's origin stays out of reach, the frame being cross-origin), open
 * "Open in Corridor Atlas" and the sources in a new tab, and save downloads.
 */
export const EMBED_SANDBOX =
  'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads';

/** A sandboxed <iframe> that shows the view at `url`, named by `title` for assistive technology. */
export function embedSnippet(url: string, title: string): string {
  return `<iframe src="${escapeAttribute(url)}" title="${escapeAttribute(title)}" width="100%" height="480" loading="lazy" style="border:0" sandbox="${EMBED_SANDBOX}"></iframe>`;
}
