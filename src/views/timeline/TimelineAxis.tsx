// The time axis of the Timeline view: one dot per event, by date, in lanes so close events do not overlap.
// One image for assistive technology, named by its label (the list below carries the same events).
import type { AtlasEvent } from '../../data/schema';
import { AXIS_START_YEAR, placeEvents, timeOf } from './model';

const WIDTH = 1000;
const LANE_PX = 12;
const TOP = 8;

export function TimelineAxis({
  events,
  endYear,
  label,
}: {
  events: readonly AtlasEvent[];
  endYear: number;
  label: string;
}) {
  const start = timeOf(String(AXIS_START_YEAR));
  const end = timeOf(String(endYear + 1));
  const placed = placeEvents(events, start, end, 10 / WIDTH);
  const lanes = Math.max(1, ...placed.map((p) => p.lane + 1));
  const axisY = TOP + lanes * LANE_PX + 4;
  const years: number[] = [];
  for (let year = AXIS_START_YEAR; year <= endYear + 1; year += 1) years.push(year);
  const xOf = (time: number) => ((time - start) / (end - start)) * WIDTH;
  return (
    <figure class="timeline-axis">
      <svg viewBox={`0 0 ${WIDTH} ${axisY + 22}`} role="img" aria-label={label}>
        <line x1={0} x2={WIDTH} y1={axisY} y2={axisY} class="axis-line" />
        {years.map((year) => {
          const x = xOf(timeOf(String(year)));
          const labelled = year % 5 === 0 || year === AXIS_START_YEAR;
          return (
            <g key={year}>
              <line x1={x} x2={x} y1={axisY} y2={axisY + (labelled ? 6 : 3)} class="axis-tick" />
              {labelled && (
                <text x={x} y={axisY + 18} text-anchor="middle" class="axis-label">
                  {year}
                </text>
              )}
            </g>
          );
        })}
        {placed.map(({ event, x, lane }) => (
          <circle
            key={event.id}
            cx={x * WIDTH}
            cy={TOP + lane * LANE_PX}
            r={5}
            class={`dot kind-${event.kind}`}
          />
        ))}
      </svg>
    </figure>
  );
}
