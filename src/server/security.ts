import type { MiddlewareHandler } from 'hono'
import { secureHeaders } from 'hono/secure-headers'
import { hostName, isLoopbackName } from './loopback.ts'

/**
 * Local mode answers only to loopback names: a page on another site that
 * points its own DNS name at 127.0.0.1 (DNS rebinding) gets 403.
 */
export function loopbackHostOnly(): MiddlewareHandler {
  return async (c, next) => {
    const host = c.req.header('host')
    if (!host || !isLoopbackName(hostName(host))) {
      return c.json(
        { error: 'this coffeechat only answers to localhost; open it at http://127.0.0.1' },
        403,
      )
    }
    await next()
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * Refuses state-changing requests that another site's page sends: the
 * Origin (or, without one, Sec-Fetch-Site) must be this server itself.
 */
export function sameOriginWrites(allowedOrigin?: string): MiddlewareHandler {
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method)) return next()
    const origin = c.req.header('origin')
    const host = c.req.header('host')
    if (origin) {
      let originHost: string
      try {
        originHost = new URL(origin).host.toLowerCase()
      } catch {
        originHost = ''
      }
      const sameAsHost = Boolean(host) && originHost === host?.trim().toLowerCase()
      const allowed = allowedOrigin
        ? origin.toLowerCase() === allowedOrigin.toLowerCase()
        : sameAsHost
      if (!allowed) {
        return c.json({ error: `requests from ${origin} may not change data here` }, 403)
      }
    } else {
      const site = c.req.header('sec-fetch-site')
      if (site && site !== 'same-origin' && site !== 'none') {
        return c.json({ error: 'requests from another site may not change data here' }, 403)
      }
    }
    await next()
  }
}

/** Strict headers: no inline script, no framing, no sniffing, no referrer; HSTS over TLS. */
export function strictHeaders(options: { tls?: boolean } = {}): MiddlewareHandler {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      // Mantine sets style attributes at run time.
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      fontSrc: ["'self'", 'data:'],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
    referrerPolicy: 'no-referrer',
    xFrameOptions: 'DENY',
    strictTransportSecurity: options.tls ? 'max-age=31536000; includeSubDomains' : false,
    crossOriginEmbedderPolicy: false,
  })
}
