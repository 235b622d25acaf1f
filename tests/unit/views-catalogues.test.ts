// Every per-module catalogue (views, panels, charts, year, map without WebGL, search, share, offline) has the same keys and placeholders in az, ru and en,
// and no empty message.
import { describe, expect, it } from 'vitest';
import { PWA_MESSAGES } from '../../src/pwa/messages';
import { SEARCH_MESSAGES } from '../../src/search/messages';
import { SHARE_MESSAGES } from '../../src/share/messages';
import { SVGMAP_MESSAGES } from '../../src/svgmap/messages';
import { CHART_MESSAGES } from '../../src/ui/chart-messages';
import { HEADLINE_MESSAGES } from '../../src/ui/headline-messages';
import { YEAR_LEGEND_MESSAGES } from '../../src/ui/year-legend-messages';
import { YEAR_MESSAGES } from '../../src/ui/year-messages';
import { COMPARE_MESSAGES } from '../../src/views/compare/messages';
import type { Catalogue } from '../../src/views/i18n';
import { SOURCES_MESSAGES } from '../../src/views/sources/messages';
import { TIMELINE_MESSAGES } from '../../src/views/timeline/messages';
import { TRACKER_MESSAGES } from '../../src/views/tracker/messages';

const CATALOGUES: Record<string, Catalogue<string>> = {
  sources: SOURCES_MESSAGES,
  timeline: TIMELINE_MESSAGES,
  tracker: TRACKER_MESSAGES,
  headline: HEADLINE_MESSAGES,
  compare: COMPARE_MESSAGES,
  chart: CHART_MESSAGES,
  year: YEAR_MESSAGES,
  'year legend': YEAR_LEGEND_MESSAGES,
  'SVG map': SVGMAP_MESSAGES,
  search: SEARCH_MESSAGES,
  share: SHARE_MESSAGES,
  offline: PWA_MESSAGES,
};
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe.each(Object.entries(CATALOGUES))('the %s catalogue', (_name, catalogue) => {
  it('has the same keys in az and ru as in en', () => {
    const keys = Object.keys(catalogue.en).sort();
    expect(Object.keys(catalogue.az).sort()).toEqual(keys);
    expect(Object.keys(catalogue.ru).sort()).toEqual(keys);
  });

  it('has the same placeholders in every language, and no empty message', () => {
    for (const [key, text] of Object.entries(catalogue.en)) {
      for (const lang of ['az', 'ru'] as const) {
        const other = catalogue[lang][key] ?? '';
        expect(other.trim().length, `${lang} ${key}`).toBeGreaterThan(0);
        expect(placeholders(other), `${lang} ${key}`).toEqual(placeholders(text));
      }
    }
  });
});
