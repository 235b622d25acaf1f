// Checks the hand-transcribed data/ files (sources, figures, events, countries, routes) against the valibot
// schemas and against each other: unique ids, references that resolve, disputes that pair up, ordered ranges.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import countriesJson from '../../data/countries.json';
import eventsJson from '../../data/events.json';
import figuresJson from '../../data/figures.json';
import routesJson from '../../data/routes.json';
import sourcesJson from '../../data/sources.json';
import {
  CountrySchema,
  EventSchema,
  FigureSchema,
  ROUTE_IDS,
  RouteSchema,
  SourceSchema,
} from '../../src/data/schema';
import { PLACE_IDS } from '../fixtures/place-ids';

function parse<S extends v.GenericSchema>(schema: S, json: unknown): v.InferOutput<S>[] {
  const result = v.safeParse(v.array(schema), json);
  if (!result.success) {
    const issues = result.issues.map((issue) => `${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`);
    throw new Error(`schema errors:\n${issues.join('\n')}`);
  }
  return result.output;
}

function duplicates(ids: readonly string[]): string[] {
  return ids.filter((id, i) => ids.indexOf(id) !== i);
}

const files = {
  sources: () => parse(SourceSchema, sourcesJson),
  figures: () => parse(FigureSchema, figuresJson),
  events: () => parse(EventSchema, eventsJson),
  countries: () => parse(CountrySchema, countriesJson),
  routes: () => parse(RouteSchema, routesJson),
};

describe('data files', () => {
  for (const [name, read] of Object.entries(files)) {
    it(`${name}.json parses against its schema`, () => {
      expect(() => read()).not.toThrow();
    });

    it(`${name}.json has unique ids`, () => {
      expect(duplicates(read().map((record) => record.id))).toEqual([]);
    });
  }

  it('every figure and event source id exists in sources.json', () => {
    const sourceIds = new Set(files.sources().map((s) => s.id));
    const cited = [...files.figures(), ...files.events()].flatMap((record) =>
      record.sources.map((id) => ({ record: record.id, id })),
    );
    expect(cited.filter(({ id }) => !sourceIds.has(id))).toEqual([]);
  });

  it('every figure subject is a route, a country or a place id', () => {
    const subjects = new Set<string>([...ROUTE_IDS, ...files.countries().map((c) => c.id), ...PLACE_IDS]);
    const unknown = files.figures().filter((f) => !subjects.has(f.subject));
    expect(unknown.map((f) => `${f.id}: ${f.subject}`)).toEqual([]);
  });

  it('every source is about known routes, countries or places', () => {
    const features = new Set<string>([...ROUTE_IDS, ...files.countries().map((c) => c.id), ...PLACE_IDS]);
    const unknown = files
      .sources()
      .flatMap((s) => s.about.filter((id) => !features.has(id)).map((id) => `${s.id}: ${id}`));
    expect(unknown).toEqual([]);
  });

  it('every dispute id is shared by at least two figures with the same subject and metric', () => {
    const groups = new Map<string, number>();
    for (const f of files.figures()) {
      if (f.dispute === undefined) continue;
      const key = `${f.dispute} ${f.subject} ${f.metric}`;
      groups.set(key, (groups.get(key) ?? 0) + 1);
    }
    expect([...groups].filter(([, count]) => count < 2).map(([key]) => key)).toEqual([]);
  });

  it('every valueMax is greater than its value', () => {
    const bad = files.figures().filter((f) => f.valueMax !== undefined && !(f.valueMax > f.value));
    expect(bad.map((f) => f.id)).toEqual([]);
  });

  it('every event country exists in countries.json', () => {
    const countryIds = new Set(files.countries().map((c) => c.id));
    const unknown = files
      .events()
      .flatMap((e) => e.countries.filter((id) => !countryIds.has(id)).map((id) => `${e.id}: ${id}`));
    expect(unknown).toEqual([]);
  });

  it('the article and its thirteen references are the sources marked inArticle', () => {
    const inArticle = files.sources().filter((s) => s.inArticle);
    expect(inArticle).toHaveLength(14);
    expect(inArticle.map((s) => s.id)).toContain('asadova-2024');
  });

  it('countries.json holds the seven SPECA members and three route countries', () => {
    const countries = files.countries();
    expect(
      countries
        .filter((c) => c.member)
        .map((c) => c.id)
        .sort(),
    ).toEqual(['AFG', 'AZE', 'KAZ', 'KGZ', 'TJK', 'TKM', 'UZB'].sort());
    expect(
      countries
        .filter((c) => !c.member)
        .map((c) => c.id)
        .sort(),
    ).toEqual(['CHN', 'GEO', 'TUR']);
  });

  it('routes.json describes exactly the btk and titr routes', () => {
    expect(
      files
        .routes()
        .map((r) => r.id)
        .sort(),
    ).toEqual([...ROUTE_IDS].sort());
  });
});
