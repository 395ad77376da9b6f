import { z } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import {
  ConflictError,
  DomainError,
  type FieldIssue,
  RateLimitedError,
  UpstreamError,
  ValidationError,
} from '../core/errors.ts'
import { domainErrorOfDatabase } from '../core/shared/database-failures.ts'
import { toFieldIssues } from '../core/validate.ts'

export const ErrorBody = z
  .object({
    error: z.string().describe('What was wrong, in a sentence'),
    issues: z
      .array(z.object({ path: z.string(), message: z.string() }))
      .optional()
      .describe('Each failing field, by its path'),
  })
  .openapi('Error')

const statusOf: Record<DomainError['kind'], ContentfulStatusCode> = {
  invalid: 400,
  unauthorized: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  'rate-limited': 429,
  database: 503,
  upstream: 502,
}

function invalidBody(c: Context, issues: FieldIssue[]) {
  const summary = issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ')
  return c.json({ error: `the request is not valid: ${summary}`, issues }, 400)
}

/** The zod-openapi hook: a request that fails its schema gets 400 with every failing field. */
export function validationHook(
  result: { success: true } | { success: false; error: z.ZodError },
  c: Context,
) {
  if (!result.success) return invalidBody(c, toFieldIssues(result.error.issues))
}

/**
 * Maps every error to an answer once: domain errors (and database errors
 * that stand for one, such as a race's) to their status, HTTP errors to theirs, anything else to a 500 without details (logged, never sent).
 */
export function onError(error: Error, c: Context): Response {
  const fromDatabase = domainErrorOfDatabase(error)
  if (fromDatabase) return onError(fromDatabase, c)
  if (error instanceof ValidationError) return invalidBody(c, error.issues)
  if (error instanceof RateLimitedError)
    c.header('Retry-After', String(error.retryAfterMinutes * 60))
  if (error instanceof ConflictError && error.issues.length > 0) {
    return c.json({ error: error.message, issues: error.issues }, 409)
  }
  if (error instanceof UpstreamError) {
    return c.json({ error: error.message, reason: error.reason }, statusOf[error.kind])
  }
  if (error instanceof DomainError) return c.json({ error: error.message }, statusOf[error.kind])
  if (error instanceof HTTPException) {
    const status = error.status
    const message =
      status === 413
        ? 'the request body is too large'
        : /malformed json/i.test(error.message)
          ? 'the request body is not valid JSON'
          : error.message || 'bad request'
    return c.json({ error: message }, status)
  }
  // The stack, not the error object: drivers attach query parameters, which hold notes.
  console.error(
    `[coffeechat] ${c.req.method} ${new URL(c.req.url).pathname} failed: ${error.stack ?? error.message}`,
  )
  return c.json(
    { error: 'something went wrong on our side; the error was logged on the server' },
    500,
  )
}
