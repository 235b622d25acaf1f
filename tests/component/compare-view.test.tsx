// The Compare view: one column per itinerary (names open the route's panel), rows for km by mode, countries,
// borders, mode and gauge changes, the bottleneck in the chosen year (bold, opens its figures, counts
// undated capacities) and the latest volume; the choice of itineraries and year kept in the view filter.
import { act, fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { compareItineraries } from '../../src/analysis/itineraries';
import type { Dataset, Lang } from '../../src/data/schema';
import { formatKm, formatValue } from '../../src/i18n/i18n';
import CompareView from '../../src/views/compare/CompareView';
import { COMPARE_MESSAGES } from '../../src/views/compare/messages';
import { decodeChoice, defaultYear, encodeChoice, parseYear } from '../../src/views/compare/model';
import { fill } from '../../src/views/i18n';
import { fixtureDataset } from '../fixtures/world';
import { renderWithApp } from './support/render';

const en = COMPARE_MESSAGES.en;

function itinerary(id: string) {
  const found = fixtureDataset.itineraries.find((i) => i.id === id);
  if (!found) throw new Error(`No itinerary ${id} in the fixture`);
  return found;
}

/** The fixture with a third itinerary (a copy of BTK), so that one can be left out of the comparison. */
const threeWays: Dataset = {
  ...fixtureDataset,
  itineraries: [
    ...fixtureDataset.itineraries,
    { ...itinerary('btk'), id: 'btk-again', name: { az: 'BTQ ikinci', ru: 'БТК второй', en: 'BTK again' } },
  ],
};

function table(lang: Lang = 'en', year = defaultYear(fixtureDataset, fixtureDataset.itineraries)) {
  return screen.getByRole('table', { name: fill(COMPARE_MESSAGES[lang].caption, { year }) });
}

/** The body row whose header is `key`'s text, and its cells in column order. */
function rowCells(key: keyof typeof en, year?: number): HTMLElement[] {
  const header = within(table('en', year)).getByRole('rowheader', {
    name: fill(en[key], year ? { year } : {}),
  });
  const row = header.closest('tr');
  if (!row) throw new Error('row header outside a row');
  return within(row).getAllByRole('cell');
}

describe('the Compare view', () => {
  it('is an accessible table: caption, one column header per itinerary, row headers', () => {
    renderWithApp(<CompareView />);
    const year = defaultYear(fixtureDataset, fixtureDataset.itineraries);
    expect(year).toBe(2026);
    const t = table('en', year);
    const columns = within(t).getAllByRole('columnheader');
    expect(columns.map((c) => c.textContent)).toEqual(fixtureDataset.itineraries.map((i) => i.name.en));
    for (const c of columns) expect(c.getAttribute('scope')).toBe('col');
    const rows = within(t).getAllByRole('rowheader');
    expect(rows.length).toBe(9);
    for (const r of rows) expect(r.getAttribute('scope')).toBe('row');
    expect(t.closest('section.table-scroll')?.getAttribute('tabindex')).toBe('0');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(en.title);
    expect(screen.getByText(en.kmNote)).toBeTruthy();
  });

  it('shows km by mode, countries, borders and changes as analysed', () => {
    renderWithApp(<CompareView />);
    const [btk, titr] = compareItineraries(fixtureDataset, fixtureDataset.itineraries, 2026);
    if (!btk || !titr) throw new Error('fixture has two itineraries');
    expect(rowCells('row.rail').map((c) => c.textContent)).toEqual([
      formatKm(btk.km.rail, 'en'),
      formatKm(titr.km.rail, 'en'),
    ]);
    expect(rowCells('row.sea')[1]?.textContent).toBe(formatKm(titr.km.sea, 'en'));
    expect(rowCells('row.total')[1]?.textContent).toContain(formatKm(titr.km.total, 'en'));
    expect(rowCells('row.countries')[1]?.textContent).toBe('Kazakhstan → Azerbaijan → Georgia → Türkiye');
    const borders = rowCells('row.borders')[1] as HTMLElement;
    expect(borders.textContent).toContain(fill(en.bordersCount, { count: 3 }));
    expect(within(borders).getByText('Kazakhstan → Azerbaijan at Port of Baku')).toBeTruthy();
    expect(
      within(rowCells('row.modeChanges')[1] as HTMLElement).getByText('sea → rail at Port of Baku'),
    ).toBeTruthy();
    expect(rowCells('row.modeChanges')[0]?.textContent).toBe(en.none);
    expect(rowCells('row.gaugeChanges')[0]?.textContent).toBe(en.none);
  });

  it('puts the bottleneck in bold, opens its figures and counts undated capacities', () => {
    renderWithApp(<CompareView />);
    const cells = rowCells('row.bottleneck', 2026);
    const [btkCell, titrCell] = cells as [HTMLElement, HTMLElement];
    for (const cell of cells) expect(cell.classList.contains('compare-bottleneck')).toBe(true);
    const route = fixtureDataset.routes.find((r) => r.id === 'btk');
    const summary = within(btkCell).getByText(
      fill(en.bottleneck, { place: route?.name.en ?? '', value: formatValue(5, 'Mt/yr', 'en') }),
    );
    expect(summary.tagName).toBe('SUMMARY');
    expect(summary.textContent).toContain('5 Mt/yr');
    fireEvent.click(summary);
    expect(within(btkCell).getByText(fill(en.bottleneckLabel, { year: 2026 }))).toBeTruthy();
    expect(within(btkCell).getAllByRole('listitem').length).toBe(1);
    expect(btkCell.textContent).toContain(fill(en.undated, { count: 1 }));
    expect(titrCell.textContent).toContain(fill(en.noBottleneck, { year: 2026 }));
  });

  it('shows the latest volume with its scope, or says there is none', () => {
    renderWithApp(<CompareView />);
    const [btkCell, titrCell] = rowCells('row.volume') as [HTMLElement, HTMLElement];
    const summary = within(btkCell).getByText(
      fill(en.volume, { value: formatValue(0.432284, 'Mt', 'en'), year: 2022 }),
    );
    expect(summary.tagName).toBe('SUMMARY');
    expect(btkCell.textContent).toContain(en.scopeAll);
    expect(titrCell.textContent).toBe(en.noVolume);
  });

  it('keeps the chosen itineraries (at least two) and the year in the view filter', async () => {
    const { state } = renderWithApp(<CompareView />, { dataset: threeWays });
    const boxes = screen.getAllByRole('checkbox') as HTMLInputElement[];
    expect(boxes.map((b) => b.checked)).toEqual([true, true, true]);
    await act(() => {
      fireEvent.click(boxes[1] as HTMLInputElement);
    });
    expect(state.viewFilter.value).toEqual({ show: '101' });
    expect(
      within(table())
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual([itinerary('btk').name.en, 'BTK again']);
    const after = screen.getAllByRole('checkbox') as HTMLInputElement[];
    expect(after.map((b) => b.disabled)).toEqual([true, false, true]);
    await act(() => {
      fireEvent.change(screen.getByRole('combobox', { name: en.year }), { target: { value: '2018' } });
    });
    expect(state.viewFilter.value).toEqual({ show: '101', year: '2018' });
    expect(table('en', 2018)).toBeTruthy();
    expect(rowCells('row.bottleneck', 2018).length).toBe(2);
  });

  it('reads the choice from the filter and ignores invalid values', async () => {
    const { state } = renderWithApp(<CompareView />, { dataset: threeWays });
    await act(() => {
      state.viewFilter.value = { show: '011', year: '2020' };
    });
    expect(within(table('en', 2020)).getAllByRole('columnheader').length).toBe(2);
    await act(() => {
      state.viewFilter.value = { show: '100', year: '1990' };
    });
    expect(within(table()).getAllByRole('columnheader').length).toBe(3);
  });

  it('opens the route’s panel from an itinerary name', async () => {
    const { state } = renderWithApp(<CompareView />);
    state.view.value = 'timeline';
    await act(() => {
      fireEvent.click(screen.getByRole('button', { name: itinerary('titr-aktau-kars').name.en }));
    });
    expect(state.selected.value).toBe('titr');
    expect(state.view.value).toBeNull();
  });

  it('speaks Azerbaijani and Russian', () => {
    for (const lang of ['az', 'ru'] as const) {
      const { unmount } = renderWithApp(<CompareView />, { lang });
      const t = table(lang, 2026);
      expect(within(t).getByRole('rowheader', { name: COMPARE_MESSAGES[lang]['row.rail'] })).toBeTruthy();
      expect(within(t).getAllByRole('columnheader')[0]?.textContent).toBe(itinerary('btk').name[lang]);
      expect(t.textContent).toContain(formatValue(5, 'Mt/yr', lang));
      unmount();
    }
  });

  it('has the same message keys in every language', () => {
    const keys = Object.keys(en).sort();
    for (const lang of ['az', 'ru'] as const)
      expect(Object.keys(COMPARE_MESSAGES[lang]).sort()).toEqual(keys);
  });
});

describe('the Compare view model', () => {
  it('encodes and decodes the choice as a bitmask', () => {
    expect(encodeChoice([true, false, true, true, false])).toBe('10110');
    expect(encodeChoice([true, true])).toBeUndefined();
    expect(decodeChoice('10110', 5)).toEqual([true, false, true, true, false]);
    for (const raw of [undefined, '1011', '10x10', '10000', '00000'])
      expect(decodeChoice(raw, 5)).toEqual([true, true, true, true, true]);
  });

  it('accepts only years of the select', () => {
    expect(parseYear('2017')).toBe(2017);
    expect(parseYear('2026')).toBe(2026);
    for (const raw of [undefined, '2016', '2027', '20x5', '']) expect(parseYear(raw)).toBeUndefined();
  });
});
