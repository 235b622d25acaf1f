// The Share button: shares or copies the current view's URL, confirms it in a status message, and when
// neither works shows the URL in a selected read-only field to copy by hand.
import { useEffect, useRef, useState } from 'preact/hooks';
import { useViewT } from '../views/i18n';
import { SHARE_MESSAGES } from './messages';
import { prefersShareSheet, shareLink } from './share';
import { useTransient } from './transient';

export function ShareButton() {
  const { vt } = useViewT(SHARE_MESSAGES);
  const [status, setStatus] = useTransient();
  const [manual, setManual] = useState<string | null>(null);
  const field = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (manual) field.current?.select();
  }, [manual]);

  const onClick = async () => {
    const url = location.href;
    const outcome = await shareLink(url, document.title, navigator, prefersShareSheet());
    setManual(outcome === 'failed' ? url : null);
    if (outcome === 'copied') setStatus(vt('copied'));
    else if (outcome === 'shared') setStatus(vt('shared'));
  };

  return (
    <div class="share">
      <button type="button" class="share-button" onClick={onClick}>
        {vt('share')}
      </button>
      <span class="share-status" role="status">
        {status}
      </span>
      {manual && (
        <label class="share-manual">
          {vt('manual')}
          <input ref={field} type="url" readOnly value={manual} onFocus={(e) => e.currentTarget.select()} />
        </label>
      )}
    </div>
  );
}
