// Browser-only: saves the current map view as an SVG file, or as a PNG rasterised at 2× through an <img>
// and a <canvas>. Callable from the SVG map and from the MapLibre view alike (it needs no map object).
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

/**
 * Draws the SVG into a canvas at PNG_SCALE. The image is loaded from a data: URL, not a blob: URL: the
 * app's Content-Security-Policy allows `img-src 'self' data:` only (build/csp.ts).
 */
async function rasterise(svg: string): Promise<Blob> {
  const { width, height } = sizeOf(svg);
  const image = new Image();
  image.decoding = 'async';
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * PNG_SCALE);
  canvas.height = Math.round(height * PNG_SCALE);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('saveMapPicture: no 2D canvas context');
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('canvas.toBlob failed'))), 'image/png'),
  );
}

/** Renders the view described by `options` with title, legend and source line, and downloads it. */
export async function saveMapPicture(format: PictureFormat, options: PictureOptions): Promise<void> {
  const basemap = options.basemap ?? (await loadBasemap());
  const svg = pictureSvg({ ...options, basemap });
  const name = pictureFileName(options.lang, format, options.date);
  if (format === 'svg') saveBlob(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }), name);
  else saveBlob(await rasterise(svg), name);
}
