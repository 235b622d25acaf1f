// Loads the SVG map chunk (src/svgmap/FallbackMap.tsx) only when the map cannot be drawn with WebGL, so
// the first screen's JS does not grow. Small on purpose: this file is in the main bundle.
import { useEffect, useState } from 'preact/hooks';

export type SvgMapModule = typeof import('./FallbackMap');

let loaded: SvgMapModule | null = null;
let pending: Promise<SvgMapModule> | null = null;

export function loadSvgMap(): Promise<SvgMapModule> {
  pending ??= import('./FallbackMap').then((module) => {
    loaded = module;
    return module;
  });
  return pending;
}

/** The SVG map module once loaded; 'loading' until then; null when not wanted or it cannot be loaded. */
export function useSvgMapModule(wanted = true): SvgMapModule | 'loading' | null {
  const [module, setModule] = useState<SvgMapModule | 'loading' | null>(loaded ?? 'loading');
  useEffect(() => {
    if (!wanted || module !== 'loading') return;
    let live = true;
    loadSvgMap()
      .then((m) => live && setModule(m))
      .catch(() => live && setModule(null));
    return () => {
      live = false;
    };
  }, [wanted, module]);
  return wanted ? module : null;
}
