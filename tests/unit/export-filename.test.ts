// Download file names: corridor-atlas_<subject>_<what>_<YYYY-MM-DD>.<ext>, every part safe for any file system.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { exportFileName, fileNamePart } from '../../src/export/filename';

const day = new Date(2026, 11, 2, 12, 0);
const originalTz = process.env.TZ;
afterEach(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

describe('exportFileName', () => {
  it('joins the app, subject, content and day with underscores', () => {
    expect(exportFileName('btk', 'figures', day, 'csv')).toBe('corridor-atlas_btk_figures_2026-12-02.csv');
  });

  it('pads month and day to two digits', () => {
    expect(exportFileName('btk', 'figures', new Date(2027, 0, 5, 12), 'csv')).toBe(
      'corridor-atlas_btk_figures_2027-01-05.csv',
    );
  });

  it('uses the calendar day where the reader is, not in UTC', () => {
    process.env.TZ = 'Asia/Baku';
    const justAfterMidnightInBaku = new Date(Date.UTC(2026, 10, 30, 21, 30));
    expect(exportFileName('btk', 'figures', justAfterMidnightInBaku, 'csv')).toContain('_2026-12-01.');
  });

  it('lower-cases an alpha-3 subject', () => {
    expect(exportFileName('AZE', 'sources', day, 'bib')).toBe('corridor-atlas_aze_sources_2026-12-02.bib');
  });

  it('lower-cases the extension and drops anything but letters and digits from it', () => {
    expect(exportFileName('btk', 'map', day, '.GeoJSON')).toMatch(/\.geojson$/);
  });

  it('matches the pattern for any subject, content and extension', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), (subject, what, ext) => {
        expect(exportFileName(subject, what, day, ext)).toMatch(
          /^corridor-atlas_[a-z0-9]+(-[a-z0-9]+)*_[a-z0-9]+(-[a-z0-9]+)*_2026-12-02\.[a-z0-9]+$/,
        );
      }),
    );
  });
});

describe('fileNamePart', () => {
  it('turns each run of other characters into one hyphen', () => {
    expect(fileNamePart('Port of Baku / Alat')).toBe('port-of-baku-alat');
  });

  it('drops accents from Latin letters', () => {
    expect(fileNamePart('Türkiyə Gürcüstan')).toBe('turkiy-gurcustan');
  });

  it('trims hyphens at either end', () => {
    expect(fileNamePart('--btk--')).toBe('btk');
  });

  it('names an empty or all-symbol subject "all"', () => {
    expect(fileNamePart('Железная')).toBe('all');
  });

  it('cuts a very long subject to 60 characters', () => {
    expect(fileNamePart('a'.repeat(200))).toHaveLength(60);
  });
});
