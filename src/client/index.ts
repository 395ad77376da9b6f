import { hc } from 'hono/client'
import type { ApiType } from '../server/app.ts'

/**
 * The typed client of the coffeechat API, for the web app and remote CLI use.
 *
 * @example const res = await api('/api').people.$get({ query: { limit: '20' } })
 */
export function api(
  baseUrl: string,
  init?: { fetch?: typeof fetch; headers?: Record<string, string> },
) {
  return hc<ApiType>(baseUrl, init)
}

export type Api = ReturnType<typeof api>
