// The cargo projection chart (SVG): actual, capacity steps, labelled forecasts; focusable marks; the map's year ruled.
import { useId, useRef, useState } from 'preact/hooks';
import type { Figure, Source } from '../data/schema';
import type { LegendEntry } from '../export/chart-picture';
import { formatNumber, formatPeriod, formatValue } from '../i18n/i18n';
import { buildChartModel, CHART_KEYS, CHART_YEARS, niceTicks } from './chart-model';
import { citations, figureDate } from './cite';
import { useT } from './context';
import { SaveChartButtons } from './SaveChartButtons';
import { YearRule } from './YearRule';

const W = 380;
const H = 230;
const M = { left: 40, right: 12, top: 14, bottom: 26 };

export function CargoChart({
  figures,
  byId,
}: {
  figures: readonly Figure[];
  byId: ReadonlyMap<string, Source>;
}) {
  const { lang, t } = useT();
  const svgRef = useRef<SVGSVGElement>(null);
  const [active, setActive] = useState<Figure | null>(null);
  const hintId = useId();
  const model = buildChartModel(figures);
  const marks = model.actual.length + model.capacity.length + model.forecasts.length;
  const ticks = niceTicks(model.maxMt * 1.05);
  const top = ticks[ticks.length - 1] ?? 1;
  const x = (year: number) =>
    M.left + ((year - CHART_YEARS.from) / (CHART_YEARS.to - CHART_YEARS.from)) * (W - M.left - M.right);
  const y = (mt: number) => H - M.bottom - (mt / top) * (H - M.top - M.bottom);
  const describe = (f: Figure) =>
    t('chart.point', {
      period: f.period ? formatPeriod(f.period, lang) : figureDate(f, lang),
      value: formatValue(f.value, f.unit, lang, f.valueMax),
      status:
        t(`status.${f.status}`) + (f.publishedBy ? ` ${t('table.publishedBy', { who: f.publishedBy })}` : ''),
      source: citations(f.sources, byId, lang),
      date: figureDate(f, lang),
    });
  const focusProps = (f: Figure) => ({
    // Lower case: on SVG elements Preact sets attributes verbatim, and `tabIndex` is not `tabindex` there.
    tabindex: 0,
    role: 'img' as const,
    'aria-label': describe(f),
    class: `mark${active?.id === f.id ? ' active' : ''}`,
    'data-figure': f.id,
    onFocus: () => setActive(f),
    onMouseEnter: () => setActive(f),
  });
  if (marks === 0) return <p class="chart-empty">{t('chart.empty')}</p>;
  const fullActual = model.actual.filter((p) => !p.partial);
  const actualPath = fullActual.map((p, i) => `${i ? 'L' : 'M'}${x(p.year)},${y(p.valueMt)}`).join('');
  const years = Array.from({ length: CHART_YEARS.to - CHART_YEARS.from + 1 }, (_, i) => CHART_YEARS.from + i);
  return (
    <figure class="chart">
      <figcaption>
        <strong>{t('chart.title')}</strong> <span>({t('chart.unit')})</span>
      </figcaption>
      <ul class="chart-legend">
        {CHART_KEYS.map((k) => (
          <li key={k.key}>
            <span class={`key ${k.class}`} aria-hidden="true" />
            {t(k.key)}
          </li>
        ))}
      </ul>
      <svg viewBox={`0 0 ${W} ${H}`} aria-describedby={hintId} ref={svgRef}>
        <title>{`${t('chart.title')} (${t('chart.unit')})`}</title>
        {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: an SVG <g> is not focusable; the axis is decoration */}
        <g class="axis" aria-hidden="true">
          {ticks.map((v) => (
            <g key={v}>
              <line x1={M.left} x2={W - M.right} y1={y(v)} y2={y(v)} class="grid" />
              <text x={M.left - 4} y={y(v) + 3} text-anchor="end">
                {formatNumber(v, lang, 1)}
              </text>
            </g>
          ))}
          {years.map((year) => (
            <text key={year} x={x(year)} y={H - 8} text-anchor="middle">
              {year % 5 === 0 || year === CHART_YEARS.from ? String(year) : ''}
            </text>
          ))}
        </g>
        <YearRule x={x} from={CHART_YEARS.from} to={CHART_YEARS.to} top={M.top} bottom={H - M.bottom} />
        {model.capacity.map((step) => (
          <g key={step.figure.id} {...focusProps(step.figure)}>
            <line
              class="capacity"
              x1={x(step.fromYear)}
              x2={x(step.toYear)}
              y1={y(step.valueMt)}
              y2={y(step.valueMt)}
            />
            <path class="capacity-mark" d={`M${x(step.fromYear) - 4},${y(step.valueMt) - 4}h8v8h-8z`} />
          </g>
        ))}
        {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: an SVG <path> is not focusable; the points carry the values */}
        {actualPath && <path class="actual" d={actualPath} aria-hidden="true" />}
        {model.forecasts.map((mark) => (
          <g key={mark.figure.id} {...focusProps(mark.figure)}>
            {mark.base && (
              <line
                class="forecast"
                x1={x(mark.base.year)}
                y1={y(mark.base.valueMt)}
                x2={x(mark.year)}
                y2={y(mark.valueMt)}
              />
            )}
            <path class="forecast-mark" d={`M${x(mark.year)},${y(mark.valueMt) - 6}l6,6l-6,6l-6,-6z`} />
            <text class="forecast-label" x={x(mark.year) - 8} y={y(mark.valueMt) - 8} text-anchor="end">
              {mark.figure.publishedBy ?? ''}
            </text>
          </g>
        ))}
        {model.actual.map((p) => (
          <g key={p.figure.id} {...focusProps(p.figure)}>
            <circle
              class={p.partial ? 'actual-mark partial' : 'actual-mark'}
              cx={x(p.year)}
              cy={y(p.valueMt)}
              r="4.5"
            />
          </g>
        ))}
      </svg>
      <p class="chart-tooltip" id={hintId} aria-live="polite">
        {active ? describe(active) : t('chart.hint')}
      </p>
      <SaveChartButtons
        chart={svgRef}
        subject={figures[0]?.subject ?? 'chart'}
        title={`${t('chart.title')} (${t('chart.unit')})`}
        legend={CHART_KEYS.map((k): LegendEntry => ({ ...k, label: t(k.key) }))}
        figures={[...model.actual, ...model.capacity, ...model.forecasts].map((m) => m.figure)}
        byId={byId}
      />
    </figure>
  );
}
