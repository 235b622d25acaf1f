// The search engine, loaded on the search box's first focus: a MiniSearch index over a data set's
// documents (names in az, ru and en, folded by normalise), fuzzy and by prefix, ranked by rankHits.
import MiniSearch from 'minisearch';
import { type Dataset, LANGS, type Lang } from '../data/schema';
import { buildDocuments, type DocKind, type SearchDoc } from './documents';
import { indexKeys, normalise } from './normalise';
import { rankHits } from './rank';

export interface SearchHit {
  /** Unique document id (kind and record id). */
  id: string;
  /** The id to select. */
  target: string;
  kind: DocKind;
  /** The name in the reader's language. */
  label: string;
  /** The name that matched, when the query matched only in another language. */
  alt?: string;
  altLang?: Lang;
  date?: string;
}

interface Index {
  mini: MiniSearch<SearchDoc>;
  docs: Map<string, { doc: SearchDoc; keys: string[] }>;
}

const WORD = /[^\p{L}\p{N}]+/u;
const words = (text: string) => text.split(WORD).filter(Boolean);
const keysOf = (term: string) => indexKeys(term).flatMap((key) => key.split(' ').filter(Boolean));

const indexes = new WeakMap<Dataset, Index>();

export function buildIndex(dataset: Dataset): Index {
  const mini = new MiniSearch<SearchDoc>({
    fields: [...LANGS],
    extractField: (doc, field) => (field === 'id' ? doc.id : doc.name[field as Lang]),
    tokenize: words,
    processTerm: keysOf,
    searchOptions: {
      prefix: true,
      fuzzy: (term) => (term.length >= 4 ? 0.25 : false),
      maxFuzzy: 2,
      combineWith: 'AND',
      tokenize: words,
      processTerm: (term) => normalise(term).split(' ').filter(Boolean),
    },
  });
  const list = buildDocuments(dataset);
  mini.addAll(list);
  const docs = new Map(
    list.map((doc) => [doc.id, { doc, keys: LANGS.flatMap((l) => indexKeys(doc.name[l])) }]),
  );
  return { mini, docs };
}

function indexOf(dataset: Dataset): Index {
  let index = indexes.get(dataset);
  if (!index) {
    index = buildIndex(dataset);
    indexes.set(dataset, index);
  }
  return index;
}

/** The best `limit` documents for a query, labelled in `lang`. */
export function search(dataset: Dataset, query: string, lang: Lang, limit = 8): SearchHit[] {
  const queryKey = normalise(query);
  if (!queryKey) return [];
  const { mini, docs } = indexOf(dataset);
  const scored = mini.search(query).flatMap((result) => {
    const entry = docs.get(String(result.id));
    if (!entry) return [];
    const fields = new Set(Object.values(result.match).flat());
    return [{ ...entry, id: entry.doc.id, kind: entry.doc.kind, score: result.score, fields }];
  });
  return rankHits(scored, queryKey)
    .slice(0, limit)
    .map(({ doc, fields }) => {
      const other = LANGS.find((l) => l !== lang && fields.has(l) && doc.name[l] !== doc.name[lang]);
      const hit: SearchHit = { id: doc.id, target: doc.target, kind: doc.kind, label: doc.name[lang] };
      if (!fields.has(lang) && other) {
        hit.alt = doc.name[other];
        hit.altLang = other;
      }
      if (doc.date) hit.date = doc.date;
      return hit;
    });
}
