// parseDataset on the fixture world, clean and with one defect at a time: each defect is reported with its
// file, record and field, and everything else still loads.
import { describe, expect, test } from 'vitest';
import { DATA_FILES } from '../../src/data/files';
import { parseDataset } from '../../src/data/parse';
import type { DataError, Figure } from '../../src/data/schema';
import {
  cloneFixtureRaw,
  fixtureDataset,
  fixtureFeature,
  fixtureRaw,
  fixtureRecord,
  type RawRecord,
  type RawWorld,
} from '../fixtures/world';

function parseEdited(edit: (raw: RawWorld) => void) {
  const raw = cloneFixtureRaw();
  edit(raw);
  return parseDataset(raw);
}

/** A copy of a valid fixture figure under a new id, with some fields replaced. */
function figureWith(fields: RawRecord): RawRecord {
  return { ...fixtureRecord('figures', 'btk-capacity-2024'), id: 'broken-figure', ...fields };
}

function sourceWith(fields: RawRecord): RawRecord {
  return { ...fixtureRecord('sources', 'trend-2024-05-06'), id: 'broken-source', ...fields };
}

const err = (file: string, record: string, field: string, message: string): DataError => ({
  file,
  record,
  field,
  message,
});

describe('the clean fixture world', () => {
  test('loads every record with no errors', () => {
    const { dataset, errors } = parseDataset(fixtureRaw);
    expect(errors).toEqual([]);
    expect({
      sources: dataset.sources.length,
      figures: dataset.figures.length,
      events: dataset.events.length,
      countries: dataset.countries.length,
      routes: dataset.routes.length,
      places: dataset.places.length,
      segments: dataset.segments.length,
      itineraries: dataset.itineraries.length,
    }).toEqual({
      sources: 7,
      figures: 6,
      events: 2,
      countries: 4,
      routes: 2,
      places: 5,
      segments: 3,
      itineraries: 2,
    });
  });

  test('loads into a deep-frozen dataset that throws on mutation', () => {
    const { dataset } = parseDataset(fixtureRaw);
    const figure = dataset.figures[0] as Figure;
    expect(() => (dataset.figures as Figure[]).push(figure)).toThrow(TypeError);
    expect(() => {
      (figure as { value: number }).value = 1;
    }).toThrow(TypeError);
    expect(() => {
      (figure.sources as string[])[0] = 'other';
    }).toThrow(TypeError);
    const coordinates = dataset.places[0]?.geometry.coordinates as unknown as number[];
    expect(() => {
      coordinates[0] = 0;
    }).toThrow(TypeError);
    expect(() => {
      (dataset as { figures: unknown }).figures = [];
    }).toThrow(TypeError);
  });

  test('leaves its input untouched, even where it removes a dangling id', () => {
    const raw = cloneFixtureRaw();
    (raw.figures[0] as RawRecord).sources = ['trend-2024-05-06', 'trend-2099'];
    const before = structuredClone(raw);
    parseDataset(raw);
    expect(raw).toEqual(before);
    expect(Object.isFrozen(raw.figures)).toBe(false);
  });
});

describe('a defect is reported and the rest still loads', () => {
  test('a duplicate id keeps the first record and reports the second', () => {
    const { dataset, errors } = parseEdited((raw) => {
      raw.sources.push({ ...fixtureRecord('sources', 'trend-2024-05-06'), publisher: 'Copy' });
    });
    expect(errors).toEqual([
      err(
        DATA_FILES.sources,
        'trend-2024-05-06',
        'id',
        'duplicate id "trend-2024-05-06": only the first record with it is kept',
      ),
    ]);
    expect(dataset).toEqual(fixtureDataset);
  });

  test('a place id that is already a route id is reported and the place dropped', () => {
    const { dataset, errors } = parseEdited((raw) => {
      const place = fixtureFeature('places', 'tbilisi');
      place.properties.id = 'btk';
      raw.places.features.push(place);
    });
    expect(errors).toEqual([
      err(DATA_FILES.places, 'btk', 'properties.id', 'id "btk" is already used in data/routes.json'),
    ]);
    expect(dataset).toEqual(fixtureDataset);
  });

  test('an unknown figure subject drops the figure', () => {
    const { dataset, errors } = parseEdited((raw) => {
      raw.figures.push(figureWith({ subject: 'btk-2' }));
    });
    expect(errors).toEqual([
      err(
        DATA_FILES.figures,
        'broken-figure',
        'subject',
        'unknown subject "btk-2" (no route, country or place)',
      ),
    ]);
    expect(dataset).toEqual(fixtureDataset);
  });

  test('an unknown source id is removed from a figure that keeps another source', () => {
    const { dataset, errors } = parseEdited((raw) => {
      const figure = raw.figures.find((f) => f.id === 'btk-capacity-2024') as RawRecord;
      figure.sources = ['trend-2024-05-06', 'trend-2099'];
    });
    expect(errors).toEqual([
      err(DATA_FILES.figures, 'btk-capacity-2024', 'sources.1', 'unknown source "trend-2099"'),
    ]);
    expect(dataset).toEqual(fixtureDataset);
  });

  test('a figure whose only source is unknown is dropped', () => {
    const { dataset, errors } = parseEdited((raw) => {
      raw.figures.push(figureWith({ sources: ['trend-2099'] }));
    });
    expect(errors).toEqual([
      err(DATA_FILES.figures, 'broken-figure', 'sources.0', 'unknown source "trend-2099"'),
      err(DATA_FILES.figures, 'broken-figure', 'sources', 'no known source left, so the figure is dropped'),
    ]);
    expect(dataset).toEqual(fixtureDataset);
  });

  test('a figure whose only source fails validation is dropped along with it', () => {
    const { dataset, errors } = parseEdited((raw) => {
      (raw.sources.find((s) => s.id === 'trend-2024-05-06') as RawRecord).published = '6 May 2024';
    });
    expect(errors.map((e) => [e.file, e.record, e.field])).toEqual([
      [DATA_FILES.sources, 'trend-2024-05-06', 'published'],
      [DATA_FILES.figures, 'btk-capacity-2024', 'sources.0'],
      [DATA_FILES.figures, 'btk-capacity-2024', 'sources'],
    ]);
    expect(dataset.figures.map((f) => f.id)).not.toContain('btk-capacity-2024');
    expect(dataset.figures).toHaveLength(fixtureDataset.figures.length - 1);
    expect(dataset.events).toEqual(fixtureDataset.events);
  });

  test('a figure with no sources is dropped', () => {
    const { dataset, errors } = parseEdited((raw) => {
      raw.figures.push(figureWith({ sources: [] }));
    });
    expect(errors).toEqual([
      err(DATA_FILES.figures, 'broken-figure', 'sources', 'sources: needs at least one source (got [])'),
    ]);
    expect(dataset).toEqual(fixtureDataset);
  });

  test('a date that is not ISO 8601 drops the record', () => {
    const { dataset, errors } = parseEdited((raw) => {
      raw.events.push({
        ...fixtureRecord('events', 'speca-summit-2023-11-24'),
        id: 'broken-event',
        date: '24.11.2023',
      });
    });
    expect(errors).toEqual([
      err(
        DATA_FILES.events,
        'broken-event',
        'date',
        'date: must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD) (got "24.11.2023")',
      ),
    ]);
    expect(dataset).toEqual(fixtureDataset);
  });

  test('a unit outside the fixed list drops the figure', () => {
    const { dataset, errors } = parseEdited((raw) => {
      raw.figures.push(figureWith({ unit: 'tonnes' }));
    });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: DATA_FILES.figures, record: 'broken-figure', field: 'unit' });
    expect(errors[0]?.message).toMatch(/^unit: must be one of "t", "Mt", .*"USD-million" \(got "tonnes"\)$/);
    expect(dataset).toEqual(fixtureDataset);
  });

  test.each([
    ['a negative value', -5, 'value: must be positive (got -5)'],
    ['a zero value', 0, 'value: must be positive (got 0)'],
    ['"NaN" (JSON has no NaN)', 'NaN', 'value: must be a number (got "NaN")'],
  ])('%s drops the figure', (_, value, message) => {
    const { dataset, errors } = parseEdited((raw) => {
      raw.figures.push(figureWith({ value }));
    });
    expect(errors).toEqual([err(DATA_FILES.figures, 'broken-figure', 'value', message)]);
    expect(dataset).toEqual(fixtureDataset);
  });

  test('a value of 1e999, which JSON.parse turns into Infinity, drops the figure', () => {
    const figure = JSON.parse(JSON.stringify(figureWith({ value: 5 })).replace('"value":5', '"value":1e999'));
    expect(figure.value).toBe(Number.POSITIVE_INFINITY);
    const { dataset, errors } = parseEdited((raw) => {
      raw.figures.push(figure);
    });
    expect(errors).toEqual([
      err(DATA_FILES.figures, 'broken-figure', 'value', 'value: must be finite (got Infinity)'),
    ]);
    expect(dataset).toEqual(fixtureDataset);
  });

  test('a javascript: URL drops the source', () => {
    const { dataset, errors } = parseEdited((raw) => {
      raw.sources.push(sourceWith({ url: 'javascript:alert(1)' }));
    });
    expect(errors).toEqual([
      err(
        DATA_FILES.sources,
        'broken-source',
        'url',
        'url: must be an http(s) URL (got "javascript:alert(1)")',
      ),
    ]);
    expect(dataset).toEqual(fixtureDataset);
  });

  test('an ftp URL drops the source', () => {
    const { dataset, errors } = parseEdited((raw) => {
      raw.sources.push(sourceWith({ url: 'ftp://ftp.example.org/report.pdf' }));
    });
    expect(errors).toEqual([
      err(
        DATA_FILES.sources,
        'broken-source',
        'url',
        'url: must be an http(s) URL (got "ftp://ftp.example.org/report.pdf")',
      ),
    ]);
    expect(dataset).toEqual(fixtureDataset);
  });

  test('an echoed value is cut to 60 characters', () => {
    const { errors } = parseEdited((raw) => {
      raw.sources.push(sourceWith({ url: `javascript:${'x'.repeat(200)}` }));
    });
    const echoed = /\(got (.*)\)$/.exec(errors[0]?.message ?? '')?.[1] ?? '';
    expect(echoed).toHaveLength(60);
    expect(echoed.endsWith('…')).toBe(true);
  });

  test('a missing Russian name drops the place', () => {
    const { dataset, errors } = parseEdited((raw) => {
      const place = fixtureFeature('places', 'kars');
      place.properties.id = 'broken-place';
      place.properties.name = { az: 'Qars', en: 'Kars' };
      raw.places.features.push(place);
    });
    expect(errors).toEqual([
      err(DATA_FILES.places, 'broken-place', 'properties.name.ru', 'properties.name.ru: is required'),
    ]);
    expect(dataset).toEqual(fixtureDataset);
  });

  test('a value of the wrong type (a number as a string) drops the figure', () => {
    const { dataset, errors } = parseEdited((raw) => {
      raw.figures.push(figureWith({ value: '432284' }));
    });
    expect(errors).toEqual([
      err(DATA_FILES.figures, 'broken-figure', 'value', 'value: must be a number (got "432284")'),
    ]);
    expect(dataset).toEqual(fixtureDataset);
  });

  test('an unknown place in segment.from drops the segment', () => {
    const { dataset, errors } = parseEdited((raw) => {
      const segment = fixtureFeature('segments', 'btk-tbilisi-kars');
      segment.properties.id = 'broken-segment';
      segment.properties.from = 'old-port';
      raw.segments.features.push(segment);
    });
    expect(errors).toEqual([
      err(DATA_FILES.segments, 'broken-segment', 'properties.from', 'unknown place "old-port"'),
    ]);
    expect(dataset).toEqual(fixtureDataset);
  });

  test('a lone dispute id is reported and removed, and the figure stays', () => {
    const { dataset, errors } = parseEdited((raw) => {
      raw.figures.push(figureWith({ dispute: 'btk-capacity' }));
    });
    expect(errors).toEqual([
      err(
        DATA_FILES.figures,
        'broken-figure',
        'dispute',
        'dispute "btk-capacity" has no other figure with subject "btk" and metric "cargo-capacity"',
      ),
    ]);
    const kept = dataset.figures.find((f) => f.id === 'broken-figure');
    expect(kept).toBeDefined();
    expect(kept).not.toHaveProperty('dispute');
  });

  test('a valueMax below the value drops the figure', () => {
    const { dataset, errors } = parseEdited((raw) => {
      raw.figures.push(figureWith({ value: 17, valueMax: 6.5 }));
    });
    expect(errors).toEqual([
      err(DATA_FILES.figures, 'broken-figure', 'valueMax', 'must be greater than value 17 (got 6.5)'),
    ]);
    expect(dataset).toEqual(fixtureDataset);
  });

  test('a period whose start is after its end drops the figure', () => {
    const { dataset, errors } = parseEdited((raw) => {
      raw.figures.push(figureWith({ period: { from: '2023', to: '2022-10' } }));
    });
    expect(errors).toEqual([
      err(DATA_FILES.figures, 'broken-figure', 'period', 'ends before it starts (from "2023" to "2022-10")'),
    ]);
    expect(dataset).toEqual(fixtureDataset);
  });

  test('a record with no id is named by its index in the file', () => {
    const { dataset, errors } = parseEdited((raw) => {
      const { id: _, ...figure } = figureWith({});
      raw.figures.push(figure);
    });
    expect(errors).toEqual([err(DATA_FILES.figures, '#6', 'id', 'id: is required')]);
    expect(dataset).toEqual(fixtureDataset);
  });

  test('a feature with no properties.id is named by its feature id', () => {
    const { errors } = parseEdited((raw) => {
      const place = fixtureFeature('places', 'kars');
      delete place.properties.id;
      raw.places.features.push({ ...place, id: 42 });
    });
    expect(errors).toEqual([err(DATA_FILES.places, '42', 'properties.id', 'properties.id: is required')]);
  });

  test('a file that is not an array loads no records and nothing else is lost', () => {
    const { dataset, errors } = parseEdited((raw) => {
      (raw as unknown as RawRecord).figures = { figures: [] };
    });
    expect(errors).toEqual([
      err(DATA_FILES.figures, '(file)', '(file)', 'must be a JSON array of records (got an object)'),
    ]);
    expect(dataset).toEqual({ ...fixtureDataset, figures: [] });
  });

  test('a GeoJSON file that is not a FeatureCollection loads no features', () => {
    const { dataset, errors } = parseEdited((raw) => {
      (raw as unknown as RawRecord).segments = raw.segments.features;
    });
    expect(errors).toEqual([
      err(
        DATA_FILES.segments,
        '(file)',
        '(file)',
        'must be a GeoJSON FeatureCollection with a features array (got an array)',
      ),
      err(DATA_FILES.itineraries, 'btk', 'legs.0', 'unknown leg "btk-alat-tbilisi"'),
      err(DATA_FILES.itineraries, 'btk', 'legs.1', 'unknown leg "btk-tbilisi-kars"'),
      err(DATA_FILES.itineraries, 'titr-aktau-kars', 'legs.0', 'unknown leg "titr-aktau-alat"'),
      err(DATA_FILES.itineraries, 'titr-aktau-kars', 'legs.1', 'unknown leg "btk-alat-tbilisi"'),
      err(DATA_FILES.itineraries, 'titr-aktau-kars', 'legs.2', 'unknown leg "btk-tbilisi-kars"'),
    ]);
    expect(dataset).toEqual({ ...fixtureDataset, segments: [], itineraries: [] });
  });

  test('a missing file is reported once and the other files load', () => {
    const { dataset, errors } = parseEdited((raw) => {
      delete (raw as Partial<RawWorld>).events;
    });
    expect(errors).toEqual([
      err(DATA_FILES.events, '(file)', '(file)', 'is missing, so none of its records are loaded'),
    ]);
    expect(dataset).toEqual({ ...fixtureDataset, events: [] });
  });
});
