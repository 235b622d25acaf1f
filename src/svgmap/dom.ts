// The one place the SVG map's markup enters the DOM.

/**
 * Replaces the container's content with the renderer's SVG document. It is parsed as XML by DOMParser (no
 * HTML parsing; a parse error is refused rather than repaired) and imported as nodes.
 * renderMapSvg escapes every data text and attribute (src/render/svg.ts) and writes no scripts, event
 * attributes or inline styles. Focus on a feature is carried over to the same feature in the new markup, so
 * re-rendering for a selection keeps the keyboard user's place.
 */
export function showSvg(container: HTMLElement, svg: string): void {
  const active = document.activeElement;
  const focusedId =
    active instanceof Element && container.contains(active) ? active.getAttribute('data-id') : null;
  const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml');
  if (parsed.getElementsByTagName('parsererror').length > 0) return;
  container.replaceChildren(document.importNode(parsed.documentElement, true));
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
