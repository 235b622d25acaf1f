// How the trade chart draws: colour, dash and marker per reporter, bar fills, target colour, marker paths.
import type { Flow, ReporterKind } from './trade-chart-model';

export type Marker = 'circle' | 'square' | 'triangle';

/** Line style, colour and marker per reporter: never told apart by colour alone. */
export const SERIES_STYLE: Record<ReporterKind, { color: string; dash: string; marker: Marker }> = {
  AZE: { color: '#0f5e8c', dash: '', marker: 'circle' },
  partner: { color: '#a14a00', dash: '8 3 2 3', marker: 'square' },
  none: { color: '#555555', dash: '2 3', marker: 'triangle' },
};
export const FLOW_FILL: Record<Flow, string> = { exports: '#0f5e8c', imports: '#9cc3dc' };
export const TARGET_COLOR = '#b0125b';

/** The path of a point's marker centred on (x, y): a circle, square or triangle of about `r` radius. */
export function markerPath(marker: Marker, x: number, y: number, r = 4): string {
  if (marker === 'square') return `M${x - r},${y - r}h${2 * r}v${2 * r}h${-2 * r}z`;
  if (marker === 'triangle') return `M${x},${y - r - 1}l${r + 1},${2 * r}h${-2 * r - 2}z`;
  return `M${x - r},${y}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0z`;
}
