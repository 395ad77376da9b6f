import type { Ctx } from '../src/core/context.ts'
import { createApp } from '../src/server/app.ts'

const origin = 'http://127.0.0.1:4321'

export interface HttpAnswer {
  status: number
  // biome-ignore lint/suspicious/noExplicitAny: tests read JSON answers freely
  body: any
  text: string
  headers: Headers
}

/**
 * Calls the HTTP API in process (`app.request`), as the local explorer of
 * `ctx`, from the app's own origin.
 *
 * @example const call = httpClient(ctx); const res = await call('GET', '/api/questions')
 */
export function httpClient(ctx: Ctx) {
  const app = createApp({ contextFor: () => ctx, local: true, version: 'test' })
  return async (method: string, path: string, body?: unknown): Promise<HttpAnswer> => {
    const response = await app.request(path, {
      method,
      headers: {
        host: '127.0.0.1:4321',
        origin,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    })
    const text = await response.text()
    const json =
      response.headers.get('content-type')?.includes('json') && text ? JSON.parse(text) : null
    return { status: response.status, body: json, text, headers: response.headers }
  }
}
