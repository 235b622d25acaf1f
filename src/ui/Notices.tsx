// A dismissible notice listing every data record that was rejected (file, record, field, reason).
import { useApp, useT } from './context';

export function DataErrorsNotice() {
  const { state, actions } = useApp();
  const { t } = useT();
  const errors = state.dataErrors.value;
  if (errors.length === 0 || state.errorsDismissed.value) return null;
  return (
    <section class="notice notice-error" role="alert" aria-labelledby="data-errors-title">
      <p id="data-errors-title">
        <strong>{t('errors.title', { count: errors.length })}</strong>
      </p>
      <ul>
        {errors.slice(0, 50).map((e) => (
          <li key={`${e.file}|${e.record}|${e.field}|${e.message}`}>
            {t('errors.item', { file: e.file, record: e.record, field: e.field, message: e.message })}
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => actions.dismissErrors()}>
        {t('errors.dismiss')}
      </button>
    </section>
  );
}

/** The polite live region through which selections and closes are announced. */
export function LiveRegion() {
  const { state } = useApp();
  return (
    <div class="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="live-region">
      {state.announcement.value}
    </div>
  );
}
