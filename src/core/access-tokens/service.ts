import { randomBytes } from 'node:crypto'
import { hashToken, sameSecret } from '../accounts/secrets.ts'
import type { InstanceCtx } from '../accounts/sessions.ts'
import type { Ctx } from '../context.ts'
import { inTransaction } from '../context.ts'
import { ConflictError, NotFoundError } from '../errors.ts'
import { newId } from '../ids.ts'
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

function toAccessToken(row: {
  id: string
  name: string
  scope: string
  token_prefix: string
  created_at: string
  last_used_at: string | null
}): AccessToken {
  return {
    id: row.id,
    name: row.name,
    scope: row.scope === 'read-write' ? 'read-write' : 'read',
    prefix: row.token_prefix,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
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
  const now = ctx.now().toISOString()
  const row = {
    id: newId(ctx.now()),
    account_id: ctx.ownerId,
    name: data.name,
    scope: data.scope,
    token_hash: hashToken(token),
    token_prefix: token.slice(0, PREFIX_LENGTH),
    created_at: now,
    last_used_at: null,
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
  return { ...toAccessToken(row), token }
}

/** The explorer's tokens, newest first, with when each was last used. */
export async function listAccessTokens(ctx: Ctx): Promise<AccessToken[]> {
  return (await selectTokens(ctx)).map(toAccessToken)
}

/**
 * Revokes a token: the next request that carries it is refused (there is
 * no cache of tokens anywhere, so this holds on every server at once).
 */
export async function revokeAccessToken(ctx: Ctx, id: string): Promise<void> {
  if (!(await deleteToken(ctx, id))) throw new NotFoundError('access token', id)
}

/**
 * The account and scope a bearer token acts for, or null when the token is
 * unknown, revoked, malformed or its account is disabled. Records the use
 * (at most once a minute per token).
 *
 * @example await accountOfAccessToken(instance, 'cct_…') // { accountId: '…', scope: 'read' }
 */
export async function accountOfAccessToken(
  ctx: InstanceCtx,
  token: string,
): Promise<{ accountId: string; scope: TokenScope; tokenId: string } | null> {
  if (!tokenPattern.test(token)) return null
  const tokenHash = hashToken(token)
  const row = await selectTokenByHash(ctx, tokenHash)
  // The lookup is by hash already; the comparison in constant time keeps it so whatever the index does.
  if (!row || !sameSecret(row.token_hash, tokenHash) || row.disabled_at) return null
  const now = ctx.now()
  const last = row.last_used_at ? new Date(row.last_used_at).getTime() : Number.NEGATIVE_INFINITY
  if (now.getTime() - last >= TOUCH_EVERY_MS) await touchToken(ctx, row.id, now.toISOString())
  return {
    accountId: row.account_id,
    scope: row.scope === 'read-write' ? 'read-write' : 'read',
    tokenId: row.id,
  }
}
