// figuresToRows: the figures table of the CSV export, one row per figure, every word from the caller.
import { describe, expect, it } from 'vitest';
import { type Figure, METRICS, type Metric, type Source } from '../../src/data/schema';
import { FIGURE_COLUMNS, type FigureRowLabels, figuresToRows } from '../../src/export/figure-rows';
import { fixtureDataset } from '../fixtures/world';

const { figures, sources } = fixtureDataset;

const labels: FigureRowLabels = {
  columns: {
    subject: 'Subject',
    metric: 'Metric',
    value: 'Value',
    valueMax: 'Value (max)',
    unit: 'Unit',
    status: 'Status',
    period: 'Period',
    asOf: 'As of',
    sourceTitle: 'Source',
    sourceUrl: 'URL',
    note: 'Note',
  },
  subjects: { btk: 'Baku–Tbilisi–Kars railway', titr: 'Middle Corridor' },
  metrics: Object.fromEntries(METRICS.map((m) => [m, m.toUpperCase()])) as Record<Metric, string>,
  statuses: { actual: 'Actual', forecast: 'Forecast' },
};

function fixtureFigure(id: string): Figure {
  const found = figures.find((f) => f.id === id);
  if (found === undefined) throw new Error(`no fixture figure ${id}`);
  return found;
}

/** The one data row written for `figure`, as a column → cell record. */
function rowOf(figure: Figure, lang: 'az' | 'ru' | 'en' = 'en', from: readonly Source[] = sources) {
  const [, row = []] = figuresToRows([figure], from, lang, labels);
  return Object.fromEntries(FIGURE_COLUMNS.map((key, i) => [key, row[i]]));
}

describe('figuresToRows', () => {
  it('starts with the caller’s column labels, subject first and note last', () => {
    const [header] = figuresToRows(figures, sources, 'en', labels);
    expect(header).toEqual([
      'Subject',
      'Metric',
      'Value',
      'Value (max)',
      'Unit',
      'Status',
      'Period',
      'As of',
      'Source',
      'URL',
      'Note',
    ]);
  });

  it('writes one row per figure, in the order given', () => {
    const rows = figuresToRows(figures, sources, 'en', labels);
    expect(rows).toHaveLength(figures.length + 1);
    expect(rows.slice(1).map((row) => row[2])).toEqual(figures.map((f) => f.value));
  });

  it('names the subject and the metric with the caller’s labels', () => {
    const row = rowOf(fixtureFigure('btk-cargo-2022'));
    expect([row.subject, row.metric]).toEqual(['Baku–Tbilisi–Kars railway', 'CARGO']);
  });

  it('writes the subject id when the caller has no name for it', () => {
    expect(rowOf(fixtureFigure('port-of-baku-capacity-2023')).subject).toBe('port-of-baku');
  });

  it('writes the status with the caller’s label, or its key when there is none', () => {
    expect(rowOf(fixtureFigure('btk-cargo-2022')).status).toBe('Actual');
    expect(rowOf(fixtureFigure('btk-capacity-2024')).status).toBe('capacity');
  });

  it('keeps the value and its unit as given, the value as a number', () => {
    const row = rowOf(fixtureFigure('btk-cargo-2022'));
    expect([row.value, row.unit]).toEqual([432284, 't']);
  });

  it('leaves valueMax empty for a single value and writes it as a number for a range', () => {
    const single = fixtureFigure('titr-cargo-2030-forecast');
    expect(rowOf(single).valueMax).toBeUndefined();
    expect(rowOf({ ...single, value: 17, valueMax: 18 }).valueMax).toBe(18);
  });

  it('writes a period with two ends as from–to', () => {
    expect(rowOf(fixtureFigure('btk-cargo-2022-jan-oct')).period).toBe('2022-01–2022-10');
  });

  it('writes a period with one end, or equal ends, as that date alone', () => {
    expect(rowOf(fixtureFigure('titr-cargo-2030-forecast')).period).toBe('2030');
    expect(rowOf(fixtureFigure('btk-cargo-2022')).period).toBe('2022');
  });

  it('leaves the period empty for a figure without one', () => {
    expect(rowOf(fixtureFigure('port-of-baku-capacity-2023')).period).toBe('');
  });

  it('writes the date of the statement as "as of"', () => {
    expect(rowOf(fixtureFigure('btk-cargo-2022')).asOf).toBe('2023-09-30');
  });

  it('gives a titled source’s title and URL', () => {
    const figure = { ...fixtureFigure('btk-cargo-2022'), sources: ['apa-797219'] };
    const row = rowOf(figure);
    expect([row.sourceTitle, row.sourceUrl]).toEqual([
      'SPECA-nın Zirvə görüşünün Bakı Bəyannaməsi',
      'https://apa.az/xarici-siyaset/speca-nin-zirve-gorusunun-baki-beyannamesi-tam-metn-797219',
    ]);
  });

  it('names an untitled source by its publisher and date', () => {
    expect(rowOf(fixtureFigure('btk-cargo-2022')).sourceTitle).toBe('Trend, 2023-09-30');
  });

  it('joins several sources’ titles with " | " and their URLs with a space, skipping sources without one', () => {
    const figure = {
      ...fixtureFigure('btk-cargo-2022'),
      sources: ['apa-797219', 'trend-2023-09-30', 'president-az-65301'],
    };
    const row = rowOf(figure);
    expect(row.sourceTitle).toBe(
      'SPECA-nın Zirvə görüşünün Bakı Bəyannaməsi | Trend, 2023-09-30 | Azərbaycan-Qazaxıstan sənədlərinin imzalanması mərasimi olub',
    );
    expect(row.sourceUrl).toBe(
      'https://apa.az/xarici-siyaset/speca-nin-zirve-gorusunun-baki-beyannamesi-tam-metn-797219 https://president.az/az/articles/view/65301',
    );
  });

  it('writes the id of a source it is not given', () => {
    expect(rowOf(fixtureFigure('btk-cargo-2022'), 'en', []).sourceTitle).toBe('trend-2023-09-30');
  });

  it('writes the note in the language asked for', () => {
    const figure = fixtureFigure('btk-cargo-2022-jan-oct');
    expect(rowOf(figure, 'ru').note).toBe(figure.note?.ru);
    expect(rowOf(figure, 'az').note).toBe(figure.note?.az);
  });

  it('leaves the note empty for a figure without one', () => {
    expect(rowOf(fixtureFigure('btk-cargo-2022')).note).toBeUndefined();
  });
});
