// Camera padding for fitting a feature: a base margin, plus whatever part of the map a panel or sheet covers.
export interface RectLike {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface PaddingPx {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** At least this share of the map's width and height stays free for the feature. */
const MIN_FREE_SHARE = 0.3;

/**
 * The cover is attributed to the side it hugs: a panel on the right (desktop), a sheet at the bottom (phone).
 * A cover that does not overlap the map (a panel laid out beside it) adds nothing.
 */
export function paddingFor(map: RectLike, cover: RectLike | null, basePx: number): PaddingPx {
  const padding = { top: basePx, right: basePx, bottom: basePx, left: basePx };
  const width = map.right - map.left;
  const height = map.bottom - map.top;
  if (
    cover &&
    cover.left < map.right &&
    cover.right > map.left &&
    cover.top < map.bottom &&
    cover.bottom > map.top
  ) {
    const spansWidth = cover.left <= map.left + width * 0.1 && cover.right >= map.right - width * 0.1;
    if (spansWidth && cover.top > map.top) padding.bottom += map.bottom - cover.top;
    else if (spansWidth) padding.top += cover.bottom - map.top;
    else if (cover.left > map.left + width / 2 - 1) padding.right += map.right - cover.left;
    else padding.left += cover.right - map.left;
  }
  const scale = (a: number, b: number, size: number) => {
    const max = size * (1 - MIN_FREE_SHARE);
    return a + b > max ? max / (a + b) : 1;
  };
  const sx = scale(padding.left, padding.right, width);
  const sy = scale(padding.top, padding.bottom, height);
  return {
    top: padding.top * sy,
    bottom: padding.bottom * sy,
    left: padding.left * sx,
    right: padding.right * sx,
  };
}
