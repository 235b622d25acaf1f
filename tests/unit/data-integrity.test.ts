// The pure integrity checks on hand-made record lists: what each keeps, what it drops, what it reports.
import { describe, expect, test } from 'vitest';
import {
  checkDisputes,
  checkEvents,
  checkFigures,
  checkIntegrity,
  checkPlaces,
  checkSegments,
  checkSources,
  checkUnclaimedIds,
  checkUniqueIds,
  isoOrdered,
} from '../../src/data/integrity';
import type {
  AtlasEvent,
  Figure,
  Itinerary,
  PlaceFeature,
  SegmentFeature,
  Source,
} from '../../src/data/schema';
import { fixtureDataset } from '../fixtures/world';

const text = { az: 'a', ru: 'р', en: 'e' };

function figure(fields: Partial<Figure> = {}): Figure {
  return {
    id: 'f',
    subject: 'btk',
    metric: 'cargo',
    value: 5,
    unit: 'Mt',
    status: 'actual',
    asOf: '2024',
    sources: ['s1'],
    ...fields,
  };
}

function event(fields: Partial<AtlasEvent> = {}): AtlasEvent {
  return {
    id: 'e',
    date: '2024-03-11',
    kind: 'visit',
    countries: ['AZE'],
    title: text,
    sources: ['s1'],
    ...fields,
  };
}

function source(fields: Partial<Source> = {}): Source {
  return {
    id: 's1',
    publisher: 'P',
    published: '2024',
    language: 'en',
    type: 'press',
    about: [],
    inArticle: false,
    ...fields,
  };
}

function place(id: string, country = 'AZE'): PlaceFeature {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [49, 40] },
    properties: { id, kind: 'port', country, precision: 'surveyed', name: text, coordinateSource: 'test' },
  };
}

function segment(props: Partial<SegmentFeature['properties']> = {}): SegmentFeature {
  return {
    type: 'Feature',
    geometry: {
      type: 'LineString',
      coordinates: [
        [49, 40],
        [45, 41],
      ],
    },
    properties: { id: 'g', route: 'btk', mode: 'rail', from: 'a', to: 'b', precision: 'schematic', ...props },
  };
}

const FILE = 'test.json';
const known = (...ids: string[]) => new Set(ids);

describe('isoOrdered', () => {
  test('treats a reduced-precision date as the whole span it names', () => {
    expect(isoOrdered('2022', '2022-10')).toBe(true);
    expect(isoOrdered('2022-10', '2022')).toBe(true);
    expect(isoOrdered('2022-10-31', '2022-10')).toBe(true);
    expect(isoOrdered('2022-01', '2022-01-01')).toBe(true);
  });

  test('rejects a start that lies wholly after the end', () => {
    expect(isoOrdered('2023', '2022-12')).toBe(false);
    expect(isoOrdered('2022-11', '2022-10-31')).toBe(false);
    expect(isoOrdered('2022-10-15', '2022-10-14')).toBe(false);
  });
});

describe('checkUniqueIds', () => {
  test('keeps the first record with an id and reports each later one', () => {
    const records = [{ id: 'a', n: 1 }, { id: 'b' }, { id: 'a', n: 2 }, { id: 'a', n: 3 }];
    const { kept, errors } = checkUniqueIds(FILE, records, (r) => r.id);
    expect(kept).toEqual([{ id: 'a', n: 1 }, { id: 'b' }]);
    expect(errors.map((e) => [e.record, e.field])).toEqual([
      ['a', 'id'],
      ['a', 'id'],
    ]);
  });
});

describe('checkUnclaimedIds', () => {
  test('drops a record whose id another file already uses', () => {
    const claimed = new Map([['btk', 'data/routes.json']]);
    const { kept, errors } = checkUnclaimedIds(
      FILE,
      [place('btk'), place('kars')],
      (p) => p.properties.id,
      claimed,
    );
    expect(kept.map((p) => p.properties.id)).toEqual(['kars']);
    expect(errors).toEqual([
      { file: FILE, record: 'btk', field: 'id', message: 'id "btk" is already used in data/routes.json' },
    ]);
  });
});

describe('checkPlaces', () => {
  test('drops a place in an unknown country', () => {
    const { kept, errors } = checkPlaces([place('a'), place('b', 'XXX')], known('AZE'), FILE);
    expect(kept.map((p) => p.properties.id)).toEqual(['a']);
    expect(errors).toEqual([
      { file: FILE, record: 'b', field: 'properties.country', message: 'unknown country "XXX"' },
    ]);
  });
});

describe('checkSegments', () => {
  test('drops a segment whose end place is unknown', () => {
    const { kept, errors } = checkSegments([segment({ to: 'nowhere' })], known('btk'), known('a', 'b'), FILE);
    expect(kept).toEqual([]);
    expect(errors).toEqual([
      { file: FILE, record: 'g', field: 'properties.to', message: 'unknown place "nowhere"' },
    ]);
  });

  test('drops a segment whose route is not loaded', () => {
    const { kept, errors } = checkSegments([segment({ route: 'titr' })], known('btk'), known('a', 'b'), FILE);
    expect(kept).toEqual([]);
    expect(errors.map((e) => e.field)).toEqual(['properties.route']);
  });

  test('removes an unknown place from via and keeps the segment', () => {
    const { kept, errors } = checkSegments(
      [segment({ via: ['x', 'c'] })],
      known('btk'),
      known('a', 'b', 'c'),
      FILE,
    );
    expect(kept.map((s) => s.properties.via)).toEqual([['c']]);
    expect(errors).toEqual([
      { file: FILE, record: 'g', field: 'properties.via.0', message: 'unknown place "x"' },
    ]);
  });
});

describe('checkSources', () => {
  test('removes an unknown feature from about and keeps the source', () => {
    const { kept, errors } = checkSources([source({ about: ['btk', 'mars'] })], known('btk'), FILE);
    expect(kept.map((s) => s.about)).toEqual([['btk']]);
    expect(errors).toEqual([
      { file: FILE, record: 's1', field: 'about.1', message: 'unknown route, country or place "mars"' },
    ]);
  });
});

describe('checkFigures', () => {
  const subjects = known('btk');
  const sources = known('s1', 's2');

  test('keeps a figure whose subject and sources resolve, unchanged', () => {
    const f = figure({ sources: ['s1', 's2'] });
    const { kept, errors } = checkFigures([f], subjects, sources, FILE);
    expect(errors).toEqual([]);
    expect(kept[0]).toBe(f);
  });

  test('drops a figure with an unknown subject', () => {
    const { kept, errors } = checkFigures([figure({ subject: 'ktb' })], subjects, sources, FILE);
    expect(kept).toEqual([]);
    expect(errors).toEqual([
      {
        file: FILE,
        record: 'f',
        field: 'subject',
        message: 'unknown subject "ktb" (no route, country or place)',
      },
    ]);
  });

  test('removes an unknown source and reports it at its index', () => {
    const { kept, errors } = checkFigures(
      [figure({ sources: ['s1', 'trend-2099'] })],
      subjects,
      sources,
      FILE,
    );
    expect(kept.map((f) => f.sources)).toEqual([['s1']]);
    expect(errors).toEqual([
      { file: FILE, record: 'f', field: 'sources.1', message: 'unknown source "trend-2099"' },
    ]);
  });

  test('drops a figure left with no known source', () => {
    const { kept, errors } = checkFigures([figure({ sources: ['x', 'y'] })], subjects, sources, FILE);
    expect(kept).toEqual([]);
    expect(errors.map((e) => e.field)).toEqual(['sources.0', 'sources.1', 'sources']);
  });

  test('drops a figure whose valueMax equals its value', () => {
    const { kept, errors } = checkFigures([figure({ value: 17, valueMax: 17 })], subjects, sources, FILE);
    expect(kept).toEqual([]);
    expect(errors.map((e) => e.field)).toEqual(['valueMax']);
  });

  test('keeps a range whose valueMax is above its value', () => {
    const { kept } = checkFigures([figure({ value: 17, valueMax: 18 })], subjects, sources, FILE);
    expect(kept).toHaveLength(1);
  });

  test('drops a figure whose period ends before it starts', () => {
    const f = figure({ period: { from: '2022-11', to: '2022-10' } });
    const { kept, errors } = checkFigures([f], subjects, sources, FILE);
    expect(kept).toEqual([]);
    expect(errors.map((e) => e.field)).toEqual(['period']);
  });

  test('keeps a period given at two precisions that overlap', () => {
    const f = figure({ period: { from: '2022-10', to: '2022' } });
    expect(checkFigures([f], subjects, sources, FILE).errors).toEqual([]);
  });
});

describe('checkDisputes', () => {
  test('keeps two figures that share a dispute id, subject and metric', () => {
    const pair = [figure({ id: 'a', dispute: 'd' }), figure({ id: 'b', dispute: 'd' })];
    const { kept, errors } = checkDisputes(pair, FILE);
    expect(errors).toEqual([]);
    expect(kept).toEqual(pair);
  });

  test('removes a lone dispute id from its figure and reports it', () => {
    const { kept, errors } = checkDisputes([figure({ id: 'a', dispute: 'd' })], FILE);
    expect(kept).toEqual([figure({ id: 'a' })]);
    expect(errors).toEqual([
      {
        file: FILE,
        record: 'a',
        field: 'dispute',
        message: 'dispute "d" has no other figure with subject "btk" and metric "cargo"',
      },
    ]);
  });

  test('does not pair figures that share a dispute id but measure different things', () => {
    const mismatched = [
      figure({ id: 'a', dispute: 'd' }),
      figure({ id: 'b', dispute: 'd', metric: 'length' }),
    ];
    const { errors } = checkDisputes(mismatched, FILE);
    expect(errors.map((e) => e.record)).toEqual(['a', 'b']);
  });
});

describe('checkEvents', () => {
  test('removes an unknown country and keeps the event', () => {
    const { kept, errors } = checkEvents(
      [event({ countries: ['AZE', 'XYZ'] })],
      known('AZE'),
      known('s1'),
      FILE,
    );
    expect(kept.map((e) => e.countries)).toEqual([['AZE']]);
    expect(errors).toEqual([
      { file: FILE, record: 'e', field: 'countries.1', message: 'unknown country "XYZ"' },
    ]);
  });

  test('drops an event left with no known source', () => {
    const { kept, errors } = checkEvents([event({ sources: ['gone'] })], known('AZE'), known('s1'), FILE);
    expect(kept).toEqual([]);
    expect(errors.map((e) => e.field)).toEqual(['sources.0', 'sources']);
  });

  test('drops an event left with no known country', () => {
    const { kept, errors } = checkEvents([event({ countries: ['XYZ'] })], known('AZE'), known('s1'), FILE);
    expect(kept).toEqual([]);
    expect(errors.map((e) => e.field)).toEqual(['countries.0', 'countries']);
  });

  test('drops an event that ends before it starts', () => {
    const { kept, errors } = checkEvents(
      [event({ dateEnd: '2024-03', date: '2024-04' })],
      known('AZE'),
      known('s1'),
      FILE,
    );
    expect(kept).toEqual([]);
    expect(errors.map((e) => e.field)).toEqual(['dateEnd']);
  });
});

describe('checkIntegrity', () => {
  test('passes the fixture world through unchanged', () => {
    const { dataset, errors } = checkIntegrity(fixtureDataset);
    expect(errors).toEqual([]);
    expect(dataset).toEqual(fixtureDataset);
  });

  test('cascades a dropped place to the segments, itineraries, figures and sources that name it', () => {
    const places = fixtureDataset.places.map((p) =>
      p.properties.id === 'port-of-baku' ? { ...p, properties: { ...p.properties, country: 'XXX' } } : p,
    );
    const { dataset, errors } = checkIntegrity({ ...fixtureDataset, places });
    expect(dataset.places.map((p) => p.properties.id)).not.toContain('port-of-baku');
    expect(dataset.segments.map((s) => s.properties.id)).toEqual(['btk-tbilisi-kars']);
    expect(dataset.figures.map((f) => f.subject)).not.toContain('port-of-baku');
    expect(dataset.sources.find((s) => s.id === 'trend-2023-09-14')?.about).toEqual([]);
    expect(errors.map((e) => `${e.record} ${e.field}`)).toEqual([
      'port-of-baku properties.country',
      'btk-alat-tbilisi properties.from',
      'titr-aktau-alat properties.to',
      'trend-2023-09-14 about.0',
      'port-of-baku-capacity-2023 subject',
      'port-of-baku-capacity-target subject',
      'btk legs.0',
      'titr-aktau-kars legs.0',
      'titr-aktau-kars legs.1',
    ]);
    expect(dataset.itineraries).toEqual([]);
  });

  test('strips the dispute id from a figure whose partner was dropped', () => {
    const figures = fixtureDataset.figures.map((f) =>
      f.id === 'btk-cargo-2022-jan-oct' ? { ...f, sources: ['trend-2099'] } : f,
    );
    const { dataset, errors } = checkIntegrity({ ...fixtureDataset, figures });
    expect(dataset.figures.find((f) => f.id === 'btk-cargo-2022')).not.toHaveProperty('dispute');
    expect(errors.map((e) => `${e.record} ${e.field}`)).toContain('btk-cargo-2022 dispute');
  });
});

describe('checkIntegrity on itineraries and the new figure fields', () => {
  const itinerary = (id: string) => fixtureDataset.itineraries.find((i) => i.id === id) as Itinerary;
  const withItinerary = (changed: Itinerary) =>
    checkIntegrity({
      ...fixtureDataset,
      itineraries: fixtureDataset.itineraries.map((i) => (i.id === changed.id ? changed : i)),
    });

  test('drops an itinerary whose legs do not join, naming the leg', () => {
    const broken = { ...itinerary('btk'), legs: ['btk-tbilisi-kars', 'btk-alat-tbilisi'] };
    const { dataset, errors } = withItinerary(broken);
    expect(dataset.itineraries.map((i) => i.id)).toEqual(['titr-aktau-kars']);
    expect(errors.map((e) => `${e.file} ${e.record} ${e.field}`)).toEqual([
      'data/itineraries.json btk legs.1',
    ]);
  });

  test('drops an itinerary whose nodes are not where its legs start and end', () => {
    const { errors } = withItinerary({ ...itinerary('btk'), nodes: ['port-of-baku', 'kars'] });
    expect(errors).toEqual([
      {
        file: 'data/itineraries.json',
        record: 'btk',
        field: 'nodes',
        message: 'must be where the legs start and end: port-of-baku, tbilisi, kars',
      },
    ]);
  });

  test('drops an itinerary that switches from sea to rail without a mode change saying so', () => {
    const { errors } = withItinerary({ ...itinerary('titr-aktau-kars'), changes: [] });
    expect(errors.map((e) => `${e.record} ${e.field}`)).toEqual(['titr-aktau-kars changes']);
  });

  test('drops an itinerary with a change at a place off its legs', () => {
    const change = { kind: 'gauge' as const, at: 'port-aktau', from: 1520 as const, to: 1435 as const };
    const { errors } = withItinerary({ ...itinerary('btk'), changes: [change] });
    expect(errors.map((e) => `${e.record} ${e.field}`)).toEqual(['btk changes.0.at']);
  });

  test('keeps an itinerary but removes a source id that does not resolve', () => {
    const { dataset, errors } = withItinerary({
      ...itinerary('btk'),
      sources: ['trend-2023-09-14', 'trend-2099'],
    });
    expect(dataset.itineraries.find((i) => i.id === 'btk')?.sources).toEqual(['trend-2023-09-14']);
    expect(errors.map((e) => `${e.record} ${e.field}`)).toEqual(['btk sources.1']);
  });

  test('removes an unknown period source and an unknown reporter but keeps the figure', () => {
    const figures = fixtureDataset.figures.map((f) =>
      f.id === 'btk-capacity-2024' ? { ...f, periodSources: ['trend-2099'], reporter: 'XXX' } : f,
    );
    const { dataset, errors } = checkIntegrity({ ...fixtureDataset, figures });
    const kept = dataset.figures.find((f) => f.id === 'btk-capacity-2024');
    expect(kept).not.toHaveProperty('periodSources');
    expect(kept).not.toHaveProperty('reporter');
    expect(errors.map((e) => `${e.record} ${e.field}`)).toEqual([
      'btk-capacity-2024 periodSources.0',
      'btk-capacity-2024 reporter',
    ]);
  });
});
