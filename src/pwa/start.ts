// The app's one entry to offline support: called once the map is up, it loads the registration code on
// demand (so the first screen's JS does not grow) and registers the service worker.
export async function startOffline(): Promise<void> {
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
  const { register } = await import('./register');
  register();
}
