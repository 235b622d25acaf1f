// Message lookup for the on-demand views: each view ships its own catalogue (all three languages) in its
// own chunk, so the first screen's catalogue does not grow with them.
import type { Lang } from '../data/schema';
import type { Params } from '../i18n/i18n';
import { useT } from '../ui/context';

export type Catalogue<K extends string> = Readonly<Record<Lang, Readonly<Record<K, string>>>>;

export function fill(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** The main translator plus one bound to the view's own catalogue. */
export function useViewT<K extends string>(catalogue: Catalogue<K>) {
  const { lang, t } = useT();
  return { lang, t, vt: (key: K, params?: Params) => fill(catalogue[lang][key], params) };
}
