// The body of the side panel for one feature: route facts, place facts or country facts, then the
// chart, the figure table, events and linked articles.
import { useId } from 'preact/hooks';
import type { Dataset, RouteId } from '../data/schema';
import { countriesCrossed } from '../geo/crossing';
import { routeLengthKmByMode } from '../geo/measure';
import { formatKm } from '../i18n/i18n';
import { articlesFor, eventsFor, type Feature, figuresFor, sourceById } from '../state/derive';
import { AfterPaint } from './AfterPaint';
import { Articles } from './Articles';
import { CargoChart } from './CargoChart';
import { Claims } from './Claims';
import { useT } from './context';
import { Downloads } from './Downloads';
import { EventList } from './EventList';
import { FigureTable } from './FigureTable';
import { Headline } from './Headline';
import { LengthCompare } from './LengthCompare';
import { TradeChart } from './TradeChart';
import { TradeTable } from './TradeTable';

function RouteFacts({ dataset, id }: { dataset: Dataset; id: RouteId }) {
  const { lang, t } = useT();
  const km = routeLengthKmByMode(dataset.segments, id);
  const names = new Map(dataset.countries.map((c) => [c.id, c.name[lang]]));
  const crossed = countriesCrossed(id, dataset.segments, dataset.places);
  const lengthsHeading = useId();
  const crossesHeading = useId();
  return (
    <>
      <section class="panel-section" aria-labelledby={lengthsHeading}>
        <h3 id={lengthsHeading}>{t('panel.lengths')}</h3>
        <dl class="lengths">
          {km.rail > 0 && (
            <div>
              <dt>{t('panel.mode.rail')}</dt>
              <dd>{formatKm(km.rail, lang)}</dd>
            </div>
          )}
          {km.sea > 0 && (
            <div>
              <dt>{t('panel.mode.sea')}</dt>
              <dd>{formatKm(km.sea, lang)}</dd>
            </div>
          )}
          <div>
            <dt>{t('panel.mode.total')}</dt>
            <dd>{formatKm(km.total, lang)}</dd>
          </div>
        </dl>
        <p class="note">{t('panel.lengths.note')}</p>
        <LengthCompare dataset={dataset} routeId={id} />
      </section>
      <section class="panel-section" aria-labelledby={crossesHeading}>
        <h3 id={crossesHeading}>{t('panel.crosses')}</h3>
        <p class="crossed">{crossed.map((c) => names.get(c) ?? c).join(' · ')}</p>
      </section>
    </>
  );
}

export function FeatureDetails({
  dataset,
  feature,
  deferLong = true,
}: {
  dataset: Dataset;
  feature: Feature;
  /** Render the table, events and articles a frame after the rest (the side panel); false in the list view. */
  deferLong?: boolean;
}) {
  const { lang, t } = useT();
  const byId = sourceById(dataset);
  const figures = figuresFor(dataset, feature.id);
  const events = feature.kind === 'country' ? eventsFor(dataset, feature.id) : [];
  const articles = articlesFor(dataset, feature.id, figures, events);
  const place = feature.kind === 'place' ? feature.place.properties : null;
  const figuresHeading = useId();
  const description =
    feature.kind === 'route'
      ? feature.route.description[lang]
      : feature.kind === 'country'
        ? feature.country.description[lang]
        : place?.description?.[lang];
  return (
    <>
      <Headline
        dataset={dataset}
        subject={feature.id}
        metric={feature.kind === 'country' ? 'trade' : 'cargo'}
      />
      {description && <p class="description">{description}</p>}
      {place && (
        <p class="note">
          {place.precision === 'approximate'
            ? t('panel.approximate', { source: place.coordinateSource })
            : t('panel.coordinate', { source: place.coordinateSource })}
        </p>
      )}
      {feature.kind === 'route' && <RouteFacts dataset={dataset} id={feature.route.id} />}
      {feature.kind === 'country' && <Claims dataset={dataset} country={feature.country} />}
      {feature.kind === 'country' && <TradeChart dataset={dataset} countryId={feature.id} />}
      {feature.kind === 'country' && <TradeTable dataset={dataset} countryId={feature.id} />}
      <section class="panel-section" aria-labelledby={figuresHeading}>
        <h3 id={figuresHeading}>{t('panel.figures')}</h3>
        {figures.length === 0 ? (
          <p>{t('panel.noFigures')}</p>
        ) : (
          <>
            <CargoChart figures={figures} byId={byId} />
            <AfterPaint key={feature.id} when={deferLong}>
              <FigureTable figures={figures} byId={byId} />
            </AfterPaint>
          </>
        )}
      </section>
      <AfterPaint key={feature.id} when={deferLong}>
        {feature.kind === 'country' && <EventList events={events} byId={byId} />}
        <Articles sources={articles} />
        <Downloads dataset={dataset} feature={feature} />
      </AfterPaint>
    </>
  );
}
