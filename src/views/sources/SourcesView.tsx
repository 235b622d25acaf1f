// The Sources view: every source with what it supports, filterable by feature, type and language, sorted
// by date, with the filter in the URL and citation exports of what is shown.
import type { Dataset } from '../../data/schema';
import { featureOf, nameOf } from '../../state/derive';
import { useApp } from '../../ui/context';
import { useViewT } from '../i18n';
import { SOURCES_MESSAGES } from './messages';
import {
  filterFromUrl,
  filterOptions,
  filterRows,
  filterToUrl,
  type SourceFilter,
  sourceRows,
} from './model';
import { SourceItem } from './SourceItem';
import '../views.css';

function featureName(dataset: Dataset, id: string, lang: 'az' | 'ru' | 'en'): string {
  const feature = featureOf(dataset, id);
  return feature ? nameOf(feature, lang) : id;
}

export default function SourcesView() {
  const { state, actions } = useApp();
  const { lang, t, vt } = useViewT(SOURCES_MESSAGES);
  const dataset = state.dataset.value;
  if (!dataset) return <p role="status">{t('nav.loading')}</p>;
  const rows = sourceRows(dataset);
  const options = filterOptions(rows);
  const filter = filterFromUrl(state.viewFilter.value, options);
  const shown = filterRows(rows, filter);
  const set = (change: Partial<SourceFilter>) => actions.setViewFilter(filterToUrl({ ...filter, ...change }));
  const value = (event: Event) => (event.currentTarget as HTMLSelectElement).value || undefined;
  const exportCitations = async (format: 'csl' | 'bibtex') => {
    const [{ sourcesToCsl, sourcesToBibtex }, { exportFileName }, { saveBlob }] = await Promise.all([
      import('../../export/cite'),
      import('../../export/filename'),
      import('../../export/save'),
    ]);
    const chosen = shown.map((row) => row.source);
    const subject = filter.feature ?? 'all';
    const blob =
      format === 'csl'
        ? new Blob([JSON.stringify(sourcesToCsl(chosen, lang), null, 2)], { type: 'application/json' })
        : new Blob([sourcesToBibtex(chosen, lang)], { type: 'application/x-bibtex;charset=utf-8' });
    saveBlob(blob, exportFileName(subject, 'sources', new Date(), format === 'csl' ? 'json' : 'bib'));
  };
  const exportFigures = async () => {
    const { downloadFiguresCsv } = await import('../../ui/figures-csv');
    const ids = new Set(shown.map((row) => row.source.id));
    const figures = dataset.figures.filter((f) => f.sources.some((id) => ids.has(id)));
    await downloadFiguresCsv(dataset, figures, lang, filter.feature ?? 'all');
  };
  const features = options.features
    .filter((id) => featureOf(dataset, id))
    .map((id) => ({ id, name: featureName(dataset, id, lang) }))
    .sort((a, b) => a.name.localeCompare(b.name, lang));
  return (
    <div class="view sources-view">
      <h2 tabIndex={-1}>{vt('title')}</h2>
      <p class="view-intro">{vt('intro')}</p>
      <form class="view-filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          {vt('feature')}
          <select value={filter.feature ?? ''} onChange={(e) => set({ feature: value(e) })}>
            <option value="">{vt('any')}</option>
            {features.map((f) => (
              <option key={f.id} value={f.id}>
                {f.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {vt('type')}
          <select value={filter.type ?? ''} onChange={(e) => set({ type: value(e) })}>
            <option value="">{vt('any')}</option>
            {options.types.map((type) => (
              <option key={type} value={type}>
                {vt(`type.${type}` as 'type.official')}
              </option>
            ))}
          </select>
        </label>
        <label>
          {vt('language')}
          <select value={filter.lang ?? ''} onChange={(e) => set({ lang: value(e) })}>
            <option value="">{vt('any')}</option>
            {options.langs.map((code) => (
              <option key={code} value={code}>
                {t(`source.lang.${code}` as 'source.lang.en')}
              </option>
            ))}
          </select>
        </label>
        <label>
          {vt('sort')}
          <select
            value={filter.sort ?? 'new'}
            onChange={(e) => set({ sort: value(e) === 'old' ? 'old' : undefined })}
          >
            <option value="new">{vt('newest')}</option>
            <option value="old">{vt('oldest')}</option>
          </select>
        </label>
      </form>
      <p class="view-count" role="status">
        {vt('count', {
          shown: shown.length,
          total: rows.length,
          linked: shown.filter((r) => r.source.url).length,
        })}
      </p>
      <p class="view-actions">
        <span>{vt('cite')}:</span>
        <button type="button" onClick={() => exportCitations('csl')}>
          {vt('csl')}
        </button>
        <button type="button" onClick={() => exportCitations('bibtex')}>
          {vt('bibtex')}
        </button>
        <button type="button" onClick={() => void exportFigures()}>
          {vt('figuresCsv')}
        </button>
      </p>
      {shown.length === 0 ? (
        <p>{vt('none')}</p>
      ) : (
        <ol class="source-list">
          {shown.map((row) => (
            <SourceItem key={row.source.id} row={row} dataset={dataset} />
          ))}
        </ol>
      )}
    </div>
  );
}
