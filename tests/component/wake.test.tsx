// The poster as a facade (src/map/wake.ts): the live map is wanted at once without a poster, else at the
// reader's first input (noted by the shell script on <html>) or at a change of state the poster cannot show.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WAKE_ATTRIBUTE, whenMapWanted } from '../../src/map/wake';
import { createActions, createState } from '../../src/state/store';

/** Whether the promise has settled after pending microtasks and one macrotask. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(() => {
    done = true;
  });
  await new Promise((resolve) => setTimeout(resolve, 0));
  return done;
}

function addPoster(): HTMLElement {
  const poster = document.createElement('div');
  poster.id = 'map-poster';
  document.body.appendChild(poster);
  return poster;
}

describe('whenMapWanted', () => {
  beforeEach(() => document.documentElement.removeAttribute(WAKE_ATTRIBUTE));
  afterEach(() => document.getElementById('map-poster')?.remove());

  it('resolves at once when no poster stands in for the map', async () => {
    await expect(whenMapWanted(createState())).resolves.toBe('no-poster');
  });

  it('resolves at once when the reader’s input came before the app ran', async () => {
    addPoster();
    document.documentElement.setAttribute(WAKE_ATTRIBUTE, 'pointermove');
    await expect(whenMapWanted(createState())).resolves.toBe('pointermove');
  });

  it('waits while nothing happens, then resolves at the first input', async () => {
    addPoster();
    const wanted = whenMapWanted(createState());
    expect(await settled(wanted)).toBe(false);
    document.documentElement.setAttribute(WAKE_ATTRIBUTE, 'keydown');
    await expect(wanted).resolves.toBe('keydown');
  });

  it('resolves when the poster goes (a resize removes it)', async () => {
    const poster = addPoster();
    const wanted = whenMapWanted(createState());
    expect(await settled(wanted)).toBe(false);
    poster.remove();
    await expect(wanted).resolves.toBe('no-poster');
  });

  it.each([
    ['a selection', (a: ReturnType<typeof createActions>) => a.select('btk')],
    ['a layer toggle', (a: ReturnType<typeof createActions>) => a.setLayerVisible('btk', false)],
    ['a year', (a: ReturnType<typeof createActions>) => a.setYear(2020)],
  ] as const)('resolves at %s, which the poster cannot show', async (_, act) => {
    addPoster();
    const state = createState();
    const wanted = whenMapWanted(state);
    expect(await settled(wanted)).toBe(false);
    act(createActions(state));
    await expect(wanted).resolves.toBe('state');
  });

  it('does not resolve when a view opens over the poster or a feature is hovered', async () => {
    addPoster();
    const state = createState();
    const actions = createActions(state);
    const wanted = whenMapWanted(state);
    actions.openView('sources');
    actions.hover('btk');
    expect(await settled(wanted)).toBe(false);
  });
});
