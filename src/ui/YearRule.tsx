// The map's selected year on a chart's time axis: a vertical rule labelled with the year; nothing when none is chosen.
import { useViewT } from '../views/i18n';
import { CHART_MESSAGES } from './chart-messages';
import { useApp } from './context';

export function YearRule({
  x,
  from,
  to,
  top,
  bottom,
}: {
  x: (year: number) => number;
  /** The years the axis spans: a year outside them is not drawn. */
  from: number;
  to: number;
  top: number;
  bottom: number;
}) {
  const { state } = useApp();
  const { vt } = useViewT(CHART_MESSAGES);
  const year = state.year.value;
  if (year === null || year < from || year > to) return null;
  const label = vt('yearRule', { year: String(year) });
  return (
    // biome-ignore lint/a11y/noInteractiveElementToNoninteractiveRole: an SVG <g> is not interactive; the role names the rule
    <g class="year-rule" role="img" aria-label={label} data-year={year}>
      <line
        x1={x(year)}
        x2={x(year)}
        y1={top}
        y2={bottom}
        stroke="#0b57d0"
        stroke-width="1.5"
        stroke-dasharray="1 2"
      />
      <text
        x={x(year) + 3}
        y={top - 3}
        font-size="9"
        font-weight="bold"
        fill="#0b57d0"
        text-anchor={x(year) > (x(from) + x(to)) / 2 ? 'end' : 'start'}
        dx={x(year) > (x(from) + x(to)) / 2 ? -6 : 0}
      >
        {String(year)}
      </text>
    </g>
  );
}
