/**
 * What the service worker keeps on the device, and for how long: pure rules
 * shared by the worker (`service-worker.ts`, `device-copies.ts`) and the
 * page, tested on their own.
 *
 * Two kinds of copies. The app shell (index.html, the hashed assets, the
 * icon) lives in one cache per build, so a new build never mixes with the
 * old one. Device copies of API answers are what meeting mode needs for a
 * conversation opened on this device (the conversation, its plan, its
 * meeting, the person), plus the two answers the app asks before any page
 * (`/api/meta`, and `/api/auth/me` in hosted mode); they live in one cache
 * named after the account, and nothing else of the API is ever stored.
 */

/** How long a conversation stays on the device after its prepare or meeting page was last opened while scheduled. */
export const keptForMs = 7 * 24 * 60 * 60 * 1000

/** How long a request may take before the device copy answers instead: bad reception is slow, not failed. */
export const networkPatienceMs = 4000

export const shellCachePrefix = 'coffeechat-shell-'
export const deviceCopyPrefix = 'coffeechat-device-copy-v1-'
/** When the conversation was kept (opened while scheduled); a refresh keeps this time. */
export const keptAtHeader = 'x-coffeechat-kept-at'
/** When this copy came from the server. */
export const fetchedAtHeader = 'x-coffeechat-fetched-at'

/** The page every path of the app answers with when the server cannot. */
export const indexPath = '/index.html'
export const instancePath = '/api/meta'
export const accountPath = '/api/auth/me'

/**
 * The cache of one build's app shell.
 *
 * @example shellCacheName('3f2a9c01d4e5') // 'coffeechat-shell-3f2a9c01d4e5'
 */
export function shellCacheName(buildId: string): string {
  return `${shellCachePrefix}${buildId}`
}

/**
 * The cache of one account's device copies: `local` for the one explorer of
 * a local coffeechat, `account:<id>` for a hosted account.
 *
 * @example deviceCopyCacheName('account:0192…') // 'coffeechat-device-copy-v1-account:0192…'
 */
export function deviceCopyCacheName(account: string): string {
  return `${deviceCopyPrefix}${account}`
}

/** A record id as the server makes them (UUIDv7), or any other plain token a backup may carry. */
const idPattern = '[A-Za-z0-9][A-Za-z0-9_-]{0,99}'
const conversationPath = new RegExp(`^/api/conversations/(${idPattern})(?:/(plan|meeting))?$`)
const personPathPattern = new RegExp(`^/api/people/(${idPattern})$`)

/** An API answer the device may keep a copy of. */
export type DeviceCopy =
  | { kind: 'instance' }
  | { kind: 'account' }
  | { kind: 'conversation'; conversationId: string }
  | { kind: 'person'; personId: string }

/**
 * Which of meeting mode's answers a GET of this API path is; null for
 * everything else of the API, which is never kept. A query string makes
 * it another answer (never kept either).
 *
 * @example deviceCopyOf('/api/conversations/abc/plan') // { kind: 'conversation', conversationId: 'abc' }
 * @example deviceCopyOf('/api/conversations') // null
 */
export function deviceCopyOf(path: string, search = ''): DeviceCopy | null {
  if (search !== '' && search !== '?') return null
  if (path === instancePath) return { kind: 'instance' }
  if (path === accountPath) return { kind: 'account' }
  const conversation = conversationPath.exec(path)
  if (conversation?.[1]) return { kind: 'conversation', conversationId: conversation[1] }
  const person = personPathPattern.exec(path)
  if (person?.[1]) return { kind: 'person', personId: person[1] }
  return null
}

/** Whether a string is an id the rules accept (anything else is never put in a URL). */
export function isRecordId(id: unknown): id is string {
  return typeof id === 'string' && new RegExp(`^${idPattern}$`).test(id)
}

/**
 * The answers meeting mode loads for one conversation (the person's comes
 * from the conversation's `personId`).
 *
 * @example conversationPaths('abc') // ['/api/conversations/abc', '/api/conversations/abc/plan', '/api/conversations/abc/meeting']
 */
export function conversationPaths(conversationId: string): string[] {
  const base = `/api/conversations/${conversationId}`
  return [base, `${base}/plan`, `${base}/meeting`]
}

/** @example personPath('p1') // '/api/people/p1' */
export function personPath(personId: string): string {
  return `/api/people/${personId}`
}

/** What a write means for the device copies. */
export type Forget =
  | { what: 'everything' }
  | { what: 'conversation'; conversationId: string }
  | { what: 'person'; personId: string }

/**
 * Signing in, signing up, signing out and deleting the account forget every
 * device copy (whoever comes next must not find them); deleting a
 * conversation or a person forgets theirs (a person's conversations go with
 * them). Other writes change nothing here.
 *
 * @example forgetOnWrite('POST', '/api/auth/logout') // { what: 'everything' }
 * @example forgetOnWrite('DELETE', '/api/conversations/abc') // { what: 'conversation', conversationId: 'abc' }
 */
export function forgetOnWrite(method: string, path: string): Forget | null {
  const verb = method.toUpperCase()
  if (verb === 'POST' && ['/api/auth/login', '/api/auth/signup', '/api/auth/logout'].includes(path))
    return { what: 'everything' }
  if (verb === 'DELETE' && path === '/api/auth/account') return { what: 'everything' }
  if (verb !== 'DELETE') return null
  const copy = deviceCopyOf(path)
  if (copy?.kind === 'person') return { what: 'person', personId: copy.personId }
  if (copy?.kind === 'conversation' && path === conversationPaths(copy.conversationId)[0])
    return { what: 'conversation', conversationId: copy.conversationId }
  return null
}

/**
 * Whether a navigation is a page of the app (answered by index.html when the
 * server cannot) rather than the API, a calendar feed or a file.
 *
 * @example isAppPage('/conversations/abc/meeting') // true
 * @example isAppPage('/api/export') // false
 */
export function isAppPage(path: string): boolean {
  if (path === '/api' || path.startsWith('/api/') || path.startsWith('/calendar/')) return false
  const last = path.slice(path.lastIndexOf('/') + 1)
  return !last.includes('.')
}

/**
 * Whether a stored answer is past its time: kept more than `keptForMs` ago,
 * or with no readable time (a copy whose age is unknown is not kept).
 *
 * @example isExpired('2026-03-01T10:00:00Z', new Date('2026-03-08T10:00:01Z')) // true
 */
export function isExpired(keptAt: string | null, now: Date): boolean {
  const at = keptAt ? Date.parse(keptAt) : Number.NaN
  if (Number.isNaN(at)) return true
  return now.getTime() - at > keptForMs
}

function field(body: unknown, name: string): unknown {
  return typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[name] : null
}

/**
 * The account an answer names: `local` from `/api/meta` of a local
 * coffeechat, `account:<id>` from `/api/auth/me`; null otherwise (hosted
 * mode's meta names no account).
 *
 * @example accountFrom({ kind: 'instance' }, { mode: 'local' }) // 'local'
 */
export function accountFrom(copy: DeviceCopy, body: unknown): string | null {
  if (copy.kind === 'instance') return field(body, 'mode') === 'local' ? 'local' : null
  if (copy.kind === 'account') {
    const id = field(body, 'id')
    return isRecordId(id) ? `account:${id}` : null
  }
  return null
}

/** The person of a conversation answer, when it names one the rules accept. */
export function personIdOf(conversation: unknown): string | null {
  const id = field(conversation, 'personId')
  return isRecordId(id) ? id : null
}

/** One entry of a device-copy cache, as the sweep sees it. */
export interface StoredEntry {
  path: string
  keptAt: string | null
  /** For a conversation's own answer: its person. */
  personId: string | null
}

/**
 * Which entries of one account's cache go: the expired ones; what a write
 * forgets; a conversation that lacks its plan or meeting (meeting mode
 * needs all three), with the rest of its answers; a person no kept
 * conversation names any more. With no conversation left the whole cache
 * goes: the instance and account answers are kept only for meeting mode.
 *
 * @example planSweep(entries, new Date(), { what: 'conversation', conversationId: 'abc' })
 */
export function planSweep(
  entries: readonly StoredEntry[],
  now: Date,
  forget?: Forget,
): { remove: string[]; dropCache: boolean } {
  const all = entries.map((e) => e.path)
  if (forget?.what === 'everything') return { remove: all, dropCache: true }
  const live = new Map<string, StoredEntry>()
  for (const entry of entries) if (!isExpired(entry.keptAt, now)) live.set(entry.path, entry)
  // Conversations whose three answers are all here and not forgotten, with their person.
  const conversations = new Map<string, string | null>()
  for (const entry of live.values()) {
    const copy = deviceCopyOf(entry.path)
    if (copy?.kind !== 'conversation') continue
    const [own, ...rest] = conversationPaths(copy.conversationId)
    if (entry.path !== own || !rest.every((path) => live.has(path))) continue
    const forgotten =
      (forget?.what === 'conversation' && forget.conversationId === copy.conversationId) ||
      (forget?.what === 'person' && forget.personId === entry.personId)
    if (!forgotten) conversations.set(copy.conversationId, entry.personId)
  }
  if (conversations.size === 0) return { remove: all, dropCache: true }
  const people = new Set(conversations.values())
  const stays = (entry: StoredEntry): boolean => {
    if (!live.has(entry.path)) return false
    const copy = deviceCopyOf(entry.path)
    if (copy === null) return false
    if (copy.kind === 'conversation') return conversations.has(copy.conversationId)
    if (copy.kind === 'person') return people.has(copy.personId)
    return true
  }
  return { remove: entries.filter((e) => !stays(e)).map((e) => e.path), dropCache: false }
}

/** A message from a page to the worker. */
export type PageMessage = { type: 'keep' | 'refresh'; conversationId: string }

/** A message from the worker to a page. */
export type WorkerMessage =
  /** The conversation is on this device now (sent to the page that asked). */
  | { type: 'kept'; conversationId: string; keptAt: string }
  /** The server did not answer: the page got the device copy fetched at `fetchedAt`. */
  | { type: 'device-copy'; conversationId: string; fetchedAt: string | null }
  /** The server answered for this conversation again. */
  | { type: 'fresh'; conversationId: string }

/**
 * A page's message, checked field by field (it crosses from one context to
 * another); null when it is none of ours.
 *
 * @example parsePageMessage({ type: 'keep', conversationId: 'abc' }) // { type: 'keep', conversationId: 'abc' }
 */
export function parsePageMessage(data: unknown): PageMessage | null {
  const type = field(data, 'type')
  const conversationId = field(data, 'conversationId')
  if ((type !== 'keep' && type !== 'refresh') || !isRecordId(conversationId)) return null
  return { type, conversationId }
}

/**
 * The worker's message, checked; null when it is none of ours.
 *
 * @example parseWorkerMessage({ type: 'fresh', conversationId: 'abc' }) // { type: 'fresh', conversationId: 'abc' }
 */
export function parseWorkerMessage(data: unknown): WorkerMessage | null {
  const type = field(data, 'type')
  const conversationId = field(data, 'conversationId')
  if (!isRecordId(conversationId)) return null
  const time = (name: string) => {
    const value = field(data, name)
    return typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? value : null
  }
  if (type === 'fresh') return { type, conversationId }
  if (type === 'device-copy') return { type, conversationId, fetchedAt: time('fetchedAt') }
  const keptAt = time('keptAt')
  if (type === 'kept' && keptAt) return { type, conversationId, keptAt }
  return null
}
