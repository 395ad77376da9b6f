/**
 * The page's side of the service worker: registering it, asking it to keep
 * or refresh a conversation, hearing what it served, and forgetting every
 * device copy on sign-out.
 */
import {
  deviceCopyPrefix,
  type PageMessage,
  parseWorkerMessage,
  type WorkerMessage,
} from './cache-rules.ts'

/**
 * Whether this page may have a worker: a build (`vite build`, whose mode is
 * production even when NODE_ENV says test, as under Vitest), in a browser
 * that has them (HTTPS or localhost).
 */
function workerAllowed(): boolean {
  const built = import.meta.env.MODE === 'production' && !import.meta.hot
  return built && typeof navigator !== 'undefined' && 'serviceWorker' in navigator
}

/**
 * Registers `/sw.js` (built by `build/service-worker-plugin.ts`). Only in a production
 * build served by our server: Vite's dev server has no sw.js, and a worker
 * there would keep stale modules.
 *
 * @example registerServiceWorker() // in main.tsx, once
 */
export function registerServiceWorker(): void {
  if (!workerAllowed()) return
  navigator.serviceWorker.register('/sw.js').catch(() => {
    // Without a worker the app works as before, online only.
  })
}

/**
 * Tells the active worker; nothing happens without one.
 *
 * @example tellWorker({ type: 'keep', conversationId })
 */
export function tellWorker(message: PageMessage): void {
  if (!workerAllowed()) return
  void navigator.serviceWorker.ready.then((registration) => {
    registration.active?.postMessage(message)
  })
}

/**
 * Listens to the worker's messages; returns the way to stop.
 *
 * @example useEffect(() => onWorkerMessage((m) => …), [])
 */
export function onWorkerMessage(listener: (message: WorkerMessage) => void): () => void {
  if (!workerAllowed()) return () => undefined
  const container = navigator.serviceWorker
  const handle = (event: MessageEvent) => {
    const message = parseWorkerMessage(event.data)
    if (message) listener(message)
  }
  container.addEventListener('message', handle)
  container.startMessages()
  return () => container.removeEventListener('message', handle)
}

/**
 * Deletes every device copy of meeting mode (signing out, deleting the
 * account): the worker forgets them too when it sees the request, but a
 * page it does not control yet must not leave them behind.
 *
 * @example await forgetDeviceCopies()
 */
export async function forgetDeviceCopies(): Promise<void> {
  if (typeof caches === 'undefined') return
  try {
    const names = (await caches.keys()).filter((name) => name.startsWith(deviceCopyPrefix))
    await Promise.all(names.map((name) => caches.delete(name)))
  } catch {
    // Storage refused (a private window): nothing was kept either.
  }
}
