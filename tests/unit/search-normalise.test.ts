// The search key: Azerbaijani, Russian and English spellings of a name fold to the same words, and folding
// twice changes nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexKeys, normalise, terms } from '../../src/search/normalise';

describe('normalise', () => {
  it('folds Azerbaijani letters: Bakı and Baki give the same key', () => {
    expect(normalise('Bakı')).toBe(normalise('Baki'));
  });

  it('reads x, kh and h alike and q as k: Qazaxıstan, Qazaxistan and Kazakhstan meet', () => {
    expect(normalise('Qazaxıstan')).toBe(normalise('Qazaxistan'));
    expect(normalise('Kazakhstan')).toBe('kazahstan');
  });

  it('transliterates Cyrillic: Актау is aktau, Казахстан is the English Kazakhstan', () => {
    expect(normalise('Актау')).toBe('aktau');
    expect(normalise('Казахстан')).toBe(normalise('Kazakhstan'));
  });

  it('merges sh/ş/ш, ch/ç/ч and zh/j/дж: Şəmkir, Shamkir and Шамкир meet', () => {
    expect(normalise('Şəmkir')).toBe(normalise('Shamkir'));
    expect(normalise('Шамкир')).toBe(normalise('Shamkir'));
    expect(normalise('Çakvi')).toBe(normalise('Чакви'));
    expect(normalise('Zhanaozen')).toBe(normalise('Janaözen'));
  });

  it('drops diacritics, including the dot of İ and the diaeresis of ё', () => {
    expect(normalise('İstanbul')).toBe('istanbul');
    expect(normalise('Türkiyə')).toBe(normalise('Turkiya'));
    expect(normalise('Бёюк')).toBe(normalise('Beyuk'));
    expect(normalise('Сай')).toBe(normalise('Саи'));
  });

  it('keeps only a–z, 0–9 and single spaces between words', () => {
    expect(normalise('  Baku–Tbilisi–Kars railway (BTK), 2017!  ')).toBe(
      'baku tbilisi kars railwai btk 2017',
    );
  });

  it('is idempotent on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => normalise(normalise(text)) === normalise(text)),
    );
    const letters = fc.constantFrom(...'əıqxşçğöüкхжшщчцйёыъKHkhSHshCHchZHzhdjДЖ -'.split(''));
    fc.assert(
      fc.property(
        fc.array(letters).map((a) => a.join('')),
        (text) => normalise(normalise(text)) === normalise(text),
      ),
    );
  });

  it('splits a text into the words of its key', () => {
    expect(terms('Port of Aktau')).toEqual(['port', 'of', 'aktau']);
    expect(terms(' — ')).toEqual([]);
  });

  it('indexes a name with ə both as a and as e: Azərbaycan also under azerbaycan', () => {
    expect(indexKeys('Azərbaycan')).toEqual([normalise('Azarbaycan'), normalise('Azerbaycan')]);
    expect(indexKeys('Baku')).toEqual(['baku']);
  });
});
