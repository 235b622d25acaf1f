// Pure tests of the URL <-> state helpers: query parsing and serializing, the browser-language pick and the
// MapLibre camera hash, plus property tests that random and hostile input never throws or leaks through.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/data/schema';
import { selectableIds } from '../../src/state/store';
import {
  DEFAULT_LAYERS,
  LAYER_KEYS,
  type LayerKey,
  parseCameraHash,
  parseFilter,
  parseQuery,
  preferredLang,
  serializeQuery,
  type UrlState,
  VIEW_IDS,
  YEAR_MAX,
  YEAR_MIN,
} from '../../src/state/url';
import { fixtureDataset } from '../fixtures/world';

const KNOWN = selectableIds(fixtureDataset);
const KNOWN_LIST = [...KNOWN];
const NUM_RUNS = 3000;

/** A parsed URL state is always well-formed, whatever the input. */
function expectValidState(state: UrlState): void {
  expect(Object.keys(state).sort()).toEqual([
    'embed',
    'filter',
    'lang',
    'layers',
    'scale',
    'selected',
    'view',
    'year',
  ]);
  expect(state.year === null || (state.year >= YEAR_MIN && state.year <= YEAR_MAX)).toBe(true);
  expect(state.view === null || (VIEW_IDS as readonly string[]).includes(state.view)).toBe(true);
  for (const [key, value] of Object.entries(state.filter)) {
    expect(key).toMatch(/^[A-Za-z0-9-]{1,40}$/);
    expect(value).toMatch(/^[A-Za-z0-9-]{1,40}$/);
  }
  expect(state.selected === null || KNOWN.has(state.selected)).toBe(true);
  if (state.layers !== null) {
    expect(Array.isArray(state.layers)).toBe(true);
    expect(state.layers.every((key) => (LAYER_KEYS as readonly string[]).includes(key))).toBe(true);
    expect(new Set(state.layers).size).toBe(state.layers.length);
  }
  expect(state.lang === null || (LANGS as readonly string[]).includes(state.lang)).toBe(true);
}

function expectValidCamera(camera: ReturnType<typeof parseCameraHash>): void {
  if (camera === null) return;
  expect(Object.keys(camera).sort()).toEqual(['lat', 'lng', 'zoom']);
  for (const value of Object.values(camera)) expect(Number.isFinite(value)).toBe(true);
  expect(camera.zoom).toBeGreaterThanOrEqual(0);
  expect(camera.zoom).toBeLessThanOrEqual(22);
  expect(Math.abs(camera.lat)).toBeLessThanOrEqual(85.06);
  expect(Math.abs(camera.lng)).toBeLessThanOrEqual(180);
}

const HOSTILE = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(document.cookie)',
  'data:text/html,<svg onload=alert(1)>',
  '__proto__',
  'constructor',
  'toString',
  '%',
  '%E0%A4%A',
  '%00',
  '\u0000',
  '\ud800',
  'btk\u200b',
  'BTK',
  ' btk',
  'port-of-baku/../titr',
  'Ələt Азербайджан 🚆',
  'x'.repeat(201),
  'y'.repeat(5000),
  'NaN',
  'Infinity',
  '1e308',
];

/** One query value: random text, hostile text, or something the app knows. */
const queryValue = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.constantFrom(...HOSTILE),
  fc.constantFrom(...KNOWN_LIST, ...LAYER_KEYS, ...LANGS),
  fc.subarray([...LAYER_KEYS, 'bogus', '', '<b>']).map((keys) => keys.join(',')),
);

/** A query string built from name=value pairs, sometimes percent-encoded, sometimes raw. */
const hostileQuery = fc
  .tuple(
    fc.constantFrom('?', '', '??', '&'),
    fc.array(
      fc.tuple(
        fc.oneof(fc.constantFrom('sel', 'layers', 'lang', 'SEL', 'sel[]', 'map'), fc.string()),
        queryValue,
        fc.boolean(),
      ),
      { maxLength: 6 },
    ),
  )
  .map(([prefix, pairs]) => {
    const encode = (text: string) => {
      try {
        return encodeURIComponent(text);
      } catch {
        return text; // lone surrogates cannot be encoded: pass them raw
      }
    };
    return prefix + pairs.map(([name, value, raw]) => `${name}=${raw ? value : encode(value)}`).join('&');
  });

/** One camera number as text: any double (NaN, ±Infinity, ±0, 1e308 included), tricky literals or random text. */
const cameraPart = fc.oneof(
  fc.double().map(String),
  fc.integer({ min: -400, max: 400 }).map(String),
  fc.constantFrom(
    'NaN',
    'Infinity',
    '-Infinity',
    '1e308',
    '-1e308',
    '1e-400',
    '0x10',
    '0b1',
    '',
    ' ',
    '1_0',
    '--1',
  ),
  fc.string({ maxLength: 12 }),
);

const hostileHash = fc
  .tuple(
    fc.constantFrom('#', '#a=1&', '', '#map=1/2/3&', '##'),
    fc.array(cameraPart, { maxLength: 6 }),
    fc.constantFrom('', '&x=<script>', '#', '/'.repeat(1200)),
  )
  .map(([prefix, parts, suffix]) => `${prefix}map=${parts.join('/')}${suffix}`);

describe('year and scale in the URL', () => {
  it('reads a year in the control’s span and drops one outside it', () => {
    expect(parseQuery('?year=2022', KNOWN).year).toBe(2022);
    for (const bad of ['2016', '2031', '22', '2022.5', 'abcd'])
      expect(parseQuery(`?year=${bad}`, KNOWN).year).toBeNull();
  });

  it('round-trips every year and scale', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: YEAR_MIN, max: YEAR_MAX }),
        fc.constantFrom('cargo' as const, 'capacity' as const),
        (year, scale) => {
          const parsed = parseQuery(
            serializeQuery({ selected: null, layers: DEFAULT_LAYERS, lang: 'en', year, scale }),
            KNOWN,
          );
          expect(parsed.year).toBe(year);
          expect(parsed.scale ?? 'cargo').toBe(scale);
        },
      ),
    );
  });

  it('leaves the trade layer out of the default and writes it when turned on', () => {
    expect(serializeQuery({ selected: null, layers: [...DEFAULT_LAYERS, 'trade'], lang: 'en' })).toContain(
      'layers=',
    );
    expect(DEFAULT_LAYERS).not.toContain('trade');
  });
});

describe('embed mode in the URL', () => {
  it('reads embed=1 and keeps it when writing the URL back', () => {
    const parsed = parseQuery('?embed=1&lang=ru&sel=btk', KNOWN);
    expect(parsed.embed).toBe(true);
    const query = serializeQuery({
      selected: parsed.selected,
      layers: DEFAULT_LAYERS,
      lang: 'ru',
      embed: parsed.embed,
    });
    expect(parseQuery(query, KNOWN)).toMatchObject({ embed: true, selected: 'btk', lang: 'ru' });
  });

  it('is off for any other value', () => {
    for (const value of ['0', 'true', '', '11'])
      expect(parseQuery(`?embed=${value}`, KNOWN).embed).toBe(false);
  });
});

describe('views in the URL', () => {
  it('reads a known view and its filter', () => {
    const parsed = parseQuery('?view=sources&f=feature:btk;type:agency', KNOWN);
    expect(parsed.view).toBe('sources');
    expect(parsed.filter).toEqual({ feature: 'btk', type: 'agency' });
  });

  it('drops an unknown view and ignores a filter without a view', () => {
    expect(parseQuery('?view=admin&f=feature:btk', KNOWN)).toMatchObject({ view: null, filter: {} });
  });

  it('drops filter pairs that are not short tokens', () => {
    expect(parseFilter('feature:btk;x:<b>;a:b:c;;:y;z:')).toEqual({ feature: 'btk' });
  });

  it('writes the view and a sorted filter readably, and reads them back', () => {
    const query = serializeQuery({
      selected: null,
      layers: DEFAULT_LAYERS,
      lang: 'en',
      view: 'sources',
      filter: { type: 'agency', feature: 'btk' },
    });
    expect(query).toBe('?lang=en&view=sources&f=feature:btk;type:agency');
    expect(parseQuery(query, KNOWN)).toMatchObject({
      view: 'sources',
      filter: { feature: 'btk', type: 'agency' },
    });
  });

  it('round-trips any filter of short tokens', () => {
    const token = fc.stringMatching(/^[A-Za-z0-9-]{1,40}$/);
    fc.assert(
      fc.property(fc.dictionary(token, token, { maxKeys: 5 }), (filter) => {
        const query = serializeQuery({
          selected: null,
          layers: LAYER_KEYS,
          lang: 'az',
          view: 'sources',
          filter,
        });
        expect(parseQuery(query, KNOWN).filter).toEqual(filter);
      }),
    );
  });
});

describe('parseQuery', () => {
  it('reads a known selection, the layers and the language from a query with a leading ?', () => {
    expect(parseQuery('?sel=btk&layers=btk,places&lang=ru', KNOWN)).toEqual({
      selected: 'btk',
      layers: ['btk', 'places'],
      lang: 'ru',
      view: null,
      filter: {},
      year: null,
      scale: null,
      embed: false,
    });
  });

  it('reads a query without the leading ?', () => {
    expect(parseQuery('sel=port-of-baku&lang=az', KNOWN)).toEqual({
      selected: 'port-of-baku',
      layers: null,
      lang: 'az',
      view: null,
      filter: {},
      year: null,
      scale: null,
      embed: false,
    });
  });

  it('returns an all-default state for an empty query', () => {
    expect(parseQuery('', KNOWN)).toEqual({
      selected: null,
      layers: null,
      lang: null,
      view: null,
      filter: {},
      year: null,
      scale: null,
      embed: false,
    });
  });

  it('drops a selection id that is not in the data set', () => {
    expect(parseQuery('?sel=nowhere', KNOWN).selected).toBeNull();
  });

  it('drops markup and script URLs given as the selection', () => {
    expect(parseQuery(`?sel=${encodeURIComponent('<script>alert(1)</script>')}`, KNOWN).selected).toBeNull();
    expect(parseQuery('?sel=javascript:alert(1)', KNOWN).selected).toBeNull();
  });

  it('keeps only known layer keys, once each, in the canonical order', () => {
    expect(parseQuery('?layers=places,bogus,btk,btk', KNOWN).layers).toEqual(['btk', 'places']);
  });

  it('decodes percent-encoded commas in the layer list', () => {
    expect(parseQuery('?layers=titr%2Cmembers', KNOWN).layers).toEqual(['members', 'titr']);
  });

  it('reads an empty layer list as no visible layers', () => {
    expect(parseQuery('?layers=', KNOWN).layers).toEqual([]);
  });

  it('reports absent layers as null, meaning all visible', () => {
    expect(parseQuery('?lang=en', KNOWN).layers).toBeNull();
  });

  it('drops a language that is not az, ru or en', () => {
    expect(parseQuery('?lang=de', KNOWN).lang).toBeNull();
    expect(parseQuery('?lang=EN', KNOWN).lang).toBeNull();
  });

  it('drops a parameter longer than 200 characters', () => {
    expect(parseQuery(`?layers=btk${','.repeat(200)}`, KNOWN).layers).toBeNull();
  });

  it('ignores a query longer than 4096 characters entirely', () => {
    expect(parseQuery(`?sel=btk&lang=ru&pad=${'x'.repeat(4100)}`, KNOWN)).toEqual({
      selected: null,
      layers: null,
      lang: null,
      view: null,
      filter: {},
      year: null,
      scale: null,
      embed: false,
    });
  });

  it('never throws and always returns a valid state for any query and hash strings', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (query, hash) => {
        expectValidState(parseQuery(query, KNOWN));
        expectValidState(parseQuery(hash, KNOWN));
        // The same strings placed where the parsers look, so they reach every branch.
        expectValidState(parseQuery(`?sel=${query}&layers=${hash}&lang=${query}`, KNOWN));
        expectValidCamera(parseCameraHash(hash));
        expectValidCamera(parseCameraHash(`#map=${hash}`));
        expectValidCamera(parseCameraHash(`#x=${query}&map=${query}/${hash}/${query}`));
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('never throws and always returns a valid state for hostile, unicode and oversized queries', () => {
    fc.assert(
      fc.property(hostileQuery, (query) => {
        expectValidState(parseQuery(query, KNOWN));
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

describe('serializeQuery', () => {
  it('always writes the language', () => {
    expect(serializeQuery({ selected: null, layers: DEFAULT_LAYERS, lang: 'en' })).toBe('?lang=en');
  });

  it('writes the selection and the visible layers with literal commas', () => {
    expect(serializeQuery({ selected: 'btk', layers: ['places', 'btk'], lang: 'ru' })).toBe(
      '?lang=ru&sel=btk&layers=btk,places',
    );
  });

  it('writes an empty layer list when every layer is hidden', () => {
    expect(serializeQuery({ selected: null, layers: [], lang: 'az' })).toBe('?lang=az&layers=');
  });

  it('round-trips through parseQuery for every known selection, layer subset and language', () => {
    fc.assert(
      fc.property(
        fc.option(fc.constantFrom(...KNOWN_LIST), { nil: null }),
        fc.shuffledSubarray([...LAYER_KEYS]),
        fc.constantFrom(...LANGS),
        (selected, layers: LayerKey[], lang) => {
          const parsed = parseQuery(serializeQuery({ selected, layers, lang }), KNOWN);
          expect(parsed.selected).toBe(selected);
          expect(parsed.lang).toBe(lang);
          expect(parsed.layers ?? DEFAULT_LAYERS).toEqual(LAYER_KEYS.filter((k) => layers.includes(k)));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('percent-encodes a selection so it cannot inject other parameters', () => {
    const query = serializeQuery({ selected: 'x&lang=az&sel=<script>', layers: LAYER_KEYS, lang: 'en' });
    expect(new URLSearchParams(query).get('lang')).toBe('en');
    expect(new URLSearchParams(query).get('sel')).toBe('x&lang=az&sel=<script>');
  });
});

describe('preferredLang', () => {
  it('picks the first of the browser languages the app has', () => {
    expect(preferredLang(['de-DE', 'ru-RU', 'az'])).toBe('ru');
  });

  it('matches language tags case-insensitively by their base language', () => {
    expect(preferredLang(['AZ-Latn-AZ'])).toBe('az');
  });

  it('falls back to English when no browser language is supported', () => {
    expect(preferredLang(['de', 'tr-TR'])).toBe('en');
    expect(preferredLang([])).toBe('en');
  });

  it('always returns az, ru or en for any list of strings', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.constantFrom(...HOSTILE))), (tags) => {
        expect(LANGS).toContain(preferredLang(tags));
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

describe('parseCameraHash', () => {
  it('reads zoom, latitude and longitude', () => {
    expect(parseCameraHash('#map=5.5/40.4/49.9')).toEqual({ zoom: 5.5, lat: 40.4, lng: 49.9 });
  });

  it('ignores bearing and pitch after the three numbers', () => {
    expect(parseCameraHash('#map=4/41/45/30/60')).toEqual({ zoom: 4, lat: 41, lng: 45 });
  });

  it('finds the camera after other hash parameters', () => {
    expect(parseCameraHash('#foo=1&map=3/40/50')).toEqual({ zoom: 3, lat: 40, lng: 50 });
  });

  it('returns null when there is no camera in the hash', () => {
    expect(parseCameraHash('')).toBeNull();
    expect(parseCameraHash('#')).toBeNull();
    expect(parseCameraHash('#other=1')).toBeNull();
    expect(parseCameraHash('#map=')).toBeNull();
  });

  it('returns null when a number is missing, NaN or infinite', () => {
    expect(parseCameraHash('#map=5/40')).toBeNull();
    expect(parseCameraHash('#map=NaN/40/50')).toBeNull();
    expect(parseCameraHash('#map=5/Infinity/50')).toBeNull();
    expect(parseCameraHash('#map=5/40/1e309')).toBeNull();
  });

  it('returns null when zoom, latitude or longitude is out of range', () => {
    expect(parseCameraHash('#map=23/40/50')).toBeNull();
    expect(parseCameraHash('#map=-1/40/50')).toBeNull();
    expect(parseCameraHash('#map=5/85.1/50')).toBeNull();
    expect(parseCameraHash('#map=5/40/180.5')).toBeNull();
    expect(parseCameraHash('#map=5/40/1e308')).toBeNull();
  });

  it('accepts the edges of the valid range', () => {
    expect(parseCameraHash('#map=22/-85.06/-180')).toEqual({ zoom: 22, lat: -85.06, lng: -180 });
    expect(parseCameraHash('#map=0/85.06/180')).toEqual({ zoom: 0, lat: 85.06, lng: 180 });
  });

  it('ignores a hash longer than 1000 characters', () => {
    expect(parseCameraHash(`#map=5/40/50&pad=${'x'.repeat(1000)}`)).toBeNull();
  });

  it('never throws and returns null or a finite in-range camera for hostile hashes', () => {
    fc.assert(
      fc.property(hostileHash, (hash) => {
        expectValidCamera(parseCameraHash(hash));
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
