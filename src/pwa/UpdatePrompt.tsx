// "Update available — Reload": shown when a new version of the app is installed and waiting. It lives
// outside the app tree (mounted by register.tsx), so its language comes from <html lang> via `lang`.
import type { ReadonlySignal } from '@preact/signals';
import type { Lang } from '../data/schema';
import { PWA_MESSAGES } from './messages';
import './pwa.css';

export interface UpdatePromptProps {
  /** True once a new service worker is waiting. */
  needRefresh: ReadonlySignal<boolean>;
  lang: ReadonlySignal<Lang>;
  onReload(): void;
  onDismiss(): void;
}

/** An always-present status region, so the prompt is announced when its text appears. */
export function UpdatePrompt({ needRefresh, lang, onReload, onDismiss }: UpdatePromptProps) {
  const t = PWA_MESSAGES[lang.value];
  return (
    <div class="update-prompt" role="status" lang={lang.value}>
      {needRefresh.value && (
        <>
          <span>{t.available}</span>
          <button type="button" onClick={onReload}>
            {t.reload}
          </button>
          <button type="button" onClick={onDismiss}>
            {t.later}
          </button>
        </>
      )}
    </div>
  );
}
