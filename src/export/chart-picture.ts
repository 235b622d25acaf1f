// Pure: a chart's own SVG with a title, a legend and a source line around it, as a standalone SVG document.
import type { Figure, Lang, Source } from '../data/schema';
import { formatDate } from '../i18n/i18n';
import { CHART_MESSAGES } from '../ui/chart-messages';
import { fill } from '../views/i18n';
import { isoDay } from './filename';

export type LegendMarker = 'circle' | 'square' | 'triangle' | 'diamond' | 'bar';

export interface LegendEntry {
  label: string;
  color: string;
  /** stroke-dasharray of the key's line; none for a solid line. */
  dash?: string;
  /** The key line's width; 0 draws the marker alone. */
  width?: number;
  marker?: LegendMarker;
  hollow?: boolean;
}

export interface ChartPictureInput {
  /** The chart's <svg> element as markup (XMLSerializer), its styles already inlined as attributes. */
  chartSvg: string;
  title: string;
  legend: readonly LegendEntry[];
  sourceLine: string;
}

const PAD = 12;
const FONT = 'DejaVu Sans, Verdana, Arial, sans-serif';
const INK = '#1f1f1f';

export function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
  );
}

/** The publishers of the figures' sources, each once, in the order first cited. */
export function sourcePublishers(figures: readonly Figure[], byId: ReadonlyMap<string, Source>): string[] {
  const ids = figures.flatMap((f) => f.sources);
  return [...new Set(ids.map((id) => byId.get(id)?.publisher).filter((p): p is string => !!p))];
}

export function chartSourceLine(publishers: readonly string[], lang: Lang, date: Date = new Date()): string {
  return fill(CHART_MESSAGES[lang].sourceLine, {
    publishers: publishers.join(', '),
    date: formatDate(isoDay(date), lang),
  });
}

/** Greedy word wrap at an estimated average glyph width (0.58 em; wider for bold and for Cyrillic). */
export function wrapText(text: string, fontSize: number, maxWidth: number, em = 0.58): string[] {
  const wide = /\p{Script=Cyrillic}/u.test(text) ? 1.12 : 1;
  const perLine = Math.max(8, Math.floor(maxWidth / (fontSize * em * wide)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > perLine) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

function textLines(lines: string[], x: number, y: number, size: number, extra: string): string {
  return lines
    .map(
      (line, i) =>
        `<text x="${x}" y="${y + i * size * 1.3}" font-size="${size}" font-family="${FONT}" ${extra}>${escapeXml(line)}</text>`,
    )
    .join('');
}

function swatch(entry: LegendEntry, x: number, y: number): string {
  const dash = entry.dash ? ` stroke-dasharray="${entry.dash}"` : '';
  const fillColor = entry.hollow ? '#ffffff' : entry.color;
  const paint = `fill="${fillColor}" stroke="${entry.color}" stroke-width="1.5"`;
  const marker = {
    circle: `<circle cx="${x + 11}" cy="${y}" r="3.5" ${paint}/>`,
    square: `<rect x="${x + 7.5}" y="${y - 3.5}" width="7" height="7" ${paint}/>`,
    triangle: `<path d="M${x + 11},${y - 4.5}l4.5,8h-9z" ${paint}/>`,
    diamond: `<path d="M${x + 11},${y - 5}l5,5l-5,5l-5,-5z" ${paint}/>`,
    bar: `<rect x="${x + 4}" y="${y - 5}" width="14" height="10" ${paint}/>`,
    none: '',
  }[entry.marker ?? 'none'];
  const line =
    entry.marker === 'bar' || entry.width === 0
      ? ''
      : `<line x1="${x}" x2="${x + 22}" y1="${y}" y2="${y}" stroke="${entry.color}" stroke-width="${entry.width ?? 2}"${dash}/>`;
  return line + marker;
}

/** The picture as an SVG document: title, the chart at its own size, legend, source line, on white. */
export function chartPictureSvg(input: ChartPictureInput): { svg: string; width: number; height: number } {
  const root = /^\s*(?:<\?xml[^>]*>\s*)?<svg\b([^>]*)>/.exec(input.chartSvg);
  if (!root) throw new Error('chartPictureSvg: the chart markup does not start with <svg>');
  const box = /\sviewBox="([-\d.]+)[ ,]+([-\d.]+)[ ,]+([\d.]+)[ ,]+([\d.]+)"/.exec(root[1] ?? '');
  const [vx, vy, vw, vh] = box ? box.slice(1).map(Number) : [0, 0, 380, 230];
  const chartW = vw ?? 380;
  const chartH = vh ?? 230;
  const width = Math.round(chartW + 2 * PAD);
  const inner = width - 2 * PAD;
  const parts: string[] = [];
  let y = PAD + 14;
  const title = wrapText(input.title, 14, inner, 0.66);
  parts.push(textLines(title, PAD, y, 14, `font-weight="bold" fill="${INK}"`));
  y += (title.length - 1) * 14 * 1.3 + 10;
  const body = input.chartSvg.slice(root[0].length);
  const viewBox = `${vx} ${vy} ${chartW} ${chartH}`;
  parts.push(
    `<svg x="${PAD}" y="${y}" width="${chartW}" height="${chartH}" viewBox="${viewBox}" overflow="visible">${body}`,
  );
  y += chartH + 16;
  let x = PAD;
  for (const entry of input.legend) {
    const w = 28 + entry.label.length * 11 * 0.58 + 14;
    if (x > PAD && x + w > width - PAD) {
      x = PAD;
      y += 18;
    }
    parts.push(swatch(entry, x, y - 4));
    parts.push(textLines([entry.label], x + 28, y, 11, `fill="${INK}"`));
    x += w;
  }
  y += input.legend.length ? 22 : 0;
  const source = wrapText(input.sourceLine, 10, inner);
  parts.push(textLines(source, PAD, y, 10, 'fill="#4d4d4d"'));
  const height = Math.round(y + (source.length - 1) * 13 + PAD);
  const svg =
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<title>${escapeXml(input.title)}</title>` +
    `<rect width="${width}" height="${height}" fill="#ffffff"/>${parts.join('')}</svg>`;
  return { svg, width, height };
}
