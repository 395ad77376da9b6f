import { randomBytes } from 'node:crypto'
import { expect, it } from 'vitest'
import { describeEngines } from '../../../test/engines.ts'
import { addAnaSouza, httpClient } from '../../../test/http-client.ts'
import type { Ctx } from '../../core/context.ts'

describeEngines('HTTP API: unfinished drafts, "I sent it" and taking it back', (h) => {
  async function freshInstall() {
    const key = randomBytes(32)
    const ctx: Ctx = { ...(await h.newCtx()), secretKey: () => key }
    const call = httpClient(ctx)
    const personId = await addAnaSouza(call)
    await call('PUT', '/api/smtp', {
      host: '127.0.0.1',
      port: 1,
      security: 'none',
      fromAddress: 'sam@example.org',
    })
    const draft = await call('POST', '/api/messages', {
      kind: 'outreach',
      personId,
    })
    return { call, draft: draft.body }
  }

  it('answers 409 naming {myName} on every way out, and offers no mailto: link', async () => {
    const { call, draft } = await freshInstall()
    expect(draft.mailto).toMatchObject({ href: null, blockedBy: ['{myName}'] })
    expect(draft.lint.body.problems.map((p: { rule: string }) => p.rule)).toEqual([
      'unfilled-variable',
    ])
    const answers = [
      await call('POST', `/api/messages/${draft.id}/sent`, { channel: 'copy' }),
      await call('POST', `/api/messages/${draft.id}/send`, { confirm: true }),
      await call('GET', `/api/messages/${draft.id}/draft.eml`),
    ]
    for (const answer of answers) {
      expect(answer.status).toBe(409)
      expect(answer.body.error).toMatch(/\{myName\}.*explorerName/)
      expect(answer.body.issues).toEqual([
        { path: 'body', message: '{myName} is still to write in the text' },
      ])
    }
    expect((await call('GET', `/api/messages/${draft.id}`)).body.status).toBe('draft')
  })

  it('fills the name in once it is set, records how it went, and takes it back', async () => {
    const { call, draft } = await freshInstall()
    await call('PATCH', '/api/settings', { explorerName: 'Sam Lee' })
    const filled = await call('POST', `/api/messages/${draft.id}/fill`)
    expect(filled.status).toBe(200)
    expect(filled.body.body).toMatch(/Sam Lee$/)
    expect(filled.body.mailto.href).toMatch(/^mailto:ana@example\.org/)
    expect((await call('POST', `/api/messages/${draft.id}/sent`, {})).status).toBe(400)
    const sent = await call('POST', `/api/messages/${draft.id}/sent`, { channel: 'other' })
    expect(sent.body).toMatchObject({ status: 'sent', channel: 'other' })
    const back = await call('POST', `/api/messages/${draft.id}/unsend`)
    expect(back.status).toBe(200)
    expect(back.body).toMatchObject({
      message: { status: 'draft', sentAt: null },
      conversation: 'removed',
      note: expect.stringMatching(/gone again/),
    })
    const again = await call('POST', `/api/messages/${draft.id}/unsend`)
    expect(again.status).toBe(409)
    expect(again.body.error).toMatch(/is a draft/)
    expect((await call('POST', '/api/messages/nope/unsend')).status).toBe(404)
  })
})
