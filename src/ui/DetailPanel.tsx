// The side panel (a bottom sheet on narrow screens) for the selected feature. Escape closes it and
// returns focus to where the user was before it opened.
import { useEffect, useRef, useState } from 'preact/hooks';
import { translate } from '../i18n/i18n';
import { featureOf, nameOf } from '../state/derive';
import { useApp, useT } from './context';
import { usePanelModule } from './lazy';
import { SheetHandle, type SheetHeight } from './SheetHandle';

export function DetailPanel() {
  const { state, actions } = useApp();
  const { lang, t } = useT();
  const dataset = state.dataset.value;
  const selected = state.selected.value;
  const feature = dataset && selected ? featureOf(dataset, selected) : null;
  const returnFocus = useRef<HTMLElement | null>(null);
  const panel = useRef<HTMLElement>(null);
  // The details' chunk loads with the first open panel (or the idle warm-up once the map is up).
  const details = usePanelModule(feature !== null);
  const [sheet, setSheet] = useState<SheetHeight>('half');

  // Remember where focus was when a feature got selected from outside the panel.
  useEffect(() => {
    const active = document.activeElement;
    if (feature && active instanceof HTMLElement && !panel.current?.contains(active))
      returnFocus.current = active;
  }, [feature?.id]);

  useEffect(() => {
    if (!feature) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      close();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [feature?.id]);

  function close() {
    actions.select(null);
    // Read the language now: the Escape listener may have been registered before a language switch.
    actions.announce(translate(state.lang.peek(), 'announce.closed'));
    const target = returnFocus.current;
    returnFocus.current = null;
    if (target?.isConnected) target.focus();
    else document.querySelector<HTMLElement>('.feature-list button')?.focus();
  }

  if (!dataset) return null;
  const name = feature ? nameOf(feature, lang) : '';
  const kindLabel =
    feature?.kind === 'route'
      ? t('panel.kind.route')
      : feature?.kind === 'country'
        ? t('panel.kind.country')
        : feature?.kind === 'place'
          ? t(`panel.kind.${feature.place.properties.kind}`)
          : '';
  return (
    <section
      ref={panel}
      class={feature ? `detail-panel open sheet-${sheet}` : 'detail-panel'}
      aria-labelledby={feature ? 'panel-heading' : undefined}
      aria-label={feature ? undefined : t('panel.empty')}
    >
      {feature ? (
        <>
          <SheetHandle height={sheet} onChange={setSheet} />
          <header class="panel-header">
            <div>
              <p class="kind">{kindLabel}</p>
              <h2 id="panel-heading" tabIndex={-1}>
                {name}
              </h2>
            </div>
            <button type="button" class="close" onClick={close}>
              {t('panel.close')}
            </button>
          </header>
          <div class="panel-body">
            {details ? (
              <details.FeatureDetails dataset={dataset} feature={feature} />
            ) : (
              <p role="status">{t('panel.loading')}</p>
            )}
          </div>
        </>
      ) : (
        <p class="empty">{t('panel.empty')}</p>
      )}
    </section>
  );
}
