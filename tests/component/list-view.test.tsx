// The list view shown instead of the map (no WebGL 2, lost GPU): the reason, every route with its legs and
// lengths, every feature's figures with sources, and all places with coordinates and their source.
import { getDefaultNormalizer, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { segmentLengthKm } from '../../src/geo/measure';
import { formatKm, formatValue, translate } from '../../src/i18n/i18n';
import { en } from '../../src/i18n/messages/en';
import { ru } from '../../src/i18n/messages/ru';
import { figuresFor } from '../../src/state/derive';
import { ListView } from '../../src/ui/ListView';
import { fixtureDataset } from '../fixtures/world';
import { renderSettled, renderWithApp, shownAsOf, shownCitation } from './support/render';

const MESSAGE = en['map.noWebgl'];
const exact = { normalizer: getDefaultNormalizer({ trim: false, collapseWhitespace: false }) };
/** Coordinates are shown to three decimals in the interface language (en-GB here). */
const degrees = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 3 });
const placeNames = new Map(fixtureDataset.places.map((p) => [p.properties.id, p.properties.name]));

/** The list-view entry (an <article>) whose level-3 heading is `name`. */
function entry(name: string): HTMLElement {
  const article = screen.getByRole('heading', { level: 3, name }).closest('article');
  if (!article) throw new Error(`No list-view entry for ${name}`);
  return article;
}

describe('ListView', () => {
  it('renders every table and article list at once (nothing is deferred in the list view)', () => {
    renderWithApp(<ListView message="m" />);
    const tables = screen.getAllByRole('table', { name: en['table.caption'] });
    expect(tables.length).toBeGreaterThan(0);
    expect(screen.getAllByRole('region', { name: en['panel.articles'] }).length).toBeGreaterThan(0);
  });

  it('shows why the map is not drawn, as a status message', async () => {
    await renderSettled(<ListView message={MESSAGE} />);
    expect(screen.getByRole('status').textContent).toBe(MESSAGE);
  });

  it('shows only the message before the data set has loaded', async () => {
    const { container } = await renderSettled(<ListView message={MESSAGE} />, { dataset: null });
    expect(container.textContent).toBe(MESSAGE);
    expect(screen.queryByRole('heading')).toBeNull();
  });

  it('is titled as a list of everything on the map', async () => {
    await renderSettled(<ListView message={MESSAGE} />);
    expect(screen.getByRole('heading', { level: 2, name: en['listview.title'] })).toBeTruthy();
  });

  it('has an entry for every route, port, zone and member state', async () => {
    await renderSettled(<ListView message={MESSAGE} />);
    const names = [
      ...fixtureDataset.routes.map((r) => r.name.en),
      ...fixtureDataset.places
        .filter((p) => ['port', 'zone'].includes(p.properties.kind))
        .map((p) => p.properties.name.en),
      ...fixtureDataset.countries.filter((c) => c.member).map((c) => c.name.en),
    ];
    expect(screen.getAllByRole('article')).toHaveLength(names.length);
    for (const name of names) expect(entry(name)).toBeTruthy();
  });

  it('lists every leg of every route with its end points, mode, length and precision', async () => {
    await renderSettled(<ListView message={MESSAGE} />);
    for (const route of fixtureDataset.routes) {
      const legs = within(entry(route.name.en)).getAllByRole('list')[0] as HTMLElement;
      const expected = fixtureDataset.segments
        .filter((s) => s.properties.route === route.id)
        .map((s) =>
          translate('en', 'listview.leg', {
            from: placeNames.get(s.properties.from)?.en ?? s.properties.from,
            to: placeNames.get(s.properties.to)?.en ?? s.properties.to,
            mode: en[`panel.mode.${s.properties.mode}`],
            km: formatKm(segmentLengthKm(s), 'en'),
            precision: en[`listview.precision.${s.properties.precision}`],
          }),
        );
      expect(within(entry(route.name.en)).getByText(en['listview.legs'])).toBeTruthy();
      expect(
        within(legs)
          .getAllByRole('listitem')
          .map((li) => li.textContent),
      ).toEqual(expected);
    }
  });

  it('shows each route’s length per mode', async () => {
    await renderSettled(<ListView message={MESSAGE} />);
    const btk = entry(fixtureDataset.routes.find((r) => r.id === 'btk')?.name.en ?? 'btk');
    const km = fixtureDataset.segments
      .filter((s) => s.properties.route === 'btk')
      .reduce((sum, s) => sum + segmentLengthKm(s), 0);
    const lengths = within(btk).getByRole('region', { name: en['panel.lengths'] });
    expect(within(lengths).getAllByText(formatKm(km, 'en')).length).toBeGreaterThan(0);
  });

  it('shows every figure of a route with its source citation and as-of date', async () => {
    await renderSettled(<ListView message={MESSAGE} />);
    const btk = entry(fixtureDataset.routes.find((r) => r.id === 'btk')?.name.en ?? 'btk');
    const table = within(btk).getByRole('table', { name: en['table.caption'] });
    for (const figure of figuresFor(fixtureDataset, 'btk')) {
      const value = formatValue(figure.value, figure.unit, 'en', figure.valueMax);
      const row = within(table).getByText(value, exact).closest('tr') as HTMLElement;
      expect(row.textContent).toContain(shownCitation(figure.sources));
      expect(within(row).getByText(shownAsOf(figure), exact)).toBeTruthy();
    }
  });

  it('shows the figures of a port', async () => {
    await renderSettled(<ListView message={MESSAGE} />);
    const port = entry(placeNames.get('port-of-baku')?.en ?? 'port-of-baku');
    for (const figure of figuresFor(fixtureDataset, 'port-of-baku')) {
      expect(within(port).getByText(formatValue(figure.value, figure.unit, 'en'), exact)).toBeTruthy();
    }
  });

  it('shows the sources-disagree note for a disputed pair', async () => {
    await renderSettled(<ListView message={MESSAGE} />);
    const btk = entry(fixtureDataset.routes.find((r) => r.id === 'btk')?.name.en ?? 'btk');
    expect(within(btk).getByRole('note').textContent).toMatch(/^Sources disagree on /);
  });

  it('lists every place with its kind, coordinates and coordinate source', async () => {
    await renderSettled(<ListView message={MESSAGE} />);
    const heading = screen.getByRole('heading', { level: 3, name: en['listview.places'] });
    const list = heading.nextElementSibling as HTMLElement;
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(fixtureDataset.places.length);
    fixtureDataset.places.forEach((p, i) => {
      const [lon, lat] = p.geometry.coordinates;
      const text = items[i]?.textContent ?? '';
      expect(text).toContain(`${p.properties.name.en} (${en[`panel.kind.${p.properties.kind}`]})`);
      expect(text).toContain(
        `${degrees.format(lat ?? Number.NaN)}° N, ${degrees.format(lon ?? Number.NaN)}° E`,
      );
      expect(text).toContain(p.properties.coordinateSource);
    });
  });

  it('formats place coordinates with a decimal comma in Russian', async () => {
    await renderSettled(<ListView message={ru['map.noWebgl']} />, { lang: 'ru' });
    const baku = fixtureDataset.places.find((p) => p.properties.id === 'port-of-baku');
    expect(baku?.geometry.coordinates).toEqual([49.4408, 39.9764]);
    expect(
      screen.getByText(
        (_, el) => el?.tagName === 'LI' && (el.textContent ?? '').includes('39,976° с. ш., 49,441° в. д.'),
      ),
    ).toBeTruthy();
  });
});
