// The detail panel: what it shows for a route, a port and a country (figures with sources and dates,
// disputes, events, safe links), its empty state, closing with the button or Escape, and other languages.
import { act, fireEvent, getDefaultNormalizer, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/data/parse';
import type { Figure, Lang } from '../../src/data/schema';
import { segmentLengthKm } from '../../src/geo/measure';
import { formatDate, formatKm, formatValue, translate } from '../../src/i18n/i18n';
import { az } from '../../src/i18n/messages/az';
import { en } from '../../src/i18n/messages/en';
import { ru } from '../../src/i18n/messages/ru';
import { eventsFor, figuresFor } from '../../src/state/derive';
import { DetailPanel } from '../../src/ui/DetailPanel';
import { FeatureList } from '../../src/ui/FeatureList';
import { cloneFixtureRaw, fixtureDataset } from '../fixtures/world';

const CATALOGUES = { az, en, ru };

import {
  afterFrames,
  renderSettled,
  renderWithApp,
  shownAsOf,
  shownCitation,
  shownSourceDate,
} from './support/render';

const exact = { normalizer: getDefaultNormalizer({ trim: false, collapseWhitespace: false }) };

function route(id: string) {
  const found = fixtureDataset.routes.find((r) => r.id === id);
  if (!found) throw new Error(`No route ${id} in the fixture`);
  return found;
}
function place(id: string) {
  const found = fixtureDataset.places.find((p) => p.properties.id === id);
  if (!found) throw new Error(`No place ${id} in the fixture`);
  return found.properties;
}
function country(id: string) {
  const found = fixtureDataset.countries.find((c) => c.id === id);
  if (!found) throw new Error(`No country ${id} in the fixture`);
  return found;
}

/** Kilometres of a route's legs of one mode, summed from the fixture geometry. */
function legsKm(routeId: string, mode?: 'rail' | 'sea'): number {
  return fixtureDataset.segments
    .filter((s) => s.properties.route === routeId && (!mode || s.properties.mode === mode))
    .reduce((sum, s) => sum + segmentLengthKm(s), 0);
}

function figuresTable(lang: Lang = 'en'): HTMLElement {
  return screen.getByRole('table', { name: CATALOGUES[lang]['table.caption'] });
}

/** The one body row of the figures table whose value cell reads `value`. */
function rowWithValue(value: string, lang: Lang = 'en'): HTMLElement {
  const rows = within(figuresTable(lang))
    .getAllByRole('row')
    .filter((row) =>
      within(row)
        .queryAllByRole('cell')
        .some((cell) => cell.textContent === value),
    );
  expect(rows).toHaveLength(1);
  return rows[0] as HTMLElement;
}

function shownValue(figure: Figure, lang: Lang = 'en'): string {
  return formatValue(figure.value, figure.unit, lang, figure.valueMax);
}

/** In the lengths section, the definition that follows the term reading `term` (null when there is no such term). */
function definitionOf(term: string): string | null | undefined {
  const lengths = screen.getByRole('region', { name: en['panel.lengths'] });
  const dt = within(lengths).queryByText(term);
  return dt ? dt.nextElementSibling?.textContent : null;
}

describe('DetailPanel for a route', () => {
  it('renders heading, facts and chart at once, and the table and articles one frame later', async () => {
    renderWithApp(<DetailPanel />, { selected: 'btk' });
    expect(screen.getByRole('heading', { level: 2, name: route('btk').name.en })).toBeTruthy();
    expect(screen.getByRole('region', { name: en['panel.lengths'] })).toBeTruthy();
    expect(screen.getByTitle((text) => text.startsWith(en['chart.title']))).toBeTruthy();
    expect(screen.queryByRole('table', { name: en['table.caption'] })).toBeNull();
    expect(screen.queryByRole('region', { name: en['panel.articles'] })).toBeNull();
    await afterFrames();
    expect(figuresTable()).toBeTruthy();
    expect(screen.getByRole('region', { name: en['panel.articles'] })).toBeTruthy();
  });

  it('names the route in the panel heading', async () => {
    await renderSettled(<DetailPanel />, { selected: 'btk' });
    expect(screen.getByRole('heading', { level: 2, name: route('btk').name.en })).toBeTruthy();
    expect(screen.getByText(en['panel.kind.route'])).toBeTruthy();
  });

  it('shows the route description', async () => {
    await renderSettled(<DetailPanel />, { selected: 'btk' });
    expect(screen.getByText(route('btk').description.en)).toBeTruthy();
  });

  it('shows the rail and total lengths of a rail-only route, computed from its legs', async () => {
    await renderSettled(<DetailPanel />, { selected: 'btk' });
    expect(definitionOf(en['panel.mode.rail'])).toBe(formatKm(legsKm('btk', 'rail'), 'en'));
    expect(definitionOf(en['panel.mode.total'])).toBe(formatKm(legsKm('btk'), 'en'));
    expect(definitionOf(en['panel.mode.sea'])).toBeNull();
  });

  it('shows the sea length of a route that crosses the Caspian', async () => {
    await renderSettled(<DetailPanel />, { selected: 'titr' });
    expect(definitionOf(en['panel.mode.sea'])).toBe(formatKm(legsKm('titr', 'sea'), 'en'));
  });

  it('lists the countries crossed in order along the route', async () => {
    await renderSettled(<DetailPanel />, { selected: 'btk' });
    const crossed = ['AZE', 'GEO', 'TUR'].map((id) => country(id).name.en).join(' · ');
    const section = screen.getByRole('region', { name: en['panel.crosses'] });
    expect(within(section).getByText(crossed)).toBeTruthy();
  });

  it('shows the cargo chart', async () => {
    await renderSettled(<DetailPanel />, { selected: 'btk' });
    const title = screen.getByTitle((text) => text.startsWith(en['chart.title']));
    expect(title.closest('svg')).not.toBeNull();
  });

  it('has a table with a header for figure, period, value, status, as-of date and sources', async () => {
    await renderSettled(<DetailPanel />, { selected: 'btk' });
    const headers = within(figuresTable())
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual(
      (
        [
          'table.metric',
          'table.period',
          'table.value',
          'table.status',
          'table.asOf',
          'table.sources',
        ] as const
      ).map((k) => en[k]),
    );
  });

  it('lists every figure of the route in the table with its source citation and as-of date', async () => {
    await renderSettled(<DetailPanel />, { selected: 'btk' });
    const figures = figuresFor(fixtureDataset, 'btk');
    expect(figures.length).toBeGreaterThan(0);
    expect(within(figuresTable()).getAllByRole('rowheader')).toHaveLength(figures.length);
    for (const figure of figures) {
      const row = rowWithValue(shownValue(figure));
      expect(row.textContent).toContain(shownCitation(figure.sources));
      expect(within(row).getByText(shownAsOf(figure), exact)).toBeTruthy();
    }
  });

  it('shows a visible "sources disagree" note for a disputed pair', async () => {
    await renderSettled(<DetailPanel />, { selected: 'btk' });
    const disputed = figuresFor(fixtureDataset, 'btk').filter((f) => f.dispute === 'btk-cargo-2022');
    expect(disputed).toHaveLength(2);
    const note = screen.getByRole('note');
    expect(note.textContent).toMatch(/^Sources disagree on /);
    expect(note.textContent).toContain(`${disputed.length} published values`);
  });

  it('shows both disputed values, each flagged as disputed', async () => {
    await renderSettled(<DetailPanel />, { selected: 'btk' });
    const disputed = figuresFor(fixtureDataset, 'btk').filter((f) => f.dispute === 'btk-cargo-2022');
    for (const figure of disputed) {
      const row = rowWithValue(shownValue(figure));
      expect(within(row).getByText(en['dispute.badge'])).toBeTruthy();
      expect(row.textContent).toContain(shownCitation(figure.sources));
    }
  });

  it('does not flag an undisputed figure', async () => {
    await renderSettled(<DetailPanel />, { selected: 'btk' });
    const [capacity] = figuresFor(fixtureDataset, 'btk').filter((f) => !f.dispute);
    if (!capacity) throw new Error('The fixture needs an undisputed BTK figure');
    expect(within(rowWithValue(shownValue(capacity))).queryByText(en['dispute.badge'])).toBeNull();
  });

  it('lists the sources about the route as articles, noting those without a public link', async () => {
    await renderSettled(<DetailPanel />, { selected: 'btk' });
    const articles = screen.getByRole('region', { name: en['panel.articles'] });
    const items = within(articles).getAllByRole('listitem');
    const about = fixtureDataset.sources.filter((s) => s.about.includes('btk'));
    expect(items).toHaveLength(about.length);
    for (const s of about) {
      expect(
        within(articles).getByText(translate('en', 'article.published', { date: shownSourceDate(s) })),
      ).toBeTruthy();
    }
    expect(within(articles).getAllByText(en['article.noUrl'])).toHaveLength(
      about.filter((s) => !s.url).length,
    );
    expect(within(articles).queryAllByRole('link')).toHaveLength(about.filter((s) => s.url).length);
  });
});

describe('DetailPanel with undated figures and sources', () => {
  /** The fixture world with one figure's as-of date and one source's publication date removed. */
  function undatedWorld() {
    const raw = cloneFixtureRaw();
    const figure = raw.figures.find((f) => f.id === 'btk-capacity-2024');
    const cited = raw.sources.find((s) => s.id === 'trend-2023-09-30');
    if (!figure || !cited) throw new Error('The fixture needs btk-capacity-2024 and trend-2023-09-30');
    delete figure.asOf;
    cited.accessed = cited.published;
    delete cited.published;
    const { dataset, errors } = parseDataset(raw);
    expect(errors).toEqual([]);
    return dataset;
  }

  it('says a figure is not dated in the source instead of showing an as-of date', async () => {
    const dataset = undatedWorld();
    await renderSettled(<DetailPanel />, { dataset, selected: 'btk' });
    const figure = dataset.figures.find((f) => f.id === 'btk-capacity-2024');
    if (!figure) throw new Error('missing figure');
    expect(within(rowWithValue(shownValue(figure))).getByText(en['table.undated'])).toBeTruthy();
  });

  it('cites a source without a publication date as undated, with the date it was accessed', async () => {
    const dataset = undatedWorld();
    await renderSettled(<DetailPanel />, { dataset, selected: 'btk' });
    const figure = dataset.figures.find((f) => f.id === 'btk-cargo-2022');
    const accessed = dataset.sources.find((s) => s.id === 'trend-2023-09-30')?.accessed ?? '';
    if (!figure) throw new Error('missing figure');
    const citation = `Trend, ${translate('en', 'cite.undated', { date: formatDate(accessed, 'en') })}`;
    expect(shownCitation(figure.sources, 'en', dataset)).toBe(citation);
    expect(rowWithValue(shownValue(figure)).textContent).toContain(citation);
  });
});

describe('DetailPanel for a port', () => {
  it('names the port and its kind', async () => {
    await renderSettled(<DetailPanel />, { selected: 'port-of-baku' });
    expect(screen.getByRole('heading', { level: 2, name: place('port-of-baku').name.en })).toBeTruthy();
    expect(screen.getByText(en['panel.kind.port'])).toBeTruthy();
  });

  it('shows the port description and says its location is approximate, with the coordinate source', async () => {
    await renderSettled(<DetailPanel />, { selected: 'port-of-baku' });
    const props = place('port-of-baku');
    expect(screen.getByText(props.description?.en ?? '(missing description)')).toBeTruthy();
    expect(
      screen.getByText(translate('en', 'panel.approximate', { source: props.coordinateSource })),
    ).toBeTruthy();
  });

  it('lists the port capacity and the target with who set it', async () => {
    await renderSettled(<DetailPanel />, { selected: 'port-of-baku' });
    const figures = figuresFor(fixtureDataset, 'port-of-baku');
    expect(figures.length).toBeGreaterThan(0);
    for (const figure of figures) {
      const row = rowWithValue(shownValue(figure));
      expect(row.textContent).toContain(shownCitation(figure.sources));
      if (figure.publishedBy) {
        expect(row.textContent).toContain(translate('en', 'table.publishedBy', { who: figure.publishedBy }));
      }
    }
  });
});

describe('DetailPanel for a country', () => {
  it('names the country and calls it a SPECA member state', async () => {
    await renderSettled(<DetailPanel />, { selected: 'AZE' });
    expect(screen.getByRole('heading', { level: 2, name: country('AZE').name.en })).toBeTruthy();
    expect(screen.getByText(en['panel.kind.country'])).toBeTruthy();
  });

  it('lists the country’s events by date, oldest first', async () => {
    await renderSettled(<DetailPanel />, { selected: 'AZE' });
    const events = fixtureDataset.events.filter((e) => e.countries.includes('AZE'));
    expect(events.length).toBeGreaterThan(1);
    const section = screen.getByRole('region', { name: en['panel.events'] });
    const times = [...section.querySelectorAll('time')];
    const sorted = [...events].sort((a, b) => a.date.localeCompare(b.date));
    expect(times.map((t) => t.getAttribute('datetime'))).toEqual(sorted.map((e) => e.date));
    expect(times.map((t) => t.textContent)).toEqual(sorted.map((e) => formatDate(e.date, 'en')));
  });

  it('shows each event’s title, documents signed and source', async () => {
    await renderSettled(<DetailPanel />, { selected: 'AZE' });
    const section = screen.getByRole('region', { name: en['panel.events'] });
    for (const event of eventsFor(fixtureDataset, 'AZE')) {
      expect(within(section).getByText(event.title.en)).toBeTruthy();
      for (const doc of event.documents ?? []) expect(within(section).getByText(doc.en)).toBeTruthy();
      for (const id of event.sources) {
        expect(within(section).getAllByText(shownCitation([id]))).toBeTruthy();
      }
    }
  });

  it('says there are no figures when the country has none', async () => {
    await renderSettled(<DetailPanel />, { selected: 'AZE' });
    expect(figuresFor(fixtureDataset, 'AZE')).toEqual([]);
    expect(screen.getByText(en['panel.noFigures'])).toBeTruthy();
  });

  it('opens linked articles in a new tab with rel="noopener noreferrer"', async () => {
    await renderSettled(<DetailPanel />, { selected: 'AZE' });
    const articles = screen.getByRole('region', { name: en['panel.articles'] });
    const withUrl = fixtureDataset.sources.filter((s) => s.about.includes('AZE') && s.url);
    const links = within(articles).getAllByRole('link');
    expect(links).toHaveLength(withUrl.length);
    for (const s of withUrl) {
      const link = within(articles).getByRole('link', { name: (n) => n.startsWith(s.title ?? s.publisher) });
      expect(link.getAttribute('href')).toBe(s.url);
      expect(link.getAttribute('target')).toBe('_blank');
      expect(link.getAttribute('rel')).toBe('noopener noreferrer');
      expect(link.textContent).toContain(en['article.newTab']);
    }
  });

  it('shows the corrected date next to an article whose date the source article misprints', async () => {
    await renderSettled(<DetailPanel />, { selected: 'AZE' });
    const misprinted = fixtureDataset.sources.find((s) => s.about.includes('AZE') && s.printedDate);
    if (!misprinted?.printedDate) throw new Error('The fixture needs an AZE source with printedDate');
    const text = translate('en', 'article.printedDate', {
      printed: formatDate(misprinted.printedDate, 'en'),
      date: shownSourceDate(misprinted),
    });
    expect(screen.getByText(text)).toBeTruthy();
  });
});

describe('DetailPanel without a selection', () => {
  it('shows the empty-state text', async () => {
    await renderSettled(<DetailPanel />);
    expect(screen.getByText(en['panel.empty'])).toBeTruthy();
    expect(screen.queryByRole('heading')).toBeNull();
  });

  it('renders nothing before the data set has loaded', async () => {
    const { container } = await renderSettled(<DetailPanel />, { dataset: null, selected: 'btk' });
    expect(container.innerHTML).toBe('');
  });

  it('shows the empty-state text for a selection that is not in the data set', async () => {
    await renderSettled(<DetailPanel />, { selected: 'nowhere' });
    expect(screen.getByText(en['panel.empty'])).toBeTruthy();
  });
});

describe('Closing the DetailPanel', () => {
  it('clears the selection when Close is pressed', async () => {
    const { state } = await renderSettled(<DetailPanel />, { selected: 'btk' });
    fireEvent.click(screen.getByRole('button', { name: en['panel.close'] }));
    expect(state.selected.value).toBeNull();
    expect(screen.getByText(en['panel.empty'])).toBeTruthy();
  });

  it('announces that the panel closed', async () => {
    const { state } = await renderSettled(<DetailPanel />, { selected: 'btk' });
    fireEvent.click(screen.getByRole('button', { name: en['panel.close'] }));
    expect(state.announcement.value).toBe(en['announce.closed']);
  });

  it('clears the selection when Escape is pressed', async () => {
    const { state } = await renderSettled(<DetailPanel />, { selected: 'port-of-baku' });
    fireEvent.keyDown(document, { key: 'Escape' });
    expect(state.selected.value).toBeNull();
  });

  it('ignores an Escape that another handler already handled', async () => {
    const { state } = await renderSettled(<DetailPanel />, { selected: 'btk' });
    const event = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    event.preventDefault();
    act(() => {
      document.dispatchEvent(event);
    });
    expect(state.selected.value).toBe('btk');
  });

  it('returns focus on Escape to the element that was focused before the selection', async () => {
    const { state, actions } = await renderSettled(
      <>
        <button type="button">Outside the panel</button>
        <DetailPanel />
      </>,
    );
    const before = screen.getByRole('button', { name: 'Outside the panel' });
    before.focus();
    act(() => actions.select('btk'));
    screen.getByRole('button', { name: en['panel.close'] }).focus();
    fireEvent.keyDown(document.activeElement ?? document, { key: 'Escape' });
    expect(state.selected.value).toBeNull();
    expect(document.activeElement).toBe(before);
  });

  it('returns focus on Escape to the list button that opened the panel', async () => {
    await renderSettled(
      <>
        <FeatureList />
        <DetailPanel />
      </>,
    );
    const item = screen.getByRole('button', { name: route('titr').name.en });
    item.focus();
    fireEvent.click(item);
    expect(screen.getByRole('heading', { level: 2, name: route('titr').name.en })).toBeTruthy();
    fireEvent.keyDown(document, { key: 'Escape' });
    expect(document.activeElement).toBe(item);
  });

  it('announces the close in the current language after the language changed', async () => {
    const { state, actions } = await renderSettled(<DetailPanel />, { selected: 'btk' });
    act(() => actions.setLang('ru'));
    fireEvent.keyDown(document, { key: 'Escape' });
    expect(state.announcement.value).toBe(CATALOGUES.ru['announce.closed']);
  });
});

describe('DetailPanel in other languages', () => {
  for (const lang of ['ru', 'az'] as const) {
    it(`shows the ${lang} route name as the heading and ${lang} table headers`, async () => {
      await renderSettled(<DetailPanel />, { selected: 'btk', lang });
      expect(screen.getByRole('heading', { level: 2, name: route('btk').name[lang] })).toBeTruthy();
      const headers = within(figuresTable(lang))
        .getAllByRole('columnheader')
        .map((h) => h.textContent);
      expect(headers).toEqual(
        (
          [
            'table.metric',
            'table.period',
            'table.value',
            'table.status',
            'table.asOf',
            'table.sources',
          ] as const
        ).map((k) => CATALOGUES[lang][k]),
      );
    });
  }

  it('formats numbers and dates the Russian way', async () => {
    await renderSettled(<DetailPanel />, { selected: 'btk', lang: 'ru' });
    const row = rowWithValue('432\u00a0284 т', 'ru');
    expect(within(row).getByText('30 сентября 2023 г.', exact)).toBeTruthy();
  });

  it('formats numbers and dates the Azerbaijani way', async () => {
    await renderSettled(<DetailPanel />, { selected: 'btk', lang: 'az' });
    const row = rowWithValue('432.284 t', 'az');
    expect(within(row).getByText('30 sentyabr 2023', exact)).toBeTruthy();
  });

  it('shows the Russian Close button and dispute note', async () => {
    await renderSettled(<DetailPanel />, { selected: 'btk', lang: 'ru' });
    expect(screen.getByRole('button', { name: CATALOGUES.ru['panel.close'] })).toBeTruthy();
    expect(screen.getByRole('note').textContent).toMatch(/^Источники расходятся/);
  });
});
