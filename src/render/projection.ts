// Web Mercator exactly as MapLibre computes it (512 px tiles), the camera → screen transform, and
// MapLibre's cameraForBounds and maxBounds constrain, so an SVG lines up with the map at the same camera.

export type LngLat = readonly [lon: number, lat: number];
export type Point = readonly [x: number, y: number];
/** [[west, south], [east, north]] or [west, south, east, north]. */
export type BoundsLike = readonly [LngLat, LngLat] | readonly [number, number, number, number];

export interface Camera {
  center: LngLat;
  zoom: number;
}

export type Padding = number | { top: number; right: number; bottom: number; left: number };

/** MapLibre's tile size: the world is 512 px wide at zoom 0. */
export const TILE_SIZE = 512;
/** MapLibre's MAX_VALID_LATITUDE: Mercator y is clamped there. */
export const MAX_LATITUDE = 85.051129;

export function worldSize(zoom: number): number {
  return TILE_SIZE * 2 ** zoom;
}

/** Mercator x in [0, 1] (MapLibre's mercatorXfromLng). */
export function mercatorX(lon: number): number {
  return (lon + 180) / 360;
}

/** Mercator y in [0, 1], 0 at the north edge (MapLibre's mercatorYfromLat). */
export function mercatorY(lat: number): number {
  const clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));
  return (180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (clamped * Math.PI) / 360))) / 360;
}

/** A position to world pixels at a zoom: (0, 0) is the north-west corner of the world. */
export function project([lon, lat]: LngLat, zoom: number): Point {
  const ws = worldSize(zoom);
  return [mercatorX(lon) * ws, mercatorY(lat) * ws];
}

/** World pixels at a zoom back to a position (inverse of project). */
export function unproject([x, y]: Point, zoom: number): LngLat {
  const ws = worldSize(zoom);
  const lon = (x / ws) * 360 - 180;
  const y2 = 180 - (y / ws) * 360;
  const lat = (360 / Math.PI) * Math.atan(Math.exp((y2 * Math.PI) / 180)) - 90;
  return [lon, lat];
}

/** Projects positions to screen pixels of a viewport of width × height looking at the camera. */
export interface Viewport {
  readonly width: number;
  readonly height: number;
  readonly camera: Camera;
  toScreen(position: LngLat): Point;
  toLngLat(point: Point): LngLat;
}

export function viewport(camera: Camera, width: number, height: number): Viewport {
  const ws = worldSize(camera.zoom);
  const [cx, cy] = project(camera.center, camera.zoom);
  const dx = width / 2 - cx;
  const dy = height / 2 - cy;
  return {
    width,
    height,
    camera,
    toScreen: ([lon, lat]) => [mercatorX(lon) * ws + dx, mercatorY(lat) * ws + dy],
    toLngLat: ([x, y]) => unproject([x - dx, y - dy], camera.zoom),
  };
}

function paddingOf(padding: Padding | undefined): {
  top: number;
  right: number;
  bottom: number;
  left: number;
} {
  if (padding === undefined) return { top: 0, right: 0, bottom: 0, left: 0 };
  if (typeof padding === 'number') return { top: padding, right: padding, bottom: padding, left: padding };
  return padding;
}

/** [west, south, east, north] from either bounds form. */
export function boundsArray(bounds: BoundsLike): [number, number, number, number] {
  if (bounds.length === 4) return [bounds[0], bounds[1], bounds[2], bounds[3]];
  const [[w, s], [e, n]] = bounds;
  return [w, s, e, n];
}

/**
 * The camera that fits the bounds into width × height minus padding, as MapLibre's cameraForBounds
 * (bearing 0): zoom is log2 of the limiting scale, the center the middle of the projected box, shifted by
 * half the difference of opposite paddings. No zoom clamp unless maxZoom is given.
 */
export function fitBounds(
  bounds: BoundsLike,
  width: number,
  height: number,
  padding?: Padding,
  options: { maxZoom?: number } = {},
): Camera {
  const [w, s, e, n] = boundsArray(bounds);
  const pad = paddingOf(padding);
  const nw = project([w, n], 0);
  const se = project([e, s], 0);
  const sizeX = se[0] - nw[0];
  const sizeY = se[1] - nw[1];
  const scaleX = (width - pad.left - pad.right) / sizeX;
  const scaleY = (height - pad.top - pad.bottom) / sizeY;
  let zoom = Math.log2(Math.min(scaleX, scaleY));
  if (!Number.isFinite(zoom)) throw new RangeError('fitBounds: the bounds or the viewport have no size');
  if (options.maxZoom !== undefined) zoom = Math.min(zoom, options.maxZoom);
  const scale = 2 ** zoom;
  const middle: Point = [
    (nw[0] + se[0]) / 2 - (pad.left - pad.right) / 2 / scale,
    (nw[1] + se[1]) / 2 - (pad.top - pad.bottom) / 2 / scale,
  ];
  return { center: unproject(middle, 0), zoom };
}

export interface CameraLimits {
  /** The area the view may not leave (MapLibre's maxBounds). */
  maxBounds?: BoundsLike;
  minZoom?: number;
  maxZoom?: number;
}

/**
 * MapLibre's default constrain (mercator_transform.ts defaultConstrain) for a map with maxBounds: clamp the
 * zoom, zoom in until the bounds fill the screen, else pan so that the view stays inside them.
 */
export function constrainCamera(camera: Camera, limits: CameraLimits, width: number, height: number): Camera {
  const zoom = Math.max(limits.minZoom ?? 0, Math.min(limits.maxZoom ?? 22, camera.zoom));
  if (!limits.maxBounds) return { center: camera.center, zoom };
  const [w, s, e, n] = boundsArray(limits.maxBounds);
  const ws = worldSize(zoom);
  const minX = mercatorX(w) * ws;
  const maxX = mercatorX(e) * ws;
  const minY = mercatorY(n) * ws;
  const maxY = mercatorY(s) * ws;
  const scaleX = maxX - minX < width ? width / (maxX - minX) : 0;
  const scaleY = maxY - minY < height ? height / (maxY - minY) : 0;
  const [x, y] = project(camera.center, zoom);
  const scale = Math.max(scaleX, scaleY);
  if (scale) {
    const point: Point = [scaleX ? (maxX + minX) / 2 : x, scaleY ? (maxY + minY) / 2 : y];
    return { center: unproject(point, zoom), zoom: zoom + Math.log2(scale) };
  }
  let cx = x;
  let cy = y;
  if (y - height / 2 < minY) cy = minY + height / 2;
  if (y + height / 2 > maxY) cy = maxY - height / 2;
  if (x - width / 2 < minX) cx = minX + width / 2;
  if (x + width / 2 > maxX) cx = maxX - width / 2;
  if (cx === x && cy === y) return { center: camera.center, zoom };
  return { center: unproject([cx, cy], zoom), zoom };
}
