import { expect, it } from 'vitest'
import { conversationWorld } from '../../../test/conversation-world.ts'
import { describeEngines } from '../../../test/engines.ts'
import { httpClient } from '../../../test/http-client.ts'

describeEngines('HTTP: meetings', (h) => {
  it('runs a meeting: notes, start, referral, end with the overrun, status met', async () => {
    const ctx = await h.newCtx('2026-03-02T10:00:00Z')
    const w = await conversationWorld(ctx)
    const { conversation, person } = await w.meet('Amara Okafor', ['ds'])
    const base = `/api/conversations/${conversation.id}`
    const at = (iso: string) => httpClient({ ...ctx, now: () => new Date(iso) })

    const notes = await at('2026-03-02T09:00:00Z')('PATCH', `${base}/meeting`, {
      researchNotes: 'Thesis on **stochastic PDEs**',
      updatedAt: '2026-03-02T09:00:00Z',
    })
    expect(notes.body).toMatchObject({
      state: 'not-started',
      researchNotes: 'Thesis on **stochastic PDEs**',
    })

    const started = await at('2026-03-02T10:00:00Z')('POST', `${base}/meeting/start`)
    expect(started.status).toBe(200)
    expect(started.body).toMatchObject({ state: 'running', endsAt: '2026-03-02T10:30:00.000Z' })

    const referral = await at('2026-03-02T10:20:00Z')('POST', `${base}/referrals`, {
      name: 'Jonas Becker',
      organization: 'Northwind Health',
    })
    expect(referral.status).toBe(201)
    expect(referral.body.person).toMatchObject({
      referredById: person.id,
      careers: ['Data scientist'],
    })
    const again = await at('2026-03-02T10:21:00Z')('POST', `${base}/referrals`, {
      name: 'Jonas Becker',
    })
    expect(again.status).toBe(200)
    expect(again.body.person.id).toBe(referral.body.person.id)
    const blank = await at('2026-03-02T10:21:00Z')('POST', `${base}/referrals`, { name: '' })
    expect(blank.status).toBe(400)
    expect(blank.body.issues[0].path).toBe('name')

    const ended = await at('2026-03-02T10:33:00Z')('POST', `${base}/meeting/end`)
    expect(ended.body).toMatchObject({
      state: 'ended',
      status: 'met',
      overrunSeconds: 180,
      overrunMinutes: 3,
      referrals: [{ name: 'Jonas Becker', organization: 'Northwind Health' }],
    })
    const chat = await at('2026-03-02T10:34:00Z')('GET', `/api/conversations/${conversation.id}`)
    expect(chat.body.status).toBe('met')
  })

  it('answers 400 with the field for a start that cannot be, and 404 for no conversation', async () => {
    const ctx = await h.newCtx()
    const w = await conversationWorld(ctx)
    const { conversation } = await w.meet('Li Wei', ['ds'], 'requested')
    const call = httpClient(ctx)
    const refused = await call('POST', `/api/conversations/${conversation.id}/meeting/start`)
    expect(refused.status).toBe(400)
    expect(refused.body.issues[0]).toMatchObject({ path: 'status' })
    const badTime = await call('POST', `/api/conversations/${conversation.id}/meeting/start`, {
      at: 'yesterday',
    })
    expect(badTime.status).toBe(400)
    expect(badTime.body.issues[0].path).toBe('at')
    expect((await call('GET', '/api/conversations/nope/meeting')).status).toBe(404)
  })
})
