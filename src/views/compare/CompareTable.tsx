// The comparison itself: one column per chosen itinerary (its name opens the route's panel), one row per
// measure. Kilometres come from the map geometry; the bottleneck and the volume open their figures.
import type { Range } from '../../analysis/figure-facts';
import type { Dataset, Lang, Unit } from '../../data/schema';
import { formatKm, formatValue } from '../../i18n/i18n';
import { featureOf, nameOf } from '../../state/derive';
import { useApp } from '../../ui/context';
import { Derived } from '../../ui/Derived';
import { useViewT } from '../i18n';
import { COMPARE_MESSAGES, type CompareKey } from './messages';
import type { CompareColumn } from './model';

function placeName(dataset: Dataset, id: string, lang: Lang): string {
  const feature = featureOf(dataset, id);
  return feature ? nameOf(feature, lang) : id;
}

function countryName(dataset: Dataset, id: string, lang: Lang): string {
  return dataset.countries.find((c) => c.id === id)?.name[lang] ?? id;
}

function amount(range: Range, unit: Unit, lang: Lang): string {
  const same = Math.abs(range.max - range.min) < 1e-9;
  return formatValue(range.min, unit, lang, same ? undefined : range.max);
}

function List({ items, empty }: { items: string[]; empty: string }) {
  if (items.length === 0) return <span class="muted">{empty}</span>;
  return (
    <ul class="compare-list">
      {items.map((item, i) => (
        <li key={i}>{item}</li>
      ))}
    </ul>
  );
}

export function CompareTable({
  dataset,
  columns,
  year,
}: {
  dataset: Dataset;
  columns: readonly CompareColumn[];
  year: number;
}) {
  const { actions } = useApp();
  const { lang, vt } = useViewT(COMPARE_MESSAGES);
  const place = (id: string) => placeName(dataset, id, lang);
  const country = (id: string) => countryName(dataset, id, lang);
  const row = (
    key: CompareKey,
    cell: (column: CompareColumn) => preact.ComponentChildren,
    className?: string,
  ) => (
    <tr>
      <th scope="row">{vt(key, { year })}</th>
      {columns.map((column) => (
        <td key={column.itinerary.id} class={className}>
          {cell(column)}
        </td>
      ))}
    </tr>
  );
  return (
    // A scrolling region must be reachable by keyboard (axe scrollable-region-focusable).
    // biome-ignore lint/a11y/noNoninteractiveTabindex: lets keyboard users scroll the wide table
    <section class="table-scroll compare-scroll" aria-label={vt('scrollLabel')} tabIndex={0}>
      <table class="compare-table">
        <caption>{vt('caption', { year })}</caption>
        <thead>
          <tr>
            <td />
            {columns.map(({ itinerary }) => (
              <th key={itinerary.id} scope="col">
                <button
                  type="button"
                  class="link-button"
                  title={vt('openRoute')}
                  onClick={() => actions.showOnMap(itinerary.route)}
                >
                  {itinerary.name[lang]}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {row('row.rail', ({ comparison }) => formatKm(comparison.km.rail, lang))}
          {row('row.sea', ({ comparison }) => formatKm(comparison.km.sea, lang))}
          {row('row.total', ({ comparison, schematicKm }) => (
            <>
              {formatKm(comparison.km.total, lang)}
              {schematicKm > 0 && (
                <span class="muted compare-sub">
                  {vt('schematicKm', { km: formatKm(schematicKm, lang) })}
                </span>
              )}
            </>
          ))}
          {row('row.countries', ({ comparison }) => comparison.countries.map(country).join(' → '))}
          {row('row.borders', ({ comparison }) => (
            <>
              {vt('bordersCount', { count: comparison.borders.length })}
              <List
                empty={vt('none')}
                items={comparison.borders.map((b) =>
                  vt('border', { from: country(b.from), to: country(b.to), place: place(b.at) }),
                )}
              />
            </>
          ))}
          {row('row.modeChanges', ({ comparison }) => (
            <List
              empty={vt('none')}
              items={comparison.modeChanges.map((c) =>
                vt('modeChange', {
                  from: vt(`mode.${c.from}` as CompareKey),
                  to: vt(`mode.${c.to}` as CompareKey),
                  place: place(c.at),
                }),
              )}
            />
          ))}
          {row('row.gaugeChanges', ({ comparison }) => (
            <List
              empty={vt('none')}
              items={comparison.gaugeChanges.map((c) =>
                vt('gaugeChange', { from: c.from, to: c.to, place: place(c.at) }),
              )}
            />
          ))}
          {row(
            'row.bottleneck',
            ({ comparison }) => (
              <>
                {comparison.bottleneck ? (
                  <Derived
                    dataset={dataset}
                    figureIds={comparison.bottleneck.capacityMt.figureIds}
                    label={vt('bottleneckLabel', { year })}
                    text={vt('bottleneck', {
                      place: place(comparison.bottleneck.subject),
                      value: amount(comparison.bottleneck.capacityMt, 'Mt/yr', lang),
                    })}
                  />
                ) : (
                  <span>{vt('noBottleneck', { year })}</span>
                )}
                {comparison.undatedCapacityIds.length > 0 && (
                  <span class="muted compare-sub">
                    {vt('undated', { count: comparison.undatedCapacityIds.length })}
                  </span>
                )}
              </>
            ),
            'compare-bottleneck',
          )}
          {row('row.volume', ({ comparison }) =>
            comparison.volume ? (
              <>
                <Derived
                  dataset={dataset}
                  figureIds={comparison.volume.valueMt.figureIds}
                  label={vt('volumeLabel')}
                  text={vt('volume', {
                    value: amount(comparison.volume.valueMt, 'Mt', lang),
                    year: comparison.volume.year,
                  })}
                />
                <span class="muted compare-sub">
                  {comparison.volume.scope
                    ? vt(`scope.${comparison.volume.scope}` as CompareKey)
                    : vt('scopeAll')}
                </span>
              </>
            ) : (
              <span class="muted">{vt('noVolume')}</span>
            ),
          )}
        </tbody>
      </table>
    </section>
  );
}
