import { expect, it } from 'vitest'
import { describeEngines } from '../../../test/engines.ts'
import { selectOwnersRow } from '../../db/owned-rows.ts'
import { verifyIcs } from '../../formats/ics-verify.ts'
import { createConversation } from '../conversations/service.ts'
import { ValidationError } from '../errors.ts'
import { createPerson } from '../people/service.ts'
import { createCalendarFeed, deleteCalendarFeed, feedForToken, getCalendarFeed } from './feed.ts'
import { hashFeedToken } from './tokens.ts'

const tokenOf = (url: string) => /\/calendar\/([A-Za-z0-9_-]+)\.ics$/.exec(url)?.[1] ?? ''

describeEngines('calendar feed', (h) => {
  async function explorerWithChat(name: string) {
    const ctx = await h.newCtx()
    const person = await createPerson(ctx, { name })
    const chat = await createConversation(ctx, {
      personId: person.id,
      status: 'scheduled',
      scheduledAt: '2026-03-05T14:00:00Z',
    })
    return { ctx, chat }
  }

  it('makes a URL with a 32-byte secret, shows it once, and keeps only its hash and prefix', async () => {
    const { ctx, chat } = await explorerWithChat('Ada Lovelace')
    expect(await getCalendarFeed(ctx)).toEqual({ active: false, prefix: null, createdAt: null })
    const created = await createCalendarFeed(ctx, { baseUrl: 'http://127.0.0.1:4321/' })
    expect(created.url).toMatch(/^http:\/\/127\.0\.0\.1:4321\/calendar\/[A-Za-z0-9_-]{43}\.ics$/)
    expect(created.webcalUrl).toBe(created.url.replace('http://', 'webcal://'))
    const token = tokenOf(created.url)
    expect(Buffer.from(token, 'base64url')).toHaveLength(32)
    expect(await getCalendarFeed(ctx)).toEqual({
      active: true,
      prefix: token.slice(0, 6),
      createdAt: '2026-03-02T09:00:00.000Z',
    })
    const stored = await selectOwnersRow(ctx, 'calendar_feeds')
    expect(stored).toEqual(
      expect.objectContaining({
        token_hash: hashFeedToken(token),
        token_prefix: token.slice(0, 6),
      }),
    )
    expect(JSON.stringify(stored)).not.toContain(token)

    const feed = await feedForToken(ctx, token)
    expect(verifyIcs(feed?.text ?? '').events.map((e) => e.uid)).toEqual([`${chat.id}@coffeechat`])
  })

  it('answers null alike for a wrong, malformed, replaced or turned-off token', async () => {
    const { ctx } = await explorerWithChat('Ada Lovelace')
    const first = tokenOf((await createCalendarFeed(ctx, {})).url)
    expect(await feedForToken(ctx, first)).not.toBeNull()
    const wrong = `${first.slice(0, -1)}${first.endsWith('A') ? 'B' : 'A'}`
    expect(await feedForToken(ctx, wrong)).toBeNull()
    expect(await feedForToken(ctx, '')).toBeNull()
    expect(await feedForToken(ctx, `${first}x`)).toBeNull()
    expect(await feedForToken(ctx, hashFeedToken(first))).toBeNull()

    const second = tokenOf((await createCalendarFeed(ctx, {})).url)
    expect(second).not.toBe(first)
    expect(await feedForToken(ctx, first)).toBeNull()
    expect(await feedForToken(ctx, second)).not.toBeNull()

    expect(await deleteCalendarFeed(ctx)).toMatchObject({ active: false })
    expect(await feedForToken(ctx, second)).toBeNull()
    expect((await getCalendarFeed(ctx)).active).toBe(false)
    expect((await deleteCalendarFeed(ctx)).active).toBe(false)
  })

  it("serves each explorer's own conversations under their own token", async () => {
    const ada = await explorerWithChat('Ada Lovelace')
    const grace = await explorerWithChat('Grace Hopper')
    const adaToken = tokenOf((await createCalendarFeed(ada.ctx, {})).url)
    const graceToken = tokenOf((await createCalendarFeed(grace.ctx, {})).url)
    // Whichever explorer's context serves the request, the token decides whose feed it is.
    const viaGrace = await feedForToken(grace.ctx, adaToken)
    expect(viaGrace?.conversationIds).toEqual([ada.chat.id])
    expect((await feedForToken(ada.ctx, graceToken))?.conversationIds).toEqual([grace.chat.id])
  })

  it('serves no feed of a disabled account (hosted mode)', async () => {
    const { ctx } = await explorerWithChat('Ada Lovelace')
    const token = tokenOf((await createCalendarFeed(ctx, {})).url)
    await ctx.db
      .updateTable('accounts')
      .set({ disabled_at: '2026-03-02T10:00:00.000Z' })
      .where('id', '=', ctx.ownerId)
      .execute()
    expect(await feedForToken(ctx, token)).toBeNull()
  })

  it('refuses a base URL that is not http(s)', async () => {
    const { ctx } = await explorerWithChat('Ada Lovelace')
    const error = await createCalendarFeed(ctx, { baseUrl: 'javascript:alert(1)' }).catch(
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(ValidationError)
    expect((error as ValidationError).issues[0]?.path).toBe('baseUrl')
    expect((await getCalendarFeed(ctx)).active).toBe(false)
  })
})
