// The figures table for CSV export: one row per figure, headed by the caller's column labels. Every word
// (headers, subject, metric and status names) comes from the caller, so this module holds no UI text.
import type { Figure, Lang, Metric, Period, Source, Status } from '../data/schema';
import type { CsvCell } from './csv';

export const FIGURE_COLUMNS = [
  'subject',
  'metric',
  'value',
  'valueMax',
  'unit',
  'status',
  'period',
  'asOf',
  'sourceTitle',
  'sourceUrl',
  'note',
] as const;
export type FigureColumn = (typeof FIGURE_COLUMNS)[number];

export interface FigureRowLabels {
  readonly columns: Readonly<Record<FigureColumn, string>>;
  /** Subject names by id (country, route or place); an id without a name is written as the id. */
  readonly subjects: Readonly<Record<string, string>>;
  readonly metrics: Readonly<Record<Metric, string>>;
  /** Status names; a missing one is written as the status key. */
  readonly statuses?: Readonly<Partial<Record<Status, string>>>;
}

/** Joins the titles of a figure's several sources, and their URLs. */
export const SOURCE_TITLE_SEPARATOR = ' | ';
export const SOURCE_URL_SEPARATOR = ' ';

/** `from–to`, or `from` alone when the period is open or a single span. */
export function periodText(period: Period | undefined): string {
  if (period === undefined) return '';
  return period.to === undefined || period.to === period.from ? period.from : `${period.from}–${period.to}`;
}

/** A source's title; an untitled one is named by its publisher and date, an unknown id by the id. */
function sourceTitle(id: string, source: Source | undefined): string {
  if (source === undefined) return id;
  if (source.title !== undefined) return source.title;
  const date = source.published ?? source.accessed;
  return date === undefined ? source.publisher : `${source.publisher}, ${date}`;
}

/** The header row, then one row per figure, in the order given. */
export function figuresToRows(
  figures: readonly Figure[],
  sources: readonly Source[],
  lang: Lang,
  labels: FigureRowLabels,
): CsvCell[][] {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const header: CsvCell[] = FIGURE_COLUMNS.map((key) => labels.columns[key]);
  const rows = figures.map((figure): CsvCell[] => {
    const cited = figure.sources.map((id) => ({ id, source: byId.get(id) }));
    const cells: Record<FigureColumn, CsvCell> = {
      subject: labels.subjects[figure.subject] ?? figure.subject,
      metric: labels.metrics[figure.metric],
      value: figure.value,
      valueMax: figure.valueMax,
      unit: figure.unit,
      status: labels.statuses?.[figure.status] ?? figure.status,
      period: periodText(figure.period),
      asOf: figure.asOf,
      sourceTitle: cited.map((c) => sourceTitle(c.id, c.source)).join(SOURCE_TITLE_SEPARATOR),
      sourceUrl: cited
        .flatMap((c) => (c.source?.url === undefined ? [] : [c.source.url]))
        .join(SOURCE_URL_SEPARATOR),
      note: figure.note?.[lang],
    };
    return FIGURE_COLUMNS.map((key) => cells[key]);
  });
  return [header, ...rows];
}
