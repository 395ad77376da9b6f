/**
 * The service worker's device copies of API answers (see cache-rules.ts
 * for which, and for how long). Runs in the worker: Cache Storage and
 * fetch only, no DOM.
 */
import {
  accountFrom,
  accountPath,
  conversationPaths,
  type DeviceCopy,
  deviceCopyCacheName,
  deviceCopyOf,
  deviceCopyPrefix,
  type Forget,
  fetchedAtHeader,
  instancePath,
  isExpired,
  keptAtHeader,
  networkPatienceMs,
  personIdOf,
  personPath,
  planSweep,
  type StoredEntry,
} from './cache-rules.ts'

/** The device-copy caches there are: one, the account's (another is deleted once seen). */
async function copyCacheNames(): Promise<string[]> {
  return (await caches.keys()).filter((name) => name.startsWith(deviceCopyPrefix))
}

export interface StoredCopy {
  cacheName: string
  response: Response
  keptAt: string | null
  fetchedAt: string | null
}

/** The live device copy of one path, if any; an expired one is deleted, never served. */
export async function findCopy(path: string): Promise<StoredCopy | null> {
  for (const cacheName of await copyCacheNames()) {
    const cache = await caches.open(cacheName)
    const response = await cache.match(path)
    if (!response) continue
    const keptAt = response.headers.get(keptAtHeader)
    if (isExpired(keptAt, new Date())) {
      await cache.delete(path)
      continue
    }
    return { cacheName, response, keptAt, fetchedAt: response.headers.get(fetchedAtHeader) }
  }
  return null
}

/** Stores an answer as a device copy, stamped with when it was kept and when it was fetched. */
async function store(cacheName: string, path: string, response: Response, keptAt: string) {
  const headers = new Headers(response.headers)
  headers.set(keptAtHeader, keptAt)
  headers.set(fetchedAtHeader, new Date().toISOString())
  const body = await response.arrayBuffer()
  const cache = await caches.open(cacheName)
  await cache.put(path, new Response(body, { status: response.status, headers }))
}

/** Deletes every device copy of every account. */
export async function forgetEverything(): Promise<void> {
  for (const name of await copyCacheNames()) await caches.delete(name)
}

/** Another account was seen on this device: its copies go (one account's copies at a time). */
async function forgetOtherAccounts(account: string): Promise<void> {
  const keep = deviceCopyCacheName(account)
  for (const name of await copyCacheNames()) if (name !== keep) await caches.delete(name)
}

/** Removes what has expired or what a write forgets, in every account's cache (see `planSweep`). */
export async function sweep(forget?: Forget): Promise<void> {
  if (forget?.what === 'everything') return forgetEverything()
  const now = new Date()
  for (const name of await copyCacheNames()) {
    const cache = await caches.open(name)
    const entries: StoredEntry[] = []
    for (const request of await cache.keys()) {
      const path = new URL(request.url).pathname
      const response = await cache.match(request)
      const copy = deviceCopyOf(path)
      const own =
        copy?.kind === 'conversation' && path === conversationPaths(copy.conversationId)[0]
      const body: unknown = own && response ? await response.json().catch(() => null) : null
      entries.push({
        path,
        keptAt: response?.headers.get(keptAtHeader) ?? null,
        personId: personIdOf(body),
      })
    }
    const { remove, dropCache } = planSweep(entries, now, forget)
    if (dropCache) await caches.delete(name)
    else for (const path of remove) await cache.delete(path)
  }
}

/** An answer's JSON, read from a copy so the answer itself can still be stored; null when it is none. */
function jsonOf(response: Response): Promise<unknown> {
  return response
    .clone()
    .json()
    .catch(() => null)
}

async function fetchAnswer(path: string): Promise<Response | null> {
  try {
    return await fetch(path, { credentials: 'same-origin', cache: 'no-store' })
  } catch {
    return null
  }
}

/**
 * The answers meeting mode needs for one conversation, fresh from the
 * server; null when the server cannot give them all. A conversation the
 * server no longer has is forgotten; a lost session forgets everything.
 */
async function fetchConversation(conversationId: string): Promise<Map<string, Response> | null> {
  const paths = conversationPaths(conversationId)
  const responses = await Promise.all(paths.map(fetchAnswer))
  if (responses.some((r) => r?.status === 401)) {
    await forgetEverything()
    return null
  }
  if (responses.some((r) => r?.status === 404)) {
    await sweep({ what: 'conversation', conversationId })
    return null
  }
  const answers = new Map<string, Response>()
  for (const [index, response] of responses.entries()) {
    const path = paths[index]
    if (!response?.ok || !path) return null
    answers.set(path, response)
  }
  const personId = personIdOf(responses[0] ? await jsonOf(responses[0]) : null)
  const person = personId ? await fetchAnswer(personPath(personId)) : null
  if (personId && person?.ok) answers.set(personPath(personId), person)
  return answers
}

/**
 * Keeps a conversation on this device for the signed-in account (or the
 * local explorer), with the answers the app asks before any page. Returns
 * when it was kept, or null when the server could not be asked (offline:
 * what was kept stays as it is).
 */
export async function keepConversation(conversationId: string): Promise<string | null> {
  const meta = await fetchAnswer(instancePath)
  if (!meta?.ok) return null
  let account = accountFrom({ kind: 'instance' }, await jsonOf(meta))
  let me: Response | null = null
  if (!account) {
    me = await fetchAnswer(accountPath)
    if (me?.status === 401) await forgetEverything()
    if (!me?.ok) return null
    account = accountFrom({ kind: 'account' }, await jsonOf(me))
    if (!account) return null
  }
  await forgetOtherAccounts(account)
  const answers = await fetchConversation(conversationId)
  if (!answers) return null
  const keptAt = new Date().toISOString()
  const cacheName = deviceCopyCacheName(account)
  await store(cacheName, instancePath, meta, keptAt)
  if (me) await store(cacheName, accountPath, me, keptAt)
  for (const [path, response] of answers) await store(cacheName, path, response, keptAt)
  return keptAt
}

/**
 * Brings a kept conversation's copies up to date (after edits reached the
 * server), keeping the time it was kept; true when it did.
 */
export async function refreshConversation(conversationId: string): Promise<boolean> {
  const [own = ''] = conversationPaths(conversationId)
  const kept = await findCopy(own)
  if (!kept?.keptAt) return false
  const answers = await fetchConversation(conversationId)
  if (!answers || !(await caches.has(kept.cacheName))) return false
  for (const [path, response] of answers) {
    // A person can be kept for a later conversation too: the later time wins.
    const earlier = deviceCopyOf(path)?.kind === 'person' ? (await findCopy(path))?.keptAt : null
    const keptAt = earlier && earlier > kept.keptAt ? earlier : kept.keptAt
    await store(kept.cacheName, path, response, keptAt)
  }
  return true
}

/** What the network answer tells about the copies: whose they are, whether they still exist. */
async function learnFrom(
  copy: DeviceCopy,
  path: string,
  response: Response,
  kept: StoredCopy | null,
) {
  if (response.status === 401) return forgetEverything()
  if (response.status === 404 || response.status === 410) {
    if (copy.kind === 'conversation')
      return sweep({ what: 'conversation', conversationId: copy.conversationId })
    if (copy.kind === 'person') return sweep({ what: 'person', personId: copy.personId })
    return
  }
  if (!response.ok) return
  if (copy.kind === 'instance' || copy.kind === 'account') {
    const account = accountFrom(copy, await jsonOf(response))
    if (account) await forgetOtherAccounts(account)
  }
  if (kept?.keptAt && (await caches.has(kept.cacheName)))
    await store(kept.cacheName, path, response, kept.keptAt)
}

function patiently(answer: Promise<Response>): Promise<Response | null> {
  return Promise.race([
    answer,
    new Promise<null>((resolve) => setTimeout(() => resolve(null), networkPatienceMs)),
  ])
}

/**
 * Network first for one of meeting mode's answers. Without a device copy,
 * the network's answer or failure as if there were no worker. With one,
 * the copy answers when the server cannot (no connection, a server error,
 * or no answer within `networkPatienceMs`). Whatever the network says
 * later updates or forgets the copy (`afterwards` keeps the worker alive).
 */
export async function networkFirst(
  request: Request,
  copy: DeviceCopy,
  afterwards: (work: Promise<unknown>) => void,
): Promise<{ response: Response; deviceCopy: StoredCopy | null }> {
  const path = new URL(request.url).pathname
  const kept = await findCopy(path)
  let learned: Promise<unknown> = Promise.resolve()
  const network = fetch(request).then((response) => {
    learned = learnFrom(copy, path, response.clone(), kept)
    return response
  })
  // Called while the answer is pending, which is when the worker may still extend its life.
  afterwards(
    network.then(
      () => learned,
      () => undefined,
    ),
  )
  if (!kept) return { response: await network, deviceCopy: null }
  const response = await patiently(network).catch(() => null)
  if (response && response.status < 500) return { response, deviceCopy: null }
  return { response: kept.response, deviceCopy: kept }
}
