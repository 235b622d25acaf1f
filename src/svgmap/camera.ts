// The SVG map's camera, pure: the same initial fit and limits as the MapLibre view (src/map/view.ts,
// src/map/start.ts), and pan / zoom steps constrained to them as MapLibre constrains its transform.
import { CAMERA_BOUNDS } from '../map/ids';
import {
  type Camera,
  type CameraLimits,
  constrainCamera,
  type LngLat,
  type Point,
  project,
  resolveCamera,
  unproject,
} from '../render';

/** src/map/start.ts REGION_BOUNDS, fitted with view.ts's padding of 20 px. */
export const INITIAL_FIT = { bounds: [27, 33, 88, 53] as const, padding: 20 };
/** MapLibre's camera bounds (src/map/ids.ts) and view.ts's zoom range. */
export const MAP_LIMITS: CameraLimits = { maxBounds: CAMERA_BOUNDS, minZoom: 2, maxZoom: 10 };

/** Pixels one arrow key press moves the map (MapLibre's keyboard handler pans 100 px). */
export const KEY_PAN_PX = 100;

export function initialCamera(width: number, height: number): Camera {
  return resolveCamera(INITIAL_FIT, width, height, MAP_LIMITS);
}

export function constrain(camera: Camera, width: number, height: number): Camera {
  return constrainCamera(camera, MAP_LIMITS, width, height);
}

/** Moves the content by (dx, dy) screen px: dragging right shows what was to the left. */
export function panBy(camera: Camera, dx: number, dy: number, width: number, height: number): Camera {
  const [x, y] = project(camera.center, camera.zoom);
  return constrain({ center: unproject([x - dx, y - dy], camera.zoom), zoom: camera.zoom }, width, height);
}

/** Zooms by `delta` levels keeping the position under `at` (screen px; default the centre) in place. */
export function zoomBy(
  camera: Camera,
  delta: number,
  width: number,
  height: number,
  at: Point = [width / 2, height / 2],
): Camera {
  const zoom = Math.max(MAP_LIMITS.minZoom ?? 0, Math.min(MAP_LIMITS.maxZoom ?? 22, camera.zoom + delta));
  const [cx, cy] = project(camera.center, camera.zoom);
  const anchor: LngLat = unproject([cx + at[0] - width / 2, cy + at[1] - height / 2], camera.zoom);
  const [ax, ay] = project(anchor, zoom);
  const center = unproject([ax - (at[0] - width / 2), ay - (at[1] - height / 2)], zoom);
  return constrain({ center, zoom }, width, height);
}
