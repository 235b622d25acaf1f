// Browser-only: hands a Blob to the browser as a download through a temporary <a download> element.

/** How long the object URL outlives the click: revoking it at once can cancel a download that has not
 * started reading yet (FileSaver.js waits the same 40 s). */
const REVOKE_AFTER_MS = 40_000;

export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
