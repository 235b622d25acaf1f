// Download file names, `corridor-atlas_<subject>_<what>_<YYYY-MM-DD>.<ext>`, and the media type of each
// export format. Every part is reduced to [a-z0-9-] so the name is safe on every file system.

export const EXPORT_FORMATS = {
  csv: { ext: 'csv', mime: 'text/csv;charset=utf-8' },
  geojson: { ext: 'geojson', mime: 'application/geo+json' },
  csl: { ext: 'json', mime: 'application/vnd.citationstyles.csl+json' },
  bibtex: { ext: 'bib', mime: 'application/x-bibtex;charset=utf-8' },
} as const;
export type ExportFormat = keyof typeof EXPORT_FORMATS;

const MAX_PART_LENGTH = 60;

/** Lower case without accents (ü → u), runs of anything else outside [a-z0-9] as one '-', no '-' at
 * either end; 'all' when nothing is left. */
export function fileNamePart(text: string): string {
  const part = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_PART_LENGTH)
    .replace(/^-+|-+$/g, '');
  return part === '' ? 'all' : part;
}

/** The calendar day of `date` in the reader's time zone, as YYYY-MM-DD. */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** e.g. exportFileName('btk', 'figures', day, 'csv') → corridor-atlas_btk_figures_2026-12-02.csv */
export function exportFileName(subject: string, what: string, date: Date, ext: string): string {
  const extension = ext.toLowerCase().replace(/[^a-z0-9]/g, '') || 'txt';
  return `corridor-atlas_${fileNamePart(subject)}_${fileNamePart(what)}_${isoDay(date)}.${extension}`;
}
