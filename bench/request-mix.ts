import { Agent, request as httpRequest } from 'node:http'

/** One explorer the load acts for: how to sign their requests, and some of their records. */
export interface LoadTarget {
  /** The session cookie in hosted mode; empty in local mode. */
  cookie: string
  personIds: string[]
  careerId: string
}

export interface MixedRequest {
  name: string
  method: 'GET' | 'POST' | 'PATCH'
  path: string
  body?: unknown
}

/**
 * The n-th request of a day's use of the app, cycling through 20: Today five
 * times, the people page four, a person twice, search three, the careers,
 * a board, the conversations, and three writes (a new person, two notes).
 */
export function mixedRequest(n: number, target: LoadTarget): MixedRequest {
  const person = target.personIds[n % target.personIds.length] ?? ''
  const slot = n % 20
  if (slot < 5) return { name: 'today', method: 'GET', path: '/api/today' }
  if (slot < 9)
    return {
      name: 'people',
      method: 'GET',
      path: `/api/people?limit=50&offset=${(n % 7) * 50}`,
    }
  if (slot < 11) return { name: 'person', method: 'GET', path: `/api/people/${person}` }
  if (slot < 14) {
    const q = ['data', 'amara', 'pricing models'][slot - 11] ?? 'data'
    return { name: 'search', method: 'GET', path: `/api/search?q=${encodeURIComponent(q)}` }
  }
  if (slot === 14) return { name: 'careers', method: 'GET', path: '/api/careers' }
  if (slot === 15)
    return { name: 'board', method: 'GET', path: `/api/careers/${target.careerId}/board` }
  if (slot === 16) return { name: 'conversations', method: 'GET', path: '/api/conversations' }
  if (slot === 17)
    return {
      name: 'add person',
      method: 'POST',
      path: '/api/people',
      body: { name: `Load Test Person ${n}`, notes: 'Added by the benchmark.' },
    }
  return {
    name: 'edit notes',
    method: 'PATCH',
    path: `/api/people/${person}`,
    body: { notes: `Notes edited by request ${n}.` },
  }
}

// A bounded pool, as a browser or proxy keeps: past 64 sockets per server,
// requests wait in the agent instead of opening thousands of connections
// (fetch's default pool has no bound, which drowns a server that falls behind).
const agent = new Agent({ keepAlive: true, maxSockets: 64 })

/** Why requests that never answered failed (an error code, `ETIMEDOUT`…), counted. */
export const failureCodes = new Map<string, number>()

/** Sends one request of the mix; resolves to its status (0 when it never answered). */
export function send(
  baseUrl: string,
  origin: string,
  target: LoadTarget,
  request: MixedRequest,
  timeoutMs = 10_000,
): Promise<number> {
  const body = request.body === undefined ? undefined : JSON.stringify(request.body)
  return new Promise((resolve) => {
    const outgoing = httpRequest(
      `${baseUrl}${request.path}`,
      {
        method: request.method,
        agent,
        timeout: timeoutMs,
        headers: {
          origin,
          ...(target.cookie ? { cookie: target.cookie } : {}),
          ...(body === undefined
            ? {}
            : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }),
        },
      },
      (response) => {
        response.resume()
        response.once('end', () => resolve(response.statusCode ?? 0))
        response.once('error', () => resolve(0))
      },
    )
    outgoing.once('timeout', () =>
      outgoing.destroy(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' })),
    )
    outgoing.once('error', (error: NodeJS.ErrnoException) => {
      failureCodes.set(
        error.code ?? error.message,
        (failureCodes.get(error.code ?? error.message) ?? 0) + 1,
      )
      resolve(0)
    })
    outgoing.end(body)
  })
}

/** Reads a target's person ids and first career through the API, as its browser would. */
export async function discoverTarget(baseUrl: string, origin: string, cookie: string) {
  const headers = { origin, ...(cookie ? { cookie } : {}) }
  const people = (await (await fetch(`${baseUrl}/api/people?limit=100`, { headers })).json()) as {
    items: Array<{ id: string }>
  }
  const careers = (await (await fetch(`${baseUrl}/api/careers`, { headers })).json()) as {
    items: Array<{ id: string }>
  }
  const careerId = careers.items[0]?.id
  if (!careerId || people.items.length === 0)
    throw new Error('the explorer has no people or careers')
  return { cookie, personIds: people.items.map((p) => p.id), careerId } satisfies LoadTarget
}
