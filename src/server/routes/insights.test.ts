import { expect, it } from 'vitest'
import { describeEngines } from '../../../test/engines.ts'
import type { Ctx } from '../../core/context.ts'
import { createApp } from '../app.ts'

const origin = 'http://127.0.0.1:4321'

function client(ctx: Ctx) {
  const app = createApp({ contextFor: () => ctx, local: true, version: 'test' })
  return async (method: string, path: string, body?: unknown) => {
    const response = await app.request(path, {
      method,
      headers: {
        host: '127.0.0.1:4321',
        ...(body === undefined ? {} : { 'content-type': 'application/json', origin }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await response.text()
    return { status: response.status, body: text ? JSON.parse(text) : null }
  }
}

describeEngines('HTTP API: reflections, boards, comparison, narrowing', (h) => {
  it('saves a reflection in parts, answers 400 naming the field, and lists what is due', async () => {
    const call = client(await h.newCtx('2026-03-02T21:30:00Z'))
    const career = await call('POST', '/api/careers', { name: 'Data scientist' })
    const person = await call('POST', '/api/people', {
      name: 'Amara Okafor',
      careerIds: [career.body.id],
    })
    const chat = await call('POST', '/api/conversations', {
      personId: person.body.id,
      status: 'met',
      scheduledAt: '2026-03-02T12:00:00Z',
    })
    const path = `/api/conversations/${chat.body.id}/reflection`
    expect((await call('GET', path)).body).toMatchObject({ exists: false, person: 'Amara Okafor' })
    expect((await call('GET', '/api/reflections/due')).body.items).toEqual([
      expect.objectContaining({ conversationId: chat.body.id, person: 'Amara Okafor' }),
    ])

    const first = await call('PATCH', path, { takeaways: 'Mostly cleaning', fitRating: 4 })
    expect(first.status).toBe(200)
    const second = await call('PATCH', path, {
      pros: ['Real data'],
      nextPeople: [{ name: 'Jonas Becker' }],
      completed: true,
    })
    expect(second.body).toMatchObject({
      exists: true,
      takeaways: 'Mostly cleaning',
      fitRating: 4,
      pros: ['Real data'],
      completedAt: '2026-03-02T21:30:00.000Z',
    })
    expect((await call('GET', '/api/reflections/due')).body.items).toEqual([])

    const bad = await call('PATCH', path, {
      fitRating: 7,
      pay: [{ low: 9, high: 1, currency: 'EUR' }],
      mood: 'great',
    })
    expect(bad.status).toBe(400)
    expect(bad.body.issues.map((i: { path: string }) => i.path).sort()).toEqual([
      'fitRating',
      'mood',
      'pay.0.high',
    ])

    const added = await call('POST', `${path}/next-people`, { index: 0 })
    expect(added.status).toBe(201)
    expect((await call('GET', `/api/people/${added.body.personId}`)).body).toMatchObject({
      name: 'Jonas Becker',
      referredBy: 'Amara Okafor',
    })
    expect((await call('POST', `${path}/next-people`, { index: 0 })).status).toBe(409)

    expect((await call('DELETE', path)).status).toBe(204)
    expect((await call('GET', path)).body.exists).toBe(false)
    expect((await call('GET', '/api/conversations/nope/reflection')).status).toBe(404)
  })

  it('serves the board, the comparison, suggestions and narrowing', async () => {
    const call = client(await h.newCtx())
    const ds = (await call('POST', '/api/careers', { name: 'Data scientist' })).body
    const quant = (await call('POST', '/api/careers', { name: 'Quant', status: 'dropped' })).body
    const person = await call('POST', '/api/people', { name: 'Amara', careerIds: [ds.id] })
    const chat = await call('POST', '/api/conversations', {
      personId: person.body.id,
      status: 'met',
    })
    await call('PATCH', `/api/conversations/${chat.body.id}/reflection`, {
      fitRating: 5,
      dayToDay: 'Hospital data, all day',
      questions: ['How do clinicians review a model?'],
    })

    const board = await call('GET', `/api/careers/${ds.id}/board`)
    expect(board.status).toBe(200)
    expect(board.body.people.map((p: { name: string }) => p.name)).toEqual(['Amara'])
    expect(board.body.grid.find((r: { label: string }) => r.label === 'Day-to-day')).toMatchObject({
      singleSource: true,
      cells: [{ answers: [{ text: 'Hospital data, all day', from: 'dayToDay' }] }],
    })
    expect((await call('GET', '/api/careers/nope/board')).status).toBe(404)

    const compared = await call('GET', '/api/careers/compare')
    expect(compared.status).toBe(200)
    expect(compared.body.careers.map((c: { career: { name: string } }) => c.career.name)).toEqual([
      'Data scientist',
      'Quant',
    ])
    const only = await call('GET', `/api/careers/compare?ids=${quant.id}`)
    expect(only.body.careers).toHaveLength(1)

    const suggestions = await call('GET', '/api/careers/suggestions')
    expect(suggestions.body.suggestions.map((s: { career: string }) => s.career)).toEqual([
      'Data scientist',
    ])
    const one = await call('GET', `/api/careers/${ds.id}/suggestions`)
    expect(one.body.questions.map((q: { text: string }) => q.text)).toEqual([
      'How do clinicians review a model?',
    ])

    const narrowed = await call('POST', `/api/careers/${ds.id}/narrow`, {
      name: 'ML in healthcare',
      personIds: [person.body.id],
      questionIds: one.body.questions.map((q: { id: string }) => q.id),
    })
    expect(narrowed.status).toBe(201)
    expect(narrowed.body.focusArea).toMatchObject({ name: 'ML in healthcare', created: true })
    const refused = await call('POST', `/api/careers/${ds.id}/narrow`, {
      name: 'NLP',
      personIds: ['nobody'],
    })
    expect(refused.status).toBe(400)
    expect(refused.body.issues).toEqual([
      {
        path: 'personIds.0',
        message: 'nobody is not one of the people who speak to Data scientist',
      },
    ])
    // The records' own routes still work beside these.
    expect((await call('GET', `/api/careers/${ds.id}`)).body.status).toBe('narrowing')
  })
})
