import { z } from 'zod'
import { Instant, Ref, Text } from '../shared/schema.ts'

/** What a token may do: `read` answers reads only; `read-write` may also change records. */
export const tokenScopes = ['read', 'read-write'] as const
export const TokenScope = z.enum(tokenScopes)
export type TokenScope = z.infer<typeof TokenScope>

/** How long a token lasts unless told otherwise, and at most. */
export const DEFAULT_TOKEN_DAYS = 90
export const MAX_TOKEN_DAYS = 3650

export const AccessTokenCreate = z.strictObject({
  name: Text.trim()
    .min(1, 'give the token a name, such as “Claude on my laptop”')
    .max(100)
    .describe('What the token is for, to recognise it in the list'),
  scope: TokenScope.default('read').describe(
    '`read` (the default) may only read; `read-write` may also add and change records',
  ),
  expiresInDays: z
    .number({ error: 'give the days until the token expires as a whole number, or null' })
    .int('give the days until the token expires as a whole number')
    .min(1, 'a token lasts at least 1 day')
    .max(MAX_TOKEN_DAYS, `a token lasts at most ${MAX_TOKEN_DAYS} days; make a new one then`)
    .nullable()
    .default(DEFAULT_TOKEN_DAYS)
    .describe(
      `Days until the token is refused (${DEFAULT_TOKEN_DAYS} by default); null: it never expires`,
    ),
})
export type AccessTokenCreate = z.input<typeof AccessTokenCreate>

/** A personal access token as listed: never the token itself, only its first characters. */
export const AccessToken = z.object({
  ...Ref.shape,
  scope: TokenScope,
  prefix: Text.describe('The first characters of the token, to recognise it'),
  createdAt: Instant,
  lastUsedAt: Instant.nullable().describe('When it last authenticated a request (to the minute)'),
  expiresAt: Instant.nullable().describe('From when it is refused; null: it never expires'),
  expired: z.boolean().describe('Whether it has expired (it is refused; revoke or replace it)'),
})
export type AccessToken = z.infer<typeof AccessToken>

export const AccessTokenCreated = AccessToken.extend({
  token: Text.describe(
    'The token, shown this once (only a hash of it is kept); send it as `Authorization: Bearer <token>`',
  ),
})
export type AccessTokenCreated = z.infer<typeof AccessTokenCreated>

/** An explorer may keep this many tokens at once. */
export const MAX_ACCESS_TOKENS = 50
