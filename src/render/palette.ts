// The paint of the SVG map: COLORS from the MapLibre style, plus the values style.ts writes inline in its
// layer specs (place colours, sizes, widths, dashes), copied here so both renderers draw the same map.
import { COLORS } from '../map/style';

export { COLORS };

export const FONT_FAMILY = "'DejaVu Sans', 'Noto Sans', Arial, sans-serif";

/** Places: circle fill by kind (style.ts LAYER.places), stroke, radius. */
export const PLACE_FILL: Readonly<Record<string, string>> = {
  port: '#0f5e8c',
  zone: '#f2b705',
  capital: '#ffffff',
};
export const PLACE_FILL_OTHER = '#5f5f5f';
export const PLACE_STROKE = '#1f1f1f';
export const PLACE_RADIUS = { main: 7, port: 5.5, other: 4 } as const;
export const PLACE_STROKE_WIDTH = { normal: 1.2, hovered: 2.5, selected: 3 } as const;
/** The places drawn larger and labelled larger (src/map/data.ts `main`). */
export const MAIN_PLACES: ReadonlySet<string> = new Set(['port-of-baku', 'alat-fez']);

export const MEMBER_FILL_OPACITY = 0.85;
export const MEMBER_OUTLINE_WIDTH = { normal: 1.2, selected: 2.5 } as const;
/** Non-member countries the routes cross: not drawn by the MapLibre style; a faint tint here. */
export const ROUTE_COUNTRY_FILL = '#ebe6da';

export const BORDER = { width: 0.8, dash: [3, 2] } as const;

/** Route line widths (style.ts routeWidth): selected +2.5 px, hovered +1.5 px. */
export const ROUTE_WIDTH = {
  titr: 3,
  btkCasing: 5,
  btkLine: 2,
  selectedExtra: 2.5,
  hoveredExtra: 1.5,
} as const;
/** Dash patterns in line widths, as MapLibre's line-dasharray. */
export const SEA_DASH = [2, 1.5] as const;
export const BTK_DASH = [2, 2] as const;
/** TITR legs running along the BTK are drawn this far to the right of it (style.ts line-offset). */
export const SHARED_OFFSET_PX = 9;

export const LABEL = {
  placeSize: 12,
  mainPlaceSize: 13,
  memberCountrySize: 14,
  countrySize: 12,
  placeHalo: 1.5,
  countryHalo: 1.2,
  memberCountryColor: '#5a4512',
  countryColor: '#555555',
  letterSpacingEm: 0.08,
  placeOffsetEm: 1.1,
} as const;
