// The page shell: header with the language switch, the sidebar (legend and lists), the detail panel and
// the map host, or the list view when the map cannot be drawn.
import { Component } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { MAP_CONTAINER_ID } from '../map/ids';
import { SearchBox } from '../search/SearchBox';
import { ShareTools } from '../share/ShareTools';
import { useSvgMapModule } from '../svgmap/load';
import { ViewHost } from '../views/ViewHost';
import { useApp, useT } from './context';
import { DetailPanel } from './DetailPanel';
import { FeatureList } from './FeatureList';
import { LanguageSwitch } from './LanguageSwitch';
import { Legend } from './Legend';
import { usePanelModule } from './lazy';
import { MapPicture } from './MapPicture';
import { DataErrorsNotice, LiveRegion } from './Notices';
import { ViewNav } from './ViewNav';
import { YearControl } from './YearControl';

/** MapLibre owns the children of this element, so Preact must never re-render it. */
class MapHost extends Component<{ label: string }> {
  /** Never re-render; only keep the accessible name in the interface language. */
  override shouldComponentUpdate(next: { label: string }) {
    if (next.label !== this.props.label)
      document.getElementById(MAP_CONTAINER_ID)?.setAttribute('aria-label', next.label);
    return false;
  }
  override render() {
    return <section id={MAP_CONTAINER_ID} class="map" aria-label={this.props.label} />;
  }
}

function About() {
  const { state } = useApp();
  const { t } = useT();
  const article = state.dataset.value?.sources.find((s) => s.id === 'asadova-2024');
  if (!article) return null;
  return (
    <p class="about">
      {t('app.basedOn', {
        article: article.title ?? article.publisher,
        author: t('app.author'),
        year: article.published ?? '',
      })}
    </p>
  );
}

/**
 * Without WebGL 2 or after a lost context: the SVG map (its own chunk, src/svgmap/) with the detail panel
 * beside it; the list view (in the panel chunk) when the map could not be started at all, or while the SVG
 * map's chunk cannot be loaded. The message is shown at once.
 */
function Fallback({ message }: { message: string }) {
  const { state } = useApp();
  const svgMap = useSvgMapModule(state.mapStatus.value !== 'failed');
  const panel = usePanelModule();
  // The first-paint poster (src/shell/shell.js) covers the map area until MapLibre's first idle, which never comes here.
  useEffect(() => document.getElementById('map-poster')?.remove(), []);
  if (svgMap === 'loading') return <p role="status">{message}</p>;
  if (svgMap)
    return (
      <>
        <svgMap.FallbackMap message={message} />
        <DetailPanel />
      </>
    );
  return panel ? <panel.ListView message={message} /> : <p role="status">{message}</p>;
}

/** In an <iframe> elsewhere: the atlas's name and a link that opens the same view in the atlas itself. */
function EmbedBar() {
  const { state } = useApp();
  const { t } = useT();
  const full = new URL(location.href);
  full.searchParams.delete('embed');
  void state.selected.value;
  return (
    <p class="embed-bar">
      <strong>{t('app.title')}</strong>{' '}
      <a href={full.href} target="_blank" rel="noopener">
        {t('embed.open')}
      </a>
    </p>
  );
}

type PhoneSheet = 'layers' | 'list' | null;

/** Narrow screens: the layer switches and the list sit behind two buttons over the map. */
function PhoneTools({ open, onOpen }: { open: PhoneSheet; onOpen: (sheet: PhoneSheet) => void }) {
  const { t } = useT();
  return (
    <div class="phone-tools">
      {(['layers', 'list'] as const).map((sheet) => (
        <button
          key={sheet}
          type="button"
          aria-expanded={open === sheet}
          aria-controls="sidebar"
          onClick={() => onOpen(open === sheet ? null : sheet)}
        >
          {t(`phone.${sheet}`)}
        </button>
      ))}
    </div>
  );
}

export function App() {
  const { state } = useApp();
  const { t } = useT();
  const [sheet, setSheet] = useState<PhoneSheet>(null);
  const selected = state.selected.value;
  // Choosing a feature from the list sheet closes it, so the map and the panel show.
  useEffect(() => setSheet((open) => (open === 'list' ? null : open)), [selected]);
  const status = state.mapStatus.value;
  const view = state.view.value;
  const fallback =
    status === 'no-webgl'
      ? t('map.noWebgl')
      : status === 'lost'
        ? t('map.lost')
        : status === 'failed'
          ? t('map.failed')
          : null;
  return (
    <div class={`app${state.selected.value ? ' has-selection' : ''}${state.embed ? ' app-embed' : ''}`}>
      {state.embed && <EmbedBar />}
      <header class="app-header">
        <div>
          <h1>{t('app.title')}</h1>
          <p class="tagline">{t('app.tagline')}</p>
        </div>
        <SearchBox />
        <ViewNav />
        <ShareTools />
        <LanguageSwitch />
      </header>
      <div class="layout">
        <aside
          id="sidebar"
          class={sheet ? `sidebar sheet-${sheet}` : 'sidebar'}
          aria-label={t('layers.title')}
        >
          <button type="button" class="sheet-close" onClick={() => setSheet(null)}>
            {t('panel.close')}
          </button>
          <YearControl />
          <Legend />
          <FeatureList />
          <About />
        </aside>
        <main class="main">
          <PhoneTools open={sheet} onOpen={setSheet} />
          <DataErrorsNotice />
          {fallback !== null && <Fallback message={fallback} />}
          <div class="map-wrap" hidden={fallback !== null}>
            <MapHost label={t('map.label')} />
            {status === 'ready' && <MapPicture />}
            {status === 'loading' && (
              <p class="map-loading" role="status">
                {t('map.loading')}
              </p>
            )}
          </div>
          {fallback === null && <DetailPanel />}
          {view && <ViewHost view={view} />}
        </main>
      </div>
      <LiveRegion />
    </div>
  );
}
