// Itinerary comparison on the real itineraries (km by mode, borders, changes, bottleneck, volume).
import { readFile } from 'node:fs/promises';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { capacityInForce } from '../../src/analysis/capacity';
import { compareItineraries } from '../../src/analysis/itineraries';
import { loadDataset } from '../../src/data/load';
import { segmentLengthKm } from '../../src/geo/measure';

const { dataset } = await loadDataset((path) => readFile(path, 'utf8'));
const compared = compareItineraries(dataset, dataset.itineraries, 2025);
const byId = (id: string) => compared.find((c) => c.id === id);

describe('compareItineraries', () => {
  it('compares every itinerary, in order', () => {
    expect(compared.map((c) => c.id)).toEqual(dataset.itineraries.map((i) => i.id));
  });

  it('runs BTK all by rail from Azerbaijan through Georgia to Türkiye with one gauge change', () => {
    const btk = byId('btk');
    expect(btk?.km.sea).toBe(0);
    expect(btk?.countries).toEqual(['AZE', 'GEO', 'TUR']);
    expect(btk?.gaugeChanges.map((c) => c.at)).toEqual(['akhalkalaki']);
  });

  it('finds BTK’s 5 Mt a year of 2025 as its bottleneck', () => {
    expect(byId('btk')?.bottleneck).toEqual({
      subject: 'btk',
      capacityMt: { min: 5, max: 5, figureIds: ['btk-capacity-2024-ady'] },
    });
  });

  it('crosses the Caspian from Kazakhstan to Azerbaijan by sea on the Aktau itinerary', () => {
    const aktau = byId('titr-dostyk-aktau-kars');
    expect(aktau?.borders).toContainEqual({ from: 'KAZ', to: 'AZE', at: 'port-of-baku', mode: 'sea' });
    expect(aktau?.modeChanges.map((c) => `${c.at} ${c.from}→${c.to}`)).toEqual([
      'port-aktau rail→sea',
      'port-of-baku sea→rail',
    ]);
  });

  it('gives the Middle Corridor itineraries the seaport volume of 2024 with its scope', () => {
    expect(byId('titr-turkmenbashi-kars')?.volume).toMatchObject({ year: 2024, scope: 'seaports-only' });
  });

  it('adds the km of rail and sea up to the total, leg by leg', () => {
    const segments = new Map(dataset.segments.map((s) => [s.properties.id, s]));
    for (const c of compared) {
      const sum = c.legIds.reduce(
        (km, id) =>
          km +
          (segments.has(id)
            ? segmentLengthKm(segments.get(id) as (typeof dataset.segments)[number])
            : Number.NaN),
        0,
      );
      expect(c.km.rail + c.km.sea).toBeCloseTo(c.km.total, 6);
      expect(c.km.total).toBeCloseTo(sum, 6);
    }
  });

  it('finds a bottleneck no larger than the Port of Baku’s capacity, which every itinerary passes, in any year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2015, max: 2035 }), (year) => {
        const baku = capacityInForce(dataset.figures, 'port-of-baku', year).ranges.Mt;
        return compareItineraries(dataset, dataset.itineraries, year).every(
          (c) => baku === undefined || (c.bottleneck !== null && c.bottleneck.capacityMt.min <= baku.min),
        );
      }),
      { numRuns: 21 },
    );
  });

  it('counts one border crossing fewer than the countries it enters', () => {
    for (const c of compared) expect(c.borders).toHaveLength(c.countries.length - 1);
  });
});
