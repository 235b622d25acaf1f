// The embed snippet and URL (pure): embed=1 joins the query and the camera hash stays; every attribute
// value is escaped, so a URL or title cannot break out of the <iframe> tag.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { embedSnippet, embedUrl, escapeAttribute } from '../../src/share/snippet';

describe('embedUrl', () => {
  it('adds embed=1 first and keeps the query and the camera hash', () => {
    expect(embedUrl('https://atlas.example/app/?lang=az&sel=btk#map=6.5/41.1/44.3')).toBe(
      'https://atlas.example/app/?embed=1&lang=az&sel=btk#map=6.5/41.1/44.3',
    );
  });

  it('sets embed=1 once, even when the URL has it already', () => {
    expect(embedUrl('https://atlas.example/?embed=0&lang=en')).toBe('https://atlas.example/?embed=1&lang=en');
  });

  it('works on a URL without a query', () => {
    expect(embedUrl('http://127.0.0.1:4173/')).toBe('http://127.0.0.1:4173/?embed=1');
  });
});

describe('embedSnippet', () => {
  it('writes the iframe with title, full width, 480 px high, lazy, borderless and sandboxed', () => {
    expect(embedSnippet('https://atlas.example/?embed=1', 'Corridor Atlas map')).toBe(
      '<iframe src="https://atlas.example/?embed=1" title="Corridor Atlas map" width="100%" height="480" loading="lazy" style="border:0" sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads"></iframe>',
    );
  });

  it('escapes & in the URL and quotes and angle brackets in the title', () => {
    const code = embedSnippet('https://a.example/?embed=1&lang=en', 'Map "A" <b>&\'');
    expect(code).toContain('src="https://a.example/?embed=1&amp;lang=en"');
    expect(code).toContain('title="Map &quot;A&quot; &lt;b&gt;&amp;&#39;"');
  });

  it('keeps any title and URL inside their attributes (parsed back, they are unchanged)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (url, title) => {
        const host = document.createElement('div');
        host.innerHTML = embedSnippet(url, title);
        const frame = host.firstElementChild;
        expect(host.children.length).toBe(1);
        expect(frame?.tagName).toBe('IFRAME');
        expect(frame?.getAttribute('src')).toBe(url);
        expect(frame?.getAttribute('title')).toBe(title);
        expect(frame?.getAttributeNames()).toEqual([
          'src',
          'title',
          'width',
          'height',
          'loading',
          'style',
          'sandbox',
        ]);
      }),
    );
  });

  it('escapes the five characters that matter and nothing else', () => {
    expect(escapeAttribute(`a&b"c'd<e>f ü`)).toBe('a&amp;b&quot;c&#39;d&lt;e&gt;f ü');
  });
});
