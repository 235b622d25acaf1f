// The chart catalogue (trade chart, year rule, chart export) has the same keys and placeholders in az, ru and
// en, and no empty message.
import { describe, expect, it } from 'vitest';
import { CHART_MESSAGES } from '../../src/ui/chart-messages';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the chart catalogue', () => {
  it('has the same keys in az and ru as in en', () => {
    const keys = Object.keys(CHART_MESSAGES.en).sort();
    expect(Object.keys(CHART_MESSAGES.az).sort()).toEqual(keys);
    expect(Object.keys(CHART_MESSAGES.ru).sort()).toEqual(keys);
  });

  it('has the same placeholders in every language, and no empty message', () => {
    for (const [key, text] of Object.entries(CHART_MESSAGES.en)) {
      for (const lang of ['az', 'ru'] as const) {
        const other = CHART_MESSAGES[lang][key as keyof typeof CHART_MESSAGES.en];
        expect(other.trim().length, `${lang} ${key}`).toBeGreaterThan(0);
        expect(placeholders(other), `${lang} ${key}`).toEqual(placeholders(text));
      }
    }
  });
});
