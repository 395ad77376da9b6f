import { getConnInfo } from '@hono/node-server/conninfo'
import type { Context, MiddlewareHandler } from 'hono'
import { deleteCookie, getCookie, setCookie } from 'hono/cookie'
import {
  accountOfSession,
  type InstanceCtx,
  type SessionPolicy,
} from '../core/accounts/sessions.ts'
import type { AppEnv } from './env.ts'

export const SESSION_COOKIE = 'coffeechat_session'

/** How a hosted instance runs: its database, its public address and its rules. */
export interface HostedOptions {
  instance: InstanceCtx
  /** The public base URL, e.g. https://careers.example.edu; its origin is the only one allowed to write. */
  baseUrl: URL
  policy: SessionPolicy
  /** Behind a reverse proxy, read the client address from X-Forwarded-For. */
  trustProxy: boolean
  /** Sends an email from the instance (reset links, invitations, digests). */
  sendMail: (message: { to: string; subject: string; text: string }) => Promise<void>
}

// Reachable without a session: signing up and in, resetting a password, the API description.
const PUBLIC_API = [
  '/api/auth/signup',
  '/api/auth/login',
  '/api/auth/password-reset',
  '/api/auth/password-reset/request',
  '/api/meta',
  '/api/openapi.json',
]

/**
 * Hosted mode: every `/api` request acts for the account of its session
 * cookie; without a valid session, only the public routes answer (401 otherwise).
 */
export function sessionAuth(hosted: HostedOptions): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('hosted', hosted)
    const path = new URL(c.req.url).pathname
    const token = getCookie(c, SESSION_COOKIE)
    const session = token ? await accountOfSession(hosted.instance, token, hosted.policy) : null
    if (session && token) {
      c.set('sessionToken', token)
      c.set('ctx', { ...hosted.instance, ownerId: session.accountId })
    } else if (token) {
      clearSessionCookie(c, hosted)
    }
    if (!session && !PUBLIC_API.includes(path)) {
      return c.json({ error: 'sign in first' }, 401)
    }
    await next()
  }
}

export function setSessionCookie(c: Context, hosted: HostedOptions, token: string): void {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    secure: hosted.baseUrl.protocol === 'https:',
    sameSite: 'Lax',
    path: '/',
    maxAge: hosted.policy.maxDays * 24 * 60 * 60,
  })
}

export function clearSessionCookie(c: Context, hosted: HostedOptions): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: hosted.baseUrl.protocol === 'https:' })
}

/** The client's address, for rate limits: the socket's, or the proxy's report when trusted. */
export function clientAddress(c: Context, hosted: HostedOptions): string {
  if (hosted.trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim()
    if (forwarded) return forwarded
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown'
  } catch {
    return 'unknown'
  }
}
