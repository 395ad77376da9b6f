/**
 * The service worker, built into `/sw.js` by `build/service-worker-plugin.ts` with this
 * build's id and file list. It lets meeting mode open without the server:
 * the app shell from this build's cache, and meeting mode's answers from
 * the device copies (`device-copies.ts`) when the network cannot answer.
 * Every other request goes to the network untouched, as if there were no
 * worker; writes are only watched, to forget what they delete.
 */
import {
  deviceCopyOf,
  forgetOnWrite,
  indexPath,
  isAppPage,
  networkPatienceMs,
  parsePageMessage,
  shellCacheName,
  shellCachePrefix,
  type WorkerMessage,
} from './cache-rules.ts'
import { keepConversation, networkFirst, refreshConversation, sweep } from './device-copies.ts'

declare const __COFFEECHAT_BUILD__: string
declare const __COFFEECHAT_SHELL__: readonly string[]

// The parts of the service-worker scope used here (the DOM library the project compiles with has none of them).
interface ExtendableEvent extends Event {
  waitUntil(work: Promise<unknown>): void
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request
  readonly clientId: string
  respondWith(response: Promise<Response>): void
}
interface WindowClient {
  postMessage(message: WorkerMessage): void
}
interface ExtendableMessageEvent extends ExtendableEvent {
  readonly data: unknown
  readonly source: WindowClient | null
}
interface WorkerScope {
  readonly location: Location
  readonly clients: {
    claim(): Promise<void>
    get(id: string): Promise<WindowClient | undefined>
    matchAll(options: { type: 'window' }): Promise<readonly WindowClient[]>
  }
  skipWaiting(): Promise<void>
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void
  addEventListener(type: 'message', listener: (event: ExtendableMessageEvent) => void): void
}

const worker = self as unknown as WorkerScope
const shellCache = shellCacheName(__COFFEECHAT_BUILD__)
const shellFiles = new Set(__COFFEECHAT_SHELL__)

worker.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(shellCache)
      // Revalidated, so a stale HTTP cache never puts another build's index.html in this build's cache.
      await cache.addAll([...shellFiles].map((file) => new Request(file, { cache: 'no-cache' })))
      await worker.skipWaiting()
    })(),
  )
})

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(shellCachePrefix) && name !== shellCache) await caches.delete(name)
      }
      await sweep()
      await worker.clients.claim()
    })(),
  )
})

/** A page of the app: the server's index.html, or this build's when the server cannot answer. */
async function appPage(request: Request): Promise<Response> {
  const stored = await (await caches.open(shellCache)).match(indexPath)
  const network = fetch(request)
  if (!stored) return network
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), networkPatienceMs))
  const response = await Promise.race([network, timeout]).catch(() => null)
  return response && response.status < 500 ? response : stored
}

/** A file of the build: from this build's cache (hashed names never change content). */
async function shellFile(request: Request, path: string): Promise<Response> {
  const cache = await caches.open(shellCache)
  const stored = await cache.match(path)
  if (stored) return stored
  const response = await fetch(request)
  if (response.ok && path.startsWith('/assets/')) await cache.put(path, response.clone())
  return response
}

worker.addEventListener('fetch', (event) => {
  const { request } = event
  const url = new URL(request.url)
  if (url.origin !== worker.location.origin) return
  if (request.method !== 'GET') {
    const forget = forgetOnWrite(request.method, url.pathname)
    // Forgotten as the request leaves: a failed delete only costs a copy the next visit brings back.
    if (forget) event.waitUntil(sweep(forget))
    return
  }
  if (request.mode === 'navigate') {
    if (!isAppPage(url.pathname)) return
    event.waitUntil(sweep())
    event.respondWith(appPage(request))
    return
  }
  if (shellFiles.has(url.pathname) || url.pathname.startsWith('/assets/')) {
    event.respondWith(shellFile(request, url.pathname))
    return
  }
  const copy = deviceCopyOf(url.pathname, url.search)
  if (!copy) return
  event.respondWith(
    (async () => {
      const answer = await networkFirst(request, copy, (work) => event.waitUntil(work))
      if (copy.kind === 'conversation') {
        const client = event.clientId ? await worker.clients.get(event.clientId) : undefined
        const { conversationId } = copy
        client?.postMessage(
          answer.deviceCopy
            ? { type: 'device-copy', conversationId, fetchedAt: answer.deviceCopy.fetchedAt }
            : { type: 'fresh', conversationId },
        )
      }
      return answer.response
    })(),
  )
})

worker.addEventListener('message', (event) => {
  const message = parsePageMessage(event.data)
  if (!message) return
  const { conversationId } = message
  event.waitUntil(
    (async () => {
      if (message.type === 'keep') {
        const keptAt = await keepConversation(conversationId)
        if (keptAt) event.source?.postMessage({ type: 'kept', conversationId, keptAt })
        if (!keptAt) return
      } else if (!(await refreshConversation(conversationId))) return
      // The server answered: every page showing this conversation's device copy may say so.
      for (const client of await worker.clients.matchAll({ type: 'window' }))
        client.postMessage({ type: 'fresh', conversationId })
      await sweep()
    })(),
  )
})
