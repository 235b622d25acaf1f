// Hands the app state and actions to components without prop drilling; the map is never in here.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Lang } from '../data/schema';
import { type Params, translate } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages/en';
import type { Actions, AppState } from '../state/store';

export interface AppContextValue {
  state: AppState;
  actions: Actions;
}

export const AppContext = createContext<AppContextValue | null>(null);

export function useApp(): AppContextValue {
  const value = useContext(AppContext);
  if (!value) throw new Error('useApp() outside <AppContext.Provider>');
  return value;
}

export type T = (key: MessageKey, params?: Params) => string;

/** The current language and a translator bound to it. Reading `lang` subscribes the component. */
export function useT(): { lang: Lang; t: T } {
  const { state } = useApp();
  const lang = state.lang.value;
  return { lang, t: (key, params) => translate(lang, key, params) };
}
