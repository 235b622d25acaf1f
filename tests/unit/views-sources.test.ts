// The Sources view's pure model: what each source supports, filters, date order and the URL filter.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  filterFromUrl,
  filterOptions,
  filterRows,
  filterToUrl,
  sourceRows,
} from '../../src/views/sources/model';
import { fixtureDataset } from '../fixtures/world';

const rows = sourceRows(fixtureDataset);
const options = filterOptions(rows);

describe('sources model', () => {
  it('lists every source once', () => {
    expect(rows.map((r) => r.source.id)).toEqual(fixtureDataset.sources.map((s) => s.id));
  });

  it('counts a figure’s subject among the features a source supports', () => {
    for (const figure of fixtureDataset.figures)
      for (const id of figure.sources)
        expect(rows.find((r) => r.source.id === id)?.features).toContain(figure.subject);
  });

  it('keeps only the sources that support the chosen feature', () => {
    const feature = options.features[0] ?? '';
    const kept = filterRows(rows, { feature });
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.every((r) => r.features.includes(feature))).toBe(true);
  });

  it('orders by publication date, newest first by default, undated last', () => {
    const dates = filterRows(rows, {}).map((r) => r.date);
    const dated = dates.filter(Boolean);
    expect(dated).toEqual([...dated].sort().reverse());
    expect(dates.slice(dated.length).every((d) => d === '')).toBe(true);
  });

  it('orders oldest first on request, undated still last', () => {
    const dates = filterRows(rows, { sort: 'old' }).map((r) => r.date);
    const dated = dates.filter(Boolean);
    expect(dated).toEqual([...dated].sort());
    expect(dates.slice(dated.length).every((d) => d === '')).toBe(true);
  });

  it('never returns a source that fails a filter, for any combination', () => {
    const maybe = (values: readonly string[]) => fc.option(fc.constantFrom(...values), { nil: undefined });
    fc.assert(
      fc.property(
        maybe(options.features),
        maybe(options.types),
        maybe(options.langs),
        (feature, type, lang) => {
          for (const row of filterRows(rows, { feature, type, lang })) {
            if (feature) expect(row.features).toContain(feature);
            if (type) expect(row.source.type).toBe(type);
            if (lang) expect(row.source.language).toBe(lang);
          }
        },
      ),
    );
  });

  it('drops URL filter values that are not in the data, and round-trips those that are', () => {
    expect(filterFromUrl({ feature: 'nowhere', type: 'rumour', sort: 'sideways' }, options)).toEqual({
      feature: undefined,
      type: undefined,
      lang: undefined,
      sort: undefined,
    });
    const filter = {
      feature: options.features[0],
      type: options.types[0],
      lang: undefined,
      sort: 'old' as const,
    };
    expect(filterFromUrl(filterToUrl(filter), options)).toEqual(filter);
  });
});
