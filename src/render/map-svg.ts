// The SVG map: the same inputs as the MapLibre view (data set, visible layers, language, selection, camera)
// turned into one SVG document string, layer for layer in the style's order. Pure: no DOM, no MapLibre.
import type { Feature, FeatureCollection, Geometry, Point as GeoPoint, Position } from 'geojson';
import type { Dataset, Lang, PlaceFeature, SegmentFeature } from '../data/schema';
import { BASEMAP_EXTENT } from '../map/ids';
import type { LayerKey } from '../state/url';
import {
  boundsOfPoints,
  clipLine,
  clipRing,
  offsetLine,
  pathData,
  type Rect,
  rectContains,
  rectsIntersect,
  simplify,
} from './geometry';
import { estimateTextWidth, placeLabels } from './labels';
import { type LegendLabels, legendBand, legendBandHeight, titleBand, titleBandHeight } from './legend';
import {
  BORDER,
  BTK_DASH,
  COLORS,
  FONT_FAMILY,
  LABEL,
  MAIN_PLACES,
  MEMBER_FILL_OPACITY,
  MEMBER_OUTLINE_WIDTH,
  PLACE_FILL,
  PLACE_FILL_OTHER,
  PLACE_RADIUS,
  PLACE_STROKE,
  PLACE_STROKE_WIDTH,
  ROUTE_COUNTRY_FILL,
  ROUTE_WIDTH,
  SEA_DASH,
  SHARED_OFFSET_PX,
} from './palette';
import {
  type BoundsLike,
  type Camera,
  type CameraLimits,
  constrainCamera,
  fitBounds,
  type LngLat,
  type Padding,
  type Point,
  type Viewport,
  viewport,
} from './projection';
import { attrs, el, escapeXml, num, titleEl } from './svg';

export interface Basemap {
  land: FeatureCollection;
  countries: FeatureCollection;
  borders: FeatureCollection;
  /** One point per country label, `properties.id` the country's alpha-3 id. */
  countryLabels: FeatureCollection;
}

export type CameraInput = Camera | { bounds: BoundsLike; padding?: Padding; maxZoom?: number };

export interface RenderMapOptions {
  basemap: Basemap;
  dataset: Pick<Dataset, 'places' | 'segments' | 'countries' | 'routes'>;
  visibleLayers: readonly LayerKey[];
  lang: Lang;
  selectedId?: string | null;
  hoveredId?: string | null;
  /** Reserved for the time slider; ignored for now. */
  year?: number;
  camera: CameraInput;
  /** The map's maxBounds and zoom range, applied to the camera as MapLibre constrains it. */
  limits?: CameraLimits;
  /** Size of the whole document in CSS px (title and legend bands included). */
  width: number;
  height: number;
  attribution: string;
  /** Default 'xMidYMid slice'. */
  preserveAspectRatio?: string;
  /** Accessible name of the whole picture (defaults to the title). */
  label?: string;
  /** For the picture export: a title band on top … */
  title?: string;
  /** … and a legend (given the translated labels) and source line at the bottom. */
  legend?: LegendLabels;
  sourceLine?: string;
  /** Selectable elements become focusable buttons (role="button", tabindex) instead of role="img". */
  interactive?: boolean;
}

/** Beyond the view by this many px, geometry is clipped (wider than any stroke, so cuts stay unseen). */
const CLIP_MARGIN_PX = 16;
/** Vertices closer than this after projection are dropped. */
const SIMPLIFY_PX = 0.5;

export function resolveCamera(
  input: CameraInput,
  width: number,
  height: number,
  limits?: CameraLimits,
): Camera {
  const camera =
    'bounds' in input
      ? fitBounds(input.bounds, width, height, input.padding, { maxZoom: input.maxZoom ?? limits?.maxZoom })
      : input;
  return limits ? constrainCamera(camera, limits, width, height) : camera;
}

interface Context {
  view: Viewport;
  clip: Rect;
  selected: string | null;
  hovered: string | null;
  lang: Lang;
  interactive: boolean;
}

function ringsOf(geometry: Geometry | null): Position[][][] {
  if (!geometry) return [];
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  if (geometry.type === 'GeometryCollection') return geometry.geometries.flatMap(ringsOf);
  return [];
}

function linesOf(geometry: Geometry | null): Position[][] {
  if (!geometry) return [];
  if (geometry.type === 'LineString') return [geometry.coordinates];
  if (geometry.type === 'MultiLineString') return geometry.coordinates;
  if (geometry.type === 'Polygon') return geometry.coordinates;
  if (geometry.type === 'MultiPolygon') return geometry.coordinates.flat();
  if (geometry.type === 'GeometryCollection') return geometry.geometries.flatMap(linesOf);
  return [];
}

function toScreen(view: Viewport, coords: readonly Position[]): Point[] {
  return coords.map((p) => view.toScreen(p as unknown as LngLat));
}

/** Path data for polygons: off-view rings skipped, the rest clipped to the view and thinned. */
function polygonPath(ctx: Context, geometries: readonly (Geometry | null)[]): string {
  const rings: Point[][] = [];
  for (const geometry of geometries) {
    for (const polygon of ringsOf(geometry)) {
      for (const ring of polygon) {
        const screen = toScreen(ctx.view, ring);
        const box = boundsOfPoints(screen);
        if (!rectsIntersect(box, ctx.clip)) continue;
        const clipped = rectContains(ctx.clip, box) ? screen : clipRing(screen, ctx.clip);
        const thin = simplify(clipped, SIMPLIFY_PX, true);
        if (thin.length >= 3) rings.push(thin);
      }
    }
  }
  return pathData(rings, true);
}

/** Path data for lines: clipped to the view (split where they leave it) and thinned. */
function linePath(ctx: Context, lines: readonly Point[][]): string {
  const parts: Point[][] = [];
  for (const line of lines) {
    const box = boundsOfPoints(line);
    if (!rectsIntersect(box, ctx.clip)) continue;
    const pieces = rectContains(ctx.clip, box) ? [line] : clipLine(line, ctx.clip);
    for (const piece of pieces) {
      const thin = simplify(piece, SIMPLIFY_PX, false);
      if (thin.length >= 2) parts.push(thin);
    }
  }
  return pathData(parts, false);
}

function stateClass(ctx: Context, ...ids: string[]): string {
  let out = '';
  if (ctx.selected !== null && ids.includes(ctx.selected)) out += ' selected';
  if (ctx.hovered !== null && ids.includes(ctx.hovered)) out += ' hovered';
  return out;
}

function isOn(ctx: Context, which: 'selected' | 'hovered', ...ids: string[]): boolean {
  const id = ctx[which];
  return id !== null && ids.includes(id);
}

/** Selected and hovered features last, so their highlight is not covered by neighbours. */
function highlightLast<T>(ctx: Context, items: readonly T[], idOf: (item: T) => string): T[] {
  const rank = (item: T) =>
    isOn(ctx, 'selected', idOf(item)) ? 2 : isOn(ctx, 'hovered', idOf(item)) ? 1 : 0;
  return [...items].sort((a, b) => rank(a) - rank(b));
}

function landLayer(ctx: Context, land: FeatureCollection): string {
  const d = polygonPath(
    ctx,
    land.features.map((f) => f.geometry),
  );
  return d ? el('path', { class: 'land', fill: COLORS.land, d }) : '';
}

function countryLayer(ctx: Context, options: RenderMapOptions): string {
  const shapes = new Map<string, Feature>();
  for (const feature of options.basemap.countries.features) {
    const id = String(feature.properties?.id ?? feature.id ?? '');
    if (id) shapes.set(id, feature);
  }
  const countries = highlightLast(
    ctx,
    options.dataset.countries.filter((c) => shapes.has(c.id)),
    (c) => c.id,
  );
  // Route countries under the members, as in reading order of the style (members drawn last).
  const ordered = [...countries.filter((c) => !c.member), ...countries.filter((c) => c.member)];
  let out = '';
  for (const country of ordered) {
    const d = polygonPath(ctx, [shapes.get(country.id)?.geometry ?? null]);
    if (!d) continue;
    const selected = isOn(ctx, 'selected', country.id);
    const hovered = isOn(ctx, 'hovered', country.id);
    const name = country.name[ctx.lang];
    const paint = country.member
      ? {
          fill: selected ? COLORS.memberSelected : hovered ? COLORS.memberHover : COLORS.member,
          'fill-opacity': MEMBER_FILL_OPACITY,
          stroke: COLORS.memberOutline,
          'stroke-width': selected ? MEMBER_OUTLINE_WIDTH.selected : MEMBER_OUTLINE_WIDTH.normal,
        }
      : { fill: ROUTE_COUNTRY_FILL };
    out += el(
      'path',
      {
        class: `country ${country.member ? 'member' : 'route-country'}${stateClass(ctx, country.id)}`,
        'data-id': country.id,
        ...roleAttrs(ctx, country.member),
        ...paint,
        d,
      },
      titleEl(name),
    );
  }
  return out ? el('g', { class: 'countries', 'fill-rule': 'evenodd', 'stroke-linejoin': 'round' }, out) : '';
}

function roleAttrs(ctx: Context, selectable: boolean): Record<string, string | number | undefined> {
  if (!selectable) return { role: 'img' };
  return ctx.interactive ? { role: 'button', tabindex: 0 } : { role: 'img' };
}

function borderLayer(ctx: Context, borders: FeatureCollection): string {
  const lines = borders.features.flatMap((f) => linesOf(f.geometry)).map((line) => toScreen(ctx.view, line));
  const d = linePath(ctx, lines);
  if (!d) return '';
  return el('path', {
    class: 'borders',
    fill: 'none',
    stroke: COLORS.border,
    'stroke-width': BORDER.width,
    'stroke-dasharray': BORDER.dash.map((v) => num(v * BORDER.width)).join(' '),
    d,
  });
}

/** Places whose segments end there only once within a route: the ends of each route. */
export function routeTermini(segments: readonly SegmentFeature[]): Set<string> {
  const ends = new Map<string, number>();
  for (const seg of segments) {
    for (const id of [seg.properties.from, seg.properties.to]) {
      const key = `${seg.properties.route}|${id}`;
      ends.set(key, (ends.get(key) ?? 0) + 1);
    }
  }
  const out = new Set<string>();
  for (const [key, count] of ends) if (count === 1) out.add(key.split('|')[1] as string);
  return out;
}

/** TITR legs whose every vertex lies on the BTK (src/map/data.ts `shared`). */
function sharedLegs(segments: readonly SegmentFeature[]): Set<string> {
  const btk = new Set<string>();
  for (const seg of segments) {
    if (seg.properties.route !== 'btk') continue;
    for (const [lon, lat] of seg.geometry.coordinates) btk.add(`${lon},${lat}`);
  }
  return new Set(
    segments
      .filter(
        (s) =>
          s.properties.route === 'titr' &&
          s.geometry.coordinates.every(([lon, lat]) => btk.has(`${lon},${lat}`)),
      )
      .map((s) => s.properties.id),
  );
}

function routeWidth(ctx: Context, routeId: string, base: number): number {
  if (isOn(ctx, 'selected', routeId)) return base + ROUTE_WIDTH.selectedExtra;
  if (isOn(ctx, 'hovered', routeId)) return base + ROUTE_WIDTH.hoveredExtra;
  return base;
}

function routeLayer(ctx: Context, options: RenderMapOptions): string {
  const { segments, routes } = options.dataset;
  const shared = sharedLegs(segments);
  const legPath = (seg: SegmentFeature, offset = 0) =>
    linePath(ctx, [offsetLine(toScreen(ctx.view, seg.geometry.coordinates), offset)]);
  const routeName = (id: string) => routes.find((r) => r.id === id)?.name[ctx.lang] ?? id;
  let out = '';
  if (options.visibleLayers.includes('titr')) {
    const selected = isOn(ctx, 'selected', 'titr');
    const width = routeWidth(ctx, 'titr', ROUTE_WIDTH.titr);
    let legs = '';
    for (const mode of ['rail', 'sea'] as const) {
      for (const seg of segments) {
        if (seg.properties.route !== 'titr' || seg.properties.mode !== mode) continue;
        const d = legPath(seg, shared.has(seg.properties.id) ? SHARED_OFFSET_PX : 0);
        if (!d) continue;
        legs += el('path', {
          class: `leg ${mode}${stateClass(ctx, seg.properties.id)}`,
          'data-leg': seg.properties.id,
          ...(mode === 'sea'
            ? { 'stroke-linecap': 'butt', 'stroke-dasharray': SEA_DASH.map((v) => num(v * width)).join(' ') }
            : {}),
          d,
        });
      }
    }
    if (legs)
      out += el(
        'g',
        {
          class: `route route-titr${stateClass(ctx, 'titr')}`,
          'data-id': 'titr',
          ...roleAttrs(ctx, true),
          fill: 'none',
          stroke: selected ? COLORS.selected : COLORS.titr,
          'stroke-width': width,
          'stroke-linecap': 'round',
          'stroke-linejoin': 'round',
        },
        titleEl(routeName('titr')) + legs,
      );
  }
  if (options.visibleLayers.includes('btk')) {
    const selected = isOn(ctx, 'selected', 'btk');
    const casingWidth = routeWidth(ctx, 'btk', ROUTE_WIDTH.btkCasing);
    const btkLegs = segments.filter((s) => s.properties.route === 'btk');
    const paths = btkLegs.map((seg) => [seg.properties.id, legPath(seg)] as const).filter(([, d]) => d);
    if (paths.length > 0) {
      const casing = paths
        .map(([id, d]) => el('path', { class: `leg rail${stateClass(ctx, id)}`, 'data-leg': id, d }))
        .join('');
      const line = paths.map(([id, d]) => el('path', { 'data-leg': id, d })).join('');
      out += el(
        'g',
        {
          class: `route route-btk${stateClass(ctx, 'btk')}`,
          'data-id': 'btk',
          ...roleAttrs(ctx, true),
          fill: 'none',
          'stroke-linejoin': 'round',
        },
        titleEl(routeName('btk')) +
          el(
            'g',
            {
              class: 'casing',
              stroke: selected ? COLORS.selected : COLORS.btk,
              'stroke-width': casingWidth,
              'stroke-linecap': 'round',
            },
            casing,
          ) +
          el(
            'g',
            {
              class: 'rail-symbol',
              stroke: '#ffffff',
              'stroke-width': ROUTE_WIDTH.btkLine,
              'stroke-dasharray': BTK_DASH.map((v) => num(v * ROUTE_WIDTH.btkLine)).join(' '),
            },
            line,
          ),
      );
    }
  }
  return out ? el('g', { class: 'routes' }, out) : '';
}

function placeRadius(place: PlaceFeature): number {
  if (MAIN_PLACES.has(place.properties.id)) return PLACE_RADIUS.main;
  return place.properties.kind === 'port' ? PLACE_RADIUS.port : PLACE_RADIUS.other;
}

function placeLayer(ctx: Context, places: readonly PlaceFeature[]): string {
  let out = '';
  for (const place of highlightLast(ctx, places, (p) => p.properties.id)) {
    const { id, kind } = place.properties;
    const [x, y] = ctx.view.toScreen(place.geometry.coordinates);
    const r = placeRadius(place);
    if (x + r < ctx.clip[0] || x - r > ctx.clip[2] || y + r < ctx.clip[1] || y - r > ctx.clip[3]) continue;
    const selected = isOn(ctx, 'selected', id);
    const hovered = isOn(ctx, 'hovered', id);
    out += el(
      'circle',
      {
        class: `place place-${kind}${stateClass(ctx, id)}`,
        'data-id': id,
        ...roleAttrs(ctx, true),
        cx: num(x),
        cy: num(y),
        r,
        fill: PLACE_FILL[kind] ?? PLACE_FILL_OTHER,
        ...(selected
          ? { stroke: COLORS.selected, 'stroke-width': PLACE_STROKE_WIDTH.selected }
          : hovered
            ? { 'stroke-width': PLACE_STROKE_WIDTH.hovered }
            : {}),
      },
      titleEl(place.properties.name[ctx.lang]),
    );
  }
  return out
    ? el('g', { class: 'places', stroke: PLACE_STROKE, 'stroke-width': PLACE_STROKE_WIDTH.normal }, out)
    : '';
}

interface Label {
  box: Rect;
  markup: string;
}

function haloAttrs(width: number) {
  return { stroke: COLORS.halo, 'stroke-width': num(width * 2) };
}

function placeLabelCandidates(ctx: Context, options: RenderMapOptions): Label[] {
  const termini = routeTermini(options.dataset.segments);
  const priority = (p: PlaceFeature): number => {
    const { id, kind } = p.properties;
    if (isOn(ctx, 'selected', id)) return 0;
    if (isOn(ctx, 'hovered', id)) return 1;
    if (MAIN_PLACES.has(id)) return 2;
    if (kind === 'capital') return 3;
    if (kind === 'port') return 4;
    if (kind === 'zone') return 5;
    if (termini.has(id)) return 6;
    return -1;
  };
  return options.dataset.places
    .map((place) => ({ place, rank: priority(place) }))
    .filter(({ rank }) => rank >= 0)
    .sort((a, b) => a.rank - b.rank)
    .map(({ place }) => {
      const { id } = place.properties;
      const main = MAIN_PLACES.has(id);
      const size = main ? LABEL.mainPlaceSize : LABEL.placeSize;
      const text = place.properties.name[ctx.lang];
      const [x, y] = ctx.view.toScreen(place.geometry.coordinates);
      const top = y + LABEL.placeOffsetEm * size;
      const width = estimateTextWidth(text, size);
      const halo = LABEL.placeHalo;
      const selected = isOn(ctx, 'selected', id);
      return {
        box: [x - width / 2 - halo, top - halo, x + width / 2 + halo, top + size * 1.2 + halo] as const,
        markup: el(
          'text',
          {
            class: `place-label${stateClass(ctx, id)}`,
            'data-id': id,
            x: num(x),
            y: num(top + size * 0.95),
            'font-size': size === LABEL.placeSize ? undefined : size,
            'font-weight': selected ? 'bold' : undefined,
          },
          escapeXml(text),
        ),
      };
    });
}

function upper(text: string, lang: Lang): string {
  return text.toLocaleUpperCase(lang);
}

function countryLabelCandidates(ctx: Context, options: RenderMapOptions): Label[] {
  const countries = new Map(options.dataset.countries.map((c) => [c.id, c]));
  const out: Label[] = [];
  const features = [...options.basemap.countryLabels.features].sort((a, b) => {
    const ma = countries.get(String(a.properties?.id))?.member ? 0 : 1;
    const mb = countries.get(String(b.properties?.id))?.member ? 0 : 1;
    return ma - mb;
  });
  for (const feature of features) {
    const id = String(feature.properties?.id ?? feature.id ?? '');
    const country = countries.get(id);
    if (!country || feature.geometry?.type !== 'Point') continue;
    const size = country.member ? LABEL.memberCountrySize : LABEL.countrySize;
    const text = upper(country.name[ctx.lang], ctx.lang);
    const spacing = LABEL.letterSpacingEm * size;
    const [x, y] = ctx.view.toScreen((feature.geometry as GeoPoint).coordinates as unknown as LngLat);
    const width = estimateTextWidth(text, size, true, spacing);
    const halo = LABEL.countryHalo;
    out.push({
      box: [x - width / 2 - halo, y - size * 0.6 - halo, x + width / 2 + halo, y + size * 0.6 + halo],
      markup: el(
        'text',
        {
          class: `country-label${country.member ? ' member' : ''}`,
          'data-id': id,
          x: num(x),
          y: num(y + size * 0.36),
          'font-size': size,
          fill: country.member ? LABEL.memberCountryColor : LABEL.countryColor,
          'letter-spacing': num(spacing),
          'stroke-width': num(LABEL.countryHalo * 2),
        },
        escapeXml(text),
      ),
    });
  }
  return out;
}

function labelLayer(ctx: Context, options: RenderMapOptions): string {
  const view: Rect = [0, 0, ctx.view.width, ctx.view.height];
  // MapLibre places the upper layer (country labels) first; place labels then fill the gaps.
  const countries = options.visibleLayers.includes('members') ? countryLabelCandidates(ctx, options) : [];
  const places = options.visibleLayers.includes('places') ? placeLabelCandidates(ctx, options) : [];
  const placed = new Set(placeLabels([...countries, ...places], view));
  const placeMarkup = places
    .filter((l) => placed.has(l))
    .map((l) => l.markup)
    .join('');
  const countryMarkup = countries
    .filter((l) => placed.has(l))
    .map((l) => l.markup)
    .join('');
  if (!placeMarkup && !countryMarkup) return '';
  return el(
    'g',
    {
      class: 'labels',
      'aria-hidden': 'true',
      'text-anchor': 'middle',
      'paint-order': 'stroke',
      'stroke-linejoin': 'round',
      'font-size': LABEL.placeSize,
      fill: COLORS.label,
      ...haloAttrs(LABEL.placeHalo),
    },
    placeMarkup + countryMarkup,
  );
}

function attributionLayer(ctx: Context, text: string): string {
  if (!text) return '';
  return el(
    'text',
    {
      class: 'attribution',
      x: num(ctx.view.width - 4),
      y: num(ctx.view.height - 5),
      'text-anchor': 'end',
      'font-size': 10,
      fill: '#333333',
      'paint-order': 'stroke',
      ...haloAttrs(1.5),
    },
    escapeXml(text),
  );
}

/** Water over the basemap's extent (src/map/ids.ts BASEMAP_EXTENT); beyond it the map draws nothing. */
function waterLayer(ctx: Context): string {
  const [w, s, e, n] = BASEMAP_EXTENT;
  const extent: Geometry = {
    type: 'Polygon',
    coordinates: [
      [
        [w, s],
        [e, s],
        [e, n],
        [w, n],
        [w, s],
      ],
    ],
  };
  const d = polygonPath(ctx, [extent]);
  return d ? el('path', { class: 'water', d, fill: COLORS.water }) : '';
}

/** The map layers for a map area of width × height, in the style's order. */
function mapLayers(options: RenderMapOptions, width: number, height: number): string {
  const camera = resolveCamera(options.camera, width, height, options.limits);
  const view = viewport(camera, width, height);
  const ctx: Context = {
    view,
    clip: [-CLIP_MARGIN_PX, -CLIP_MARGIN_PX, width + CLIP_MARGIN_PX, height + CLIP_MARGIN_PX],
    selected: options.selectedId ?? null,
    hovered: options.hoveredId ?? null,
    lang: options.lang,
    interactive: options.interactive === true,
  };
  const visible = options.visibleLayers;
  return [
    el('rect', { class: 'outside', width: num(width), height: num(height), fill: COLORS.outside }),
    waterLayer(ctx),
    landLayer(ctx, options.basemap.land),
    visible.includes('members') ? countryLayer(ctx, options) : '',
    borderLayer(ctx, options.basemap.borders),
    routeLayer(ctx, options),
    visible.includes('places') ? placeLayer(ctx, options.dataset.places) : '',
    labelLayer(ctx, options),
    attributionLayer(ctx, options.attribution),
  ].join('');
}

/** The whole map as an SVG document string (no XML declaration, so it can also be inlined in HTML). */
export function renderMapSvg(options: RenderMapOptions): string {
  const { width, height } = options;
  const top = options.title ? titleBandHeight(options.title, width) : 0;
  const hasFooter = options.legend !== undefined || options.sourceLine !== undefined;
  const bottom = hasFooter ? legendBandHeight(options, width) : 0;
  const mapHeight = Math.max(1, height - top - bottom);
  const layers = mapLayers(options, width, mapHeight);
  const label = options.label ?? options.title;
  let body = label ? titleEl(label) : '';
  if (top || bottom) {
    body += options.title ? titleBand(options.title, width, top) : '';
    body += el(
      'svg',
      {
        x: 0,
        y: num(top),
        width: num(width),
        height: num(mapHeight),
        viewBox: `0 0 ${num(width)} ${num(mapHeight)}`,
      },
      layers,
    );
    body += hasFooter ? legendBand(options, width, top + mapHeight, bottom) : '';
  } else body += layers;
  return `<svg${attrs({
    xmlns: 'http://www.w3.org/2000/svg',
    viewBox: `0 0 ${num(width)} ${num(height)}`,
    width: num(width),
    height: num(height),
    preserveAspectRatio: options.preserveAspectRatio ?? 'xMidYMid slice',
    // role="img" makes its children presentational: an interactive map keeps its buttons reachable.
    role: options.interactive ? 'group' : 'img',
    'aria-label': label,
    'font-family': FONT_FAMILY,
    lang: options.lang,
  })}>${body}</svg>`;
}
