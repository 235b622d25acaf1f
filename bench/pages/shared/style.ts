// The reference pages' MapLibre style: the app's twelve layers (src/map/style.ts) with the same colours, widths
// and feature-state expressions, but every source loaded by URL from the raw geo/ files (no app data model).
import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
  SourceSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import countryLabelsUrl from '../../../geo/basemap/country-labels.geojson?url';
import placesUrl from '../../../geo/places.geojson?url';
import routesUrl from '../../../geo/routes.geojson?url';
import { COLORS } from '../../../src/map/style';

/** The basemap part, the only thing floor and naive pages draw differently. */
export interface Basemap {
  sources: Record<string, SourceSpecification>;
  /** Source of the land fill. */
  land: string;
  /** Source of the country polygons and the filter that picks the member states. */
  countries: string;
  member: FilterSpecification;
  /** Source of the dashed border lines. */
  borders: string;
}

const FONT = ['DejaVu Sans', 'Noto Sans', 'Arial', 'sans-serif'];
const hovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];
const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
const mainPlace: ExpressionSpecification = [
  'match',
  ['get', 'id'],
  ['port-of-baku', 'alat-fez'],
  true,
  false,
];

/** As the app's (src/map/style.ts): the width a year change set (feature-state widthPx), else `base`. */
function routeWidth(base: number): ExpressionSpecification {
  const w: ExpressionSpecification = ['number', ['coalesce', ['feature-state', 'widthPx'], base]];
  return ['case', selected, ['+', w, 2.5], hovered, ['+', w, 1.5], w];
}

export function absolute(url: string): string {
  return new URL(url, document.baseURI).href;
}

export type Lang = keyof typeof __BENCH_COUNTRY_NAMES__;

/** Place names are nested in the raw file: name.{az,ru,en}. */
export function placeLabelField(lang: Lang): ExpressionSpecification {
  return ['get', lang, ['get', 'name']];
}

/** Country names by id, inlined at build time from data/countries.json. */
export function countryLabelField(lang: Lang): ExpressionSpecification {
  const pairs = Object.entries(__BENCH_COUNTRY_NAMES__[lang]).flat();
  return ['match', ['get', 'id'], ...pairs, ['get', 'id']] as unknown as ExpressionSpecification;
}

export function bareStyle(basemap: Basemap): StyleSpecification {
  const memberLabel: ExpressionSpecification = ['in', ['get', 'id'], ['literal', __BENCH_MEMBER_IDS__]];
  const layers: LayerSpecification[] = [
    { id: 'background', type: 'background', paint: { 'background-color': COLORS.water } },
    { id: 'land', type: 'fill', source: basemap.land, paint: { 'fill-color': COLORS.land } },
    {
      id: 'member-fill',
      type: 'fill',
      source: basemap.countries,
      filter: basemap.member,
      paint: {
        'fill-color': ['case', selected, COLORS.memberSelected, hovered, COLORS.memberHover, COLORS.member],
        'fill-opacity': 0.85,
      },
    },
    {
      id: 'member-outline',
      type: 'line',
      source: basemap.countries,
      filter: basemap.member,
      paint: { 'line-color': COLORS.memberOutline, 'line-width': ['case', selected, 2.5, 1.2] },
    },
    {
      id: 'borders',
      type: 'line',
      source: basemap.borders,
      paint: { 'line-color': COLORS.border, 'line-width': 0.8, 'line-dasharray': [3, 2] },
    },
    {
      id: 'route-titr-rail',
      type: 'line',
      source: 'routes',
      filter: ['all', ['==', ['get', 'route'], 'titr'], ['==', ['get', 'mode'], 'rail']],
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': ['case', selected, COLORS.selected, COLORS.titr],
        'line-width': routeWidth(3),
      },
    },
    {
      id: 'route-titr-sea',
      type: 'line',
      source: 'routes',
      filter: ['all', ['==', ['get', 'route'], 'titr'], ['==', ['get', 'mode'], 'sea']],
      layout: { 'line-cap': 'butt', 'line-join': 'round' },
      paint: {
        'line-color': ['case', selected, COLORS.selected, COLORS.titr],
        'line-width': routeWidth(3),
        'line-dasharray': [2, 1.5],
      },
    },
    {
      id: 'route-btk-casing',
      type: 'line',
      source: 'routes',
      filter: ['==', ['get', 'route'], 'btk'],
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': ['case', selected, COLORS.selected, COLORS.btk], 'line-width': routeWidth(5) },
    },
    {
      id: 'route-btk',
      type: 'line',
      source: 'routes',
      filter: ['==', ['get', 'route'], 'btk'],
      paint: {
        'line-color': '#ffffff',
        'line-width': ['*', ['number', ['coalesce', ['feature-state', 'widthPx'], 5]], 0.4],
        'line-dasharray': [2, 2],
      },
    },
    {
      id: 'places',
      type: 'circle',
      source: 'places',
      paint: {
        'circle-radius': ['case', mainPlace, 7, ['==', ['get', 'kind'], 'port'], 5.5, 4],
        'circle-color': [
          'match',
          ['get', 'kind'],
          'port',
          '#0f5e8c',
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
      id: 'place-labels',
      type: 'symbol',
      source: 'places',
      filter: ['match', ['get', 'kind'], ['port', 'capital', 'zone'], true, mainPlace],
      layout: {
        'text-field': placeLabelField('en'),
        'text-font': FONT,
        'text-size': ['case', mainPlace, 13, 12],
        'text-offset': [0, 1.1],
        'text-anchor': 'top',
        'text-optional': true,
      },
      paint: { 'text-color': COLORS.label, 'text-halo-color': COLORS.halo, 'text-halo-width': 1.5 },
    },
    {
      id: 'country-labels',
      type: 'symbol',
      source: 'country-labels',
      layout: {
        'text-field': countryLabelField('en'),
        'text-font': FONT,
        'text-size': ['case', memberLabel, 14, 12],
        'text-transform': 'uppercase',
        'text-letter-spacing': 0.08,
      },
      paint: {
        'text-color': ['case', memberLabel, '#5a4512', '#555555'],
        'text-halo-color': COLORS.halo,
        'text-halo-width': 1.2,
      },
    },
  ];
  return {
    version: 8,
    name: 'Corridor Atlas bench',
    sources: {
      ...basemap.sources,
      'country-labels': { type: 'geojson', data: absolute(countryLabelsUrl), promoteId: 'id' },
      routes: { type: 'geojson', data: absolute(routesUrl), promoteId: 'id' },
      places: { type: 'geojson', data: absolute(placesUrl), promoteId: 'id' },
    },
    layers,
  };
}
