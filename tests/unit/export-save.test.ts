// @vitest-environment jsdom
// saveBlob: the browser-only download helper. jsdom has no object URLs, so URL.createObjectURL and
// revokeObjectURL are stubbed (a browser API, not our code); the click is caught before jsdom navigates.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveBlob } from '../../src/export/save';

const OBJECT_URL = 'blob:http://localhost/1234';
let clicked: { href: string; download: string; inDocument: boolean }[];
const { createObjectURL, revokeObjectURL } = URL;

function recordClick(event: MouseEvent): void {
  const link = event.target as HTMLAnchorElement;
  clicked.push({ href: link.href, download: link.download, inDocument: link.isConnected });
  event.preventDefault();
}

beforeEach(() => {
  clicked = [];
  vi.useFakeTimers();
  URL.createObjectURL = vi.fn(() => OBJECT_URL);
  URL.revokeObjectURL = vi.fn();
  document.addEventListener('click', recordClick);
});
afterEach(() => {
  document.removeEventListener('click', recordClick);
  vi.useRealTimers();
  URL.createObjectURL = createObjectURL;
  URL.revokeObjectURL = revokeObjectURL;
});

const blob = new Blob(['a,b\r\n'], { type: 'text/csv' });

describe('saveBlob', () => {
  it('clicks a link in the page to the blob’s object URL, named for download', () => {
    saveBlob(blob, 'corridor-atlas_btk_figures_2026-12-02.csv');
    expect(URL.createObjectURL).toHaveBeenCalledWith(blob);
    expect(clicked).toEqual([
      { href: OBJECT_URL, download: 'corridor-atlas_btk_figures_2026-12-02.csv', inDocument: true },
    ]);
  });

  it('takes the link out of the page after the click', () => {
    saveBlob(blob, 'x.csv');
    expect(document.querySelectorAll('a')).toHaveLength(0);
  });

  it('releases the object URL later, not before the download can start', () => {
    saveBlob(blob, 'x.csv');
    expect(URL.revokeObjectURL).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(URL.revokeObjectURL).toHaveBeenCalledWith(OBJECT_URL);
  });
});
