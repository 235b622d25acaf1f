// warmPanel renders a feature's panel once, hidden, and leaves nothing behind in the page.
import { describe, expect, it } from 'vitest';
import { createActions, createState } from '../../src/state/store';
import { warmPanel } from '../../src/ui/warm';
import { fixtureDataset } from '../fixtures/world';

describe('warmPanel', () => {
  const state = createState({});
  const actions = createActions(state);

  it('leaves the document as it found it', () => {
    const before = document.body.innerHTML;
    warmPanel({ state, actions }, fixtureDataset, 'btk');
    expect(document.body.innerHTML).toBe(before);
  });

  it('renders the full details, hidden from assistive technology, while it runs', () => {
    type Seen = { rows: number; hidden: string | null; inert: boolean };
    let rendered = null as Seen | null;
    const original = HTMLElement.prototype.remove;
    HTMLElement.prototype.remove = function (this: HTMLElement) {
      if (this.classList.contains('warm-host'))
        rendered = {
          rows: this.querySelectorAll('table tbody tr').length,
          hidden: this.getAttribute('aria-hidden'),
          inert: this.inert,
        };
      original.call(this);
    };
    try {
      warmPanel({ state, actions }, fixtureDataset, 'btk');
    } finally {
      HTMLElement.prototype.remove = original;
    }
    expect(rendered).not.toBeNull();
    expect(rendered?.rows).toBeGreaterThan(0);
    expect(rendered?.hidden).toBe('true');
    expect(rendered?.inert).toBe(true);
  });

  it('does nothing for an unknown id', () => {
    const before = document.body.innerHTML;
    warmPanel({ state, actions }, fixtureDataset, 'no-such-feature');
    expect(document.body.innerHTML).toBe(before);
  });
});
