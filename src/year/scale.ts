// From tonnes to pixels: route widths and port radii grow with the square root of Mt, so area tracks volume.
export interface RangeMt {
  min: number;
  max: number;
}

/** Width of a route with no figure for the year (drawn dashed). */
export const NO_DATA_WIDTH_PX = 1.5;
/** Radius of a port with no figure for the year (drawn faint). */
export const NO_DATA_RADIUS_PX = 3;
/** The reference volumes the legend draws. */
export const REFERENCE_MT = [1, 5, 10] as const;

/** Where sources disagree, the width shows the midpoint (the range is told in words). */
export const midpointMt = (range: RangeMt): number => (range.min + range.max) / 2;

export function widthPxFor(valueMt: number): number {
  return NO_DATA_WIDTH_PX + 0.5 + 2 * Math.sqrt(Math.max(0, valueMt));
}

export function radiusPxFor(valueMt: number): number {
  return NO_DATA_RADIUS_PX + 1 + 2 * Math.sqrt(Math.max(0, valueMt));
}
