// The map style as plain typed data: an offline basemap from Natural Earth, the routes, places and
// labels. No glyphs URL: MapLibre draws text with local fonts (maplibre/maplibre-gl-js#4564).
import type {
  ExpressionSpecification,
  LayerSpecification,
  SourceSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import type { Lang } from '../data/schema';
import type { LayerKey } from '../state/url';
import type { MapData } from './data';
import { BASEMAP_EXTENT, HATCH_IMAGE, LAYER, SOURCE, TOGGLE_LAYERS } from './ids';

export interface BasemapUrls {
  land: string;
  countries: string;
  borders: string;
}

export const COLORS = {
  water: '#c6dcea',
  /** Beyond the basemap's extent: not sea, not land, just outside what the map draws. */
  outside: '#dedbd3',
  land: '#f3f0e8',
  member: '#ead7a4',
  memberHover: '#dfc27a',
  memberSelected: '#d3a93f',
  memberOutline: '#8a6a1f',
  border: '#8c8c8c',
  btk: '#1d1d1d',
  titr: '#b0125b',
  selected: '#0b57d0',
  label: '#1f1f1f',
  port: '#0f5e8c',
  halo: '#ffffff',
} as const;

/** Trade turnover classes, lightest to darkest (src/year/trade.ts TRADE_BREAKS_USD_M). */
export const TRADE_COLORS = ['#e3eef8', '#9ecae1', '#4292c6', '#08519c'] as const;

const FONT = ['DejaVu Sans', 'Noto Sans', 'Arial', 'sans-serif'];

const hovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];
const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];

/** The points source holds places and country label points (kind 'country'). */
const IS_COUNTRY: ExpressionSpecification = ['==', ['get', 'kind'], 'country'];
const IS_PLACE: ExpressionSpecification = ['!=', ['get', 'kind'], 'country'];

/** The label expression for a language: the name in that language, else English. */
export function labelField(lang: Lang): ExpressionSpecification {
  return ['coalesce', ['get', `name_${lang}`], ['get', 'name_en']];
}

/**
 * Invisible symbol layers that lay out every label in `langs` once (MapLibre rasterizes a glyph the first
 * time a label needs it, which made the first switch to Russian or Azerbaijani slow): added while the map
 * is idle and removed again, see MapView.warmGlyphs. They neither show nor take part in label collisions.
 */
export function glyphWarmLayers(langs: readonly Lang[]): LayerSpecification[] {
  const names: ExpressionSpecification = [
    'concat',
    ...langs.flatMap((lang) => [['get', `name_${lang}`], ' ']),
  ] as never;
  const layout = {
    'text-field': names,
    'text-font': FONT,
    'text-allow-overlap': true,
    'text-ignore-placement': true,
  };
  return [
    {
      id: 'glyph-warm-places',
      type: 'symbol',
      source: SOURCE.points,
      filter: IS_PLACE,
      layout,
      paint: { 'text-opacity': 0 },
    },
    {
      id: 'glyph-warm-countries',
      type: 'symbol',
      source: SOURCE.points,
      filter: IS_COUNTRY,
      layout: { ...layout, 'text-transform': 'uppercase' },
      paint: { 'text-opacity': 0 },
    },
  ];
}

/** The year's kind of value for a feature (src/year/values.ts), '' before the year binding ran. */
const yearKind: ExpressionSpecification = ['to-string', ['feature-state', 'yearKind']];
/** Solid lines give way to their dashed copies for a year with no figure or only a forecast. */
const SOLID_OPACITY: ExpressionSpecification = ['match', yearKind, ['none', 'forecast'], 0, 1];
const DASH_OPACITY: ExpressionSpecification = ['match', yearKind, 'none', 0.9, 'forecast', 0.55, 0];
const FAINT_OPACITY: ExpressionSpecification = ['match', yearKind, 'none', 0.4, 'forecast', 0.6, 1];
const tradeClass: ExpressionSpecification = ['number', ['coalesce', ['feature-state', 'tradeClass'], -1]];
const SHARED_OFFSET: ExpressionSpecification = ['case', ['get', 'shared'], 9, 0];

/** The width the year binding set (widthPx), else `basePx`; wider when hovered or selected. */
function routeWidth(basePx: number): ExpressionSpecification {
  const w: ExpressionSpecification = ['number', ['coalesce', ['feature-state', 'widthPx'], basePx]];
  return ['case', selected, ['+', w, 2.5], hovered, ['+', w, 1.5], w];
}

function dashedRoute(id: string, filter: ExpressionSpecification, color: string): LayerSpecification {
  return {
    id,
    type: 'line',
    source: SOURCE.routes,
    filter,
    paint: {
      'line-color': ['case', selected, COLORS.selected, color],
      'line-width': routeWidth(3),
      'line-dasharray': [2, 1.5],
      'line-offset': SHARED_OFFSET,
      'line-opacity': DASH_OPACITY,
    },
  };
}

export function buildStyle(
  basemap: BasemapUrls,
  data: MapData,
  lang: Lang,
  visible: readonly LayerKey[],
): StyleSpecification {
  const visibility = (layerId: string): 'visible' | 'none' => {
    const key = (Object.keys(TOGGLE_LAYERS) as LayerKey[]).find((k) => TOGGLE_LAYERS[k].includes(layerId));
    return key === undefined || visible.includes(key) ? 'visible' : 'none';
  };
  const [w, s0, e, n] = BASEMAP_EXTENT;
  const sources: Record<string, SourceSpecification> = {
    [SOURCE.extent]: {
      type: 'geojson',
      data: {
        type: 'Feature',
        properties: {},
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [w, s0],
              [e, s0],
              [e, n],
              [w, n],
              [w, s0],
            ],
          ],
        },
      },
    },
    [SOURCE.land]: { type: 'geojson', data: basemap.land, attribution: 'Natural Earth' },
    [SOURCE.countries]: { type: 'geojson', data: basemap.countries, promoteId: 'id' },
    [SOURCE.borders]: { type: 'geojson', data: basemap.borders },
    [SOURCE.routes]: { type: 'geojson', data: data.routes, promoteId: 'id' },
    [SOURCE.points]: {
      type: 'geojson',
      data: {
        type: 'FeatureCollection',
        features: [...data.places.features, ...data.countryLabels.features],
      },
      promoteId: 'id',
    },
  };
  const layers: LayerSpecification[] = [
    { id: LAYER.background, type: 'background', paint: { 'background-color': COLORS.outside } },
    { id: LAYER.water, type: 'fill', source: SOURCE.extent, paint: { 'fill-color': COLORS.water } },
    { id: LAYER.land, type: 'fill', source: SOURCE.land, paint: { 'fill-color': COLORS.land } },
    {
      id: LAYER.memberFill,
      type: 'fill',
      source: SOURCE.countries,
      filter: ['==', ['get', 'member'], true],
      paint: {
        'fill-color': ['case', selected, COLORS.memberSelected, hovered, COLORS.memberHover, COLORS.member],
        'fill-opacity': 0.85,
      },
    },
    {
      id: LAYER.tradeFill,
      type: 'fill',
      source: SOURCE.countries,
      filter: ['==', ['get', 'member'], true],
      paint: {
        'fill-color': [
          'match',
          tradeClass,
          0,
          TRADE_COLORS[0],
          1,
          TRADE_COLORS[1],
          2,
          TRADE_COLORS[2],
          TRADE_COLORS[3],
        ],
        'fill-opacity': ['case', ['>=', tradeClass, 0], 0.9, 0],
      },
    },
    {
      id: LAYER.tradeHatch,
      type: 'fill',
      source: SOURCE.countries,
      filter: ['==', ['get', 'member'], true],
      paint: {
        'fill-pattern': HATCH_IMAGE,
        'fill-opacity': ['case', ['boolean', ['feature-state', 'tradeNoData'], false], 1, 0],
      },
    },
    {
      id: LAYER.memberOutline,
      type: 'line',
      source: SOURCE.countries,
      filter: ['==', ['get', 'member'], true],
      paint: { 'line-color': COLORS.memberOutline, 'line-width': ['case', selected, 2.5, 1.2] },
    },
    {
      id: LAYER.borders,
      type: 'line',
      source: SOURCE.borders,
      paint: { 'line-color': COLORS.border, 'line-width': 0.8, 'line-dasharray': [3, 2] },
    },
    {
      id: LAYER.titrRail,
      type: 'line',
      source: SOURCE.routes,
      filter: ['all', ['==', ['get', 'route'], 'titr'], ['==', ['get', 'mode'], 'rail']],
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': ['case', selected, COLORS.selected, COLORS.titr],
        'line-width': routeWidth(3),
        // Legs that run along the BTK are drawn beside it (9 px), so both stay visible and clickable.
        'line-offset': SHARED_OFFSET,
        'line-opacity': SOLID_OPACITY,
      },
    },
    {
      id: LAYER.titrSea,
      type: 'line',
      source: SOURCE.routes,
      filter: ['all', ['==', ['get', 'route'], 'titr'], ['==', ['get', 'mode'], 'sea']],
      layout: { 'line-cap': 'butt', 'line-join': 'round' },
      paint: {
        'line-color': ['case', selected, COLORS.selected, COLORS.titr],
        'line-width': routeWidth(3),
        'line-dasharray': [2, 1.5],
        'line-opacity': FAINT_OPACITY,
      },
    },
    dashedRoute(
      LAYER.titrDash,
      ['all', ['==', ['get', 'route'], 'titr'], ['==', ['get', 'mode'], 'rail']],
      COLORS.titr,
    ),
    {
      id: LAYER.btkCasing,
      type: 'line',
      source: SOURCE.routes,
      filter: ['==', ['get', 'route'], 'btk'],
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': ['case', selected, COLORS.selected, COLORS.btk],
        'line-width': routeWidth(5),
        'line-opacity': SOLID_OPACITY,
      },
    },
    {
      // The railway symbol (dark casing, white dashes) tells BTK apart from the TITR without colour.
      id: LAYER.btkLine,
      type: 'line',
      source: SOURCE.routes,
      filter: ['==', ['get', 'route'], 'btk'],
      paint: {
        'line-color': '#ffffff',
        'line-width': ['*', ['number', ['coalesce', ['feature-state', 'widthPx'], 5]], 0.4],
        'line-dasharray': [2, 2],
        'line-opacity': SOLID_OPACITY,
      },
    },
    dashedRoute(LAYER.btkDash, ['==', ['get', 'route'], 'btk'], COLORS.btk),
    {
      id: LAYER.places,
      type: 'circle',
      source: SOURCE.points,
      filter: IS_PLACE,
      paint: {
        // Ports are sized by the year's volume (radiusPx, set by the year binding).
        'circle-radius': [
          'case',
          ['==', ['get', 'kind'], 'port'],
          ['number', ['coalesce', ['feature-state', 'radiusPx'], ['case', ['get', 'main'], 7, 5.5]]],
          ['get', 'main'],
          7,
          4,
        ],
        'circle-opacity': FAINT_OPACITY,
        'circle-stroke-opacity': FAINT_OPACITY,
        'circle-color': [
          'match',
          ['get', 'kind'],
          'port',
          COLORS.port,
          'zone',
          '#f2b705',
          'capital',
          '#ffffff',
          '#5f5f5f',
        ],
        'circle-stroke-color': ['case', selected, COLORS.selected, '#1f1f1f'],
        'circle-stroke-width': ['case', selected, 3, hovered, 2.5, 1.2],
      },
    },
    {
      id: LAYER.placeLabels,
      type: 'symbol',
      source: SOURCE.points,
      filter: [
        'all',
        IS_PLACE,
        ['match', ['get', 'kind'], ['port', 'capital', 'zone'], true, ['get', 'main']],
      ],
      layout: {
        'text-field': labelField(lang),
        'text-font': FONT,
        'text-size': ['case', ['get', 'main'], 13, 12],
        'text-offset': [0, 1.1],
        'text-anchor': 'top',
        'text-optional': true,
      },
      paint: { 'text-color': COLORS.label, 'text-halo-color': COLORS.halo, 'text-halo-width': 1.5 },
    },
    {
      id: LAYER.countryLabels,
      type: 'symbol',
      source: SOURCE.points,
      filter: IS_COUNTRY,
      layout: {
        'text-field': labelField(lang),
        'text-font': FONT,
        'text-size': ['case', ['get', 'member'], 14, 12],
        'text-transform': 'uppercase',
        'text-letter-spacing': 0.08,
      },
      paint: {
        'text-color': ['case', ['get', 'member'], '#5a4512', '#555555'],
        'text-halo-color': COLORS.halo,
        'text-halo-width': 1.2,
      },
    },
  ];
  for (const layer of layers) {
    const v = visibility(layer.id);
    if (v === 'none') layer.layout = { ...(layer.layout ?? {}), visibility: 'none' } as never;
  }
  return { version: 8, name: 'Corridor Atlas', sources, layers };
}
