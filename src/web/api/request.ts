import { type ClientResponse, parseResponse } from 'hono/client'
import { z } from 'zod'
import { api } from '../../client/index.ts'

/** The typed client of this server's API, as the web app uses it. */
export const client = api('/api')

/** One failing field of a request, as the server names it (`emails.1`). */
export interface FieldIssue {
  path: string
  message: string
}

/** An answer that was not a success: the server's sentence, its status and the failing fields. */
export class ApiError extends Error {
  readonly status: number
  readonly issues: FieldIssue[]
  constructor(status: number, message: string, issues: FieldIssue[] = []) {
    super(message)
    this.name = 'ApiError'
    this.status = status
    this.issues = issues
  }
}

const ErrorBody = z.object({
  error: z.string(),
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
})

const DetailedErrorShape = z.object({
  statusCode: z.number(),
  detail: z.object({ data: z.unknown(), statusText: z.string().optional() }).optional(),
})

function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error
  const detailed = DetailedErrorShape.safeParse(error)
  if (detailed.success) {
    const body = ErrorBody.safeParse(detailed.data.detail?.data)
    if (body.success)
      return new ApiError(detailed.data.statusCode, body.data.error, body.data.issues)
    return new ApiError(
      detailed.data.statusCode,
      `the server answered ${detailed.data.statusCode} ${detailed.data.detail?.statusText ?? ''}`.trim(),
    )
  }
  return new ApiError(0, 'could not reach the coffeechat server; check that it is still running')
}

/**
 * Sends one typed request and returns its success body, or throws an
 * ApiError carrying the server's `error` sentence and `issues`.
 *
 * @example const person = await request(client.people[':id'].$get({ param: { id } }))
 */
export async function request<R extends ClientResponse<unknown>>(call: Promise<R>) {
  try {
    return await parseResponse(call)
  } catch (error) {
    throw toApiError(error)
  }
}

export function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404
}
