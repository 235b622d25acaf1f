// Registers the service worker (Workbox, generated at build by vite-plugin-pwa) from a module, not an
// inline script, so the CSP stays strict; mounts the update prompt and reloads into a waiting update.
/// <reference types="vite-plugin-pwa/client" />

import { registerSW } from 'virtual:pwa-register';
import { signal } from '@preact/signals';
import { render } from 'preact';
import type { Lang } from '../data/schema';
import { PWA_MESSAGES } from './messages';
import { UpdatePrompt } from './UpdatePrompt';

/** The page's language (set on <html lang> by main.tsx), English when it is not one of ours. */
export function pageLang(doc: Document = document): Lang {
  const lang = doc.documentElement.lang;
  return lang in PWA_MESSAGES ? (lang as Lang) : 'en';
}

export function register(doc: Document = document): void {
  const needRefresh = signal(false);
  const lang = signal(pageLang(doc));
  new MutationObserver(() => {
    lang.value = pageLang(doc);
  }).observe(doc.documentElement, { attributes: true, attributeFilter: ['lang'] });
  const host = doc.createElement('div');
  doc.body.append(host);
  const updateSW = registerSW({
    onNeedRefresh() {
      needRefresh.value = true;
    },
  });
  render(
    <UpdatePrompt
      needRefresh={needRefresh}
      lang={lang}
      onReload={() => void updateSW(true)}
      onDismiss={() => {
        needRefresh.value = false;
      }}
    />,
    host,
  );
}
