// The saved map picture, pure: the current view (camera, layers, selection, language) with a title band,
// legend and source line in the reader's language, and its download file name.
import type { Lang } from '../data/schema';
import { isoDay } from '../export/filename';
import {
  type Basemap,
  type Camera,
  LEGEND_KEYS,
  type LegendLabels,
  type RenderMapOptions,
  renderMapSvg,
} from '../render';
import { legendBandHeight, titleBandHeight } from '../render/legend';
import type { LayerKey } from '../state/url';
import { fill } from '../views/i18n';
import { SVGMAP_MESSAGES } from './messages';

export type PictureFormat = 'svg' | 'png';

export interface PictureOptions {
  dataset: RenderMapOptions['dataset'];
  lang: Lang;
  visibleLayers: readonly LayerKey[];
  selectedId?: string | null;
  /** The camera of the view being saved, and the size of its map area in CSS px. */
  camera: Camera;
  width: number;
  height: number;
  /** Fetched from the app's basemap URLs when not given. */
  basemap?: Basemap;
  /** The day in the file name (default: today). */
  date?: Date;
}

export function pictureFileName(lang: Lang, format: PictureFormat, date: Date = new Date()): string {
  return `corridor-atlas_map_${lang}_${isoDay(date)}.${format}`;
}

/** The picture as a standalone SVG document: the map area keeps its size, the bands are added around it. */
export function pictureSvg(options: PictureOptions & { basemap: Basemap }): string {
  const m = SVGMAP_MESSAGES[options.lang];
  const legend: LegendLabels = Object.fromEntries(LEGEND_KEYS.map((key) => [key, m[`legend.${key}`]]));
  const width = Math.max(1, Math.round(options.width));
  const bands = { legend, sourceLine: fill(m.sourceLine), visibleLayers: options.visibleLayers };
  const height =
    Math.max(1, Math.round(options.height)) +
    titleBandHeight(m.title, width) +
    legendBandHeight(bands, width);
  const svg = renderMapSvg({
    basemap: options.basemap,
    dataset: options.dataset,
    lang: options.lang,
    selectedId: options.selectedId ?? null,
    camera: options.camera,
    width,
    height,
    attribution: m.attribution,
    preserveAspectRatio: 'xMidYMid meet',
    title: m.title,
    ...bands,
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svg}`;
}
