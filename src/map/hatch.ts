// The no-data hatching as raw RGBA pixels (diagonal grey lines on transparent), for map.addImage. Pure.
export const HATCH_SIZE_PX = 8;

export function hatchPixels(sizePx: number = HATCH_SIZE_PX): {
  width: number;
  height: number;
  data: Uint8Array;
} {
  const data = new Uint8Array(sizePx * sizePx * 4);
  for (let y = 0; y < sizePx; y++) {
    for (let x = 0; x < sizePx; x++) {
      // One diagonal per tile, two pixels wide, so the tiles join into continuous lines.
      const d = (x + y) % sizePx;
      if (d > 1) continue;
      data.set([110, 110, 110, 220], (y * sizePx + x) * 4);
    }
  }
  return { width: sizePx, height: sizePx, data };
}
