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

/**
 * Adds, through the API, the Data scientist career, Northwind Insurance, and
 * Ana Souza at it: an alumna with an email address (and `extra` fields);
 * her id.
 */
export async function addAnaSouza(
  call: ReturnType<typeof httpClient>,
  extra: Record<string, unknown> = {},
): Promise<string> {
  const career = await call('POST', '/api/careers', { name: 'Data scientist' })
  const org = await call('POST', '/api/organizations', { name: 'Northwind Insurance' })
  const person = await call('POST', '/api/people', {
    name: 'Ana Souza',
    organizationId: org.body.id,
    emails: ['ana@example.org'],
    connection: 'alumni',
    ...extra,
    careerIds: [career.body.id],
  })
  return person.body.id
}

/** The local app serving only the built web app in `webDir`: an API request fails the test. */
export function webAppOf(webDir: string) {
  return createApp({
    local: true,
    contextFor: () => {
      throw new Error('no API request in this test')
    },
    version: 'test',
    webDir,
  })
}
