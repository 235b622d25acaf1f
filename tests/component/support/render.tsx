// Component-test helper: renders a UI inside <AppContext.Provider> with real app state (signals + actions)
// loaded with the fixture world, plus the texts a reader must see for a figure's date and its sources.
import { act, render } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import type { DataError, Dataset, Figure, Lang, Source } from '../../../src/data/schema';
import { formatDate, translate } from '../../../src/i18n/i18n';
import { createActions, createState } from '../../../src/state/store';
import type { LayerKey } from '../../../src/state/url';
import { AppContext } from '../../../src/ui/context';
import { fixtureDataset } from '../../fixtures/world';

export interface RenderWithAppOptions {
  /** The data set the app has loaded; `null` for "not loaded yet". Defaults to the fixture world. */
  dataset?: Dataset | null;
  lang?: Lang;
  selected?: string | null;
  layers?: readonly LayerKey[];
  /** Rejected records, as the loader would report them. */
  dataErrors?: readonly DataError[];
}

export function renderWithApp(ui: ComponentChildren, options: RenderWithAppOptions = {}) {
  const { dataset = fixtureDataset, lang, selected = null, layers, dataErrors = [] } = options;
  const state = createState({ ...(lang ? { lang } : {}), ...(layers ? { layers } : {}) });
  const actions = createActions(state);
  state.dataset.value = dataset;
  state.selected.value = selected;
  state.dataErrors.value = dataErrors;
  const result = render(<AppContext.Provider value={{ state, actions }}>{ui}</AppContext.Provider>);
  return { ...result, state, actions };
}

/** Two animation frames, inside act(): the panel's deferred sections (src/ui/AfterPaint.tsx) have rendered. */
export async function afterFrames(): Promise<void> {
  await act(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );
}

/** renderWithApp, then wait for the panel's sections rendered a frame after its heading. */
export async function renderSettled(ui: ComponentChildren, options: RenderWithAppOptions = {}) {
  const result = renderWithApp(ui, options);
  await afterFrames();
  return result;
}

/** A source's date as a reader sees it: the publication date, else "undated, accessed …". */
export function shownSourceDate(source: Source, lang: Lang = 'en'): string {
  if (source.published) return formatDate(source.published, lang);
  if (!source.accessed) throw new Error(`Source ${source.id} has neither a published nor an accessed date`);
  return translate(lang, 'cite.undated', { date: formatDate(source.accessed, lang) });
}

/** The citation a reader sees for a list of source ids: "Publisher, date; Publisher, date". */
export function shownCitation(
  ids: readonly string[],
  lang: Lang = 'en',
  dataset: Dataset = fixtureDataset,
): string {
  return ids
    .map((id) => {
      const source = dataset.sources.find((s) => s.id === id);
      if (!source) throw new Error(`Unknown source ${id}`);
      return `${source.publisher}, ${shownSourceDate(source, lang)}`;
    })
    .join('; ');
}

/** A figure's as-of date as a reader sees it, or the "not dated" statement. */
export function shownAsOf(figure: Figure, lang: Lang = 'en'): string {
  return figure.asOf ? formatDate(figure.asOf, lang) : translate(lang, 'table.undated');
}
