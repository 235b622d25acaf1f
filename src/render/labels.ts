// Greedy label placement: labels are placed in priority order and one that would overlap a placed label is
// dropped, as MapLibre's collision detection does. Text width is estimated (no font metrics without a DOM).
import { type Rect, rectContains, rectsIntersect } from './geometry';

/** Average advance of a glyph in em for DejaVu Sans (the app's first font), lower and upper case. */
const EM_PER_CHAR = 0.6;
const EM_PER_UPPER_CHAR = 0.72;

export function estimateTextWidth(text: string, size: number, uppercase = false, letterSpacing = 0): number {
  const chars = [...text].length;
  return chars * size * (uppercase ? EM_PER_UPPER_CHAR : EM_PER_CHAR) + chars * letterSpacing;
}

export interface LabelCandidate {
  /** Box the label occupies on screen, halo included. */
  box: Rect;
}

/** Space kept between two labels, px. */
const LABEL_GAP_PX = 2;

function grow([x0, y0, x1, y1]: Rect, by: number): Rect {
  return [x0 - by, y0 - by, x1 + by, y1 + by];
}

/**
 * Keeps the candidates (already in priority order) that lie wholly inside the view and come no nearer than
 * LABEL_GAP_PX to an earlier kept one: a static picture shows no label cut by its edge.
 */
export function placeLabels<T extends LabelCandidate>(candidates: readonly T[], view: Rect): T[] {
  const placed: T[] = [];
  for (const candidate of candidates) {
    if (!rectContains(view, candidate.box)) continue;
    const padded = grow(candidate.box, LABEL_GAP_PX);
    if (placed.some((other) => rectsIntersect(other.box, padded))) continue;
    placed.push(candidate);
  }
  return placed;
}

/** Breaks text into lines no wider than maxWidth (estimated), at spaces; a single long word stays whole. */
export function wrapText(text: string, size: number, maxWidth: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (line && estimateTextWidth(next, size) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}
