// Paints the prerendered shell (build/prerender.ts) in the reader's language before the app's modules run:
// the language from `?lang=`, else the browser's first language among az, ru and en, else English, the
// same choice as src/state/url.ts (parseQuery, preferredLang; tests/unit/shell-script.test.ts holds them
// together). Inlined into index.html by build/prerender.ts; the Content-Security-Policy allows it by hash.
(() => {
  const langs = ['az', 'ru', 'en'];
  let lang = null;
  try {
    const search = location.search.length > 4096 ? '' : location.search;
    const wanted = new URLSearchParams(search).get('lang');
    if (wanted !== null && wanted.length <= 200 && langs.includes(wanted)) lang = wanted;
  } catch {
    // An unreadable query: fall back to the browser's languages.
  }
  if (lang === null) {
    const tags = navigator.languages ?? [navigator.language];
    for (const tag of tags) {
      const base = String(tag).toLowerCase().split('-')[0];
      if (langs.includes(base)) {
        lang = base;
        break;
      }
    }
  }
  lang ??= 'en';
  const root = document.getElementById('app');
  const template = document.getElementById(`shell-${lang}`);
  if (!root || !template || root.firstChild) return;
  root.appendChild(template.content.cloneNode(true));
  document.documentElement.lang = lang;
})();
