// Ranking: an exact name beats a name that starts with the query, which beats any other hit, whatever the
// engine's score; ties go by kind and id so the list never reorders between keystrokes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DOC_KINDS } from '../../src/search/documents';
import { rankHits, tierOf } from '../../src/search/rank';

const hit = (id: string, keys: string[], score: number, kind: (typeof DOC_KINDS)[number] = 'place') => ({
  id,
  kind,
  keys,
  score,
});

describe('rankHits', () => {
  it('puts a name equal to the query first, even with a lower score', () => {
    const ranked = rankHits([hit('port', ['port of baku'], 9), hit('city', ['baku'], 1)], 'baku');
    expect(ranked.map((h) => h.id)).toEqual(['city', 'port']);
  });

  it('puts a name starting with the query before one that only contains it', () => {
    const ranked = rankHits([hit('a', ['port of aktau'], 5), hit('b', ['aktau port'], 2)], 'aktau');
    expect(ranked.map((h) => h.id)).toEqual(['b', 'a']);
  });

  it('orders equal tiers by score, then by kind', () => {
    const ranked = rankHits(
      [hit('e', ['x'], 1, 'event'), hit('r', ['x'], 1, 'route'), hit('p', ['x'], 3, 'place')],
      'y',
    );
    expect(ranked.map((h) => h.id)).toEqual(['p', 'r', 'e']);
  });

  it('gives tiers 0, 1 and 2', () => {
    expect(tierOf(['baku'], 'baku')).toBe(0);
    expect(tierOf(['baku port'], 'baku')).toBe(1);
    expect(tierOf(['port of baku'], 'baku')).toBe(2);
  });

  it('returns a permutation that does not depend on the input order', () => {
    const hits = fc.uniqueArray(
      fc.record({
        id: fc.string({ minLength: 1, maxLength: 4 }),
        kind: fc.constantFrom(...DOC_KINDS),
        keys: fc.array(fc.constantFrom('ab', 'abc', 'b', 'ab c'), { maxLength: 3 }),
        score: fc.integer({ min: 0, max: 5 }),
      }),
      { selector: (h) => h.id },
    );
    fc.assert(
      fc.property(hits, fc.constantFrom('ab', 'b'), (list, query) => {
        const once = rankHits(list, query).map((h) => h.id);
        const reversed = rankHits([...list].reverse(), query).map((h) => h.id);
        expect(once).toEqual(reversed);
        expect([...once].sort()).toEqual(list.map((h) => h.id).sort());
      }),
    );
  });
});
