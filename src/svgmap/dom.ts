// The one place the SVG map's markup enters the DOM.

/**
 * Replaces the container's content with the renderer's SVG string. Safe as innerHTML: renderMapSvg
 * escapes every data text and attribute (src/render/svg.ts) and writes no scripts, event attributes or
 * inline styles, so nothing in it runs and the Content-Security-Policy allows it. Focus on a feature is
 * carried over to the same feature in the new markup, so re-rendering for a selection keeps the keyboard
 * user's place.
 */
export function showSvg(container: HTMLElement, svg: string): void {
  const active = document.activeElement;
  const focusedId =
    active instanceof Element && container.contains(active) ? active.getAttribute('data-id') : null;
  container.innerHTML = svg;
  if (!focusedId) return;
  const again = [...container.querySelectorAll<SVGElement>('[data-id][tabindex]')].find(
    (element) => element.getAttribute('data-id') === focusedId,
  );
  again?.focus({ preventScroll: true });
}

/** The feature id of the element an event happened on (routes, places, countries and their labels). */
export function idAt(target: EventTarget | null): string | null {
  return target instanceof Element ? (target.closest('[data-id]')?.getAttribute('data-id') ?? null) : null;
}
