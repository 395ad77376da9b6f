import { randomBytes } from 'node:crypto'
import { hashToken, sameSecret } from '../accounts/secrets.ts'
import type { InstanceCtx } from '../accounts/sessions.ts'
import type { Ctx } from '../context.ts'
import { inTransaction } from '../context.ts'
import { ConflictError, NotFoundError } from '../errors.ts'
import { newId } from '../ids.ts'
import { dateText } from '../shared/date-words.ts'
import { parseInput } from '../validate.ts'
import {
  countTokens,
  deleteToken,
  insertToken,
  lockAccount,
  selectTokenByHash,
  selectTokens,
  touchToken,
} from './repo.ts'
import {
  type AccessToken,
  AccessTokenCreate,
  type AccessTokenCreated,
  MAX_ACCESS_TOKENS,
  type TokenScope,
} from './schema.ts'

// Recognisable in a leaked file or a secret scanner, and never mistaken for a session token.
const TOKEN_START = 'cct_'
// cct_ + 32 random bytes as base64url (43 characters).
const tokenPattern = /^cct_[A-Za-z0-9_-]{43}$/
const PREFIX_LENGTH = TOKEN_START.length + 6
// Writing last_used_at on every request would make each read a write.
const TOUCH_EVERY_MS = 60 * 1000

const DAY_MS = 24 * 60 * 60 * 1000

/** Whether a token that expires at `expiresAt` (null: never) is refused at `now`. */
const hasExpired = (expiresAt: string | null, now: Date) =>
  expiresAt !== null && new Date(expiresAt).getTime() <= now.getTime()

function toAccessToken(
  row: {
    id: string
    name: string
    scope: string
    token_prefix: string
    created_at: string
    last_used_at: string | null
    expires_at: string | null
  },
  now: Date,
): AccessToken {
  return {
    id: row.id,
    name: row.name,
    scope: row.scope === 'read-write' ? 'read-write' : 'read',
    prefix: row.token_prefix,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
    expiresAt: row.expires_at,
    expired: hasExpired(row.expires_at, now),
  }
}

/**
 * Makes a personal access token. The answer is the only time the token is
 * known: only its SHA-256 is stored. At most 50 per explorer, counted under
 * the account's lock, so parallel requests cannot pass the limit.
 *
 * @example (await createAccessToken(ctx, { name: 'Claude', scope: 'read' })).token // 'cct_…'
 */
export async function createAccessToken(ctx: Ctx, input: unknown): Promise<AccessTokenCreated> {
  const data = parseInput(AccessTokenCreate, input)
  const token = `${TOKEN_START}${randomBytes(32).toString('base64url')}`
  const at = ctx.now()
  const now = at.toISOString()
  const row = {
    id: newId(ctx.now()),
    account_id: ctx.ownerId,
    name: data.name,
    scope: data.scope,
    token_hash: hashToken(token),
    token_prefix: token.slice(0, PREFIX_LENGTH),
    created_at: now,
    last_used_at: null,
    expires_at:
      data.expiresInDays === null
        ? null
        : new Date(at.getTime() + data.expiresInDays * DAY_MS).toISOString(),
  }
  await inTransaction(ctx, async (tx) => {
    await lockAccount(tx)
    if ((await countTokens(tx)) >= MAX_ACCESS_TOKENS) {
      throw new ConflictError(
        `you already have ${MAX_ACCESS_TOKENS} access tokens; revoke one you no longer use first`,
      )
    }
    await insertToken(tx, row)
  })
  return { ...toAccessToken(row, at), token }
}

/** The explorer's tokens, newest first, with when each was last used. */
export async function listAccessTokens(ctx: Ctx): Promise<AccessToken[]> {
  const now = ctx.now()
  return (await selectTokens(ctx)).map((row) => toAccessToken(row, now))
}

/**
 * Revokes a token: the next request that carries it is refused (there is
 * no cache of tokens anywhere, so this holds on every server at once).
 */
export async function revokeAccessToken(ctx: Ctx, id: string): Promise<void> {
  if (!(await deleteToken(ctx, id))) throw new NotFoundError('access token', id)
}

/** What a bearer token may act as, or the sentence that says why it is refused. */
export type TokenCheck =
  | { ok: true; accountId: string; scope: TokenScope; tokenId: string }
  | { ok: false; reason: string }

const notValid =
  'this access token is not valid: it was revoked, mistyped, or its account is disabled'

/**
 * Checks a bearer token: the account and scope it acts for, or why it is
 * refused (unknown, revoked, malformed, its account disabled, or expired —
 * an expired one says when, so the explorer knows to make a new one).
 * Records the use (at most once a minute per token).
 *
 * @example await checkAccessToken(instance, 'cct_…') // { ok: true, accountId: '…', scope: 'read', tokenId: '…' }
 */
export async function checkAccessToken(ctx: InstanceCtx, token: string): Promise<TokenCheck> {
  if (!tokenPattern.test(token)) return { ok: false, reason: notValid }
  const tokenHash = hashToken(token)
  const row = await selectTokenByHash(ctx, tokenHash)
  // The lookup is by hash already; the comparison in constant time keeps it so whatever the index does.
  if (!row || !sameSecret(row.token_hash, tokenHash) || row.disabled_at)
    return { ok: false, reason: notValid }
  const now = ctx.now()
  if (row.expires_at !== null && hasExpired(row.expires_at, now)) {
    const on = dateText(row.expires_at, { timeZone: 'UTC', clock: null })
    return {
      ok: false,
      reason: `this access token expired on ${on} (UTC); make a new one in Settings or with coffeechat tokens create`,
    }
  }
  const last = row.last_used_at ? new Date(row.last_used_at).getTime() : Number.NEGATIVE_INFINITY
  if (now.getTime() - last >= TOUCH_EVERY_MS) await touchToken(ctx, row.id, now.toISOString())
  return {
    ok: true,
    accountId: row.account_id,
    scope: row.scope === 'read-write' ? 'read-write' : 'read',
    tokenId: row.id,
  }
}

/**
 * The account and scope a bearer token acts for, or null when it is refused
 * (see `checkAccessToken` for why).
 *
 * @example await accountOfAccessToken(instance, 'cct_…') // { accountId: '…', scope: 'read', tokenId: '…' }
 */
export async function accountOfAccessToken(
  ctx: InstanceCtx,
  token: string,
): Promise<{ accountId: string; scope: TokenScope; tokenId: string } | null> {
  const check = await checkAccessToken(ctx, token)
  if (!check.ok) return null
  return { accountId: check.accountId, scope: check.scope, tokenId: check.tokenId }
}
