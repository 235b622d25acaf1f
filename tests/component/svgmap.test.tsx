// The SVG map shown without WebGL: draws the routes from state, selects by click and by key, pans and zooms
// with keys and buttons, and keeps the list view behind a disclosure.
import { act, fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { EMPTY_BASEMAP } from '../../src/svgmap/basemap';
import { FallbackMap } from '../../src/svgmap/FallbackMap';
import { SVGMAP_MESSAGES } from '../../src/svgmap/messages';
import { afterFrames, renderWithApp } from './support/render';

const en = SVGMAP_MESSAGES.en;
const noBasemap = () => Promise.resolve(EMPTY_BASEMAP);

async function renderMap() {
  const result = renderWithApp(<FallbackMap message="No WebGL." loadBasemap={noBasemap} />);
  await afterFrames();
  const map = screen.getByRole('region', { name: en.label });
  return { ...result, map };
}

describe('the SVG map', () => {
  it('draws the routes with their names', async () => {
    const { map } = await renderMap();
    expect(map.querySelector('[data-id="btk"] > title')?.textContent).toBe('Baku–Tbilisi–Kars railway');
  });

  it('selects the BTK when its line is clicked', async () => {
    const { map, state } = await renderMap();
    const btk = map.querySelector('[data-id="btk"] path') as Element;
    fireEvent.click(btk);
    expect(state.selected.value).toBe('btk');
  });

  it('selects a place with Enter on its focused circle', async () => {
    const { map, state } = await renderMap();
    const place = map.querySelector('circle[data-id][role="button"]') as SVGElement;
    fireEvent.keyDown(place, { key: 'Enter' });
    expect(state.selected.value).toBe(place.getAttribute('data-id'));
  });

  it('keeps focus on the selected feature after it is redrawn', async () => {
    const { map } = await renderMap();
    const place = map.querySelector('circle[data-id][role="button"]') as SVGElement;
    const id = place.getAttribute('data-id');
    place.focus();
    fireEvent.keyDown(place, { key: ' ' });
    await afterFrames();
    expect(place.isConnected).toBe(false);
    expect(document.activeElement?.getAttribute('data-id')).toBe(id);
  });

  it('clears the selection when the empty map is clicked', async () => {
    const { map, state } = await renderMap();
    act(() => {
      state.selected.value = 'btk';
    });
    fireEvent.click(map.querySelector('path.water') as Element);
    expect(state.selected.value).toBe(null);
  });

  it('pans with the arrow keys', async () => {
    const { map } = await renderMap();
    const before = map.dataset.camera;
    fireEvent.keyDown(map, { key: 'ArrowRight' });
    await afterFrames();
    expect(map.dataset.camera).not.toBe(before);
    expect(map.dataset.camera?.split('/')[0]).toBe(before?.split('/')[0]);
  });

  it('zooms in with the + button and the + key', async () => {
    const { map } = await renderMap();
    const zoom = () => Number(map.dataset.camera?.split('/')[0]);
    const start = zoom();
    fireEvent.click(screen.getByRole('button', { name: en.zoomIn }));
    await afterFrames();
    expect(zoom()).toBeCloseTo(start + 1, 2);
    fireEvent.keyDown(map, { key: '+' });
    await afterFrames();
    expect(zoom()).toBeCloseTo(start + 2, 2);
  });

  it('highlights the feature under the pointer', async () => {
    const { map, state } = await renderMap();
    fireEvent.pointerMove(map.querySelector('[data-id="btk"] path') as Element, { pointerId: 1 });
    expect(state.hovered.value).toBe('btk');
  });

  it('shows the list view when "Show as a list" is opened', async () => {
    const { container } = await renderMap();
    const details = container.querySelector('details.svgmap-list') as HTMLDetailsElement;
    expect(container.querySelector('.list-view')).toBeNull();
    details.open = true;
    fireEvent(details, new Event('toggle'));
    await afterFrames();
    expect(container.querySelector('.list-view article[data-id="btk"]')).not.toBeNull();
  });
});
