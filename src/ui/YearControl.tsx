// The map's year: a native slider 2017–2030 with the year shown, previous/next, play/pause (one year a
// second; nothing moves by itself and nothing animates), and the cargo/capacity switch. Changes are announced.
import { useEffect, useState } from 'preact/hooks';
import { SCALES, type Scale, YEAR_MAX, YEAR_MIN } from '../state/url';
import { useViewT } from '../views/i18n';
import { clampYear, defaultYear } from '../year/default-year';
import { useApp } from './context';
import { YEAR_MESSAGES } from './year-messages';
import './year.css';

const STEP_MS = 1000;

export function YearControl() {
  const { state, actions } = useApp();
  const { vt } = useViewT(YEAR_MESSAGES);
  const [playing, setPlaying] = useState(false);
  const dataset = state.dataset.value;
  const shown = (d: NonNullable<typeof dataset>) => state.year.peek() ?? defaultYear(d);
  const announce = (year: number, scale: Scale) => {
    if (!dataset) return;
    void import('./year-announce')
      .then((m) => actions.announce(m.yearAnnouncement(dataset, year, scale, state.lang.peek())))
      .catch(() => undefined);
  };
  const go = (year: number) => {
    const next = clampYear(year);
    actions.setYear(next);
    announce(next, state.scale.peek());
  };
  useEffect(() => {
    if (!playing || !dataset) return;
    const timer = setInterval(() => {
      const year = shown(dataset);
      if (year >= YEAR_MAX) setPlaying(false);
      else go(year + 1);
    }, STEP_MS);
    return () => clearInterval(timer);
  }, [playing, dataset]);
  if (!dataset) return null;
  const year = state.year.value ?? defaultYear(dataset);
  return (
    <fieldset class="year-control">
      <legend>{vt('title')}</legend>
      <div class="year-row">
        <button
          type="button"
          class="year-prev"
          aria-label={vt('prev')}
          disabled={year <= YEAR_MIN}
          onClick={() => go(year - 1)}
        >
          ‹
        </button>
        <input
          type="range"
          id="year-range"
          class="year-range"
          min={YEAR_MIN}
          max={YEAR_MAX}
          step={1}
          value={year}
          aria-label={vt('title')}
          onInput={(event) => go(Number(event.currentTarget.value))}
        />
        <button
          type="button"
          class="year-next"
          aria-label={vt('next')}
          disabled={year >= YEAR_MAX}
          onClick={() => go(year + 1)}
        >
          ›
        </button>
        <output for="year-range" class="year-value">
          {year}
        </output>
        <button
          type="button"
          class="year-play"
          onClick={() => {
            if (!playing && year >= YEAR_MAX) go(YEAR_MIN);
            setPlaying(!playing);
          }}
        >
          {playing ? vt('pause') : vt('play')}
        </button>
      </div>
      <div class="year-scale" role="radiogroup" aria-label={vt('scale')}>
        {vt('scale')}:
        {SCALES.map((scale) => (
          <label key={scale}>
            <input
              type="radio"
              name="year-scale"
              value={scale}
              checked={state.scale.value === scale}
              onChange={() => {
                actions.setScale(scale);
                announce(year, scale);
              }}
            />
            {vt(`scale.${scale}`)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
