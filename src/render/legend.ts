// The picture export's furniture: a title band above the map and a legend with a source line below it, in
// strings the caller has translated. renderLegendSvg draws the legend alone.
import type { LayerKey } from '../state/url';
import { estimateTextWidth, wrapText } from './labels';
import {
  BTK_DASH,
  COLORS,
  FONT_FAMILY,
  PLACE_FILL,
  PLACE_FILL_OTHER,
  PLACE_STROKE,
  SEA_DASH,
} from './palette';
import { el, escapeXml, num } from './svg';

/** Legend entries, in drawing order; each is drawn when given a label and its layer is visible. */
export const LEGEND_KEYS = ['members', 'btk', 'titr', 'sea', 'ports', 'capitals', 'places'] as const;
export type LegendKey = (typeof LEGEND_KEYS)[number];
export type LegendLabels = Partial<Record<LegendKey, string>>;

const LAYER_OF: Record<LegendKey, LayerKey> = {
  members: 'members',
  btk: 'btk',
  titr: 'titr',
  sea: 'titr',
  ports: 'places',
  capitals: 'places',
  places: 'places',
};

const TITLE_SIZE = 18;
const TITLE_LINE = 24;
const BAND_PAD = 10;
const LEGEND_SIZE = 12;
const LEGEND_ROW = 22;
const SWATCH_W = 26;
const SOURCE_SIZE = 11;
const SOURCE_LINE = 14;

export function titleBandHeight(title: string, width: number): number {
  return wrapText(title, TITLE_SIZE, width - 2 * BAND_PAD).length * TITLE_LINE + 2 * BAND_PAD - 4;
}

export function titleBand(title: string, width: number, height: number): string {
  const lines = wrapText(title, TITLE_SIZE, width - 2 * BAND_PAD);
  const tspans = lines
    .map((line, i) =>
      el('tspan', { x: BAND_PAD, y: num(BAND_PAD + TITLE_SIZE + i * TITLE_LINE - 2) }, escapeXml(line)),
    )
    .join('');
  return el(
    'g',
    { class: 'title-band' },
    el('rect', { width: num(width), height: num(height), fill: '#ffffff' }) +
      el('text', { 'font-size': TITLE_SIZE, 'font-weight': 'bold', fill: COLORS.label }, tspans),
  );
}

function swatch(key: LegendKey, x: number, y: number): string {
  const line = (attrs: Record<string, string | number>) =>
    el('path', { d: `M${num(x)} ${num(y)}h${SWATCH_W - 4}`, fill: 'none', ...attrs });
  const cx = num(x + (SWATCH_W - 4) / 2);
  switch (key) {
    case 'members':
      return el('rect', {
        x: num(x),
        y: num(y - 6),
        width: SWATCH_W - 4,
        height: 12,
        fill: COLORS.member,
        stroke: COLORS.memberOutline,
        'stroke-width': 1.2,
      });
    case 'btk':
      return (
        line({ stroke: COLORS.btk, 'stroke-width': 5 }) +
        line({
          stroke: '#ffffff',
          'stroke-width': 2,
          'stroke-dasharray': BTK_DASH.map((v) => v * 2).join(' '),
        })
      );
    case 'titr':
      return line({ stroke: COLORS.titr, 'stroke-width': 3 });
    case 'sea':
      return line({
        stroke: COLORS.titr,
        'stroke-width': 3,
        'stroke-dasharray': SEA_DASH.map((v) => v * 3).join(' '),
      });
    case 'ports':
      return el('circle', {
        cx,
        cy: num(y),
        r: 5.5,
        fill: PLACE_FILL.port ?? PLACE_FILL_OTHER,
        stroke: PLACE_STROKE,
      });
    case 'capitals':
      return el('circle', {
        cx,
        cy: num(y),
        r: 4,
        fill: PLACE_FILL.capital ?? PLACE_FILL_OTHER,
        stroke: PLACE_STROKE,
      });
    case 'places':
      return el('circle', { cx, cy: num(y), r: 4, fill: PLACE_FILL_OTHER, stroke: PLACE_STROKE });
  }
}

interface LegendLayout {
  items: { key: LegendKey; label: string; x: number; row: number }[];
  rows: number;
}

function layoutLegend(
  labels: LegendLabels,
  visible: readonly LayerKey[] | undefined,
  width: number,
): LegendLayout {
  const items: LegendLayout['items'] = [];
  let x = BAND_PAD;
  let row = 0;
  for (const key of LEGEND_KEYS) {
    const label = labels[key];
    if (!label || (visible && !visible.includes(LAYER_OF[key]))) continue;
    const itemWidth = SWATCH_W + estimateTextWidth(label, LEGEND_SIZE) + 16;
    if (x > BAND_PAD && x + itemWidth > width - BAND_PAD) {
      row++;
      x = BAND_PAD;
    }
    items.push({ key, label, x, row });
    x += itemWidth;
  }
  return { items, rows: items.length > 0 ? row + 1 : 0 };
}

export interface LegendBandInput {
  legend?: LegendLabels;
  sourceLine?: string;
  visibleLayers?: readonly LayerKey[];
}

function sourceLines(input: LegendBandInput, width: number): string[] {
  return input.sourceLine ? wrapText(input.sourceLine, SOURCE_SIZE, width - 2 * BAND_PAD) : [];
}

export function legendBandHeight(input: LegendBandInput, width: number): number {
  const { rows } = layoutLegend(input.legend ?? {}, input.visibleLayers, width);
  return rows * LEGEND_ROW + sourceLines(input, width).length * SOURCE_LINE + 2 * BAND_PAD - 2;
}

/** The legend and source line as a group at y, filling width × height. */
export function legendBand(input: LegendBandInput, width: number, y: number, height: number): string {
  const layout = layoutLegend(input.legend ?? {}, input.visibleLayers, width);
  let items = '';
  for (const item of layout.items) {
    const rowY = y + BAND_PAD + item.row * LEGEND_ROW + LEGEND_ROW / 2 - 2;
    items += el(
      'g',
      { class: `legend-item legend-${item.key}` },
      swatch(item.key, item.x, rowY) +
        el('text', { x: num(item.x + SWATCH_W), y: num(rowY + 4) }, escapeXml(item.label)),
    );
  }
  const sourceTop = y + BAND_PAD + layout.rows * LEGEND_ROW;
  const source = sourceLines(input, width)
    .map((line, i) =>
      el('tspan', { x: BAND_PAD, y: num(sourceTop + SOURCE_SIZE + i * SOURCE_LINE - 2) }, escapeXml(line)),
    )
    .join('');
  return el(
    'g',
    { class: 'legend-band' },
    el('rect', { y: num(y), width: num(width), height: num(height), fill: '#ffffff' }) +
      el('path', { d: `M0 ${num(y)}h${num(width)}`, stroke: '#cccccc', 'stroke-width': 1 }) +
      (items ? el('g', { class: 'legend', 'font-size': LEGEND_SIZE, fill: COLORS.label }, items) : '') +
      (source ? el('text', { class: 'source-line', 'font-size': SOURCE_SIZE, fill: '#444444' }, source) : ''),
  );
}

/** The legend (and source line, if given) alone, as an SVG document `width` px wide. */
export function renderLegendSvg(input: LegendBandInput & { width: number }): string {
  const height = legendBandHeight(input, input.width);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${num(input.width)} ${num(height)}" width="${num(input.width)}" height="${num(height)}" font-family="${escapeXml(FONT_FAMILY)}">${legendBand(input, input.width, 0, height)}</svg>`;
}
