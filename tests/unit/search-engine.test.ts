// Searching the real data set in az, ru and en at once: transliterated and diacritic-free spellings find the
// place, every name finds itself in every language, and each hit is labelled in the reader's language.
import { readFile } from 'node:fs/promises';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load';
import { LANGS } from '../../src/data/schema';
import { buildDocuments } from '../../src/search/documents';
import { search } from '../../src/search/engine';

const { dataset } = await loadDataset((path) => readFile(path, 'utf8'));
const docs = buildDocuments(dataset);
const targets = (query: string, lang: 'az' | 'ru' | 'en' = 'en') =>
  search(dataset, query, lang).map((h) => h.target);

/** How people type a name without an Azerbaijani or Turkish keyboard. */
const stripped = (text: string) =>
  text.replace(/ə/g, 'e').replace(/Ə/g, 'E').replace(/ı/g, 'i').normalize('NFD').replace(/\p{M}/gu, '');

describe('search', () => {
  it('finds Baku for "Baki" first', () => {
    expect(targets('Baki')[0]).toBe('baku');
    expect(targets('Baki')).toContain('port-of-baku');
  });

  it('finds Kazakhstan for "Qazaxistan" and for "Казахстан"', () => {
    expect(targets('Qazaxistan')[0]).toBe('KAZ');
    expect(targets('Казахстан')[0]).toBe('KAZ');
  });

  it('finds Aktau and the Port of Aktau for "Актау"', () => {
    expect(targets('Актау')).toEqual(expect.arrayContaining(['port-aktau']));
  });

  it('finds by the start of a word while typing: "Tbil" finds Tbilisi', () => {
    expect(targets('Tbil')).toContain('tbilisi');
  });

  it('forgives a typo: "Ashgabad" finds Ashgabat', () => {
    expect(targets('Ashgabad')[0]).toBe('ashgabat');
  });

  it('labels hits in the reader language and names the other-language match', () => {
    const [hit] = search(dataset, 'Баку', 'az');
    expect(hit?.label).toBe('Bakı');
    const [english] = search(dataset, 'Bakı', 'en');
    expect(english?.label).toBe('Baku');
  });

  it('returns nothing for an empty or punctuation-only query', () => {
    expect(search(dataset, '', 'en')).toEqual([]);
    expect(search(dataset, ' – ', 'en')).toEqual([]);
  });

  it('finds every name itself, in every language', () => {
    fc.assert(
      fc.property(fc.constantFrom(...docs), fc.constantFrom(...LANGS), (doc, lang) => {
        const ids = search(dataset, doc.name[lang], lang).map((h) => h.id);
        expect(ids).toContain(doc.id);
      }),
      { numRuns: 300 },
    );
  });

  it('finds the original from its diacritic-free spelling', () => {
    fc.assert(
      fc.property(fc.constantFrom(...docs), fc.constantFrom(...LANGS), (doc, lang) => {
        const ids = search(dataset, stripped(doc.name[lang]), lang).map((h) => h.id);
        expect(ids).toContain(doc.id);
      }),
      { numRuns: 300 },
    );
  });
});
