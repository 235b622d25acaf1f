// Orders search hits: a name equal to the query first, then names that start with it, then the engine's
// relevance score; ties by kind (routes, states, ports, places, events) and then by id, so the order is stable.
import { DOC_KINDS, type DocKind } from './documents';

export interface ScoredHit {
  readonly id: string;
  readonly kind: DocKind;
  /** Search keys of the document's names in every language (see indexKeys). */
  readonly keys: readonly string[];
  /** The engine's relevance score (higher is better). */
  readonly score: number;
}

/** 0: a name equals the query; 1: a name starts with it; 2: anything else the engine found. */
export function tierOf(keys: readonly string[], queryKey: string): 0 | 1 | 2 {
  if (keys.includes(queryKey)) return 0;
  return keys.some((key) => key.startsWith(queryKey)) ? 1 : 2;
}

export function rankHits<H extends ScoredHit>(hits: readonly H[], queryKey: string): H[] {
  const tiers = new Map(hits.map((hit) => [hit.id, tierOf(hit.keys, queryKey)]));
  return [...hits].sort(
    (a, b) =>
      (tiers.get(a.id) ?? 2) - (tiers.get(b.id) ?? 2) ||
      b.score - a.score ||
      DOC_KINDS.indexOf(a.kind) - DOC_KINDS.indexOf(b.kind) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
