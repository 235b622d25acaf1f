// "Cite this view": the citation string assembled from the view and the caller's wording.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CiteViewLabels, citeView } from '../../src/export/cite-view';

const en: CiteViewLabels = {
  site: 'Corridor Atlas',
  accessed: 'accessed {date}',
  data: 'Data: N. Asadova (2024) and the sources listed.',
};
const view = { title: 'Baku–Tbilisi–Kars railway', url: 'https://example.org/#btk', accessed: '2026-12-02' };

describe('citeView', () => {
  it('assembles site, title, URL, access date and data credit', () => {
    expect(citeView(view, en)).toBe(
      'Corridor Atlas: Baku–Tbilisi–Kars railway. https://example.org/#btk (accessed 2026-12-02). ' +
        'Data: N. Asadova (2024) and the sources listed.',
    );
  });

  it('puts the date where the wording’s {date} slot is', () => {
    const ru = { ...en, accessed: 'дата обращения: {date}' };
    expect(citeView(view, ru)).toContain('(дата обращения: 2026-12-02).');
  });

  it('adds no second full stop after a title that ends with one', () => {
    expect(citeView({ ...view, title: 'Port of Baku, Alat.' }, en)).toContain('Alat. https://');
  });

  it('adds nothing but spaces and punctuation of its own', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-zəЖ]{1,12}$/), (word) => {
        const labels = { site: `S${word}`, accessed: `A${word} {date}`, data: `D${word}.` };
        const input = { title: `T${word}`, url: `U${word}`, accessed: `X${word}` };
        let rest = citeView(input, labels);
        for (const part of [labels.data, input.url, `A${word} X${word}`, labels.site, input.title]) {
          rest = rest.replace(part, '');
        }
        expect(rest).toMatch(/^[\s:.()]*$/);
      }),
    );
  });
});
