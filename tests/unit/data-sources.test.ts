// Every source is linked to the page that states what it is cited for, or says why not: real http(s)
// addresses without tracking parameters, one address per source, a date, and the article's misdated
// references kept at their corrected dates.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Source } from '../../src/data/schema';

const sources = JSON.parse(readFileSync('data/sources.json', 'utf8')) as Source[];
const linked = sources.filter((s) => s.url);

/**
 * Sources whose page was found but whose headline was not seen: the stored copies of these pages begin at
 * the byline or dateline. They show publisher and date instead of a title; a new one must be added here.
 */
const HEADLINE_NOT_SEEN = new Set([
  'tabula-ge-2017-10-30',
  'tabula-ge-2017',
  'azernews-2021-btk',
  'azernews-2021-tr-minister',
  'today-az-2021',
  'trend-2022-11-22',
  'aze-media-btk',
  'azernews-btk-length',
  'today-az-2019',
  'trend-2018',
  'trend-2025-12',
  'azertac-2021-07-01',
  'trend-2024-12-17',
  'ruwiki-aktau',
  'turkmenistan-ru',
  'trend-turkmenbashi',
  'today-az-2022-12-14',
  'azernews-2020-01-16-kaz',
  'trend-2018-11-23-kaz',
  'azernews-2022-08-24-kaz',
  'azernews-2022-06-07-kaz',
  'astanatimes-2023-06-22-kaz',
  'newsaz-2023-09-11-kaz',
  'trend-2024-03-05-kaz',
  'kazinform-2024-08-08-kaz',
  'menafn-azernews-2024-09-04-kaz',
  'menafn-azernews-2024-03-12-kaz',
  'azertag-de-2025-10-14-kaz',
  'azertag-ar-2025-10-14-kaz',
  'trend-2025-08-28-ots',
  'trend-ru-2025-10-10-ots',
  'trend-ru-2025-11-29-ots',
  'todayaz-2024-cis-jan-apr',
  'abbat-kaz-2022-mne',
  'vestikavkaza-2022-12-01-jabbarov',
  'trend-2025-10-29-tkm-gozalov',
  'azernews-2021-04-16-uzb',
  'trend-2022-12-26-uzb',
  'trend-2023-02-24-uzb',
  'trend-2023-08-24-uzb',
  'trend-2024-05-21-uzb',
  'newsaz-2024-08-27-uzb',
  'azernews-2019-10-08-kgz',
  'azernews-2022-kgz',
  'trend-2023-04-25-tjk',
  'trend-2022-12-21-tjk',
  'azernews-2023-12-09-tjk',
  'todayaz-2024-04-14-tjk',
  'tass-2024-01-23-tjk',
  'azernews-2019-07-16-afg',
  'azvision-de-2019-afg',
  'newsaz-2019-10-11-afg',
]);

describe('sources', () => {
  it('links at least 95 of every 100 sources', () => {
    expect(linked.length / sources.length).toBeGreaterThanOrEqual(0.95);
  });

  it('gives every unlinked source a reason in three languages', () => {
    for (const s of sources.filter((x) => !x.url)) {
      expect(s.noUrlReason, s.id).toBeDefined();
      for (const text of Object.values(s.noUrlReason ?? {})) expect(text.length, s.id).toBeGreaterThan(20);
    }
  });

  it('links only http(s) addresses without tracking parameters', () => {
    for (const s of linked) {
      const url = new URL(s.url ?? '');
      expect(['http:', 'https:'], s.id).toContain(url.protocol);
      for (const key of url.searchParams.keys()) expect(key, s.id).not.toMatch(/^(utm_|fbclid|gclid|mc_)/);
    }
  });

  it('never gives one address to two sources', () => {
    const seen = new Map<string, string>();
    for (const s of linked) {
      const key = (s.url ?? '').replace(/^http:/, 'https:').replace(/\/$/, '');
      expect(seen.get(key), `${s.id} and ${seen.get(key)} share ${s.url}`).toBeUndefined();
      seen.set(key, s.id);
    }
  });

  it('gives every source a title, except those listed with their headline not seen', () => {
    for (const s of sources) expect(Boolean(s.title) || HEADLINE_NOT_SEEN.has(s.id), s.id).toBe(true);
    for (const id of HEADLINE_NOT_SEEN) expect(sources.find((s) => s.id === id)?.title, id).toBeUndefined();
  });

  it('dates every source, by publication or by access', () => {
    for (const s of sources) expect(s.published ?? s.accessed, s.id).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
  });

  it('keeps the corrected dates of the article’s three misdated references', () => {
    const dates = Object.fromEntries(
      sources.filter((s) => s.printedDate).map((s) => [s.id, [s.printedDate, s.published]]),
    );
    expect(dates).toEqual({
      'president-az-60907': ['2024-08-23', '2023-08-23'],
      'president-az-61059': ['2024-09-14', '2023-09-14'],
      'apa-2023-11-24': ['2024-11-24', '2023-11-24'],
    });
  });
});
