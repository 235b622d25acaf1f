// The drawn length of a route (Turf, along its legs through sourced stations) beside every published length,
// each with its source, saying which is which and how far apart they are.
import type { Dataset, Figure, RouteId } from '../data/schema';
import { drawnLengthKm } from '../geo/drawn-length';
import { formatKm, formatNumber } from '../i18n/i18n';
import { shortCitation } from './cite';
import { useT } from './context';

/** End points of the published length, per route (the BTK's 826–850 km run from Baku to Kars). */
const MEASURED_BETWEEN: Readonly<Record<string, readonly [string, string]>> = { btk: ['baku', 'kars'] };

export function LengthCompare({ dataset, routeId }: { dataset: Dataset; routeId: RouteId }) {
  const { lang, t } = useT();
  const ends = MEASURED_BETWEEN[routeId];
  const published = dataset.figures.filter((f) => f.subject === routeId && f.metric === 'length');
  if (!ends || published.length === 0) return null;
  const drawn = drawnLengthKm(dataset.segments, dataset.places, routeId, ends[0], ends[1]);
  if (drawn === null) return null;
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const names = new Map(dataset.places.map((p) => [p.properties.id, p.properties.name[lang]]));
  const shortest = Math.min(...published.map((f) => f.value));
  const shortBy = (100 * (shortest - drawn)) / shortest;
  const cite = (f: Figure) => f.sources.map((id) => shortCitation(sources.get(id), lang)).join('; ');
  return (
    <div class="length-compare">
      <p>
        {t('length.drawn', {
          from: names.get(ends[0]) ?? ends[0],
          to: names.get(ends[1]) ?? ends[1],
          km: formatKm(drawn, lang),
        })}
      </p>
      <ul>
        {published.map((f) => (
          <li key={f.id}>{t('length.published', { km: formatKm(f.value, lang), source: cite(f) })}</li>
        ))}
      </ul>
      <p class="note">
        {shortBy > 0 ? t('length.shorter', { pct: formatNumber(shortBy, lang, 1) }) : t('length.within')}
      </p>
    </div>
  );
}
