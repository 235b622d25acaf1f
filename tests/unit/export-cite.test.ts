// Citation exports: sources as CSL-JSON items (shape checked against the CSL data schema's rules) and as
// biblatex entries (types, keys, braces, escaping, verbatim URLs, UTF-8 text kept).
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import type { Source } from '../../src/data/schema';
import { bibtexKey, escapeBibtex, sourcesToBibtex, sourcesToCsl } from '../../src/export/cite';
import { fixtureDataset } from '../fixtures/world';

const { sources } = fixtureDataset;

function fixtureSource(id: string): Source {
  const found = sources.find((s) => s.id === id);
  if (found === undefined) throw new Error(`no fixture source ${id}`);
  return found;
}

const apa = fixtureSource('apa-797219');
const worldBank = fixtureSource('world-bank-2023-middle-corridor');
const journal: Source = {
  id: 'asadova-2024',
  title: 'Prospects of relations between Azerbaijan and Central Asian countries',
  publisher: 'Journal of the Azerbaijan Academy',
  url: 'https://doi.org/10.59849/2957-3882.2024.2.67',
  published: '2024-06',
  language: 'en',
  type: 'academic',
  about: ['AZE'],
  inArticle: true,
};
const accessedOnly: Source = {
  id: 'ady-freight',
  publisher: 'ADY',
  url: 'https://ady.az/en/freight',
  accessed: '2026-11-30',
  originalPublisher: 'AZERTAC',
  language: 'ru',
  type: 'official',
  about: ['btk'],
  inArticle: false,
};
const all = [...sources, journal, accessedOnly];

const CslDateSchema = v.strictObject({
  'date-parts': v.tuple([v.pipe(v.array(v.pipe(v.number(), v.integer())), v.minLength(1), v.maxLength(3))]),
});
/** The CSL 1.0.2 data schema's rules for the fields written, plus what a usable citation needs. */
const CslItemSchema = v.pipe(
  v.strictObject({
    id: v.pipe(v.string(), v.minLength(1)),
    type: v.picklist(['article-newspaper', 'webpage', 'article-journal', 'report']),
    title: v.optional(v.pipe(v.string(), v.minLength(1))),
    'container-title': v.optional(v.pipe(v.string(), v.minLength(1))),
    publisher: v.optional(v.pipe(v.string(), v.minLength(1))),
    'original-publisher': v.optional(v.string()),
    URL: v.optional(v.pipe(v.string(), v.url())),
    issued: v.optional(CslDateSchema),
    accessed: v.optional(CslDateSchema),
    language: v.pipe(v.string(), v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/)),
    note: v.optional(v.string()),
  }),
  v.check(
    (item) => item['container-title'] !== undefined || item.publisher !== undefined,
    'names no publisher',
  ),
  v.check((item) => item.issued !== undefined || item.accessed !== undefined, 'has no date'),
);

const cslOf = (source: Source, lang: 'az' | 'ru' | 'en' = 'en') => sourcesToCsl([source], lang)[0];
const bibOf = (source: Source, lang: 'az' | 'ru' | 'en' = 'en') => sourcesToBibtex([source], lang);

describe('sourcesToCsl', () => {
  it('writes items that satisfy the CSL-JSON schema, one per source', () => {
    const items = sourcesToCsl(all, 'en');
    expect(items).toHaveLength(all.length);
    for (const item of items) expect(v.safeParse(CslItemSchema, item).issues).toBeUndefined();
  });

  it.each([
    ['agency', 'article-newspaper'],
    ['press', 'article-newspaper'],
    ['official', 'webpage'],
    ['dataset', 'webpage'],
    ['academic', 'article-journal'],
    ['report', 'report'],
  ] as const)('gives an %s source the CSL type %s', (type, cslType) => {
    expect(cslOf({ ...apa, type })?.type).toBe(cslType);
  });

  it('names an agency as the container of its article', () => {
    expect(cslOf(apa)).toMatchObject({ 'container-title': 'APA' });
    expect(cslOf(apa)).not.toHaveProperty('publisher');
  });

  it('names a report’s publisher as its publisher', () => {
    expect(cslOf(worldBank)).toMatchObject({ publisher: 'World Bank' });
    expect(cslOf(worldBank)).not.toHaveProperty('container-title');
  });

  it('keeps id, title, URL and language as in the source', () => {
    expect(cslOf(apa)).toMatchObject({ id: apa.id, title: apa.title, URL: apa.url, language: 'az' });
  });

  it('writes the publication date as numeric date parts', () => {
    expect(cslOf(apa)?.issued).toEqual({ 'date-parts': [[2023, 11, 24]] });
  });

  it('writes a date known to the month as two date parts', () => {
    expect(cslOf(journal)?.issued).toEqual({ 'date-parts': [[2024, 6]] });
  });

  it('writes the accessed date, and no issued date when publication is unknown', () => {
    const item = cslOf(accessedOnly);
    expect(item?.accessed).toEqual({ 'date-parts': [[2026, 11, 30]] });
    expect(item).not.toHaveProperty('issued');
  });

  it('writes no title for an untitled source', () => {
    expect(cslOf(fixtureSource('trend-2023-09-30'))).not.toHaveProperty('title');
  });

  it('writes the original publisher of a reprint', () => {
    expect(cslOf(accessedOnly)?.['original-publisher']).toBe('AZERTAC');
  });

  it('writes the note in the language asked for', () => {
    expect(cslOf(apa, 'ru')?.note).toBe(apa.note?.ru);
  });
});

describe('sourcesToBibtex', () => {
  it.each([
    ['agency', '@online{'],
    ['press', '@online{'],
    ['official', '@online{'],
    ['dataset', '@online{'],
    ['academic', '@article{'],
    ['report', '@report{'],
  ] as const)('writes an %s source as %s', (type, start) => {
    expect(bibOf({ ...apa, type }).startsWith(start)).toBe(true);
  });

  it('uses the source id as the key', () => {
    expect(bibOf(apa).split('\n')[0]).toBe('@online{apa-797219,');
  });

  it('writes one entry per source, each closed', () => {
    const entries = sourcesToBibtex(all, 'en').match(/^@\w+\{[^,\n]+,$[\s\S]*?^\}$/gm);
    expect(entries).toHaveLength(all.length);
  });

  it('wraps the title in a second pair of braces to keep its case', () => {
    expect(bibOf(worldBank)).toContain(`  title = {{${worldBank.title}}},\n`);
  });

  it('keeps Azerbaijani and Cyrillic text as UTF-8', () => {
    expect(bibOf(apa, 'ru')).toContain('{{SPECA-nın Zirvə görüşünün Bakı Bəyannaməsi}}');
    expect(bibOf(apa, 'ru')).toContain('саммит состоялся 24 ноября 2023 года');
  });

  it('names the publisher in the field of the entry type', () => {
    expect(bibOf(apa)).toContain('  organization = {APA},\n');
    expect(bibOf(journal)).toContain('  journaltitle = {Journal of the Azerbaijan Academy},\n');
    expect(bibOf(worldBank)).toContain('  institution = {World Bank},\n');
  });

  it('writes the publication date as date and the access date as urldate', () => {
    expect(bibOf(apa)).toContain('  date = {2023-11-24},\n');
    expect(bibOf(accessedOnly)).toContain('  urldate = {2026-11-30},\n');
  });

  it('writes the URL verbatim, without TeX escapes', () => {
    const url = 'https://example.org/a_b?x=1%20&y=2#top';
    expect(bibOf({ ...apa, url })).toContain(`  url = {${url}},\n`);
  });

  it('percent-encodes braces, backslashes and spaces in a URL', () => {
    expect(bibOf({ ...apa, url: 'https://example.org/{a}\\b c' })).toContain(
      '  url = {https://example.org/%7Ba%7D%5Cb%20c},\n',
    );
  });

  it.each([
    ['azerbaijani', 'az'],
    ['russian', 'ru'],
    ['english', 'en'],
    ['turkish', 'tr'],
  ] as const)('gives the langid %s to a source in %s', (langid, language) => {
    expect(bibOf({ ...apa, language })).toContain(`  langid = {${langid}},\n`);
  });

  it('writes the note in the language asked for, escaped', () => {
    expect(bibOf({ ...apa, note: { az: 'a', ru: 'b', en: '100% & more' } })).toContain(
      '  note = {100\\% \\& more},\n',
    );
  });

  it('escapes special characters in the title', () => {
    expect(bibOf({ ...apa, title: 'R&D {50%}' })).toContain('  title = {{R\\&D \\{50\\%\\}}},\n');
  });

  it('turns characters not allowed in a key into hyphens', () => {
    expect(bibtexKey('a b,c{d}%e')).toBe('a-b-c-d--e');
  });
});

describe('escapeBibtex', () => {
  it.each([
    ['&', '\\&'],
    ['%', '\\%'],
    ['$', '\\$'],
    ['#', '\\#'],
    ['_', '\\_'],
    ['{', '\\{'],
    ['}', '\\}'],
    ['~', '\\textasciitilde{}'],
    ['^', '\\textasciicircum{}'],
    ['\\', '\\textbackslash{}'],
  ])('escapes %s as %s', (raw, escaped) => {
    expect(escapeBibtex(`a${raw}b`)).toBe(`a${escaped}b`);
  });

  it('collapses line breaks and runs of spaces, which could end a paragraph, into one space', () => {
    expect(escapeBibtex('a\n\n  b')).toBe('a b');
  });

  it('can be undone exactly, for any text (up to whitespace)', () => {
    const unescapeBibtex = (s: string) =>
      s
        .replace(/\\textasciitilde\{\}/g, '~')
        .replace(/\\textasciicircum\{\}/g, '^')
        .replace(/\\textbackslash\{\}/g, '\\')
        .replace(/\\([&%$#_{}])/g, '$1');
    const unit = fc.constantFrom(...'&%$#_{}~^\\ \n\tab{ə}Ж'.split(''), '\\textbackslash{}');
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit }), fc.string({ unit: 'grapheme' })), (text) => {
        expect(unescapeBibtex(escapeBibtex(text))).toBe(text.replace(/\s+/g, ' '));
      }),
      { numRuns: 500 },
    );
  });

  it('leaves no brace unbalanced, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'{}\\ab~^'.split('')) }), (text) => {
        let depth = 0;
        for (const c of escapeBibtex(text).replace(/\\[{}]/g, '')) {
          if (c === '{') depth++;
          if (c === '}') depth--;
          expect(depth).toBeGreaterThanOrEqual(0);
        }
        expect(depth).toBe(0);
      }),
    );
  });
});
