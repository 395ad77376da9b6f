import { describe, expect, it } from 'vitest'
import {
  accountFrom,
  conversationPaths,
  deviceCopyOf,
  forgetOnWrite,
  isAppPage,
  isExpired,
  keptForMs,
  parsePageMessage,
  parseWorkerMessage,
  planSweep,
  type StoredEntry,
} from './cache-rules.ts'

const c1 = '0192f3a4-5b6c-7d8e-9f01-23456789abcd'
const p1 = '0192f3a4-0000-7000-8000-000000000001'

describe('which API answers the device keeps', () => {
  it('keeps the conversation, its plan, its meeting, the person, and the two answers every page asks first', () => {
    expect(deviceCopyOf(`/api/conversations/${c1}`)).toEqual({
      kind: 'conversation',
      conversationId: c1,
    })
    expect(deviceCopyOf(`/api/conversations/${c1}/plan`)).toEqual({
      kind: 'conversation',
      conversationId: c1,
    })
    expect(deviceCopyOf(`/api/conversations/${c1}/meeting`)).toEqual({
      kind: 'conversation',
      conversationId: c1,
    })
    expect(deviceCopyOf(`/api/people/${p1}`)).toEqual({ kind: 'person', personId: p1 })
    expect(deviceCopyOf('/api/meta')).toEqual({ kind: 'instance' })
    expect(deviceCopyOf('/api/auth/me')).toEqual({ kind: 'account' })
  })

  it('keeps nothing else of the API: lists, search, other parts of a conversation, queries', () => {
    for (const path of [
      '/api/conversations',
      '/api/people',
      '/api/search',
      '/api/today',
      '/api/settings',
      '/api/export',
      `/api/conversations/${c1}/prep`,
      `/api/conversations/${c1}/reflection`,
      `/api/conversations/${c1}/plan/suggest`,
      `/api/conversations/${c1}/messages`,
      `/api/people/${p1}/referral-ask`,
      `/api/plan-items/${c1}`,
      '/api/conversations/../settings',
      '/api/conversations/%2e%2e',
      '/conversations/x/meeting',
    ]) {
      expect(deviceCopyOf(path), path).toBeNull()
    }
    expect(deviceCopyOf(`/api/conversations/${c1}`, '?format=json')).toBeNull()
    expect(deviceCopyOf('/api/meta', '?x=1')).toBeNull()
  })

  it('lists the answers meeting mode loads for a conversation', () => {
    expect(conversationPaths(c1)).toEqual([
      `/api/conversations/${c1}`,
      `/api/conversations/${c1}/plan`,
      `/api/conversations/${c1}/meeting`,
    ])
  })

  it('answers app pages with the shell, never the API, a calendar feed or a file', () => {
    expect(isAppPage('/')).toBe(true)
    expect(isAppPage(`/conversations/${c1}/meeting`)).toBe(true)
    expect(isAppPage('/signin')).toBe(true)
    expect(isAppPage('/api/export')).toBe(false)
    expect(isAppPage('/api')).toBe(false)
    expect(isAppPage('/calendar/feed-token.ics')).toBe(false)
    expect(isAppPage('/favicon.svg')).toBe(false)
  })
})

describe('what writes forget', () => {
  it('forgets everything on sign-in, sign-up, sign-out and account deletion', () => {
    expect(forgetOnWrite('POST', '/api/auth/logout')).toEqual({ what: 'everything' })
    expect(forgetOnWrite('POST', '/api/auth/login')).toEqual({ what: 'everything' })
    expect(forgetOnWrite('POST', '/api/auth/signup')).toEqual({ what: 'everything' })
    expect(forgetOnWrite('DELETE', '/api/auth/account')).toEqual({ what: 'everything' })
  })

  it('forgets a deleted conversation or person, and nothing for other writes', () => {
    expect(forgetOnWrite('DELETE', `/api/conversations/${c1}`)).toEqual({
      what: 'conversation',
      conversationId: c1,
    })
    expect(forgetOnWrite('delete', `/api/people/${p1}`)).toEqual({ what: 'person', personId: p1 })
    expect(forgetOnWrite('PATCH', `/api/conversations/${c1}`)).toBeNull()
    expect(forgetOnWrite('PATCH', `/api/conversations/${c1}/meeting`)).toBeNull()
    expect(forgetOnWrite('DELETE', `/api/plan-items/${p1}`)).toBeNull()
    expect(forgetOnWrite('POST', '/api/auth/password')).toBeNull()
  })
})

describe('expiry', () => {
  const keptAt = '2026-03-01T10:00:00.000Z'
  it('keeps a copy for seven days after it was kept, not a moment longer', () => {
    expect(keptForMs).toBe(7 * 24 * 60 * 60 * 1000)
    expect(isExpired(keptAt, new Date('2026-03-08T10:00:00.000Z'))).toBe(false)
    expect(isExpired(keptAt, new Date('2026-03-08T10:00:00.001Z'))).toBe(true)
  })

  it('does not keep a copy whose age is unknown', () => {
    expect(isExpired(null, new Date(keptAt))).toBe(true)
    expect(isExpired('yesterday', new Date(keptAt))).toBe(true)
  })
})

describe('whose copies they are', () => {
  it('names the local explorer from meta, a hosted account from me, and nobody otherwise', () => {
    expect(accountFrom({ kind: 'instance' }, { mode: 'local', version: '1' })).toBe('local')
    expect(accountFrom({ kind: 'instance' }, { mode: 'hosted' })).toBeNull()
    expect(accountFrom({ kind: 'account' }, { id: p1, email: 'a@example.org' })).toBe(
      `account:${p1}`,
    )
    expect(accountFrom({ kind: 'account' }, { id: '../x' })).toBeNull()
    expect(accountFrom({ kind: 'account' }, null)).toBeNull()
  })
})

describe('the sweep', () => {
  const now = new Date('2026-03-05T12:00:00.000Z')
  const fresh = '2026-03-05T09:00:00.000Z'
  const old = '2026-02-20T09:00:00.000Z'
  const c2 = '0192f3a4-5b6c-7d8e-9f01-000000000002'
  const p2 = '0192f3a4-0000-7000-8000-000000000002'
  const conversation = (id: string, personId: string, keptAt: string): StoredEntry[] => [
    { path: `/api/conversations/${id}`, keptAt, personId },
    { path: `/api/conversations/${id}/plan`, keptAt, personId: null },
    { path: `/api/conversations/${id}/meeting`, keptAt, personId: null },
    { path: `/api/people/${personId}`, keptAt, personId: null },
  ]
  const session: StoredEntry[] = [{ path: '/api/meta', keptAt: fresh, personId: null }]

  it('keeps what is live and complete', () => {
    expect(planSweep([...session, ...conversation(c1, p1, fresh)], now)).toEqual({
      remove: [],
      dropCache: false,
    })
  })

  it('removes an expired conversation with its person, and the whole cache once none is left', () => {
    const entries = [...session, ...conversation(c1, p1, fresh), ...conversation(c2, p2, old)]
    expect(planSweep(entries, now)).toEqual({
      remove: conversation(c2, p2, old).map((e) => e.path),
      dropCache: false,
    })
    const onlyOld = [...session, ...conversation(c2, p2, old)]
    expect(planSweep(onlyOld, now)).toEqual({
      remove: onlyOld.map((e) => e.path),
      dropCache: true,
    })
  })

  it('removes a deleted conversation but keeps a person another kept conversation names', () => {
    const shared = [...session, ...conversation(c1, p1, fresh), ...conversation(c2, p1, fresh)]
    const { remove } = planSweep(shared, now, { what: 'conversation', conversationId: c2 })
    expect(remove).toEqual(conversationPaths(c2))
  })

  it('removes a deleted person with their conversations', () => {
    const entries = [...session, ...conversation(c1, p1, fresh), ...conversation(c2, p2, fresh)]
    const { remove } = planSweep(entries, now, { what: 'person', personId: p2 })
    expect(remove).toEqual([...conversationPaths(c2), `/api/people/${p2}`])
  })

  it('removes a conversation missing its plan or meeting, since meeting mode needs all three', () => {
    const entries = [...session, ...conversation(c1, p1, fresh)].filter(
      (e) => !e.path.endsWith('/meeting'),
    )
    expect(planSweep(entries, now).dropCache).toBe(true)
  })

  it('forgets everything on sign-out', () => {
    const entries = [...session, ...conversation(c1, p1, fresh)]
    expect(planSweep(entries, now, { what: 'everything' })).toEqual({
      remove: entries.map((e) => e.path),
      dropCache: true,
    })
  })

  it('removes anything that is not one of meeting mode’s answers', () => {
    const entries = [
      ...session,
      ...conversation(c1, p1, fresh),
      { path: '/api/people', keptAt: fresh, personId: null },
    ]
    expect(planSweep(entries, now).remove).toEqual(['/api/people'])
  })
})

describe('messages between page and worker', () => {
  it('accepts ours and refuses anything else', () => {
    expect(parsePageMessage({ type: 'keep', conversationId: c1 })).toEqual({
      type: 'keep',
      conversationId: c1,
    })
    expect(parsePageMessage({ type: 'keep', conversationId: '../../api/export' })).toBeNull()
    expect(parsePageMessage({ type: 'delete-all', conversationId: c1 })).toBeNull()
    expect(parsePageMessage('keep')).toBeNull()
    expect(
      parseWorkerMessage({ type: 'device-copy', conversationId: c1, fetchedAt: 'soon' }),
    ).toEqual({ type: 'device-copy', conversationId: c1, fetchedAt: null })
    expect(parseWorkerMessage({ type: 'kept', conversationId: c1 })).toBeNull()
    expect(
      parseWorkerMessage({ type: 'kept', conversationId: c1, keptAt: '2026-03-05T09:00:00Z' }),
    ).toEqual({ type: 'kept', conversationId: c1, keptAt: '2026-03-05T09:00:00Z' })
  })
})
