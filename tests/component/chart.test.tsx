// The cargo projection chart: actual points, capacity steps and forecast marks from the fixture, each a
// focusable mark labelled with value, date and source, echoed in the tooltip; the map's year as a rule, the
// save buttons; and the empty message.
import { act, fireEvent, getDefaultNormalizer, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/data/parse';
import type { Figure } from '../../src/data/schema';
import { formatPeriod, formatValue } from '../../src/i18n/i18n';
import { en } from '../../src/i18n/messages/en';
import { figuresFor, sourceById } from '../../src/state/derive';
import { CargoChart } from '../../src/ui/CargoChart';
import { CHART_MESSAGES } from '../../src/ui/chart-messages';
import { cloneFixtureRaw, fixtureDataset } from '../fixtures/world';
import { renderWithApp, shownAsOf, shownCitation } from './support/render';

const byId = sourceById(fixtureDataset);
/** Dates and ranges contain thin spaces: compare text exactly instead of collapsing whitespace. */
const exact = { normalizer: getDefaultNormalizer({ trim: false, collapseWhitespace: false }) };

function renderChart(subject: string) {
  return renderWithApp(<CargoChart figures={figuresFor(fixtureDataset, subject)} byId={byId} />);
}

function fixtureFigures(subject: string, status: Figure['status']): Figure[] {
  return figuresFor(fixtureDataset, subject).filter((f) => f.status === status);
}

/** The chart's SVG, found by its title, as a screen reader names it. */
function chartSvg(): SVGSVGElement {
  const svg = screen.getByTitle((title) => title.startsWith(en['chart.title'])).closest('svg');
  if (!svg) throw new Error('The chart title is not inside an <svg>');
  return svg;
}

/** The focusable marks of the chart, in document order. */
function marks(): HTMLElement[] {
  return within(chartSvg() as unknown as HTMLElement).getAllByRole('img');
}

function markFor(figure: Figure): HTMLElement {
  const value = formatValue(figure.value, figure.unit, 'en', figure.valueMax);
  const found = marks().filter((m) => m.getAttribute('aria-label')?.includes(value));
  expect(found).toHaveLength(1);
  return found[0] as HTMLElement;
}

/** What a mark must say: the period, the value, the citation (publisher, date) and the as-of date. */
function expectedParts(figure: Figure): string[] {
  return [
    figure.period ? formatPeriod(figure.period, 'en') : shownAsOf(figure),
    formatValue(figure.value, figure.unit, 'en', figure.valueMax),
    shownCitation(figure.sources),
    shownAsOf(figure),
  ];
}

describe('CargoChart', () => {
  it('draws the chart as an SVG titled with what it shows and its unit', () => {
    renderChart('btk');
    const title = chartSvg().querySelector('title')?.textContent ?? '';
    expect(title).toContain(en['chart.title']);
    expect(title).toContain(en['chart.unit']);
  });

  it('describes the chart with the keyboard hint', () => {
    renderChart('btk');
    const describedBy = chartSvg().getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(describedBy)?.textContent).toBe(en['chart.hint']);
  });

  it('draws one actual point for each actual cargo figure of the route', () => {
    renderChart('btk');
    const actual = fixtureFigures('btk', 'actual');
    expect(actual.length).toBeGreaterThan(0);
    for (const figure of actual) {
      const mark = markFor(figure);
      expect(mark.getAttribute('aria-label')).toContain(`, ${en['status.actual']}.`);
      expect(mark.querySelector('circle')).not.toBeNull();
    }
  });

  it('draws the capacity as a horizontal step', () => {
    renderChart('btk');
    const [capacity] = fixtureFigures('btk', 'capacity');
    if (!capacity) throw new Error('The fixture needs a BTK capacity figure');
    const line = markFor(capacity).querySelector('line');
    expect(line).not.toBeNull();
    expect(line?.getAttribute('y1')).toBe(line?.getAttribute('y2'));
    expect(Number(line?.getAttribute('x2'))).toBeGreaterThan(Number(line?.getAttribute('x1')));
  });

  it('draws a forecast mark labelled with who published it', () => {
    renderChart('titr');
    const [forecast] = fixtureFigures('titr', 'forecast');
    if (!forecast?.publishedBy) throw new Error('The fixture needs a TITR forecast with publishedBy');
    const mark = markFor(forecast);
    expect(mark.getAttribute('aria-label')).toContain(en['status.forecast']);
    expect(within(mark).getByText(forecast.publishedBy)).toBeTruthy();
  });

  it('draws one mark per charted figure of the route', () => {
    renderChart('btk');
    expect(marks()).toHaveLength(figuresFor(fixtureDataset, 'btk').length);
  });

  it('makes every mark keyboard-focusable with tabindex 0', () => {
    renderChart('btk');
    for (const mark of marks()) {
      expect(mark.getAttribute('tabindex')).toBe('0');
      mark.focus();
      expect(document.activeElement).toBe(mark);
    }
  });

  it('labels every mark with its period, value, source citation and as-of date', () => {
    renderChart('btk');
    for (const figure of figuresFor(fixtureDataset, 'btk')) {
      const label = markFor(figure).getAttribute('aria-label') ?? '';
      for (const part of expectedParts(figure)) expect(label).toContain(part);
    }
  });

  it('labels the mark of a figure no source dates as not dated, not with a made-up date', () => {
    const raw = cloneFixtureRaw();
    const capacity = raw.figures.find((f) => f.id === 'btk-capacity-2024');
    if (!capacity) throw new Error('The fixture needs btk-capacity-2024');
    delete capacity.asOf;
    const { dataset } = parseDataset(raw);
    renderWithApp(<CargoChart figures={figuresFor(dataset, 'btk')} byId={sourceById(dataset)} />);
    const undated = dataset.figures.find((f) => f.id === 'btk-capacity-2024') as Figure;
    expect(markFor(undated).getAttribute('aria-label')).toContain(`, ${en['table.undated']}.`);
  });

  it('shows the keyboard hint in the tooltip before any mark is focused', () => {
    renderChart('btk');
    expect(screen.getByText(en['chart.hint'])).toBeTruthy();
  });

  it('shows the focused mark’s label in the tooltip', () => {
    renderChart('btk');
    const [figure] = fixtureFigures('btk', 'actual');
    if (!figure) throw new Error('The fixture needs a BTK actual figure');
    const mark = markFor(figure);
    fireEvent.focus(mark);
    const label = mark.getAttribute('aria-label') ?? '';
    const tooltip = screen.getByText(label, exact);
    expect(tooltip.tagName.toLowerCase()).toBe('p');
    expect(tooltip.getAttribute('aria-live')).toBe('polite');
    expect(screen.queryByText(en['chart.hint'])).toBeNull();
  });

  it('shows a hovered mark’s label in the tooltip', () => {
    renderChart('titr');
    const [forecast] = fixtureFigures('titr', 'forecast');
    if (!forecast) throw new Error('The fixture needs a TITR forecast');
    const mark = markFor(forecast);
    fireEvent.mouseEnter(mark);
    expect(screen.getByText(mark.getAttribute('aria-label') ?? '', exact)).toBeTruthy();
  });

  it('shows the empty message when there are no figures', () => {
    renderWithApp(<CargoChart figures={[]} byId={byId} />);
    expect(screen.getByText(en['chart.empty'])).toBeTruthy();
    expect(screen.queryByTitle((title) => title.startsWith(en['chart.title']))).toBeNull();
  });

  it('shows the empty message for a port whose tonnage figures have no period to chart', () => {
    renderChart('port-of-baku');
    expect(figuresFor(fixtureDataset, 'port-of-baku').length).toBeGreaterThan(0);
    expect(screen.getByText(en['chart.empty'])).toBeTruthy();
    expect(screen.queryByTitle((title) => title.startsWith(en['chart.title']))).toBeNull();
  });

  it('marks the map’s year with a vertical rule labelled with the year, and nothing when none is chosen', () => {
    const { state } = renderChart('btk');
    expect(chartSvg().querySelector('.year-rule')).toBeNull();
    act(() => {
      state.year.value = 2024;
    });
    const rule = chartSvg().querySelector('.year-rule');
    const line = rule?.querySelector('line');
    expect(line?.getAttribute('x1')).toBe(line?.getAttribute('x2'));
    expect(Number(line?.getAttribute('y2'))).toBeGreaterThan(Number(line?.getAttribute('y1')));
    expect(rule?.querySelector('text')?.textContent).toBe('2024');
    expect(rule?.getAttribute('aria-label')).toBe('Year on the map: 2024');
    act(() => {
      state.year.value = null;
    });
    expect(chartSvg().querySelector('.year-rule')).toBeNull();
  });

  it('offers to save the chart as SVG and PNG', () => {
    renderChart('btk');
    expect(screen.getByRole('button', { name: CHART_MESSAGES.en.saveSvg })).toBeTruthy();
    expect(screen.getByRole('button', { name: CHART_MESSAGES.en.savePng })).toBeTruthy();
  });
});
