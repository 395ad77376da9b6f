/** One problem with one field of the input, named by its path (`emails.1`). */
export interface FieldIssue {
  path: string
  message: string
}

/**
 * Errors that a person caused and can fix. Each edge maps them once: the
 * server to an HTTP status, the CLI to a message on stderr and an exit code.
 */
export abstract class DomainError extends Error {
  abstract readonly kind:
    | 'not-found'
    | 'invalid'
    | 'conflict'
    | 'forbidden'
    | 'unauthorized'
    | 'rate-limited'
    | 'database'
    | 'upstream'
}

/**
 * A server coffeechat talks to for the explorer (the SMTP server) refused or
 * failed; `reason` says which way, in one word a client can act on.
 */
export abstract class UpstreamError extends DomainError {
  readonly kind = 'upstream'
  abstract readonly reason: string
}

export class NotFoundError extends DomainError {
  readonly kind = 'not-found'
  constructor(what: string, id: string) {
    super(`no ${what} with id ${id}`)
  }
}

export class ValidationError extends DomainError {
  readonly kind = 'invalid'
  readonly issues: FieldIssue[]
  constructor(issues: FieldIssue[], message?: string) {
    super(message ?? issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; '))
    this.issues = issues
  }
}

/** A single-field validation problem, the most common case. */
export function invalid(path: string, message: string): ValidationError {
  return new ValidationError([{ path, message }])
}

/** The record is not in a state that allows it; `issues` names the fields that keep it so, if any. */
export class ConflictError extends DomainError {
  readonly kind = 'conflict'
  readonly issues: FieldIssue[]
  constructor(message: string, issues: FieldIssue[] = []) {
    super(message)
    this.issues = issues
  }
}

export class ForbiddenError extends DomainError {
  readonly kind = 'forbidden'
}

export class UnauthorizedError extends DomainError {
  readonly kind = 'unauthorized'
}

/** The database cannot be used as it is (too new, unreachable, damaged). */
export class DatabaseError extends DomainError {
  readonly kind = 'database'
}

/** Too many attempts in a short time; `retryAfterMinutes` says when to try again. */
export class RateLimitedError extends DomainError {
  readonly kind = 'rate-limited'
  readonly retryAfterMinutes: number
  constructor(message: string, retryAfterMinutes: number) {
    super(message)
    this.retryAfterMinutes = retryAfterMinutes
  }
}
