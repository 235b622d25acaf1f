// The Embed button: shows the <iframe> snippet for the current view in a read-only text area, with a
// Copy button that confirms in a status message.
import { useState } from 'preact/hooks';
import { useApp } from '../ui/context';
import { useViewT } from '../views/i18n';
import { SHARE_MESSAGES } from './messages';
import { copyText } from './share';
import { embedSnippet, embedUrl } from './snippet';
import { useTransient } from './transient';

const PANEL_ID = 'embed-panel';

export function EmbedButton() {
  const { state } = useApp();
  const { vt } = useViewT(SHARE_MESSAGES);
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useTransient();
  // Read the state the URL carries, so the snippet follows a new selection or layer while open.
  void [state.selected.value, state.visibleLayers.value, state.view.value];
  const code = open ? embedSnippet(embedUrl(location.href), vt('frameTitle')) : '';

  const onCopy = async () => {
    setStatus((await copyText(code, navigator)) ? vt('codeCopied') : vt('codeManual'));
    document.querySelector<HTMLTextAreaElement>(`#${PANEL_ID} textarea`)?.select();
  };

  return (
    <div class="embed">
      <button
        type="button"
        class="share-button"
        aria-expanded={open}
        aria-controls={open ? PANEL_ID : undefined}
        onClick={() => setOpen(!open)}
      >
        {vt('embed')}
      </button>
      {open && (
        <div id={PANEL_ID} class="embed-panel">
          <label>
            {vt('embedCode')}
            <textarea readOnly rows={4} value={code} onFocus={(e) => e.currentTarget.select()} />
          </label>
          <button type="button" onClick={onCopy}>
            {vt('copy')}
          </button>
          <span role="status">{status}</span>
        </div>
      )}
    </div>
  );
}
