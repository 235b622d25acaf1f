// @vitest-environment jsdom
// The saved chart picture, pure: a well-formed standalone SVG with the title, legend and source line, its
// text escaped, the chart embedded at its own size; the source line names the publishers and the date.
import { describe, expect, it } from 'vitest';
import type { Figure, Source } from '../../src/data/schema';
import {
  chartPictureSvg,
  chartSourceLine,
  escapeXml,
  sourcePublishers,
  wrapText,
} from '../../src/export/chart-picture';

const CHART =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 380 230" aria-describedby="x"><title>Chart</title>' +
  '<line x1="0" x2="10" y1="0" y2="0" stroke="#000"/><text x="1" y="2">2020</text></svg>';

function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

const picture = (over: Partial<Parameters<typeof chartPictureSvg>[0]> = {}) =>
  chartPictureSvg({
    chartSvg: CHART,
    title: 'Trade with Azerbaijan by year: Kazakhstan',
    legend: [
      { label: 'Azerbaijan’s statistics', color: '#0f5e8c', marker: 'circle' },
      { label: 'Target', color: '#b0125b', dash: '5 4', width: 1.2 },
      { label: 'Exports', color: '#0f5e8c', marker: 'bar' },
    ],
    sourceLine: 'Sources: Trend, AzerNews. Corridor Atlas, 2 December 2026.',
    ...over,
  });

describe('chartPictureSvg', () => {
  it('returns a well-formed SVG document with an XML declaration, its size and a white background', () => {
    const { svg, width, height } = picture();
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    const root = parse(svg).documentElement;
    expect(root.localName).toBe('svg');
    expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(Number(root.getAttribute('width'))).toBe(width);
    expect(Number(root.getAttribute('height'))).toBe(height);
    expect(width).toBe(380 + 24);
    expect(height).toBeGreaterThan(230 + 60);
  });

  it('includes the title (as <title> and drawn), every legend label and the source line', () => {
    const doc = parse(picture().svg);
    const texts = [...doc.getElementsByTagName('text')].map((t) => t.textContent).join('\n');
    expect(doc.querySelector('svg > title')?.textContent).toBe('Trade with Azerbaijan by year: Kazakhstan');
    expect(texts).toContain('Trade with Azerbaijan by year: Kazakhstan');
    for (const label of ['Azerbaijan’s statistics', 'Target', 'Exports']) expect(texts).toContain(label);
    expect(texts).toContain('Corridor Atlas, 2 December 2026.');
  });

  it('embeds the chart as a nested <svg> keeping its viewBox and contents, without the page’s attributes', () => {
    const doc = parse(picture().svg);
    const nested = doc.documentElement.getElementsByTagName('svg')[0];
    expect(nested?.getAttribute('viewBox')).toBe('0 0 380 230');
    expect(nested?.getAttribute('width')).toBe('380');
    expect(nested?.hasAttribute('aria-describedby')).toBe(false);
    expect(nested?.getElementsByTagName('line')).toHaveLength(1);
  });

  it('escapes markup in the title, the legend and the source line', () => {
    const { svg } = picture({
      title: 'A <b> & "C"',
      legend: [{ label: '<script>x</script>', color: '#000' }],
      sourceLine: 'Sources: Tom & Jerry <News>.',
    });
    const doc = parse(svg);
    expect(doc.getElementsByTagName('b')).toHaveLength(0);
    expect(doc.getElementsByTagName('script')).toHaveLength(0);
    expect(svg).toContain('A &lt;b&gt; &amp; &quot;C&quot;');
    expect(svg).toContain('Tom &amp; Jerry &lt;News&gt;');
  });

  it('wraps a long title onto more lines instead of drawing past the edge', () => {
    const one = picture().height;
    const long = picture({ title: 'word '.repeat(60) });
    expect(long.height).toBeGreaterThan(one);
    expect(wrapText('word '.repeat(60), 14, 380).length).toBeGreaterThan(2);
  });

  it('refuses markup that is not an <svg>', () => {
    expect(() => picture({ chartSvg: '<div></div>' })).toThrow(/<svg>/);
  });
});

describe('the source line', () => {
  const byId = new Map<string, Source>([
    ['a', { id: 'a', publisher: 'Trend' } as Source],
    ['b', { id: 'b', publisher: 'AzerNews' } as Source],
    ['c', { id: 'c', publisher: 'Trend' } as Source],
  ]);
  const figures = [{ sources: ['a', 'b'] }, { sources: ['c', 'missing'] }] as unknown as Figure[];

  it('names each publisher once, in the order first cited', () => {
    expect(sourcePublishers(figures, byId)).toEqual(['Trend', 'AzerNews']);
  });

  it('lists them comma-separated with Corridor Atlas and the date, in the reader’s language', () => {
    const date = new Date(2026, 11, 2);
    expect(chartSourceLine(['Trend', 'AzerNews'], 'en', date)).toBe(
      'Sources: Trend, AzerNews. Corridor Atlas, 2 December 2026',
    );
    expect(chartSourceLine(['Trend'], 'ru', date)).toMatch(
      /^Источники: Trend\. Corridor Atlas, 2 декабря 2026/,
    );
    expect(chartSourceLine(['Trend'], 'az', date)).toMatch(
      /^Mənbələr: Trend\. Corridor Atlas, 2 dekabr 2026/,
    );
  });

  it('escapes the five XML specials', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });
});
