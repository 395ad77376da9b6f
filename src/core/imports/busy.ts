import { RateLimitedError } from '../errors.ts'

/**
 * Refused because imports are already running: the account's own, or the
 * server's all together. `retryAfterSeconds` is when to try again.
 */
export class ImportsBusyError extends RateLimitedError {
  readonly retryAfterSeconds: number
  constructor(message: string, retryAfterSeconds = 10) {
    super(message, 1)
    this.retryAfterSeconds = retryAfterSeconds
  }
}

/**
 * The sentence for an account that already runs as many imports as it may.
 *
 * @example accountBusy(1) // 'Another import of yours is still running; …'
 */
export function accountBusy(perAccount: number): ImportsBusyError {
  return new ImportsBusyError(
    perAccount === 1
      ? 'Another import of yours is still running; try again when it has finished (in a few seconds).'
      : `${perAccount} imports of yours are still running; try again when one has finished (in a few seconds).`,
  )
}

/**
 * The sentence for a server that already runs as many imports as it may.
 *
 * @example serverBusy() // 'The server is busy with other imports; …'
 */
export function serverBusy(): ImportsBusyError {
  return new ImportsBusyError(
    'The server is busy with other imports right now; try again in a few seconds. Nothing was imported.',
  )
}
