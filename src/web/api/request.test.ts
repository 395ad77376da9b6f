import type { ClientResponse } from 'hono/client'
import { describe, expect, it } from 'vitest'
import { ApiError, request } from './request.ts'

function answer(status: number, body: unknown, statusText = '') {
  const response = new Response(typeof body === 'string' ? body : JSON.stringify(body), {
    status,
    statusText,
    headers: { 'content-type': typeof body === 'string' ? 'text/plain' : 'application/json' },
  })
  return Promise.resolve(response as unknown as ClientResponse<unknown>)
}

async function failure(call: ReturnType<typeof answer>): Promise<ApiError> {
  const error = await request(call).then(
    () => null,
    (e: unknown) => e,
  )
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`)
  return error
}

describe('what the web app makes of an answer that is not a success', () => {
  it('keeps the server’s sentence, status and failing fields', async () => {
    const error = await failure(
      answer(422, {
        error: 'the email is not an address',
        issues: [{ path: 'emails.1', message: 'not an address' }],
      }),
    )
    expect(error.status).toBe(422)
    expect(error.message).toBe('the email is not an address')
    expect(error.issues).toEqual([{ path: 'emails.1', message: 'not an address' }])
  })

  it('says a refused request in plain words, never the API’s field names', async () => {
    const error = await failure(
      answer(400, {
        error:
          'the request is not valid: scheduledAt: "2026-03-29T02:30" is not a time that exists in Europe/Berlin; referralAskAfterDays: must be at least 0',
        issues: [
          {
            path: 'scheduledAt',
            message: '"2026-03-29T02:30" is not a time that exists in Europe/Berlin',
          },
          { path: 'referralAskAfterDays', message: 'must be at least 0' },
        ],
      }),
    )
    expect(error.message).toBe(
      'Day and time: "2026-03-29T02:30" is not a time that exists in Europe/Berlin. Referral ask after days: must be at least 0',
    )
    expect(error.issues.map((i) => i.path)).toEqual(['scheduledAt', 'referralAskAfterDays'])
  })

  it('keeps the sentence without fields', async () => {
    const error = await failure(answer(404, { error: 'no person with that id' }))
    expect([error.status, error.message, error.issues]).toEqual([404, 'no person with that id', []])
  })

  it('says the status when the body is not the server’s error shape', async () => {
    expect((await failure(answer(502, 'Bad gateway', 'Bad Gateway'))).message).toBe(
      'the server answered 502 Bad Gateway',
    )
    const odd = await failure(answer(500, { error: 'x', issues: [{ path: 1 }] }))
    expect([odd.status, odd.message]).toEqual([500, 'the server answered 500'])
  })

  it('says the server cannot be reached when the request never got an answer', async () => {
    const error = await failure(Promise.reject(new TypeError('Failed to fetch')))
    expect(error.status).toBe(0)
    expect(error.message).toMatch(/could not reach the coffeechat server/)
  })

  it('returns the body of a success', async () => {
    expect(await request(answer(200, { id: 'p1' }))).toEqual({ id: 'p1' })
  })
})
