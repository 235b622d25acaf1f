// "Take the data away" in a panel: the feature's figures as CSV (with sources and URLs, formula cells made
// inert), its map features as GeoJSON, and a citation of the view to copy. The writers load on first use.
import { useState } from 'preact/hooks';
import type { Dataset } from '../data/schema';
import { type Feature, figuresFor, nameOf } from '../state/derive';
import { useViewT } from '../views/i18n';
import { downloadFiguresCsv } from './figures-csv';
import { HEADLINE_MESSAGES } from './headline-messages';

export function Downloads({ dataset, feature }: { dataset: Dataset; feature: Feature }) {
  const { lang, t, vt } = useViewT(HEADLINE_MESSAGES);
  const [citation, setCitation] = useState<string | null>(null);
  const today = new Date();
  const name = nameOf(feature, lang);

  async function csv() {
    await downloadFiguresCsv(dataset, figuresFor(dataset, feature.id), lang, feature.id);
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
