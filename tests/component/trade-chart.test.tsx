// The trade chart of a member state's panel, on the real data: one focusable mark per drawn figure, series told
// apart by colour, dash and legend text, hollow part-years with months, dashed targets, bars, the map's year rule.
import { readFile } from 'node:fs/promises';
import { act, fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load';
import { CHART_MESSAGES } from '../../src/ui/chart-messages';
import { TradeChart } from '../../src/ui/TradeChart';
import { buildTradeChartModel } from '../../src/ui/trade-chart-model';
import { renderWithApp } from './support/render';

const { dataset } = await loadDataset((path) => readFile(path, 'utf8'));
const en = CHART_MESSAGES.en;
const kaz = dataset.figures.filter((f) => f.subject === 'KAZ');
const model = buildTradeChartModel(kaz);

function renderKaz(lang: 'en' | 'ru' = 'en') {
  return renderWithApp(<TradeChart dataset={dataset} countryId="KAZ" />, { dataset, lang });
}
const svg = () => document.querySelector('figure.trade-chart > svg') as SVGSVGElement;
const marks = () => within(svg() as unknown as HTMLElement).queryAllByRole('img');
const focusable = () => marks().filter((m) => m.hasAttribute('data-figure'));

describe('TradeChart', () => {
  it('is an SVG with the chart’s title naming the country, and a description', () => {
    renderKaz();
    expect(svg().querySelector('title')?.textContent).toBe(en.title.replace('{country}', 'Kazakhstan'));
    expect(svg().querySelector('desc')?.textContent).toBe(en.desc);
  });

  it('draws every full-year turnover figure exactly once, each a focusable, described mark', () => {
    renderKaz();
    const ids = focusable().map((m) => m.getAttribute('data-figure'));
    const full = model.series.flatMap((s) => s.points.filter((p) => !p.partial).map((p) => p.figure.id));
    expect(full.length).toBeGreaterThan(5);
    for (const id of full) expect(ids.filter((x) => x === id)).toHaveLength(1);
    for (const mark of focusable()) {
      expect(mark.getAttribute('tabindex')).toBe('0');
      expect(mark.getAttribute('aria-label')).toMatch(/million US dollars/);
    }
  });

  it('tells the reporters apart by colour, line style and legend text', () => {
    renderKaz();
    const lines = [...svg().querySelectorAll('[data-reporter] > path[aria-hidden]')];
    expect(lines).toHaveLength(3);
    const strokes = new Set(lines.map((l) => l.getAttribute('stroke')));
    const dashes = new Set(lines.map((l) => l.getAttribute('stroke-dasharray') ?? 'solid'));
    expect(strokes.size).toBe(3);
    expect(dashes.size).toBe(3);
    const legend = document.querySelector('.chart-legend')?.textContent ?? '';
    for (const text of ['Azerbaijan’s statistics', 'Kazakhstan’s statistics', 'Statistics not named'])
      expect(legend).toContain(text);
  });

  it('draws part-years hollow, labelled with their months', () => {
    renderKaz();
    const part = svg().querySelector('[data-partial="true"]');
    expect(part?.querySelector('path')?.getAttribute('fill')).toBe('#ffffff');
    expect(svg().textContent).toContain('Jan–Oct');
  });

  it('draws each target value as a dashed line, labelled with who set it and the year', () => {
    renderKaz();
    const line = svg().querySelector('[data-target="1000"] > line');
    expect(line?.getAttribute('stroke-dasharray')).toBe('5 4');
    expect(svg().textContent).toContain('1,000: Kazakh Prime Minister Alikhan Smailov, 2023');
  });

  it('draws Azerbaijan’s exports and imports as bars', () => {
    renderKaz();
    expect(svg().querySelectorAll('[data-flow="exports"] rect')).toHaveLength(3);
    expect(svg().querySelectorAll('[data-flow="imports"] rect')).toHaveLength(2);
  });

  it('shows a focused mark’s description in the tooltip', () => {
    renderKaz();
    const mark = focusable()[0] as HTMLElement;
    fireEvent.focus(mark);
    expect(document.querySelector('.chart-tooltip')?.textContent).toBe(mark.getAttribute('aria-label'));
  });

  it('marks the map’s year with a labelled rule, and nothing when no year is chosen or it is off the axis', () => {
    const { state } = renderKaz();
    expect(svg().querySelector('.year-rule')).toBeNull();
    act(() => {
      state.year.value = 2023;
    });
    const rule = svg().querySelector('.year-rule');
    expect(rule?.getAttribute('aria-label')).toBe('Year on the map: 2023');
    expect(rule?.querySelector('text')?.textContent).toBe('2023');
    act(() => {
      state.year.value = 2030;
    });
    expect(svg().querySelector('.year-rule')).toBeNull();
  });

  it('offers to save the chart as SVG and PNG', () => {
    renderKaz();
    expect(screen.getByRole('button', { name: en.saveSvg })).toBeTruthy();
    expect(screen.getByRole('button', { name: en.savePng })).toBeTruthy();
  });

  it('speaks the reader’s language', () => {
    renderKaz('ru');
    expect(svg().querySelector('title')?.textContent).toContain('Казахстан');
    expect(screen.getByRole('button', { name: CHART_MESSAGES.ru.savePng })).toBeTruthy();
  });

  it('draws nothing for a country without trade figures', () => {
    const { container } = renderWithApp(<TradeChart dataset={dataset} countryId="AZE" />, { dataset });
    expect(container.querySelector('figure')).toBeNull();
  });
});
