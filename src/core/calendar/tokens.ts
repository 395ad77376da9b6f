import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'

/** 32 random bytes as base64url: 43 characters. */
const tokenPattern = /^[A-Za-z0-9_-]{43}$/
const prefixLength = 6

/**
 * A new feed secret: the token for the URL (shown once), the hash that is
 * stored in its place, and a short prefix to recognise the URL by.
 *
 * @example const { token, tokenHash, prefix } = newFeedToken()
 */
export function newFeedToken(): { token: string; tokenHash: string; prefix: string } {
  const token = randomBytes(32).toString('base64url')
  return { token, tokenHash: hashFeedToken(token), prefix: token.slice(0, prefixLength) }
}

/**
 * The stored form of a token: SHA-256, base64url. A leaked database gives
 * hashes of random 256-bit tokens, which open nothing.
 *
 * @example hashFeedToken('abc').length // 43
 */
export function hashFeedToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('base64url')
}

/** Whether a text has the shape of a feed token (checked before any query). */
export function looksLikeFeedToken(text: string): boolean {
  return tokenPattern.test(text)
}

/**
 * Compares two hashes in constant time, so the answer's timing says nothing
 * about how much of a guess was right.
 *
 * @example sameHash(hashFeedToken(token), stored) // true for the current token
 */
export function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8')
  const right = Buffer.from(b, 'utf8')
  return left.length === right.length && timingSafeEqual(left, right)
}
