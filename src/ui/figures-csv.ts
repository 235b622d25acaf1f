// Downloads figures as CSV with their sources (one row per figure, the column names and words in the
// reader's language): the panels' "Figures (CSV)" and the Sources view's. The writers load on first use.
import type { Dataset, Figure, Lang, Metric } from '../data/schema';
import { METRICS } from '../data/schema';
import { FIGURE_COLUMNS, type FigureColumn, figuresToRows } from '../export/figure-rows';
import { translate } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages/en';
import { featureOf, nameOf } from '../state/derive';
import { fill } from '../views/i18n';
import { HEADLINE_MESSAGES, type HeadlineKey } from './headline-messages';

export async function downloadFiguresCsv(
  dataset: Dataset,
  figures: readonly Figure[],
  lang: Lang,
  fileSubject: string,
): Promise<void> {
  const [{ toCsv }, { exportFileName }, { saveBlob }] = await Promise.all([
    import('../export/csv'),
    import('../export/filename'),
    import('../export/save'),
  ]);
  const t = (key: MessageKey) => translate(lang, key);
  const vt = (key: HeadlineKey) => fill(HEADLINE_MESSAGES[lang][key]);
  const subjects: Record<string, string> = {};
  for (const f of figures) {
    const feature = featureOf(dataset, f.subject);
    subjects[f.subject] = feature ? nameOf(feature, lang) : f.subject;
  }
  const rows = figuresToRows(figures, dataset.sources, lang, {
    columns: Object.fromEntries(FIGURE_COLUMNS.map((c) => [c, vt(`col.${c}` as HeadlineKey)])) as Record<
      FigureColumn,
      string
    >,
    subjects,
    metrics: Object.fromEntries(METRICS.map((m) => [m, t(`metric.${m}` as MessageKey)])) as Record<
      Metric,
      string
    >,
    statuses: {
      actual: t('status.actual'),
      capacity: t('status.capacity'),
      forecast: t('status.forecast'),
      target: t('status.target'),
    },
  });
  const blob = new Blob([toCsv(rows)], { type: 'text/csv;charset=utf-8' });
  saveBlob(blob, exportFileName(fileSubject, 'figures', new Date(), 'csv'));
}
