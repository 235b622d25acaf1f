// Source and layer ids as named constants, and which layers make up each toggle in the legend.
import type { LayerKey } from '../state/url';

/** The element the map view renders into (src/ui/App.tsx). */
export const MAP_CONTAINER_ID = 'map';

/** The extent of the clipped basemap (geo/basemap/meta.json bbox): water inside it, "outside" beyond. */
export const BASEMAP_EXTENT: readonly [number, number, number, number] = [20, 21, 100, 63];

/**
 * How far the camera may go: the basemap's longitudes, and latitudes wide enough that a tall phone screen
 * can show the whole region (what lies beyond the basemap is drawn as "outside the map", not as sea).
 */
export const CAMERA_BOUNDS: [number, number, number, number] = [0, -45, 140, 75];

export const SOURCE = {
  extent: 'basemap-extent',
  land: 'basemap-land',
  countries: 'basemap-countries',
  borders: 'basemap-borders',
  routes: 'routes',
  /** Places and the country label points in one source, so a language switch re-lays out one source. */
  points: 'points',
} as const;

export const LAYER = {
  background: 'background',
  water: 'water',
  land: 'land',
  memberFill: 'member-fill',
  tradeFill: 'trade-fill',
  tradeHatch: 'trade-hatch',
  memberOutline: 'member-outline',
  borders: 'borders',
  titrRail: 'route-titr-rail',
  titrSea: 'route-titr-sea',
  /** Dashed copies of the rail lines, shown (by feature-state) for a year with no figure or only a forecast. */
  titrDash: 'route-titr-dash',
  btkDash: 'route-btk-dash',
  btkCasing: 'route-btk-casing',
  btkLine: 'route-btk',
  places: 'places',
  placeLabels: 'place-labels',
  countryLabels: 'country-labels',
} as const;

/** The map layers each legend toggle shows or hides. */
export const TOGGLE_LAYERS: Record<LayerKey, readonly string[]> = {
  members: [LAYER.memberFill, LAYER.memberOutline, LAYER.countryLabels],
  btk: [LAYER.btkCasing, LAYER.btkLine, LAYER.btkDash],
  titr: [LAYER.titrRail, LAYER.titrSea, LAYER.titrDash],
  places: [LAYER.places, LAYER.placeLabels],
  trade: [LAYER.tradeFill, LAYER.tradeHatch],
};

/** The no-data hatching of the trade layer: an image added at run time (view.ts), no sprite. */
export const HATCH_IMAGE = 'atlas-hatch';

/** Layers that answer a click or hover, most specific first. */
export const INTERACTIVE_LAYERS = [
  LAYER.places,
  LAYER.btkLine,
  LAYER.btkCasing,
  LAYER.titrRail,
  LAYER.titrSea,
  LAYER.memberFill,
] as const;
