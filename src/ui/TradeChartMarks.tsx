// The trade chart's marks: reporter series with part-year markers, target lines, and exports/imports bars.
import type { Figure, Lang } from '../data/schema';
import { LOCALES, parseIsoDate } from '../i18n/i18n';
import { reporterKind, type TargetLine, type TradeBar, type TradeSeries } from './trade-chart-model';
import { FLOW_FILL, markerPath, SERIES_STYLE, TARGET_COLOR } from './trade-chart-style';

export interface Frame {
  x: (year: number) => number;
  y: (value: number) => number;
  left: number;
  right: number;
  /** Focus and hover props of a mark: tabindex, role, its description. */
  focus: (figure: Figure) => Record<string, unknown>;
  active: string | null;
  lang: Lang;
}

/** The focus and hover highlight, as the cargo chart's (app.css: accent stroke, 4 px). */
const ACTIVE = { stroke: '#0b57d0', 'stroke-width': 4 };

/** "Jan–Oct": the months a part-year value covers, in the reader's language. */
export function monthsLabel(figure: Figure, lang: Lang): string {
  const format = new Intl.DateTimeFormat(LOCALES[lang], { month: 'short', timeZone: 'UTC' });
  const from = parseIsoDate(figure.period?.from ?? '').date;
  const to = parseIsoDate(figure.period?.to ?? '').date;
  return `${format.format(from)}–${format.format(to)}`;
}

export function SeriesMarks({ series, frame }: { series: TradeSeries; frame: Frame }) {
  const style = SERIES_STYLE[series.kind];
  const line = series.points.filter((p) => p.onLine);
  const d = line.map((p, i) => `${i ? 'L' : 'M'}${frame.x(p.year)},${frame.y(p.value)}`).join('');
  return (
    <g data-reporter={series.reporter ?? 'none'}>
      {line.length > 1 && (
        // biome-ignore lint/a11y/noAriaHiddenOnFocusable: an SVG <path> is not focusable; the points carry the values
        <path
          d={d}
          fill="none"
          stroke={style.color}
          stroke-width="2"
          stroke-dasharray={style.dash || undefined}
          aria-hidden="true"
        />
      )}
      {series.points.map((p) => (
        <g key={p.figure.id} {...frame.focus(p.figure)} data-partial={p.partial ? 'true' : undefined}>
          <path
            d={markerPath(style.marker, frame.x(p.year), frame.y(p.value))}
            fill={p.partial ? '#ffffff' : style.color}
            stroke={style.color}
            stroke-width="1.5"
            {...(frame.active === p.figure.id ? ACTIVE : {})}
          />
          {p.partial && (
            <text
              x={frame.x(p.year)}
              y={frame.y(p.value) + 14}
              font-size="8"
              fill={style.color}
              text-anchor="middle"
            >
              {monthsLabel(p.figure, frame.lang)}
            </text>
          )}
        </g>
      ))}
    </g>
  );
}

export function TargetMarks({
  line,
  frame,
  label,
}: {
  line: TargetLine;
  frame: Frame;
  label: (target: Figure) => string;
}) {
  const y = frame.y(line.value);
  return (
    <g data-target={line.value}>
      <line
        x1={frame.left}
        x2={frame.right}
        y1={y}
        y2={y}
        stroke={TARGET_COLOR}
        stroke-width="1.2"
        stroke-dasharray="5 4"
      />
      {line.targets.map((target, i) => (
        <g key={target.id} {...frame.focus(target)}>
          {/* The focus ring: a box around the label, drawn only while the label is focused or hovered. */}
          <rect
            x={frame.left + 1}
            y={y - 12 - i * 10}
            width={label(target).length * 4.6 + 4}
            height="11"
            fill="none"
            stroke={frame.active === target.id ? ACTIVE.stroke : 'none'}
            stroke-width={ACTIVE['stroke-width']}
          />
          <text x={frame.left + 3} y={y - 3 - i * 10} font-size="8" fill={TARGET_COLOR}>
            {label(target)}
          </text>
        </g>
      ))}
    </g>
  );
}

export function FlowBars({ bars, frame, width }: { bars: readonly TradeBar[]; frame: Frame; width: number }) {
  return (
    <g>
      {bars.map((bar) => {
        const w = width / bar.slots;
        const x = frame.x(bar.year) - width / 2 + bar.slot * w;
        const top = frame.y(bar.value);
        const dash = SERIES_STYLE[reporterKind(bar.figure.reporter)].dash;
        return (
          <g key={bar.figure.id} {...frame.focus(bar.figure)} data-flow={bar.flow}>
            <rect
              x={x}
              y={top}
              width={Math.max(1, w - 1)}
              height={Math.max(0.5, frame.y(0) - top)}
              fill={FLOW_FILL[bar.flow]}
              stroke="#1f1f1f"
              stroke-width="0.8"
              stroke-dasharray={dash || undefined}
              {...(frame.active === bar.figure.id ? ACTIVE : {})}
            />
          </g>
        );
      })}
    </g>
  );
}
