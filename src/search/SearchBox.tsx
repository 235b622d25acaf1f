// The header's search box, an ARIA combobox with a listbox of hits; the engine (MiniSearch and the index)
// is imported on the first focus, so the first screen carries only this component.
import { useMemo, useState } from 'preact/hooks';
import { useApp } from '../ui/context';
import { useViewT } from '../views/i18n';
import { SEARCH_MESSAGES } from './messages';
import './search.css';

type Engine = typeof import('./engine');
let loading: Promise<Engine> | null = null;
const LIST_ID = 'search-options';
const optionId = (i: number) => `search-option-${i}`;

export function SearchBox() {
  const { state, actions } = useApp();
  const { lang, vt } = useViewT(SEARCH_MESSAGES);
  const [engine, setEngine] = useState<Engine | null>(null);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const dataset = state.dataset.value;
  const hits = useMemo(
    () => (engine && dataset && query.trim() ? engine.search(dataset, query, lang) : []),
    [engine, dataset, query, lang],
  );
  const searched = open && query.trim() !== '' && engine !== null;
  const expanded = searched && hits.length > 0;

  const load = () => {
    loading ??= import('./engine');
    loading.then(setEngine).catch(() => {
      loading = null;
    });
  };
  const clear = () => {
    setQuery('');
    setOpen(false);
  };
  const choose = (i: number) => {
    const hit = hits[i];
    if (!hit) return;
    clear();
    // From a whole-page view, go back to the map: the panel and the camera are there.
    if (state.view.value) actions.showOnMap(hit.target);
    else actions.selectAndFocus(hit.target);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const last = hits.length - 1;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      if (last >= 0)
        setActive(
          event.key === 'ArrowDown' ? (active >= last ? 0 : active + 1) : active <= 0 ? last : active - 1,
        );
    } else if (event.key === 'Enter' && expanded && hits[active]) {
      event.preventDefault();
      choose(active);
    } else if (event.key === 'Escape' && (query || open)) {
      event.preventDefault();
      clear();
    }
  };

  return (
    <search class="search">
      <input
        type="text"
        role="combobox"
        aria-label={vt('label')}
        placeholder={vt('placeholder')}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={LIST_ID}
        aria-activedescendant={expanded && hits[active] ? optionId(active) : undefined}
        autocomplete="off"
        spellcheck={false}
        value={query}
        onFocus={load}
        onInput={(event) => {
          setQuery(event.currentTarget.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <div id={LIST_ID} role="listbox" aria-label={vt('label')} hidden={!expanded}>
        {hits.map((hit, i) => (
          // biome-ignore lint/a11y/useKeyWithClickEvents lint/a11y/useFocusableInteractive: the keyboard stays in the combobox, which points at the option with aria-activedescendant
          <div
            key={hit.id}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(i)}
          >
            <span class="search-name">{hit.label}</span>{' '}
            {hit.alt && (
              <span class="search-alt" lang={hit.altLang}>
                {hit.alt}
              </span>
            )}{' '}
            <span class="search-kind">
              {vt(hit.kind)}
              {hit.date ? ` · ${hit.date.slice(0, 4)}` : ''}
            </span>
          </div>
        ))}
      </div>
      {searched && hits.length === 0 && (
        <p class="search-none" aria-hidden="true">
          {vt('none')}
        </p>
      )}
      <span class="visually-hidden" role="status">
        {searched ? (hits.length ? vt('count', { count: hits.length }) : vt('none')) : ''}
      </span>
    </search>
  );
}
