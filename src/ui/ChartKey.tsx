// A chart's legend drawn from the same entries as the saved picture's: a small line-and-marker key per entry.
import type { LegendEntry } from '../export/chart-picture';
import { markerPath } from './trade-chart-style';

/** Set through the CSSOM (allowed by the CSP, unlike a style attribute): `.chart svg` would stretch the key. */
const SIZE = { width: '24px', height: '12px', display: 'inline-block', verticalAlign: 'middle' };

function Key({ entry }: { entry: LegendEntry }) {
  const paint = { fill: entry.hollow ? '#ffffff' : entry.color, stroke: entry.color, 'stroke-width': 1.5 };
  if (entry.marker === 'bar')
    return (
      <svg width="24" height="12" viewBox="0 0 24 12" aria-hidden="true" style={SIZE}>
        <rect x="5" y="1" width="14" height="10" fill={entry.color} stroke="#1f1f1f" stroke-width="0.8" />
      </svg>
    );
  const marker = entry.marker === 'square' || entry.marker === 'triangle' ? entry.marker : 'circle';
  return (
    <svg width="24" height="12" viewBox="0 0 24 12" aria-hidden="true" style={SIZE}>
      {entry.width !== 0 && (
        <line
          x1="0"
          x2="24"
          y1="6"
          y2="6"
          stroke={entry.color}
          stroke-width={entry.width ?? 2}
          stroke-dasharray={entry.dash || undefined}
        />
      )}
      {entry.marker && <path d={markerPath(marker, 12, 6, 3.5)} {...paint} />}
    </svg>
  );
}

export function ChartLegend({ entries }: { entries: readonly LegendEntry[] }) {
  return (
    <ul class="chart-legend">
      {entries.map((entry) => (
        <li key={entry.label}>
          <Key entry={entry} /> {entry.label}
        </li>
      ))}
    </ul>
  );
}
