// The map element of a reference page: fills the window, or takes the size the bench passes as ?w=&h= (CSS
// px), so a reference map gets the same canvas size, hence the same fitted view, as the app's map.
export function mapContainer(): HTMLElement {
  const element = document.getElementById('map');
  if (!element) throw new Error('#map missing');
  const query = new URLSearchParams(location.search);
  const widthPx = Number(query.get('w'));
  const heightPx = Number(query.get('h'));
  if (widthPx > 0 && heightPx > 0) setSize(element, widthPx, heightPx);
  return element;
}

export function setSize(element: HTMLElement, widthPx: number, heightPx: number): void {
  element.style.right = 'auto';
  element.style.bottom = 'auto';
  element.style.width = `${widthPx}px`;
  element.style.height = `${heightPx}px`;
}

/** What the bench's init script watches: the same attribute the app sets on its map's first idle. */
export function markReady(): void {
  document.documentElement.dataset.mapReady = 'true';
}
