// The Timeline view's pure model: filtering, date order, placing on the axis without overlaps.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AtlasEvent } from '../../src/data/schema';
import { filterEvents, placeEvents, timeOf } from '../../src/views/timeline/model';
import { fixtureDataset } from '../fixtures/world';

const event = (id: string, date: string): AtlasEvent => ({
  id,
  date,
  kind: 'visit',
  countries: ['AZE'],
  title: { az: id, ru: id, en: id },
  sources: ['s'],
});

describe('timeline model', () => {
  it('orders events by date whatever their order in the file', () => {
    const events = [event('b', '2024-03-11'), event('a', '1992-08-30'), event('c', '2008')];
    expect(filterEvents(events, {}).map((e) => e.id)).toEqual(['a', 'c', 'b']);
  });

  it('keeps only the chosen country and kind', () => {
    const [first] = fixtureDataset.events;
    const country = first?.countries[0];
    const kept = filterEvents(fixtureDataset.events, { country, kind: first?.kind });
    expect(kept.length).toBeGreaterThan(0);
    for (const e of kept) {
      expect(e.countries).toContain(country);
      expect(e.kind).toBe(first?.kind);
    }
  });

  it('reads a year, a month or a day as its first day', () => {
    expect(timeOf('2008')).toBe(Date.UTC(2008, 0, 1));
    expect(timeOf('2008-09')).toBe(Date.UTC(2008, 8, 1));
    expect(timeOf('2008-09-15')).toBe(Date.UTC(2008, 8, 15));
  });

  it('places the axis start at 0 and its end at 1', () => {
    const placed = placeEvents(
      [event('a', '1991'), event('b', '2027')],
      timeOf('1991'),
      timeOf('2027'),
      0.01,
    );
    expect(placed.map((p) => p.x)).toEqual([0, 1]);
  });

  it('never lets two events of one lane come closer than the gap', () => {
    const day = fc.integer({ min: 0, max: 13000 }).map((d) => new Date(Date.UTC(1991, 0, 1 + d)));
    fc.assert(
      fc.property(
        fc.array(day, { maxLength: 60 }),
        fc.double({ min: 0.001, max: 0.1, noNaN: true }),
        (days, gap) => {
          const events = days.map((d, i) => event(`e${i}`, d.toISOString().slice(0, 10)));
          const placed = placeEvents(events, timeOf('1991'), timeOf('2027'), gap);
          expect(placed).toHaveLength(events.length);
          const lanes = new Map<number, number[]>();
          for (const p of placed) lanes.set(p.lane, [...(lanes.get(p.lane) ?? []), p.x]);
          for (const xs of lanes.values())
            for (let i = 1; i < xs.length; i += 1)
              expect((xs[i] ?? 0) - (xs[i - 1] ?? 0)).toBeGreaterThanOrEqual(gap - 1e-12);
        },
      ),
    );
  });
});
