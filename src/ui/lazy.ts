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
 * `wanted` (a feature is open), else only if another caller loaded it already.
 */
export function usePanelModule(wanted = true): PanelModule | null {
  const [module, setModule] = useState<PanelModule | null>(loaded);
  useEffect(() => {
    if (module || !wanted) return;
    let live = true;
    loadPanel()
      .then((m) => {
        if (live) setModule(m);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [module, wanted]);
  return module ?? loaded;
}
