// The Share and Embed buttons: Share copies the page URL and says "Link copied" in a status message, falls
// back to a selected read-only field when the clipboard refuses; Embed shows the iframe snippet to copy.
import { act, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SHARE_MESSAGES } from '../../src/share/messages';
import { ShareTools } from '../../src/share/ShareTools';
import { renderWithApp } from './support/render';

const en = SHARE_MESSAGES.en;

function stubClipboard(writeText: (text: string) => Promise<void>) {
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'clipboard');
  vi.useRealTimers();
});

describe('Share', () => {
  it('copies the page URL and confirms it in a status message', async () => {
    const copied: string[] = [];
    stubClipboard(async (text) => {
      copied.push(text);
    });
    renderWithApp(<ShareTools />);
    fireEvent.click(screen.getByRole('button', { name: en.share }));
    await waitFor(() => expect(screen.getByText(en.copied).getAttribute('role')).toBe('status'));
    expect(copied).toEqual([location.href]);
  });

  it('shows the URL in a selected read-only field when the clipboard refuses', async () => {
    stubClipboard(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
    renderWithApp(<ShareTools />);
    fireEvent.click(screen.getByRole('button', { name: en.share }));
    const field = (await screen.findByRole('textbox', { name: en.manual })) as HTMLInputElement;
    expect(field.readOnly).toBe(true);
    expect(field.value).toBe(location.href);
    expect(document.activeElement === field || field.selectionEnd === field.value.length).toBe(true);
  });

  it('clears the confirmation after a few seconds, so the next copy is announced again', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    stubClipboard(async () => undefined);
    renderWithApp(<ShareTools />);
    fireEvent.click(screen.getByRole('button', { name: en.share }));
    await screen.findByText(en.copied);
    await act(() => {
      vi.advanceTimersByTime(5000);
    });
    expect(screen.queryByText(en.copied)).toBeNull();
  });
});

describe('Embed', () => {
  it('shows the iframe snippet for the current view in a read-only text area', () => {
    renderWithApp(<ShareTools />);
    const button = screen.getByRole('button', { name: en.embed });
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const code = screen.getByRole('textbox', { name: en.embedCode }) as HTMLTextAreaElement;
    expect(code.readOnly).toBe(true);
    expect(code.value).toMatch(/^<iframe src="[^"]*\?embed=1[^"]*" title="Corridor Atlas map" /);
  });

  it('copies the snippet with its Copy button and confirms it', async () => {
    const copied: string[] = [];
    stubClipboard(async (text) => {
      copied.push(text);
    });
    renderWithApp(<ShareTools />, { lang: 'ru' });
    fireEvent.click(screen.getByRole('button', { name: SHARE_MESSAGES.ru.embed }));
    fireEvent.click(screen.getByRole('button', { name: SHARE_MESSAGES.ru.copy }));
    await screen.findByText(SHARE_MESSAGES.ru.codeCopied);
    expect(copied[0]).toContain(`title="${SHARE_MESSAGES.ru.frameTitle}"`);
  });
});
