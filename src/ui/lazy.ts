// Loads the panel chunk (src/ui/panel.ts) once and hands it to components: synchronously once loaded, so a
// panel opened after the idle warm-up renders in the same frame as its heading.
import { useEffect, useState } from 'preact/hooks';

export type PanelModule = typeof import('./panel');

let loaded: PanelModule | null = null;
let pending: Promise<PanelModule> | null = null;

export function loadPanel(): Promise<PanelModule> {
  pending ??= import('./panel').then((module) => {
    loaded = module;
    return module;
  });
  return pending;
}

/**
 * The panel module, or null while it loads (the component re-renders when it arrives). Loading starts when
 * `wanted` (a feature is open), else only if another caller loaded it already; once loaded it is returned
 * synchronously, without another render.
 */
export function usePanelModule(wanted = true): PanelModule | null {
  const [, arrived] = useState(0);
  useEffect(() => {
    if (loaded || !wanted) return;
    let live = true;
    loadPanel()
      .then(() => {
        if (live) arrived((n) => n + 1);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [wanted]);
  return loaded;
}
