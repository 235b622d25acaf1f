// Browser-only: an SVG document as a PNG Blob, drawn into a canvas at `scale`. The image is loaded from a
// data: URL, not a blob: URL: the app's Content-Security-Policy allows `img-src 'self' data:` only
// (build/csp.ts). Shared by "Save chart" and "Save map".
export async function svgToPng(svg: string, width: number, height: number, scale: number): Promise<Blob> {
  const image = new Image();
  image.decoding = 'async';
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('svgToPng: no 2D canvas context');
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('canvas.toBlob failed'))), 'image/png'),
  );
}
