// The trade layer's legend: class breaks in million USD, the hatching for "no data", and whose statistics
// (Azerbaijan's or the partner's) each shaded state's value comes from, for the year shown.
import type { Dataset, Lang } from '../data/schema';
import { formatNumber } from '../i18n/i18n';
import { featureOf, nameOf } from '../state/derive';
import { type Reporter, TRADE_BREAKS_USD_M, tradeValues } from '../year/trade';
import { yt } from './year-announce';

function classLabel(index: number, lang: Lang): string {
  const [low, high] = [TRADE_BREAKS_USD_M[index - 1], TRADE_BREAKS_USD_M[index]];
  const n = (value: number) => formatNumber(value, lang);
  if (low === undefined) return `< ${n(high ?? 0)}`;
  return high === undefined ? `≥ ${n(low)}` : `${n(low)}–${n(high)}`;
}

function Box({ color }: { color: string }) {
  return (
    <svg width="20" height="12" aria-hidden="true">
      <rect width="20" height="12" fill={color} stroke="#8a6a1f" stroke-width="1" />
    </svg>
  );
}

function Hatch() {
  return (
    <svg width="20" height="12" aria-hidden="true">
      <pattern
        id="legend-hatch"
        width="6"
        height="6"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <line x1="0" y1="0" x2="0" y2="6" stroke="#6e6e6e" stroke-width="2" />
      </pattern>
      <rect width="20" height="12" fill="url(#legend-hatch)" stroke="#8a6a1f" stroke-width="1" />
    </svg>
  );
}

export function TradeLegend(props: {
  dataset: Dataset;
  year: number;
  lang: Lang;
  colors: readonly string[];
}) {
  const { dataset, year, lang, colors } = props;
  const values = tradeValues(dataset, year);
  const name = (id: string) => {
    const feature = featureOf(dataset, id);
    return feature ? nameOf(feature, lang) : id;
  };
  const byReporter = (reporter: Reporter) =>
    [...values].filter(([, v]) => v.reporter === reporter).map(([id]) => name(id));
  const reporters = (['AZE', 'partner'] as const)
    .map((reporter) => [reporter, byReporter(reporter)] as const)
    .filter(([, countries]) => countries.length > 0)
    .map(([reporter, countries]) => yt(lang, `reporter.${reporter}`, { countries: countries.join(', ') }));
  return (
    <div class="trade-legend">
      <p>{yt(lang, 'tradeTitle', { year })}</p>
      <ul>
        {colors.map((color, index) => (
          <li key={color}>
            <Box color={color} /> {classLabel(index, lang)}
          </li>
        ))}
        <li>
          <Hatch /> {yt(lang, 'tradeNoData')}
        </li>
      </ul>
      {reporters.length > 0 && <p>{yt(lang, 'reporters', { list: reporters.join('; ') })}</p>}
    </div>
  );
}
