import { expect, it } from 'vitest'
import { conversationWorld } from '../../../test/conversation-world.ts'
import { describeEngines } from '../../../test/engines.ts'
import { httpClient } from '../../../test/http-client.ts'

describeEngines('HTTP: questions and plans', (h) => {
  it('manages the bank: list with filters, create with etiquette problems, rate, retire, delete', async () => {
    const ctx = await h.newCtx()
    const call = httpClient(ctx)
    const w = await conversationWorld(ctx)
    const list = await call('GET', '/api/questions?topic=compensation&tiara=insights')
    expect(list.status).toBe(200)
    expect(list.body.total).toBeGreaterThan(0)
    expect(list.body.items.every((q: { topic: string }) => q.topic === 'compensation')).toBe(true)
    const created = await call('POST', '/api/questions', {
      text: 'Could you refer me for a job on your team?',
      topic: 'advice',
      careerId: w.careers.ds,
    })
    expect(created.status).toBe(201)
    expect(created.body.problems[0]).toMatchObject({ rule: 'etiquette' })
    const rated = await call('PATCH', `/api/questions/${created.body.id}`, {
      rating: 4,
      retired: true,
    })
    expect(rated.body).toMatchObject({ rating: 4, retired: true })
    const bad = await call('POST', '/api/questions', { text: 'x', topic: 'weather' })
    expect(bad.status).toBe(400)
    expect(bad.body.issues.map((i: { path: string }) => i.path).sort()).toEqual(['text', 'topic'])
    expect((await call('DELETE', `/api/questions/${created.body.id}`)).status).toBe(204)
    const seed = list.body.items[0]
    const refused = await call('DELETE', `/api/questions/${seed.id}`)
    expect(refused.status).toBe(409)
    expect(refused.body.error).toMatch(/retire it instead/)
  })

  it('suggests, applies, reorders, saves answers idempotently and prints the prep sheet', async () => {
    const ctx = await h.newCtx()
    const call = httpClient(ctx)
    const w = await conversationWorld(ctx)
    const { conversation } = await w.meet('Amara <Okafor>', ['ds'])
    const base = `/api/conversations/${conversation.id}`
    const empty = await call('GET', `${base}/plan`)
    expect(empty.body).toMatchObject({ items: [], recommended: { min: 5, max: 10, warnAbove: 12 } })
    expect(empty.body.warnings[0].code).toBe('below-min')

    const suggested = await call('POST', `${base}/plan/suggest`)
    expect(suggested.status).toBe(200)
    expect(suggested.body.suggestions).toHaveLength(10)
    expect(suggested.body.plan.items).toHaveLength(0)
    const applied = await call('POST', `${base}/plan/suggest`, { apply: true, count: 6 })
    expect(applied.body.plan.items).toHaveLength(6)

    const added = await call('POST', `${base}/plan/items`, {
      items: [{ text: 'What do you wish you had known?', topic: 'advice' }],
      position: 0,
    })
    expect(added.body.items[0].text).toBe('What do you wish you had known?')
    const ids = added.body.items.map((i: { id: string }) => i.id)
    const reordered = await call('PATCH', `${base}/plan`, { order: [...ids].reverse() })
    expect(reordered.body.items[0].id).toBe(ids.at(-1))
    const wrong = await call('PATCH', `${base}/plan`, { order: ['nope'] })
    expect(wrong.status).toBe(400)
    expect(wrong.body.issues[0].path).toBe('order.0')

    const item = `/api/plan-items/${ids[0]}`
    const saved = await call('PATCH', item, {
      answer: 'Learn SQL early.',
      updatedAt: '2026-03-02T09:10:00Z',
    })
    expect(saved.body).toMatchObject({ state: 'asked', answer: 'Learn SQL early.', ignored: [] })
    const replay = await call('PATCH', item, { answer: 'Learn', updatedAt: '2026-03-02T09:09:00Z' })
    expect(replay.body).toMatchObject({ answer: 'Learn SQL early.', ignored: ['answer'] })
    expect((await call('PATCH', item, { state: 'maybe' })).status).toBe(400)
    // An answered question was asked: un-asking it alone is refused, with the way out.
    const unask = await call('PATCH', item, { state: 'planned', updatedAt: '2026-03-02T09:11:00Z' })
    expect([unask.status, unask.body.issues[0].path]).toEqual([400, 'state'])
    expect(unask.body.issues[0].message).toMatch(/clear its answer in the same change/)
    const late = await call('PATCH', item, { state: 'skipped', updatedAt: '2026-03-02T09:05:00Z' })
    expect(late.body).toMatchObject({ state: 'asked', ignored: ['state'] })
    expect((await call('GET', item)).body.answer).toBe('Learn SQL early.')
    const found = await call('GET', '/api/search?q=sql&kind=answer')
    expect(found.body.results.map((r: { id: string }) => r.id)).toEqual([ids[0]])

    const sheet = await call('GET', `${base}/prep`)
    expect(sheet.body.who.name).toBe('Amara <Okafor>')
    expect(sheet.body.questions).toHaveLength(7)
    const html = await call('GET', `${base}/prep?format=html`)
    expect(html.headers.get('content-type')).toMatch(/text\/html/)
    expect(html.text).toContain('Prep sheet: Amara &lt;Okafor&gt;')
    const md = await call('GET', `${base}/prep?format=md`)
    expect(md.text).toMatch(/^# Prep sheet: Amara <Okafor>/)

    expect((await call('DELETE', item)).body.items).toHaveLength(6)
    expect((await call('GET', item)).status).toBe(404)
    expect((await call('GET', '/api/conversations/nope/plan')).status).toBe(404)
  })

  it('describes every route in the OpenAPI document', async () => {
    const call = httpClient(await h.newCtx())
    const doc = await call('GET', '/api/openapi.json')
    const paths = Object.keys(doc.body.paths)
    for (const path of [
      '/api/questions',
      '/api/questions/{id}',
      '/api/conversations/{id}/plan',
      '/api/conversations/{id}/plan/items',
      '/api/conversations/{id}/plan/suggest',
      '/api/conversations/{id}/prep',
      '/api/plan-items/{id}',
      '/api/conversations/{id}/meeting',
      '/api/conversations/{id}/meeting/start',
      '/api/conversations/{id}/meeting/end',
      '/api/conversations/{id}/referrals',
    ]) {
      expect(paths).toContain(path)
    }
  })
})
