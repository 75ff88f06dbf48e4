/**
 * livekit-client's encryption worker. Vite emits it as its own file under /assets, so it loads
 * from our origin (the Content-Security-Policy allows same-origin workers, not inline code).
 */
export function createE2EEWorker(): Worker {
  return new Worker(new URL('livekit-client/e2ee-worker', import.meta.url), { type: 'module' });
}
