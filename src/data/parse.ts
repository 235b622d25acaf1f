// Turns the raw contents of the eight data files into a validated, deep-frozen Dataset and one DataError per
// problem: each record against its valibot schema, then integrity across records. Broken parts drop out; the rest loads.
import * as v from 'valibot';
import { DATA_FILES, type FileKey, GEOJSON_FILE_KEYS } from './files';
import { checkIntegrity } from './integrity';
import {
  CountrySchema,
  type DataError,
  type Dataset,
  EventSchema,
  FigureSchema,
  ItinerarySchema,
  PlaceFeatureSchema,
  RouteSchema,
  SegmentFeatureSchema,
  SourceSchema,
} from './schema';

/** Longest echo of an offending value (or id) in a message, so one huge value cannot flood the error list. */
export const ECHO_MAX_CHARS = 60;

/** Record and field of an error about a whole file. */
export const FILE_LEVEL = '(file)';

export type RawFiles = Partial<Record<FileKey, unknown>>;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function truncate(text: string): string {
  return text.length > ECHO_MAX_CHARS ? `${text.slice(0, ECHO_MAX_CHARS - 1)}…` : text;
}

/** A short, readable rendering of any JSON value: strings quoted, Infinity as Infinity. */
export function echo(value: unknown): string {
  if (typeof value === 'string') return truncate(JSON.stringify(value));
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  try {
    return truncate(JSON.stringify(value) ?? String(value));
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/** How to name a value's kind in "must be X (got <kind>)" for whole files. */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

function idText(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim() !== '') return truncate(value);
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/** The name of a record in errors: its id (a feature's properties.id, else the feature id), else `#<index>`. */
export function recordName(record: unknown, index: number, isFeature: boolean): string {
  if (!isObject(record)) return `#${index}`;
  const fromProperties = isFeature && isObject(record.properties) ? idText(record.properties.id) : undefined;
  return fromProperties ?? idText(record.id) ?? `#${index}`;
}

const TYPE_WORDS: Readonly<Record<string, string>> = {
  number: 'a number',
  string: 'a string',
  boolean: 'true or false',
  Array: 'an array',
  Object: 'an object',
};

const COMPARISON_WORDS: readonly [string, string][] = [
  ['>=', 'at least '],
  ['<=', 'at most '],
  ['>', 'greater than '],
  ['<', 'less than '],
];

/** Valibot's issue in plain words, without the field: "must be a number", "is required". */
function plainIssue(issue: v.BaseIssue<unknown>): string {
  const expected = issue.expected ?? '';
  if (issue.kind === 'schema') {
    if (issue.path?.at(-1)?.origin === 'key')
      return expected === 'never' ? 'is not a known field' : 'is required';
    const alternatives = expected.replace(/^\((.*)\)$/, '$1').split(' | ');
    if (issue.type === 'picklist') return `must be one of ${alternatives.join(', ')}`;
    return `must be ${alternatives.map((a) => TYPE_WORDS[a] ?? a).join(' or ')}`;
  }
  // Our schemas word most checks themselves; valibot's defaults all start with "Invalid <what>: Expected ...".
  if (!issue.message.startsWith('Invalid ') || expected === '') return issue.message;
  const comparison = COMPARISON_WORDS.find(([op]) => expected.startsWith(op));
  return comparison
    ? `must be ${comparison[1]}${expected.slice(comparison[0].length)}`
    : `must be ${expected}`;
}

/** One DataError for one valibot issue: "url: must be an http(s) URL (got "javascript:alert(1)")". */
export function issueToError(file: string, record: string, issue: v.BaseIssue<unknown>): DataError {
  const field = v.getDotPath(issue) ?? '';
  const isKey = issue.path?.at(-1)?.origin === 'key';
  const got = isKey || issue.input === undefined ? '' : ` (got ${echo(issue.input)})`;
  const message = `${field === '' ? '' : `${field}: `}${plainIssue(issue)}${got}`;
  return { file, record, field: field === '' ? '(record)' : field, message };
}

function fileError(file: string, message: string): DataError {
  return { file, record: FILE_LEVEL, field: FILE_LEVEL, message };
}

/** The records a file holds, or why it holds none. */
function recordsOf(key: FileKey, content: unknown): { records: readonly unknown[] } | { problem: string } {
  if (content === undefined) return { problem: 'is missing, so none of its records are loaded' };
  if (GEOJSON_FILE_KEYS.has(key)) {
    if (isObject(content) && content.type === 'FeatureCollection' && Array.isArray(content.features)) {
      return { records: content.features };
    }
    return { problem: `must be a GeoJSON FeatureCollection with a features array (got ${kindOf(content)})` };
  }
  if (Array.isArray(content)) return { records: content };
  return { problem: `must be a JSON array of records (got ${kindOf(content)})` };
}

/** Freezes a value and everything reachable from it, in place, and returns it. */
export function deepFreeze<T>(value: T, seen: WeakSet<object> = new WeakSet()): T {
  if (typeof value === 'object' && value !== null && !seen.has(value)) {
    seen.add(value);
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child, seen);
  }
  return value;
}

/** Validates the raw files into a frozen Dataset plus every problem found. Pure; never throws on JSON input. */
export function parseDataset(raw: RawFiles): { dataset: Dataset; errors: DataError[] } {
  const errors: DataError[] = [];

  function parseFile<S extends v.GenericSchema>(key: FileKey, schema: S): v.InferOutput<S>[] {
    const file = DATA_FILES[key];
    const found = recordsOf(key, raw[key]);
    if ('problem' in found) {
      errors.push(fileError(file, found.problem));
      return [];
    }
    const valid: v.InferOutput<S>[] = [];
    found.records.forEach((record, index) => {
      const result = v.safeParse(schema, record);
      if (result.success) {
        valid.push(result.output);
        return;
      }
      const name = recordName(record, index, GEOJSON_FILE_KEYS.has(key));
      for (const issue of result.issues) errors.push(issueToError(file, name, issue));
    });
    return valid;
  }

  const checked = checkIntegrity({
    sources: parseFile('sources', SourceSchema),
    figures: parseFile('figures', FigureSchema),
    events: parseFile('events', EventSchema),
    countries: parseFile('countries', CountrySchema),
    routes: parseFile('routes', RouteSchema),
    places: parseFile('places', PlaceFeatureSchema),
    segments: parseFile('segments', SegmentFeatureSchema),
    itineraries: parseFile('itineraries', ItinerarySchema),
  });
  errors.push(...checked.errors);
  return { dataset: deepFreeze(checked.dataset), errors };
}
