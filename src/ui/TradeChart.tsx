// A member state's trade with Azerbaijan as a chart: turnover per reporter with targets, exports and imports below.
import { useId, useRef, useState } from 'preact/hooks';
import type { Dataset, Figure } from '../data/schema';
import { formatNumber } from '../i18n/i18n';
import { ChartLegend } from './ChartKey';
import { niceTicks } from './chart-model';
import { SaveChartButtons } from './SaveChartButtons';
import { FlowBars, type Frame, SeriesMarks, TargetMarks } from './TradeChartMarks';
import { buildTradeChartModel, linearScale } from './trade-chart-model';
import { useTradeChartText } from './trade-chart-text';
import { YearRule } from './YearRule';

const W = 380;
const X = { left: 44, right: W - 12 };
const TURNOVER = { top: 22, bottom: 172 };
const FLOWS = { top: 214, bottom: 288 };
const INK = '#1f1f1f';

export function TradeChart({ dataset, countryId }: { dataset: Dataset; countryId: string }) {
  const svgRef = useRef<SVGSVGElement>(null);
  const [active, setActive] = useState<Figure | null>(null);
  const hintId = useId();
  const model = buildTradeChartModel(dataset.figures.filter((f) => f.subject === countryId));
  const text = useTradeChartText(dataset, countryId, model);
  const { lang, t, vt } = text;
  if (model.series.length === 0 && model.bars.length === 0) return null;

  const hasBars = model.bars.length > 0;
  const height = hasBars ? FLOWS.bottom + 22 : TURNOVER.bottom + 22;
  const x = linearScale(model.years.from - 0.5, model.years.to + 0.5, X.left, X.right);
  const tTicks = niceTicks(model.maxTurnover * 1.05);
  const fTicks = niceTicks(model.maxFlow * 1.05);
  const yT = linearScale(0, tTicks[tTicks.length - 1] ?? 1, TURNOVER.bottom, TURNOVER.top);
  const yF = linearScale(0, fTicks[fTicks.length - 1] ?? 1, FLOWS.bottom, FLOWS.top);
  const years = Array.from({ length: model.years.to - model.years.from + 1 }, (_, i) => model.years.from + i);
  const frame = (y: (v: number) => number): Frame => ({
    x,
    y,
    left: X.left,
    right: X.right,
    active: active?.id ?? null,
    lang,
    focus: (f: Figure) => ({
      // Lower case: on SVG elements Preact sets attributes verbatim, and `tabIndex` is not `tabindex` there.
      tabindex: 0,
      role: 'img',
      'aria-label': text.describe(f),
      class: 'mark',
      'data-figure': f.id,
      onFocus: () => setActive(f),
      onMouseEnter: () => setActive(f),
    }),
  });
  const axis = (ticks: number[], y: (v: number) => number, bottom: number) => (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: an SVG <g> is not focusable; the axis is decoration
    <g aria-hidden="true" font-size="9" fill="#4d4d4d">
      {ticks.map((v) => (
        <g key={v}>
          <line x1={X.left} x2={X.right} y1={y(v)} y2={y(v)} stroke="#e6e2d8" stroke-width="1" />
          <text x={X.left - 4} y={y(v) + 3} text-anchor="end">
            {formatNumber(v, lang, 1)}
          </text>
        </g>
      ))}
      {years.map((year) => (
        <text key={year} x={x(year)} y={bottom + 12} text-anchor="middle">
          {years.length > 12 && year % 2 ? '' : String(year)}
        </text>
      ))}
    </g>
  );
  const drawn = [
    ...model.series.flatMap((s) => s.points.map((p) => p.figure)),
    ...model.targets.flatMap((line) => line.targets),
    ...model.bars.map((b) => b.figure),
  ];
  return (
    <figure class="chart trade-chart">
      <figcaption>
        <strong>{text.title}</strong>
      </figcaption>
      <ChartLegend entries={text.legend} />
      <svg viewBox={`0 0 ${W} ${height}`} aria-describedby={hintId} ref={svgRef}>
        <title>{text.title}</title>
        <desc>{vt('desc')}</desc>
        <text x={X.left} y={TURNOVER.top - 10} font-size="10" font-weight="bold" fill={INK}>
          {vt('turnover')}
        </text>
        {axis(tTicks, yT, TURNOVER.bottom)}
        <YearRule
          x={x}
          from={model.years.from}
          to={model.years.to}
          top={TURNOVER.top}
          bottom={hasBars ? FLOWS.bottom : TURNOVER.bottom}
        />
        {model.targets.map((line) => (
          <TargetMarks key={line.value} line={line} frame={frame(yT)} label={text.targetLabel} />
        ))}
        {model.series.map((s) => (
          <SeriesMarks key={s.reporter ?? 'none'} series={s} frame={frame(yT)} />
        ))}
        {hasBars && (
          <g>
            <text x={X.left} y={FLOWS.top - 10} font-size="10" font-weight="bold" fill={INK}>
              {vt('flows')}
            </text>
            {axis(fTicks, yF, FLOWS.bottom)}
            <FlowBars bars={model.bars} frame={frame(yF)} width={Math.min(26, (x(1) - x(0)) * 0.7)} />
          </g>
        )}
      </svg>
      <p class="chart-tooltip" id={hintId} aria-live="polite">
        {active ? text.describe(active) : t('chart.hint')}
      </p>
      <SaveChartButtons
        chart={svgRef}
        subject={countryId}
        title={text.title}
        legend={text.legend}
        figures={drawn}
        byId={text.byId}
      />
    </figure>
  );
}
