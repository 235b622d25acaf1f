// Loads the open view's module on demand (so the first screen's JS does not grow) and shows it over the
// map area with a way back. Escape closes it; focus moves to its heading when it opens.
import type { ComponentType } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ViewId } from '../state/url';
import { useApp, useT } from '../ui/context';

type ViewModule = { default: ComponentType };

const LOADERS: Record<ViewId, () => Promise<ViewModule>> = {
  sources: () => import('./sources/SourcesView'),
  timeline: () => import('./timeline/TimelineView'),
  tracker: () => import('./tracker/TrackerView'),
  compare: () => import('./compare/CompareView'),
};

export function ViewHost({ view }: { view: ViewId }) {
  const { actions } = useApp();
  const { t } = useT();
  const [loaded, setLoaded] = useState<{ view: ViewId; Component: ComponentType } | null>(null);
  const [failed, setFailed] = useState(false);
  const host = useRef<HTMLElement>(null);

  useEffect(() => {
    let live = true;
    setFailed(false);
    LOADERS[view]()
      .then((module) => {
        if (live) setLoaded({ view, Component: module.default });
      })
      .catch(() => {
        if (live) setFailed(true);
      });
    return () => {
      live = false;
    };
  }, [view]);

  useEffect(() => {
    if (loaded?.view === view) host.current?.querySelector<HTMLElement>('h2')?.focus();
  }, [loaded, view]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) actions.openView(null);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const Component = loaded?.view === view ? loaded.Component : null;
  return (
    <section ref={host} class="view-page" aria-label={t(`nav.${view}`)}>
      <button type="button" class="view-close" onClick={() => actions.openView(null)}>
        {t('nav.back')}
      </button>
      {Component ? <Component /> : <p role="status">{failed ? t('nav.failed') : t('nav.loading')}</p>}
    </section>
  );
}
