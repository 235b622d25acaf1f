// The on-demand catalogues (views, panel headline) have the same keys and placeholders in az, ru and en,
// and no empty message.
import { describe, expect, it } from 'vitest';
import { HEADLINE_MESSAGES } from '../../src/ui/headline-messages';
import type { Catalogue } from '../../src/views/i18n';
import { SOURCES_MESSAGES } from '../../src/views/sources/messages';
import { TIMELINE_MESSAGES } from '../../src/views/timeline/messages';
import { TRACKER_MESSAGES } from '../../src/views/tracker/messages';

const CATALOGUES: Record<string, Catalogue<string>> = {
  sources: SOURCES_MESSAGES,
  timeline: TIMELINE_MESSAGES,
  tracker: TRACKER_MESSAGES,
  headline: HEADLINE_MESSAGES,
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
