// loadDataset with in-memory readers (unreadable, unparsable and garbage files) and fetchReader with a fake
// fetch: a broken file is one error that names it, the rest loads, and nothing ever throws.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { DATA_FILES, FILE_KEYS, type FileKey } from '../../src/data/files';
import { fetchReader, loadDataset, type ReadFile } from '../../src/data/load';
import { fixtureDataset, fixtureText } from '../fixtures/world';

const keyByPath = new Map<string, FileKey>(FILE_KEYS.map((key) => [DATA_FILES[key], key]));

/** A reader over the fixture text, with some files replaced. */
function memoryReader(overrides: Partial<Record<FileKey, string>> = {}): ReadFile {
  return async (path) => {
    const key = keyByPath.get(path);
    if (key === undefined) throw new Error(`unexpected path ${path}`);
    return overrides[key] ?? fixtureText[key];
  };
}

describe('loadDataset', () => {
  test('loads the fixture files into the fixture dataset with no errors', async () => {
    const { dataset, errors } = await loadDataset(memoryReader());
    expect(errors).toEqual([]);
    expect(dataset).toEqual(fixtureDataset);
  });

  test('starts reading every file before any read finishes', async () => {
    const requested: string[] = [];
    const pending = loadDataset((path) => {
      requested.push(path);
      return new Promise<string>(() => {});
    });
    await Promise.resolve();
    expect(requested.sort()).toEqual(Object.values(DATA_FILES).sort());
    void pending;
  });

  test('reports an unparsable file once, by name, and loads the rest', async () => {
    const { dataset, errors } = await loadDataset(memoryReader({ events: '[{"id": "speca-summit",' }));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: 'data/events.json', record: '(file)', field: '(file)' });
    expect(errors[0]?.message).toMatch(/^is not valid JSON: ./);
    expect(dataset).toEqual({ ...fixtureDataset, events: [] });
  });

  test('reports a file the reader rejects, with the reason, and loads the rest', async () => {
    const reader: ReadFile = (path) =>
      path === DATA_FILES.events ? Promise.reject(new Error('HTTP 404 Not Found')) : memoryReader()(path);
    const { dataset, errors } = await loadDataset(reader);
    expect(errors).toEqual([
      {
        file: 'data/events.json',
        record: '(file)',
        field: '(file)',
        message: 'could not be read: HTTP 404 Not Found',
      },
    ]);
    expect(dataset).toEqual({ ...fixtureDataset, events: [] });
  });

  test('reports a reader that throws instead of rejecting', async () => {
    const reader: ReadFile = (path) => {
      if (path === DATA_FILES.places) throw new TypeError('boom');
      return memoryReader()(path);
    };
    const { errors } = await loadDataset(reader);
    expect(errors[0]).toEqual({
      file: 'geo/places.geojson',
      record: '(file)',
      field: '(file)',
      message: 'could not be read: boom',
    });
  });

  test('reports a reader that resolves something other than text', async () => {
    const reader = ((path: string) =>
      path === DATA_FILES.sources ? Promise.resolve(42) : memoryReader()(path)) as ReadFile;
    const { errors } = await loadDataset(reader);
    expect(errors[0]).toMatchObject({
      file: 'data/sources.json',
      message: 'could not be read: the reader returned number, not text',
    });
  });

  test.each([
    '',
    'null',
    '42',
    '"text"',
    '{}',
    '[null, 1, "x", [], {}, {"id": {}}, {"id": "a", "properties": null}]',
    '{"type": "FeatureCollection", "features": [null, 1, {"type": "Feature", "properties": []}]}',
    '{"type": "FeatureCollection", "features": {}}',
    '[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]',
    '\u0000\ufeff',
  ])('never throws when every file holds %j', async (garbage) => {
    const garbageReader: ReadFile = async () => garbage;
    const { dataset, errors } = await loadDataset(garbageReader);
    expect(errors.length).toBeGreaterThan(0);
    expect(Object.values(dataset).every((records) => records.length === 0)).toBe(true);
    for (const error of errors) {
      expect(Object.values(error).every((v) => typeof v === 'string' && v.length > 0)).toBe(true);
    }
  });

  test('never throws on arbitrary JSON in any file', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.constantFrom(...FILE_KEYS), fc.json({ maxDepth: 4 })),
        async (files) => {
          const { errors } = await loadDataset(memoryReader(files));
          expect(Array.isArray(errors)).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('fetchReader', () => {
  const urls = Object.fromEntries(FILE_KEYS.map((key) => [key, `/assets/${key}.json`])) as Record<
    FileKey,
    string
  >;

  test('fetches a file from the URL given for its key', async () => {
    const fetched: string[] = [];
    const read = fetchReader(urls, async (url) => {
      fetched.push(url);
      return new Response('[]');
    });
    await expect(read(DATA_FILES.figures)).resolves.toBe('[]');
    expect(fetched).toEqual(['/assets/figures.json']);
  });

  test('rejects with the status when the response is not 2xx', async () => {
    const read = fetchReader(
      urls,
      async () => new Response('gone', { status: 404, statusText: 'Not Found' }),
    );
    await expect(read(DATA_FILES.figures)).rejects.toThrow('HTTP 404 Not Found from /assets/figures.json');
  });

  test('turns a failed fetch into a file error through loadDataset', async () => {
    const read = fetchReader(urls, async (url) =>
      url === urls.events ? new Response('', { status: 500 }) : new Response(fixtureText[keyOf(url)]),
    );
    const { dataset, errors } = await loadDataset(read);
    expect(errors).toEqual([
      {
        file: 'data/events.json',
        record: '(file)',
        field: '(file)',
        message: 'could not be read: HTTP 500 from /assets/events.json',
      },
    ]);
    expect(dataset).toEqual({ ...fixtureDataset, events: [] });
  });
});

function keyOf(url: string): FileKey {
  const key = FILE_KEYS.find((k) => url === `/assets/${k}.json`);
  if (key === undefined) throw new Error(`unexpected URL ${url}`);
  return key;
}
