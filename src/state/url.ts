// Pure URL <-> state helpers. The query holds what the app owns (selection, visible layers, language);
// the hash belongs to MapLibre's camera (`#map=zoom/lat/lng`). Parsing never throws: invalid parts are dropped.
import { LANGS, type Lang } from '../data/schema';

export const LAYER_KEYS = ['members', 'btk', 'titr', 'places', 'trade'] as const;
export type LayerKey = (typeof LAYER_KEYS)[number];
/** Layers shown when the URL names none: all but the trade shading, which is off until asked for. */
export const DEFAULT_LAYERS: readonly LayerKey[] = ['members', 'btk', 'titr', 'places'];

/** The years the map's year control spans. */
export const YEAR_MIN = 2017;
export const YEAR_MAX = 2030;
/** What route widths and port circles are scaled by. */
export const SCALES = ['cargo', 'capacity'] as const;
export type Scale = (typeof SCALES)[number];

/** Whole-page views beside the map, each loaded on demand (src/views/). */
export const VIEW_IDS = ['sources', 'tracker', 'compare', 'timeline'] as const;
export type ViewId = (typeof VIEW_IDS)[number];

/** A view's own filter in the URL (`f=key:value;key:value`): keys and values are short tokens. */
export type ViewFilter = Readonly<Record<string, string>>;

export interface UrlState {
  /** Selected feature id, or null. Only ids present in `knownIds` survive parsing. */
  selected: string | null;
  /** Visible layers; null means "not in the URL" (all visible). */
  layers: readonly LayerKey[] | null;
  lang: Lang | null;
  /** The open view, or null for the map alone. */
  view: ViewId | null;
  /** The open view's filter (empty when none). */
  filter: ViewFilter;
  /** The map's year, or null when the URL names none. */
  year: number | null;
  /** The scale of route widths and port circles; null when the URL names none (cargo). */
  scale: Scale | null;
  /** `embed=1`: the map, legend and panel only, for an <iframe> in another page. */
  embed: boolean;
}

const MAX_PARAM_LENGTH = 200;

function readParam(params: URLSearchParams, name: string): string | null {
  const value = params.get(name);
  if (value === null || value.length > MAX_PARAM_LENGTH) return null;
  return value;
}

/** Parse a query string (with or without the leading `?`). */
export function parseQuery(search: string, knownIds: ReadonlySet<string>): UrlState {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search.length > 4096 ? '' : search);
  } catch {
    params = new URLSearchParams();
  }
  const sel = readParam(params, 'sel');
  const rawLayers = readParam(params, 'layers');
  const rawLang = readParam(params, 'lang');
  const rawView = readParam(params, 'view');
  const view = (VIEW_IDS as readonly string[]).includes(rawView ?? '') ? (rawView as ViewId) : null;
  let layers: LayerKey[] | null = null;
  if (rawLayers !== null) {
    const wanted = new Set(rawLayers.split(','));
    layers = LAYER_KEYS.filter((key) => wanted.has(key));
  }
  return {
    selected: sel !== null && knownIds.has(sel) ? sel : null,
    layers,
    lang: (LANGS as readonly string[]).includes(rawLang ?? '') ? (rawLang as Lang) : null,
    view,
    filter: view ? parseFilter(readParam(params, 'f')) : {},
    embed: readParam(params, 'embed') === '1',
    year: parseYear(readParam(params, 'year')),
    scale: (SCALES as readonly string[]).includes(readParam(params, 'scale') ?? '')
      ? (readParam(params, 'scale') as Scale)
      : null,
  };
}

function parseYear(raw: string | null): number | null {
  if (raw === null || !/^\d{4}$/.test(raw)) return null;
  const year = Number(raw);
  return year >= YEAR_MIN && year <= YEAR_MAX ? year : null;
}

const FILTER_TOKEN = /^[A-Za-z0-9-]{1,40}$/;

/** `key:value;key:value` → record; pairs that are not short tokens are dropped. */
export function parseFilter(raw: string | null): ViewFilter {
  const filter: Record<string, string> = {};
  for (const pair of (raw ?? '').split(';')) {
    const [key, value, extra] = pair.split(':');
    if (extra === undefined && key && value && FILTER_TOKEN.test(key) && FILTER_TOKEN.test(value))
      filter[key] = value;
  }
  return filter;
}

export function serializeFilter(filter: ViewFilter): string {
  return Object.keys(filter)
    .filter((key) => FILTER_TOKEN.test(key) && FILTER_TOKEN.test(filter[key] ?? ''))
    .sort()
    .map((key) => `${key}:${filter[key]}`)
    .join(';');
}

/** Serialize to a query string (leading `?`, or '' when everything is default). */
export function serializeQuery(state: {
  selected: string | null;
  layers: readonly LayerKey[];
  lang: Lang;
  view?: ViewId | null;
  filter?: ViewFilter;
  year?: number | null;
  scale?: Scale | null;
  embed?: boolean;
}): string {
  const params = new URLSearchParams();
  if (state.embed) params.set('embed', '1');
  params.set('lang', state.lang);
  if (state.view) {
    params.set('view', state.view);
    const filter = serializeFilter(state.filter ?? {});
    if (filter) params.set('f', filter);
  }
  if (state.selected) params.set('sel', state.selected);
  if (state.year != null) params.set('year', String(state.year));
  if (state.scale && state.scale !== 'cargo') params.set('scale', state.scale);
  const isDefault =
    state.layers.length === DEFAULT_LAYERS.length &&
    DEFAULT_LAYERS.every((key) => state.layers.includes(key));
  if (!isDefault) {
    params.set('layers', LAYER_KEYS.filter((key) => state.layers.includes(key)).join(','));
  }
  const text = params.toString();
  return text ? `?${text.replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%3B/g, ';')}` : '';
}

/** The browser's preferred language among ours, else English. */
export function preferredLang(languages: readonly string[]): Lang {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    if ((LANGS as readonly string[]).includes(base ?? '')) return base as Lang;
  }
  return 'en';
}

/** MapLibre's camera hash (`map=zoom/lat/lng[/bearing/pitch]`), validated; null when absent or invalid. */
export function parseCameraHash(hash: string): { zoom: number; lat: number; lng: number } | null {
  const match = /(?:^#|&)map=([^&]*)/.exec(hash.length > 1000 ? '' : hash);
  if (!match?.[1]) return null;
  const [zoom, lat, lng] = match[1].split('/').map(Number);
  if (zoom === undefined || lat === undefined || lng === undefined) return null;
  if (![zoom, lat, lng].every(Number.isFinite)) return null;
  if (zoom < 0 || zoom > 22 || Math.abs(lat) > 85.06 || Math.abs(lng) > 180) return null;
  return { zoom, lat, lng };
}
