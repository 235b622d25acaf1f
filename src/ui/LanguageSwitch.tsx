// The always-visible language switch: three native radio buttons, each language named in itself.
import { LANGS } from '../data/schema';
import { LANG_NAMES } from '../i18n/i18n';
import { useApp, useT } from './context';

export function LanguageSwitch() {
  const { actions } = useApp();
  const { lang, t } = useT();
  return (
    <fieldset class="lang-switch">
      <legend class="visually-hidden">{t('lang.label')}</legend>
      {LANGS.map((code) => (
        <label key={code} lang={code} class={code === lang ? 'active' : undefined}>
          <input
            type="radio"
            name="lang"
            value={code}
            checked={code === lang}
            onChange={() => actions.setLang(code)}
          />
          {LANG_NAMES[code]}
        </label>
      ))}
    </fieldset>
  );
}
