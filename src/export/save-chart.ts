// Browser-only: saves a rendered chart <svg> as an SVG picture, or a PNG of it at 2×, with title, legend and source.

import { type ChartPictureInput, chartPictureSvg, type LegendEntry } from './chart-picture';
import { exportFileName } from './filename';
import { svgToPng } from './rasterise';
import { saveBlob } from './save';

export type ChartFormat = 'svg' | 'png';

const PNG_SCALE = 2;
/** What the picture needs of the page's CSS, copied onto the drawn elements as presentation attributes. */
const STYLE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-size',
  'font-family',
  'font-weight',
  'text-anchor',
] as const;
/** Values that are the SVG initial values anyway: left out to keep the file small. */
const DEFAULTS: Partial<Record<(typeof STYLE_PROPS)[number], string>> = {
  'fill-opacity': '1',
  'stroke-opacity': '1',
  opacity: '1',
  'stroke-dasharray': 'none',
};
const DRAWN = new Set(['line', 'path', 'circle', 'rect', 'text', 'polyline', 'polygon', 'ellipse']);
const DROPPED = ['class', 'tabindex', 'role', 'aria-describedby', 'data-figure', 'style'];

/** The chart's markup with its computed styles inlined, its interaction attributes and highlights left out. */
export function inlinedChartMarkup(live: SVGSVGElement): string {
  const clone = live.cloneNode(true) as SVGSVGElement;
  const from = [live, ...live.querySelectorAll('*')];
  const to = [clone, ...clone.querySelectorAll('*')];
  from.forEach((element, i) => {
    const copy = to[i];
    if (!copy) return;
    if (DRAWN.has(element.localName)) {
      const style = getComputedStyle(element);
      for (const prop of STYLE_PROPS) {
        const value = style.getPropertyValue(prop);
        if (!value || DEFAULTS[prop] === value) continue;
        if (element.localName !== 'text' && (prop.startsWith('font') || prop === 'text-anchor')) continue;
        copy.setAttribute(prop, value);
      }
    }
    for (const name of DROPPED) copy.removeAttribute(name);
  });
  for (const skip of clone.querySelectorAll('[data-export="skip"]')) skip.remove();
  return new XMLSerializer().serializeToString(clone);
}

/** `var(--name)` as the page's value of the custom property; other colours as they are. */
function resolveColor(color: string): string {
  const name = /^var\((--[\w-]+)\)$/.exec(color)?.[1];
  if (!name) return color;
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || '#1f1f1f';
}

export interface SaveChartOptions extends Omit<ChartPictureInput, 'chartSvg'> {
  svg: SVGSVGElement;
  /** The subject id for the file name (a route, place or country id). */
  subject: string;
  date?: Date;
}

export async function saveChart(format: ChartFormat, options: SaveChartOptions): Promise<void> {
  const legend: LegendEntry[] = options.legend.map((e) => ({ ...e, color: resolveColor(e.color) }));
  const picture = chartPictureSvg({ ...options, legend, chartSvg: inlinedChartMarkup(options.svg) });
  const name = exportFileName(options.subject, 'chart', options.date ?? new Date(), format);
  if (format === 'svg') saveBlob(new Blob([picture.svg], { type: 'image/svg+xml;charset=utf-8' }), name);
  else saveBlob(await svgToPng(picture.svg, picture.width, picture.height, PNG_SCALE), name);
}
