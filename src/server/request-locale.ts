import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from './env.ts'

/**
 * The first language of an Accept-Language header (`en-US,en;q=0.9` →
 * `en-US`), or undefined when there is none or it is not a language tag.
 *
 * @example requestLocale('de-DE,de;q=0.9,en;q=0.8') // 'de-DE'
 */
export function requestLocale(header: string | undefined): string | undefined {
  const first = header?.split(',')[0]?.split(';')[0]?.trim() ?? ''
  return /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8}){0,4}$/.test(first) ? first : undefined
}

/** Gives the request's context the browser's language, so the dates the server writes read as the page's. */
export function withRequestLocale(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const ctx = c.get('ctx')
    const locale = requestLocale(c.req.header('accept-language'))
    if (ctx && locale) c.set('ctx', { ...ctx, locale })
    await next()
  }
}
