import type { MiddlewareHandler } from 'hono'
import { checkAccessToken } from '../core/access-tokens/service.ts'
import type { AppEnv } from './env.ts'
import type { HostedOptions } from './hosted.ts'

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/** `Authorization: Bearer <token>`'s token, or undefined without one. */
export function bearerTokenOf(header: string | undefined): string | undefined {
  const match = header?.match(/^Bearer[ \t]+(\S+)[ \t]*$/i)
  return match?.[1]
}

/**
 * Where a token may not go, whatever its scope: account and instance
 * management, and the tokens themselves (a read token must not be able to
 * make itself a read-write one). The account it acts for may be read.
 */
function sessionOnly(method: string, path: string): boolean {
  if (method === 'GET' && path === '/api/auth/me') return false
  return /^\/api\/(auth|admin|tokens)(\/|$)/.test(path)
}

/**
 * Hosted mode: a request with `Authorization: Bearer <personal access token>`
 * acts for the token's account, within its scope, and the session check is
 * skipped for it. Without the header the request goes on to the session check
 * unchanged. A wrong, revoked or expired token is a 401, never a fall-back to a cookie.
 */
export function bearerAuth(hosted: HostedOptions): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = bearerTokenOf(c.req.header('authorization'))
    if (token === undefined) return next()
    c.set('hosted', hosted)
    const found = await checkAccessToken(hosted.instance, token)
    if (!found.ok) {
      c.header('WWW-Authenticate', 'Bearer error="invalid_token"')
      return c.json({ error: found.reason }, 401)
    }
    const path = new URL(c.req.url).pathname
    if (sessionOnly(c.req.method, path)) {
      return c.json(
        { error: 'access tokens cannot manage accounts or tokens; sign in to do that' },
        403,
      )
    }
    if (found.scope === 'read' && !SAFE_METHODS.has(c.req.method)) {
      return c.json(
        {
          error:
            'this access token has the read scope, which cannot change data; make a read-write token for that',
        },
        403,
      )
    }
    c.set('tokenScope', found.scope)
    c.set('ctx', { ...hosted.instance, ownerId: found.accountId })
    await next()
  }
}
