import { expect, it } from 'vitest'
import { describeEngines } from '../../../test/engines.ts'
import type { Ctx } from '../context.ts'
import { ConflictError, NotFoundError, ValidationError } from '../errors.ts'
import { MAX_ACCESS_TOKENS } from './schema.ts'
import {
  accountOfAccessToken,
  checkAccessToken,
  createAccessToken,
  listAccessTokens,
  revokeAccessToken,
} from './service.ts'

const at = (ctx: Ctx, now: string): Ctx => ({ ...ctx, now: () => new Date(now) })

describeEngines('personal access tokens', (h) => {
  it('shows a token once, keeps only its hash, and lists it with its scope and last use', async () => {
    const ctx = await h.newCtx()
    const made = await createAccessToken(ctx, { name: '  Claude on my laptop ', scope: 'read' })
    expect(made.token).toMatch(/^cct_[A-Za-z0-9_-]{43}$/)
    expect(made).toMatchObject({ name: 'Claude on my laptop', scope: 'read', lastUsedAt: null })
    expect(made.token.startsWith(made.prefix)).toBe(true)
    const stored = await ctx.db.selectFrom('access_tokens').selectAll().execute()
    expect(JSON.stringify(stored)).not.toContain(made.token)
    expect(JSON.stringify(stored)).not.toContain(made.token.slice(made.prefix.length))

    expect(await accountOfAccessToken(ctx, made.token)).toEqual({
      accountId: ctx.ownerId,
      scope: 'read',
      tokenId: made.id,
    })
    const [listed] = await listAccessTokens(ctx)
    expect(listed).toEqual({ ...made, token: undefined, lastUsedAt: ctx.now().toISOString() })
    expect(listed).not.toHaveProperty('token')

    // Used again a minute later, the list says so.
    const later = at(ctx, '2026-03-02T09:05:00Z')
    await accountOfAccessToken(later, made.token)
    expect((await listAccessTokens(later))[0]?.lastUsedAt).toBe('2026-03-02T09:05:00.000Z')
  })

  it('expires after the days it was given (90 by default), or never when told so', async () => {
    const made = at(await h.newCtx(), '2026-03-02T09:00:00Z')
    const weekly = await createAccessToken(made, { name: 'weekly', expiresInDays: 7 })
    const usual = await createAccessToken(made, { name: 'usual' })
    const forever = await createAccessToken(made, { name: 'forever', expiresInDays: null })
    expect(weekly.expiresAt).toBe('2026-03-09T09:00:00.000Z')
    expect(usual.expiresAt).toBe('2026-05-31T09:00:00.000Z')
    expect(forever.expiresAt).toBeNull()

    const justBefore = at(made, '2026-03-09T08:59:59Z')
    expect(await accountOfAccessToken(justBefore, weekly.token)).not.toBeNull()
    const after = at(made, '2026-03-09T09:00:00Z')
    expect(await accountOfAccessToken(after, weekly.token)).toBeNull()
    expect(await checkAccessToken(after, weekly.token)).toEqual({
      ok: false,
      reason:
        'this access token expired on 9 Mar 2026 (UTC); make a new one in Settings or with coffeechat tokens create',
    })
    const years = at(made, '2030-01-01T00:00:00Z')
    expect(await accountOfAccessToken(years, usual.token)).toBeNull()
    expect(await accountOfAccessToken(years, forever.token)).not.toBeNull()
    // The list says which have expired, so the explorer can revoke or replace them.
    const listed = await listAccessTokens(after)
    const byName = [...listed].sort((a, b) => a.name.localeCompare(b.name))
    expect(byName.map((t) => [t.name, t.expiresAt, t.expired])).toEqual([
      ['forever', null, false],
      ['usual', '2026-05-31T09:00:00.000Z', false],
      ['weekly', '2026-03-09T09:00:00.000Z', true],
    ])

    for (const wrong of [0, -1, 1.5, 3651, '30']) {
      const error = await createAccessToken(made, { name: 'x', expiresInDays: wrong }).catch(
        (e) => e,
      )
      expect(error, String(wrong)).toBeInstanceOf(ValidationError)
      expect(error.issues[0].path).toBe('expiresInDays')
    }
  })

  it('defaults to read only, and names what is wrong with bad input', async () => {
    const ctx = await h.newCtx()
    expect((await createAccessToken(ctx, { name: 'script' })).scope).toBe('read')
    await expect(createAccessToken(ctx, { name: ' ', scope: 'read' })).rejects.toThrow(
      /name: give the token a name/,
    )
    const wrong = await createAccessToken(ctx, { name: 'x', scope: 'admin' }).catch((e) => e)
    expect(wrong).toBeInstanceOf(ValidationError)
    expect(wrong.issues[0].path).toBe('scope')
    expect(await listAccessTokens(ctx)).toHaveLength(1)
  })

  it('refuses a revoked, unknown or malformed token, and another explorer’s revocation', async () => {
    const ctx = await h.newCtx()
    const other = await h.newCtx()
    const made = await createAccessToken(ctx, { name: 'ci', scope: 'read-write' })
    await expect(revokeAccessToken(other, made.id)).rejects.toBeInstanceOf(NotFoundError)
    expect(await accountOfAccessToken(ctx, made.token)).not.toBeNull()
    await revokeAccessToken(ctx, made.id)
    expect(await accountOfAccessToken(ctx, made.token)).toBeNull()
    expect(await listAccessTokens(ctx)).toEqual([])
    await expect(revokeAccessToken(ctx, made.id)).rejects.toBeInstanceOf(NotFoundError)
    expect(await accountOfAccessToken(ctx, `cct_${'A'.repeat(43)}`)).toBeNull()
    expect(await accountOfAccessToken(ctx, 'not a token')).toBeNull()
  })

  it('refuses the token of a disabled account', async () => {
    const ctx = await h.newCtx()
    const made = await createAccessToken(ctx, { name: 'x', scope: 'read' })
    await ctx.db
      .updateTable('accounts')
      .set({ disabled_at: ctx.now().toISOString() })
      .where('id', '=', ctx.ownerId)
      .execute()
    expect(await accountOfAccessToken(ctx, made.token)).toBeNull()
  })

  it('keeps to the limit of tokens when many are made at the same moment', async () => {
    const ctx = await h.newCtx()
    for (let i = 0; i < MAX_ACCESS_TOKENS - 3; i++)
      await createAccessToken(ctx, { name: `t${i}`, scope: 'read' })
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) => createAccessToken(ctx, { name: `p${i}` })),
    )
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(3)
    const refused = results.filter((r) => r.status === 'rejected')
    expect(refused).toHaveLength(7)
    for (const r of refused) expect(r.reason).toBeInstanceOf(ConflictError)
    expect(await listAccessTokens(ctx)).toHaveLength(MAX_ACCESS_TOKENS)
  })

  it('authenticates many simultaneous requests with one token and refuses them all once revoked', async () => {
    const ctx = await h.newCtx()
    const made = await createAccessToken(ctx, { name: 'busy', scope: 'read' })
    const uses = await Promise.all(
      Array.from({ length: 20 }, () => accountOfAccessToken(ctx, made.token)),
    )
    expect(uses.every((u) => u?.accountId === ctx.ownerId)).toBe(true)
    await revokeAccessToken(ctx, made.id)
    const after = await Promise.all(
      Array.from({ length: 20 }, () => accountOfAccessToken(ctx, made.token)),
    )
    expect(after.every((u) => u === null)).toBe(true)
  })
})
