// Screen-space geometry for the SVG renderer: clipping to the viewport, dropping vertices closer than half a
// pixel, offsetting a line sideways (MapLibre's line-offset), and writing compact SVG path data.
import type { Point } from './projection';

/** A screen rectangle [minX, minY, maxX, maxY]. */
export type Rect = readonly [number, number, number, number];

export function boundsOfPoints(points: readonly Point[]): Rect {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const [x, y] of points) {
    if (x < minX) minX = x;
    if (y < minY) minY = y;
    if (x > maxX) maxX = x;
    if (y > maxY) maxY = y;
  }
  return [minX, minY, maxX, maxY];
}

export function rectsIntersect(a: Rect, b: Rect): boolean {
  return a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];
}

export function rectContains(outer: Rect, inner: Rect): boolean {
  return inner[0] >= outer[0] && inner[1] >= outer[1] && inner[2] <= outer[2] && inner[3] <= outer[3];
}

type Edge = (p: Point) => boolean;

/** Sutherland–Hodgman against the four sides of the rectangle: a ring stays a ring (edges may run along it). */
export function clipRing(ring: readonly Point[], rect: Rect): Point[] {
  const [x0, y0, x1, y1] = rect;
  const sides: [Edge, (a: Point, b: Point) => Point][] = [
    [(p) => p[0] >= x0, (a, b) => atX(a, b, x0)],
    [(p) => p[0] <= x1, (a, b) => atX(a, b, x1)],
    [(p) => p[1] >= y0, (a, b) => atY(a, b, y0)],
    [(p) => p[1] <= y1, (a, b) => atY(a, b, y1)],
  ];
  let out: Point[] = [...ring];
  for (const [inside, cut] of sides) {
    const input = out;
    out = [];
    const count = input.length;
    for (let i = 0; i < count; i++) {
      const current = input[i] as Point;
      const previous = input[(i + count - 1) % count] as Point;
      if (inside(current)) {
        if (!inside(previous)) out.push(cut(previous, current));
        out.push(current);
      } else if (inside(previous)) {
        out.push(cut(previous, current));
      }
    }
    if (out.length === 0) return out;
  }
  return out;
}

function atX(a: Point, b: Point, x: number): Point {
  const t = (x - a[0]) / (b[0] - a[0]);
  return [x, a[1] + t * (b[1] - a[1])];
}

function atY(a: Point, b: Point, y: number): Point {
  const t = (y - a[1]) / (b[1] - a[1]);
  return [a[0] + t * (b[0] - a[0]), y];
}

const INSIDE = 0;
const LEFT = 1;
const RIGHT = 2;
const BOTTOM = 4;
const TOP = 8;

function outCode([x, y]: Point, [x0, y0, x1, y1]: Rect): number {
  let code = INSIDE;
  if (x < x0) code |= LEFT;
  else if (x > x1) code |= RIGHT;
  if (y < y0) code |= TOP;
  else if (y > y1) code |= BOTTOM;
  return code;
}

/** Cohen–Sutherland for one segment; null when it misses the rectangle. */
function clipSegment(a: Point, b: Point, rect: Rect): [Point, Point] | null {
  let [ax, ay] = a;
  let [bx, by] = b;
  let codeA = outCode(a, rect);
  let codeB = outCode(b, rect);
  const [x0, y0, x1, y1] = rect;
  for (;;) {
    if (!(codeA | codeB))
      return [
        [ax, ay],
        [bx, by],
      ];
    if (codeA & codeB) return null;
    const code = codeA || codeB;
    let x = 0;
    let y = 0;
    if (code & TOP) {
      x = ax + ((bx - ax) * (y0 - ay)) / (by - ay);
      y = y0;
    } else if (code & BOTTOM) {
      x = ax + ((bx - ax) * (y1 - ay)) / (by - ay);
      y = y1;
    } else if (code & RIGHT) {
      y = ay + ((by - ay) * (x1 - ax)) / (bx - ax);
      x = x1;
    } else {
      y = ay + ((by - ay) * (x0 - ax)) / (bx - ax);
      x = x0;
    }
    if (code === codeA) {
      ax = x;
      ay = y;
      codeA = outCode([ax, ay], rect);
    } else {
      bx = x;
      by = y;
      codeB = outCode([bx, by], rect);
    }
  }
}

/** Clips a polyline to the rectangle; a line leaving and re-entering becomes several. */
export function clipLine(line: readonly Point[], rect: Rect): Point[][] {
  const parts: Point[][] = [];
  let current: Point[] | null = null;
  for (let i = 1; i < line.length; i++) {
    const clipped = clipSegment(line[i - 1] as Point, line[i] as Point, rect);
    if (!clipped) {
      current = null;
      continue;
    }
    const [a, b] = clipped;
    const last = current?.[current.length - 1];
    if (current && last && last[0] === a[0] && last[1] === a[1]) current.push(b);
    else {
      current = [a, b];
      parts.push(current);
    }
  }
  return parts;
}

/** Drops each vertex closer than `tolerance` px to the last kept one; keeps the last vertex of a line. */
export function simplify(points: readonly Point[], tolerance: number, closed: boolean): Point[] {
  const first = points[0];
  if (!first) return [];
  const out: Point[] = [first];
  const t2 = tolerance * tolerance;
  for (let i = 1; i < points.length; i++) {
    const p = points[i] as Point;
    const last = out[out.length - 1] as Point;
    const dx = p[0] - last[0];
    const dy = p[1] - last[1];
    if (dx * dx + dy * dy >= t2) out.push(p);
    else if (!closed && i === points.length - 1) out[out.length - 1] = p;
  }
  if (!closed && out.length === 1 && points.length > 1) out.push(points[points.length - 1] as Point);
  return out;
}

/**
 * Shifts a line `offset` px to the right of its direction (MapLibre's line-offset, y pointing down), joining
 * the shifted segments at the bisector with the miter length capped at 2×.
 */
export function offsetLine(line: readonly Point[], offset: number): Point[] {
  if (offset === 0 || line.length < 2) return [...line];
  const normals: Point[] = [];
  for (let i = 1; i < line.length; i++) {
    const [ax, ay] = line[i - 1] as Point;
    const [bx, by] = line[i] as Point;
    const length = Math.hypot(bx - ax, by - ay) || 1;
    normals.push([-(by - ay) / length, (bx - ax) / length]);
  }
  return line.map(([x, y], i) => {
    const before = normals[Math.max(0, i - 1)] as Point;
    const after = normals[Math.min(normals.length - 1, i)] as Point;
    let nx = before[0] + after[0];
    let ny = before[1] + after[1];
    const length = Math.hypot(nx, ny);
    if (length < 1e-9) {
      nx = after[0];
      ny = after[1];
    } else {
      nx /= length;
      ny /= length;
    }
    const cos = nx * after[0] + ny * after[1];
    const miter = Math.min(2, 1 / Math.max(cos, 0.5));
    return [x + nx * offset * miter, y + ny * offset * miter];
  });
}

/** A number in tenths of a pixel, written as short as SVG allows ("12.3", ".5", "-4"). */
function tenths(n: number): string {
  const negative = n < 0;
  const abs = Math.abs(n);
  const whole = Math.floor(abs / 10);
  const frac = abs % 10;
  const text = frac === 0 ? String(whole) : whole === 0 ? `.${frac}` : `${whole}.${frac}`;
  return negative ? `-${text}` : text;
}

function joinNumbers(numbers: readonly string[]): string {
  let out = '';
  for (const text of numbers) {
    out += out === '' || text.startsWith('-') ? text : ` ${text}`;
  }
  return out;
}

/** Rounds to 0.1 px. */
export function round1(n: number): number {
  const r = Math.round(n * 10) / 10;
  return r === 0 ? 0 : r;
}

/**
 * SVG path data for screen-space rings or lines: absolute moveto, then relative linetos between points
 * rounded to 0.1 px (deltas of rounded points, so rounding never accumulates); `closed` adds "z".
 */
export function pathData(parts: readonly (readonly Point[])[], closed: boolean): string {
  let d = '';
  for (const part of parts) {
    const numbers: string[] = [];
    let px = 0;
    let py = 0;
    let count = 0;
    for (const [x, y] of part) {
      const tx = Math.round(x * 10);
      const ty = Math.round(y * 10);
      if (count > 0 && tx === px && ty === py) continue;
      if (count > 0) numbers.push(tenths(tx - px), tenths(ty - py));
      else d += `M${joinNumbers([tenths(tx), tenths(ty)])}`;
      px = tx;
      py = ty;
      count++;
    }
    if (count < 2 || (closed && count < 3)) {
      // Too small to draw: undo the moveto.
      d = d.slice(0, d.lastIndexOf('M'));
      continue;
    }
    d += `l${joinNumbers(numbers)}`;
    if (closed) d += 'z';
  }
  return d;
}
