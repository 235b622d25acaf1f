// Reads the eight data files through a reader (fetch in the browser, the file system in node), parses their
// JSON and validates them. Never throws: an unreadable or unparsable file is one error and the rest loads.
import { DATA_FILES, FILE_KEYS, type FileKey } from './files';
import { FILE_LEVEL, parseDataset, type RawFiles } from './parse';
import type { DataError, Dataset } from './schema';

/** Returns the text of a file named by its path relative to the repo root (a DATA_FILES value). */
export type ReadFile = (path: string) => Promise<string>;

function reason(cause: unknown): string {
  if (cause instanceof Error) return cause.message;
  try {
    return String(cause);
  } catch {
    return 'unknown error';
  }
}

type ReadResult = { ok: true; content: unknown } | { ok: false; error: DataError };

async function readJson(readFile: ReadFile, file: string): Promise<ReadResult> {
  const fail = (message: string): ReadResult => ({
    ok: false,
    error: { file, record: FILE_LEVEL, field: FILE_LEVEL, message },
  });
  let text: unknown;
  try {
    text = await readFile(file);
  } catch (cause) {
    return fail(`could not be read: ${reason(cause)}`);
  }
  if (typeof text !== 'string')
    return fail(`could not be read: the reader returned ${typeof text}, not text`);
  try {
    return { ok: true, content: JSON.parse(text) };
  } catch (cause) {
    return fail(`is not valid JSON: ${reason(cause)}`);
  }
}

/** Reads all files in parallel and validates them into a frozen Dataset plus every problem found. */
export async function loadDataset(readFile: ReadFile): Promise<{ dataset: Dataset; errors: DataError[] }> {
  const results = await Promise.all(FILE_KEYS.map((key) => readJson(readFile, DATA_FILES[key])));
  const raw: RawFiles = {};
  const readErrors: DataError[] = [];
  FILE_KEYS.forEach((key, i) => {
    const result = results[i];
    if (result?.ok) raw[key] = result.content;
    else if (result) readErrors.push(result.error);
  });
  const parsed = parseDataset(raw);
  // parseDataset would add "is missing" for each unreadable file; the read error already says why.
  const unreadable = new Set(readErrors.map((e) => e.file));
  const errors = parsed.errors.filter((e) => !(e.record === FILE_LEVEL && unreadable.has(e.file)));
  return { dataset: parsed.dataset, errors: [...readErrors, ...errors] };
}

/** A ReadFile for the browser: fetches each file from its URL; a non-2xx response rejects with the status. */
export function fetchReader(
  urls: Readonly<Record<FileKey, string>>,
  fetchUrl: (url: string) => Promise<Response> = (url) => fetch(url),
): ReadFile {
  const urlByPath = new Map<string, string>(FILE_KEYS.map((key) => [DATA_FILES[key], urls[key]]));
  return async (path) => {
    const url = urlByPath.get(path);
    if (url === undefined) throw new Error(`no URL is known for ${path}`);
    const response = await fetchUrl(url);
    if (!response.ok) {
      throw new Error(
        `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''} from ${url}`,
      );
    }
    return response.text();
  };
}
