// src/shell/shell.js picks the prerendered shell's language before any module runs. It must make the same
// choice as the app (parseQuery's `lang`, else preferredLang), or the shell would flash another language.
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/data/schema';
import { parseQuery, preferredLang } from '../../src/state/url';

const SCRIPT = readFileSync(new URL('../../src/shell/shell.js', import.meta.url), 'utf8');

interface FakeNode {
  id?: string;
  children: FakeNode[];
  firstChild: FakeNode | null;
  appendChild(node: FakeNode): void;
}

function node(id?: string): FakeNode {
  const self: FakeNode = {
    id,
    children: [],
    firstChild: null,
    appendChild(child) {
      self.children.push(child);
      self.firstChild ??= child;
    },
  };
  return self;
}

/** Runs shell.js against a fake page; returns the language it painted (null when it painted nothing). */
function runShell(search: string, languages: readonly string[], options: { filled?: boolean } = {}) {
  const root = node('app');
  if (options.filled) root.appendChild(node());
  const templates = new Map(
    LANGS.map((lang) => {
      const content = node(`content-${lang}`);
      return [`shell-${lang}`, { content: { cloneNode: () => content } }];
    }),
  );
  const documentElement = { lang: 'en' };
  runInNewContext(SCRIPT, {
    location: { search },
    navigator: { languages, language: languages[0] },
    URLSearchParams,
    String,
    document: {
      documentElement,
      getElementById: (id: string) => (id === 'app' ? root : (templates.get(id) ?? null)),
    },
  });
  const painted = root.children.find((child) => child.id?.startsWith('content-'));
  return painted ? { lang: painted.id?.slice('content-'.length), htmlLang: documentElement.lang } : null;
}

const appChoice = (search: string, languages: readonly string[]) =>
  parseQuery(search, new Set()).lang ?? preferredLang(languages);

describe('src/shell/shell.js', () => {
  it('paints the language named in the URL', () => {
    expect(runShell('?lang=az', ['en-GB'])).toEqual({ lang: 'az', htmlLang: 'az' });
    expect(runShell('?sel=btk&lang=ru', ['az'])).toEqual({ lang: 'ru', htmlLang: 'ru' });
  });

  it('else the first of the browser languages it has, else English', () => {
    expect(runShell('', ['de-DE', 'ru-RU', 'en'])?.lang).toBe('ru');
    expect(runShell('?lang=fr', ['az-Latn-AZ'])?.lang).toBe('az');
    expect(runShell('', ['de', 'fr'])?.lang).toBe('en');
    expect(runShell('', [])?.lang).toBe('en');
  });

  it('leaves a root the app has already filled alone', () => {
    expect(runShell('?lang=az', ['az'], { filled: true })).toBeNull();
  });

  it('chooses what the app chooses, for any query and browser languages', () => {
    const lang = fc.constantFrom(...LANGS, 'AZ', 'ru-RU', 'en-GB', 'de', '');
    const search = fc.oneof(
      fc.string(),
      lang.map((l) => `?lang=${l}`),
      fc.tuple(fc.string(), lang).map(([junk, l]) => `?${encodeURIComponent(junk)}=1&lang=${l}`),
    );
    const languages = fc.array(fc.oneof(lang, fc.string()), { maxLength: 4 });
    fc.assert(
      fc.property(search, languages, (s, ls) => {
        expect(runShell(s, ls)?.lang).toBe(appChoice(s, ls));
      }),
      { numRuns: 2000 },
    );
  });
});
