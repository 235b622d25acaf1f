// Checks the az and ru catalogues against en.ts: same keys, no empty strings, the same {placeholders},
// and no value left as an untranslated copy of the English one.
import { describe, expect, it } from 'vitest';
import { az } from '../../src/i18n/messages/az';
import { en } from '../../src/i18n/messages/en';
import { ru } from '../../src/i18n/messages/ru';

type Catalogue = Readonly<Record<string, string>>;

const reference: Catalogue = en;
const catalogues: ReadonlyArray<readonly [string, Catalogue]> = [
  ['az', az],
  ['ru', ru],
];

/**
 * Keys whose value may legitimately equal the English one, per language:
 * - app.title: the product name, not translated;
 * - unit.TEU: the TEU (twenty-foot equivalent unit) symbol is international and written the same in az and ru;
 * - unit.t, unit.ha, unit.km (az only): metric symbols, identical in Azerbaijani Latin script.
 * Russian writes т, га, км, so a Russian copy of those is an error. unit.TEU/yr is not listed: "/il" and
 * "/год" must be translated. Values with no letters outside {placeholders} (period.range, chart.point,
 * article.publisher, listview.leg) have nothing to translate and are skipped automatically.
 */
const SAME_AS_EN: Readonly<Record<string, readonly string[]>> = {
  az: ['app.title', 'unit.TEU', 'unit.t', 'unit.ha', 'unit.km'],
  ru: ['app.title', 'unit.TEU'],
};

function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
}

function hasTranslatableText(template: string): boolean {
  return /\p{L}/u.test(template.replace(/\{\w+\}/g, ''));
}

function missingKeys(catalogue: Catalogue): string[] {
  return Object.keys(reference).filter((key) => !Object.hasOwn(catalogue, key));
}

function extraKeys(catalogue: Catalogue): string[] {
  return Object.keys(catalogue).filter((key) => !Object.hasOwn(reference, key));
}

function emptyValues(catalogue: Catalogue): string[] {
  return Object.entries(catalogue)
    .filter(([, value]) => typeof value !== 'string' || value.trim() === '')
    .map(([key]) => key);
}

/** "key: en {a,b} ≠ {a}" for each key whose placeholder multiset differs from en's. */
function placeholderMismatches(catalogue: Catalogue): string[] {
  return Object.entries(reference).flatMap(([key, enValue]) => {
    const value = catalogue[key];
    if (value === undefined) return [];
    const want = placeholders(enValue).join(',');
    const got = placeholders(value).join(',');
    return want === got ? [] : [`${key}: en {${want}} ≠ {${got}}`];
  });
}

function untranslated(catalogue: Catalogue, allowed: readonly string[]): string[] {
  return Object.entries(reference)
    .filter(([key, enValue]) => hasTranslatableText(enValue) && !allowed.includes(key))
    .filter(([key, enValue]) => catalogue[key] === enValue)
    .map(([key]) => key);
}

describe.each(catalogues)('the %s catalogue', (lang, catalogue) => {
  it('has every key of en', () => {
    expect(missingKeys(catalogue), `keys missing from ${lang}`).toEqual([]);
  });

  it('has no key that en lacks', () => {
    expect(extraKeys(catalogue), `keys in ${lang} but not in en`).toEqual([]);
  });

  it('has no empty value', () => {
    expect(emptyValues(catalogue), `empty values in ${lang}`).toEqual([]);
  });

  it('uses the same {placeholders} as en in every message', () => {
    expect(placeholderMismatches(catalogue), `placeholder mismatches in ${lang}`).toEqual([]);
  });

  it('has no untranslated copy of an English value outside the allow-list', () => {
    expect(untranslated(catalogue, SAME_AS_EN[lang] ?? []), `values in ${lang} identical to en`).toEqual([]);
  });
});

describe('the catalogue checks', () => {
  const broken: Catalogue = {
    ...ru,
    'lang.label': '',
    'announce.selected': 'Выбрано: {label}',
    'panel.close': en['panel.close'],
    'not.a.key': 'лишний',
  };
  delete (broken as Record<string, string>)['map.loading'];

  it('name a missing key', () => {
    expect(missingKeys(broken)).toEqual(['map.loading']);
  });

  it('name an extra key', () => {
    expect(extraKeys(broken)).toEqual(['not.a.key']);
  });

  it('name an empty value', () => {
    expect(emptyValues(broken)).toEqual(['lang.label']);
  });

  it('name a key whose placeholders differ, including a dropped or repeated one', () => {
    const dropped: Catalogue = { ...broken, 'listview.coords': '{lat}° с. ш., {lat}° в. д.' };
    expect(placeholderMismatches(dropped)).toEqual([
      'announce.selected: en {name} ≠ {label}',
      'listview.coords: en {lat,lon} ≠ {lat,lat}',
    ]);
  });

  it('name a value left in English', () => {
    expect(untranslated(broken, SAME_AS_EN.ru ?? [])).toEqual(['panel.close']);
  });
});
