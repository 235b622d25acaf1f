// The header's links to the whole-page views (sources, tracker, …). Each is a real link (a URL that opens
// the view), handled in the page so the map stays loaded.
import { serializeQuery, VIEW_IDS, type ViewId } from '../state/url';
import { useApp, useT } from './context';

export function ViewNav() {
  const { state, actions } = useApp();
  const { lang, t } = useT();
  const open = state.view.value;
  const onClick = (view: ViewId) => (event: MouseEvent) => {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    actions.openView(open === view ? null : view);
  };
  return (
    <nav class="view-nav" aria-label={t('nav.label')}>
      {VIEW_IDS.map((view) => (
        <a
          key={view}
          href={serializeQuery({ selected: null, layers: state.visibleLayers.value, lang, view })}
          aria-current={open === view ? 'page' : undefined}
          onClick={onClick(view)}
        >
          {t(`nav.${view}`)}
        </a>
      ))}
    </nav>
  );
}
