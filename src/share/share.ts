// Sends a link out: the system share sheet where preferred (touch devices), otherwise the clipboard.
// Reports what happened so the button can confirm it, or fall back to showing the link to copy by hand.

export type ShareOutcome = 'shared' | 'copied' | 'cancelled' | 'failed';

/** The parts of `navigator` used here (a seam for tests). */
export interface ShareHost {
  share?: (data: ShareData) => Promise<void>;
  canShare?: (data: ShareData) => boolean;
  clipboard?: Pick<Clipboard, 'writeText'>;
}

export async function copyText(text: string, host: ShareHost): Promise<boolean> {
  if (!host.clipboard) return false;
  try {
    await host.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export async function shareLink(
  url: string,
  title: string,
  host: ShareHost,
  preferSheet: boolean,
): Promise<ShareOutcome> {
  const data = { url, title };
  if (preferSheet && host.share && (host.canShare?.(data) ?? true)) {
    try {
      await host.share(data);
      return 'shared';
    } catch (error) {
      // The reader closed the sheet: nothing to confirm. Any other failure falls back to the clipboard.
      if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
    }
  }
  return (await copyText(url, host)) ? 'copied' : 'failed';
}

/** Touch-first devices get the share sheet; elsewhere a click copies, as people expect on a desktop. */
export function prefersShareSheet(win: Window = window): boolean {
  return typeof win.matchMedia === 'function' && win.matchMedia('(pointer: coarse)').matches;
}
