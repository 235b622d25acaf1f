// The year's part of the legend (loaded on demand): reference widths with their tonnages, the dashed styles,
// the hovered feature's value for the year, and, with the trade layer on, its classes and reporters.
import { TRADE_COLORS } from '../map/style';
import { defaultYear } from '../year/default-year';
import { NO_DATA_WIDTH_PX, REFERENCE_MT, widthPxFor } from '../year/scale';
import { yearValues } from '../year/values';
import { useApp } from './context';
import { TradeLegend } from './TradeLegend';
import { describeSourced, shortName, yt } from './year-announce';
import './year.css';

function Line({
  widthPx,
  dashed = false,
  faint = false,
}: {
  widthPx: number;
  dashed?: boolean;
  faint?: boolean;
}) {
  return (
    <svg width="32" height="14" aria-hidden="true">
      <line
        x1="0"
        y1="7"
        x2="32"
        y2="7"
        stroke="#444"
        stroke-width={widthPx}
        stroke-dasharray={dashed ? '4 3' : undefined}
        stroke-opacity={faint ? 0.55 : 1}
      />
    </svg>
  );
}

export function YearLegend() {
  const { state } = useApp();
  const lang = state.lang.value;
  const dataset = state.dataset.value;
  if (!dataset) return null;
  const year = state.year.value ?? defaultYear(dataset);
  const scale = state.scale.value;
  const values = yearValues(dataset, year, scale);
  const hovered = state.hovered.value;
  const hoveredValue = hovered ? values.get(hovered) : undefined;
  const visible = state.visibleLayers.value;
  return (
    <div class="year-legend">
      <p class="year-hover" aria-hidden="true">
        {hovered && hoveredValue
          ? yt(lang, 'hover', {
              name: shortName(dataset, hovered, lang),
              year,
              value: describeSourced(dataset, hoveredValue, year, lang),
            })
          : ''}
      </p>
      <p>{yt(lang, scale === 'capacity' ? 'width.capacity' : 'width.cargo', { year })}</p>
      <ul>
        {REFERENCE_MT.map((mt) => (
          <li key={mt}>
            <Line widthPx={widthPxFor(mt)} /> {yt(lang, 'mt', { value: mt })}
          </li>
        ))}
        <li>
          <Line widthPx={widthPxFor(2)} dashed faint /> {yt(lang, 'dashedForecast')}
        </li>
        <li>
          <Line widthPx={NO_DATA_WIDTH_PX} dashed /> {yt(lang, 'dashedNoData', { year })}
        </li>
      </ul>
      {visible.includes('trade') && (
        <TradeLegend dataset={dataset} year={year} lang={lang} colors={TRADE_COLORS} />
      )}
    </div>
  );
}
