// Folds a name or a query to one search key, so Azerbaijani, Russian and English spellings meet: lower case,
// Cyrillic transliterated to Latin, diacritics dropped, and the letters transliterations disagree on merged.
/** Letters whose fold is not their base letter (NFD cannot split them) and Cyrillic, letter by letter. */
const LETTERS: Readonly<Record<string, string>> = {
  ə: 'a',
  ı: 'i',
  ß: 'ss',
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  ә: 'a',
  ғ: 'g',
  қ: 'k',
  ң: 'n',
  ө: 'o',
  ұ: 'u',
  ү: 'u',
  һ: 'h',
  і: 'i',
};

/**
 * Spellings that different transliterations use for one sound, merged to one (Qazaxıstan, Kazakhstan and
 * Казахстан all become "kazahstan"). Applied until nothing changes, so the result is a fixed point.
 */
const MERGES: readonly (readonly [RegExp, string])[] = [
  [/kh|x/g, 'h'],
  [/q/g, 'k'],
  [/sh/g, 's'],
  [/ch/g, 'c'],
  [/dzh|dj|zh/g, 'j'],
  // ı, ы, й, i and y: Dostık, Dostyk and Достык; Сай typed without its breve as Саи.
  [/y/g, 'i'],
];

function merge(text: string): string {
  let current = text;
  for (;;) {
    let next = current;
    for (const [pattern, replacement] of MERGES) next = next.replace(pattern, replacement);
    if (next === current) return current;
    current = next;
  }
}

/** The search key of a text: only a–z, 0–9 and single spaces between words. Idempotent. */
export function normalise(text: string): string {
  const lower = text.toLowerCase();
  let mapped = '';
  for (const char of lower) mapped += LETTERS[char] ?? char;
  const folded = mapped
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  return merge(folded);
}

/** The words of a text's search key. */
export function terms(text: string): string[] {
  const key = normalise(text);
  return key ? key.split(' ') : [];
}

/**
 * Keys to index a name under: its key, and where it has ə, also the key with ə read as e (Azərbaycan is
 * "Azerbaijan" in English, Bakı is "Baku": ə is written a or e depending on the word).
 */
export function indexKeys(text: string): string[] {
  const keys = new Set([normalise(text)]);
  if (/ə/i.test(text)) keys.add(normalise(text.replace(/ə/g, 'e').replace(/Ə/g, 'E')));
  return [...keys];
}
