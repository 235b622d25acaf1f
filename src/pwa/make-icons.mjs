// Draws the app icons (public/icon-192.png, public/icon-512.png): the accent colour as a full square (safe
// for maskable use) with a white route line between three stops, all inside the central safe zone.
// Run with `node src/pwa/make-icons.mjs`; the PNGs are committed, nothing is downloaded.
import { writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';

const ACCENT = [0x0b, 0x57, 0xd0];
const WHITE = [0xff, 0xff, 0xff];
/** The route's stops, in units of the icon's side (inside the 80% maskable safe zone). */
const STOPS = [
  [0.26, 0.66],
  [0.5, 0.44],
  [0.74, 0.34],
];
const LINE_WIDTH = 0.05;
const STOP_RADIUS = 0.075;

function distanceToSegment(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Coverage of the mark at a point (supersampled 4×4 for smooth edges). */
function coverage(size, x, y) {
  let inside = 0;
  for (let sy = 0; sy < 4; sy++)
    for (let sx = 0; sx < 4; sx++) {
      const px = (x + (sx + 0.5) / 4) / size;
      const py = (y + (sy + 0.5) / 4) / size;
      const onLine = STOPS.slice(1).some(
        (stop, i) => distanceToSegment(px, py, STOPS[i], stop) <= LINE_WIDTH / 2,
      );
      const onStop = STOPS.some(([cx, cy]) => Math.hypot(px - cx, py - cy) <= STOP_RADIUS);
      if (onLine || onStop) inside++;
    }
  return inside / 16;
}

function icon(size) {
  const png = new PNG({ width: size, height: size });
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const a = coverage(size, x, y);
      const i = (y * size + x) * 4;
      for (let c = 0; c < 3; c++) png.data[i + c] = Math.round(ACCENT[c] * (1 - a) + WHITE[c] * a);
      png.data[i + 3] = 255;
    }
  return PNG.sync.write(png);
}

for (const size of [192, 512]) {
  const file = new URL(`../../public/icon-${size}.png`, import.meta.url);
  writeFileSync(file, icon(size));
  console.info(`wrote ${file.pathname}`);
}
