// Year changes for the bench: which years, how many per run, and driving them on the app and the floor page.
import { appSliderYear, appYear, floorYear } from './in-page-year.mjs';

/** Years 2017–2030 in an order where consecutive years are far apart, so every change redraws widths. */
export const YEAR_ORDER = [
  2019, 2024, 2021, 2030, 2017, 2023, 2026, 2020, 2028, 2022, 2025, 2018, 2029, 2027,
];
/** The year-change budget is a p95 pooled over this many changes, whatever BENCH_RUNS is. */
export const POOLED_YEAR_CHANGES = 30;
const YEAR_TIMEOUT_MS = 10_000;

/** Changes per counted run so the pooled sample has at least POOLED_YEAR_CHANGES changes. */
export function yearChangesPerRun(runs) {
  return Math.ceil(POOLED_YEAR_CHANGES / runs);
}

/** `count` years from YEAR_ORDER, cycling, never the year shown just before (so each is a change). */
export function yearSequence(count, startYear = null) {
  const years = [];
  let previous = startYear;
  for (let i = 0; years.length < count; i++) {
    const year = YEAR_ORDER[i % YEAR_ORDER.length];
    if (year === previous) continue;
    years.push(year);
    previous = year;
  }
  return years;
}

/**
 * Changes the year `count` times on the app (its slider) or the floor page (route feature-state), each
 * timed to the map's next idle, letting the map settle in between. Timed-out changes count with the timeout as idleMs.
 */
export async function changeYears(page, kind, count, settle) {
  const start = kind === 'app' ? await page.evaluate(appSliderYear) : null;
  const samples = [];
  for (const year of yearSequence(count, start)) {
    const fn = kind === 'app' ? appYear : floorYear;
    samples.push(await page.evaluate(fn, { year, timeoutMs: YEAR_TIMEOUT_MS }));
    await settle();
  }
  return samples;
}
