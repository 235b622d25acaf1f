// "Take the data away" in a panel: the feature's figures as CSV (with sources and URLs, formula cells made
// inert), its map features as GeoJSON, and a citation of the view to copy. The writers load on first use.
import { useState } from 'preact/hooks';
import type { Dataset, Metric } from '../data/schema';
import { METRICS } from '../data/schema';
import type { MessageKey } from '../i18n/messages/en';
import { type Feature, figuresFor, nameOf } from '../state/derive';
import { useViewT } from '../views/i18n';
import { HEADLINE_MESSAGES, type HeadlineKey } from './headline-messages';

const COLUMNS = [
  'subject',
  'metric',
  'value',
  'valueMax',
  'unit',
  'status',
  'period',
  'asOf',
  'sourceTitle',
  'sourceUrl',
  'note',
] as const;

export function Downloads({ dataset, feature }: { dataset: Dataset; feature: Feature }) {
  const { lang, t, vt } = useViewT(HEADLINE_MESSAGES);
  const [citation, setCitation] = useState<string | null>(null);
  const today = new Date();
  const name = nameOf(feature, lang);

  async function csv() {
    const [{ toCsv }, { figuresToRows }, { exportFileName }, { saveBlob }] = await Promise.all([
      import('../export/csv'),
      import('../export/figure-rows'),
      import('../export/filename'),
      import('../export/save'),
    ]);
    const metrics = Object.fromEntries(METRICS.map((m) => [m, t(`metric.${m}` as MessageKey)])) as Record<
      Metric,
      string
    >;
    const rows = figuresToRows(figuresFor(dataset, feature.id), dataset.sources, lang, {
      columns: Object.fromEntries(COLUMNS.map((c) => [c, vt(`col.${c}` as HeadlineKey)])) as Record<
        (typeof COLUMNS)[number],
        string
      >,
      subjects: { [feature.id]: name },
      metrics,
      statuses: {
        actual: t('status.actual'),
        capacity: t('status.capacity'),
        forecast: t('status.forecast'),
        target: t('status.target'),
      },
    });
    saveBlob(
      new Blob([toCsv(rows)], { type: 'text/csv;charset=utf-8' }),
      exportFileName(feature.id, 'figures', today, 'csv'),
    );
  }

  async function geojson() {
    const [{ featuresToGeoJson }, { exportFileName }, { saveBlob }] = await Promise.all([
      import('../export/geojson'),
      import('../export/filename'),
      import('../export/save'),
    ]);
    const collection = featuresToGeoJson({
      places: dataset.places.filter((p) => p.properties.id === feature.id),
      segments: dataset.segments.filter((s) => s.properties.route === feature.id),
      countries: dataset.countries,
      routes: dataset.routes,
    });
    const blob = new Blob([JSON.stringify(collection)], { type: 'application/geo+json' });
    saveBlob(blob, exportFileName(feature.id, 'features', today, 'geojson'));
  }

  async function cite() {
    const { citeView } = await import('../export/cite-view');
    setCitation(
      citeView(
        { title: name, url: location.href, accessed: today.toISOString().slice(0, 10) },
        { site: t('app.title'), accessed: vt('cite.accessed'), data: vt('cite.data') },
      ),
    );
  }

  return (
    <section class="panel-section downloads" aria-label={vt('download')}>
      <h3>{vt('download')}</h3>
      <p class="download-buttons">
        <button type="button" onClick={csv}>
          {vt('download.csv')}
        </button>
        {feature.kind !== 'country' && (
          <button type="button" onClick={geojson}>
            {vt('download.geojson')}
          </button>
        )}
        <button type="button" onClick={cite}>
          {vt('cite')}
        </button>
      </p>
      {citation && (
        <textarea
          class="citation"
          readOnly
          rows={3}
          aria-label={vt('cite')}
          value={citation}
          onFocus={(e) => e.currentTarget.select()}
        />
      )}
    </section>
  );
}
