import { type ClientResponse, parseResponse } from 'hono/client'
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
  /** Set by the form that shows the issues on its fields, so no notification repeats them. */
  shownOnFields = false
  constructor(status: number, message: string, issues: FieldIssue[] = []) {
    super(message)
    this.name = 'ApiError'
    this.status = status
    this.issues = issues
  }
}

// Read by hand rather than with zod: these two shapes are all the first page
// needs, and zod would add 25 KB (gzipped) to it.
function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}

function isFieldIssue(value: unknown): value is FieldIssue {
  return isRecord(value) && typeof value.path === 'string' && typeof value.message === 'string'
}

/** The server's error body, `{ error, issues? }`, or null for anything else. */
function errorBody(data: unknown): { error: string; issues: FieldIssue[] } | null {
  if (!isRecord(data) || typeof data.error !== 'string') return null
  if (data.issues === undefined) return { error: data.error, issues: [] }
  if (!Array.isArray(data.issues) || !data.issues.every(isFieldIssue)) return null
  return {
    error: data.error,
    issues: data.issues.map(({ path, message }) => ({ path, message })),
  }
}

/** What hono's `parseResponse` throws for an answer that is not a success. */
function detailedError(
  error: unknown,
): { statusCode: number; data: unknown; statusText?: string } | null {
  if (!isRecord(error) || typeof error.statusCode !== 'number') return null
  const { detail } = error
  if (detail === undefined) return { statusCode: error.statusCode, data: undefined }
  if (!isRecord(detail)) return null
  if (detail.statusText !== undefined && typeof detail.statusText !== 'string') return null
  return { statusCode: error.statusCode, data: detail.data, statusText: detail.statusText }
}

/** The request fields a person fills in, by the words their form shows. */
const fieldWords: Record<string, string> = {
  scheduledAt: 'Day and time',
  timeZone: 'Time zone',
  durationMinutes: 'Length',
  personId: 'Person',
  careerIds: 'Careers',
  organizationId: 'Organization',
  emails: 'Email',
  linkedinUrl: 'LinkedIn profile',
  sentAt: 'When it was sent',
  repliedAt: 'When they replied',
  to: 'Address',
  text: 'Question',
}

/**
 * A field of a request as a person reads it: `scheduledAt` is "Day and
 * time", `referralAskAfterDays` "Referral ask after days".
 */
export function fieldName(path: string): string {
  const top = path.split('.')[0] ?? ''
  const words = fieldWords[top] ?? top.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/**
 * The server's sentence for a request it refused, in plain words: its
 * "the request is not valid: scheduledAt: …" becomes "Day and time: …",
 * one field after another, so no field name of the API reaches a person.
 */
export function plainMessage(error: string, issues: readonly FieldIssue[]): string {
  if (issues.length === 0 || !error.startsWith('the request is not valid')) return error
  return issues
    .map((issue) => (issue.path ? `${fieldName(issue.path)}: ${issue.message}` : issue.message))
    .join('. ')
}

function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error
  const detailed = detailedError(error)
  if (detailed) {
    const body = errorBody(detailed.data)
    if (body)
      return new ApiError(detailed.statusCode, plainMessage(body.error, body.issues), body.issues)
    return new ApiError(
      detailed.statusCode,
      `the server answered ${detailed.statusCode} ${detailed.statusText ?? ''}`.trim(),
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
