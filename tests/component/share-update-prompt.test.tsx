// The offline update prompt (src/pwa/UpdatePrompt.tsx): an always-present status region that says
// "Update available" with a Reload button once a new version waits, in the page's language.
import { signal } from '@preact/signals';
import { act, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Lang } from '../../src/data/schema';
import { PWA_MESSAGES } from '../../src/pwa/messages';
import { pageLang } from '../../src/pwa/register';
import { UpdatePrompt } from '../../src/pwa/UpdatePrompt';

afterEach(() => {
  document.documentElement.lang = '';
});

function renderPrompt(waiting = false, lang = signal<Lang>('en')) {
  const needRefresh = signal(waiting);
  const calls: string[] = [];
  render(
    <UpdatePrompt
      needRefresh={needRefresh}
      lang={lang}
      onReload={() => calls.push('reload')}
      onDismiss={() => {
        calls.push('dismiss');
        needRefresh.value = false;
      }}
    />,
  );
  return { needRefresh, lang, calls };
}

describe('UpdatePrompt', () => {
  it('is an empty status region while no update waits', () => {
    renderPrompt();
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('says an update is available and reloads on Reload', async () => {
    const { needRefresh, calls } = renderPrompt();
    await act(() => {
      needRefresh.value = true;
    });
    expect(screen.getByRole('status').textContent).toContain(PWA_MESSAGES.en.available);
    fireEvent.click(screen.getByRole('button', { name: PWA_MESSAGES.en.reload }));
    expect(calls).toEqual(['reload']);
  });

  it('goes away on Later', async () => {
    const { calls } = renderPrompt(true);
    await act(() => {
      fireEvent.click(screen.getByRole('button', { name: PWA_MESSAGES.en.later }));
    });
    expect(calls).toEqual(['dismiss']);
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('speaks the language it is given, and follows a change', async () => {
    const { lang } = renderPrompt(true, signal<Lang>('az'));
    expect(screen.getByRole('button', { name: PWA_MESSAGES.az.reload })).toBeTruthy();
    await act(() => {
      lang.value = 'ru';
    });
    expect(screen.getByRole('button', { name: PWA_MESSAGES.ru.reload })).toBeTruthy();
  });

  it('reads the page language from <html lang>, English when it is not one of ours', () => {
    document.documentElement.lang = 'ru';
    expect(pageLang()).toBe('ru');
    document.documentElement.lang = 'de';
    expect(pageLang()).toBe('en');
  });
});
