// Browser-only: saves the current map view as an SVG file, or as a PNG rasterised at 2× through an <img>
// and a <canvas>. Callable from the SVG map and from the MapLibre view alike (it needs no map object).
import { svgToPng } from '../export/rasterise';
import { saveBlob } from '../export/save';
import { loadBasemap } from './basemap';
import { type PictureFormat, type PictureOptions, pictureFileName, pictureSvg } from './picture';

export type { PictureFormat, PictureOptions } from './picture';

const PNG_SCALE = 2;

/** The picture's size from its root element's width and height attributes. */
function sizeOf(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const read = (name: string) => Number(new RegExp(`\\s${name}="([\\d.]+)"`).exec(root)?.[1] ?? 0);
  return { width: read('width'), height: read('height') };
}

/** Renders the view described by `options` with title, legend and source line, and downloads it. */
export async function saveMapPicture(format: PictureFormat, options: PictureOptions): Promise<void> {
  const basemap = options.basemap ?? (await loadBasemap());
  const svg = pictureSvg({ ...options, basemap });
  const name = pictureFileName(options.lang, format, options.date);
  if (format === 'svg') saveBlob(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }), name);
  else {
    const { width, height } = sizeOf(svg);
    saveBlob(await svgToPng(svg, width, height, PNG_SCALE), name);
  }
}
