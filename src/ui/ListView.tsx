// Everything but the drawing, for browsers without WebGL 2 or after a lost GPU: routes with their legs and
// lengths, places, and every feature's figures, events and articles.
import type { Dataset } from '../data/schema';
import { segmentLengthKm } from '../geo/measure';
import { formatKm, formatNumber } from '../i18n/i18n';
import { featureOf, nameOf } from '../state/derive';
import { useApp, useT } from './context';
import { FeatureDetails } from './FeatureDetails';

function Legs({ dataset, routeId }: { dataset: Dataset; routeId: string }) {
  const { lang, t } = useT();
  const names = new Map(dataset.places.map((p) => [p.properties.id, p.properties.name[lang]]));
  return (
    <>
      <h4>{t('listview.legs')}</h4>
      <ul class="legs">
        {dataset.segments
          .filter((s) => s.properties.route === routeId)
          .map((s) => (
            <li key={s.properties.id}>
              {t('listview.leg', {
                from: names.get(s.properties.from) ?? s.properties.from,
                to: names.get(s.properties.to) ?? s.properties.to,
                mode: t(`panel.mode.${s.properties.mode}`),
                km: formatKm(segmentLengthKm(s), lang),
                precision: t(`listview.precision.${s.properties.precision}`),
              })}
            </li>
          ))}
      </ul>
    </>
  );
}

export function ListView({ message }: { message: string }) {
  const { state } = useApp();
  const { lang, t } = useT();
  const dataset = state.dataset.value;
  if (!dataset) return <p class="notice">{message}</p>;
  // Every feature with something to read: routes, places with figures (ports, zones, stations), and
  // every country with figures or events (members first).
  const hasFigures = new Set(dataset.figures.map((f) => f.subject));
  const hasEvents = new Set(dataset.events.flatMap((e) => e.countries));
  const ids = [
    ...dataset.routes.map((r) => r.id),
    ...dataset.places
      .filter((p) => ['port', 'zone'].includes(p.properties.kind) || hasFigures.has(p.properties.id))
      .map((p) => p.properties.id),
    ...dataset.countries.filter((c) => c.member).map((c) => c.id),
    ...dataset.countries
      .filter((c) => !c.member && (hasFigures.has(c.id) || hasEvents.has(c.id)))
      .map((c) => c.id),
  ];
  return (
    <section class="list-view" aria-labelledby="list-view-title">
      <p class="notice" role="status">
        {message}
      </p>
      <h2 id="list-view-title">{t('listview.title')}</h2>
      {ids.map((id) => {
        const feature = featureOf(dataset, id);
        if (!feature) return null;
        const name = nameOf(feature, lang);
        return (
          <article key={id} class="list-view-item" data-id={id}>
            <h3>{name}</h3>
            {feature.kind === 'route' && <Legs dataset={dataset} routeId={id} />}
            <FeatureDetails dataset={dataset} feature={feature} deferLong={false} />
          </article>
        );
      })}
      <h3>{t('listview.places')}</h3>
      <ul class="places">
        {dataset.places.map((p) => (
          <li key={p.properties.id}>
            {p.properties.name[lang]} ({t(`panel.kind.${p.properties.kind}`)}):{' '}
            {t('listview.coords', {
              lat: formatNumber(p.geometry.coordinates[1], lang, 3),
              lon: formatNumber(p.geometry.coordinates[0], lang, 3),
            })}{' '}
            — {p.properties.coordinateSource}
          </li>
        ))}
      </ul>
    </section>
  );
}
