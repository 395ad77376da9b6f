import type { QueryClient } from '@tanstack/react-query'

/**
 * Resolves once the page has loaded and none of its own requests is in
 * flight (looked at every 200 ms), or after `atMostMs` whatever happens:
 * the moment for work the first page does not need — the search dialog's
 * code, the service worker's first download of the whole build — which
 * must not compete with it on a slow connection.
 *
 * @example await pageSettled(queryClient); registerServiceWorker()
 */
export function pageSettled(queryClient: QueryClient, atMostMs = 10_000): Promise<void> {
  return new Promise((resolve) => {
    const started = Date.now()
    const check = () => {
      const quiet = document.readyState === 'complete' && queryClient.isFetching() === 0
      if (quiet || Date.now() - started >= atMostMs) resolve()
      else setTimeout(check, 200)
    }
    setTimeout(check, 200)
  })
}
