import { expect, it } from 'vitest'
import { describeEngines } from '../../../test/engines.ts'
import { httpClient } from '../../../test/http-client.ts'
import { ticking } from '../../../test/ticking-clock.ts'

describeEngines('HTTP API for duplicates and merges', (h) => {
  async function twoAdas() {
    const ctx = ticking(await h.newCtx())
    const call = httpClient(ctx)
    const org = await call('POST', '/api/organizations', { name: 'Acme' })
    const ada = await call('POST', '/api/people', {
      name: 'Ada Lovelace',
      organizationId: org.body.id,
      emails: ['ada.lovelace@gmail.com'],
    })
    const twin = await call('POST', '/api/people', {
      name: 'Ada Lovelace',
      organizationId: org.body.id,
      title: 'Analyst',
      emails: ['adalovelace+work@gmail.com'],
    })
    const chat = await call('POST', '/api/conversations', {
      personId: twin.body.id,
      status: 'identified',
    })
    return {
      call,
      adaId: ada.body.id as string,
      twinId: twin.body.id as string,
      chatId: chat.body.id as string,
    }
  }

  it('lists the pair with its reasons, previews, merges and undoes', async () => {
    const { call, adaId, twinId, chatId } = await twoAdas()
    const list = await call('GET', '/api/people/duplicates')
    expect(list.status).toBe(200)
    expect(list.body.total).toBe(1)
    expect(list.body.items[0].person.id).toBe(adaId)
    expect(list.body.items[0].reasons).toEqual([
      'same name at Acme',
      'same Gmail address without dots or +tag: ada.lovelace@gmail.com, adalovelace+work@gmail.com',
    ])
    const preview = await call('POST', `/api/people/${adaId}/merge`, {
      otherId: twinId,
      dryRun: true,
    })
    expect(preview.status).toBe(200)
    expect(preview.body.dryRun).toBe(true)
    expect(preview.body.moves.conversations).toBe(1)
    expect((await call('GET', `/api/people/${twinId}`)).status).toBe(200)

    const merged = await call('POST', `/api/people/${adaId}/merge`, { otherId: twinId })
    expect(merged.status).toBe(200)
    expect(merged.body.person.title).toBe('Analyst')
    expect(merged.body.person.emails).toEqual([
      'ada.lovelace@gmail.com',
      'adalovelace+work@gmail.com',
    ])
    expect((await call('GET', `/api/people/${twinId}`)).status).toBe(404)
    expect((await call('GET', `/api/conversations/${chatId}`)).body.personId).toBe(adaId)
    expect((await call('GET', '/api/people/duplicates')).body.total).toBe(0)
    const merges = await call('GET', '/api/people/merges')
    expect(merges.body.items).toEqual([
      expect.objectContaining({ id: merged.body.mergeId, undoable: true }),
    ])

    const undone = await call('POST', `/api/people/merges/${merged.body.mergeId}/undo`)
    expect(undone.status).toBe(200)
    expect(undone.body.restored.id).toBe(twinId)
    expect((await call('GET', `/api/conversations/${chatId}`)).body.personId).toBe(twinId)
    const again = await call('POST', '/api/people/merges/undo-last')
    expect(again.status).toBe(409)
    expect(again.body.error).toBe('there is no merge to undo')
  })

  it('dismisses a pair for good', async () => {
    const { call, adaId, twinId } = await twoAdas()
    const dismissed = await call('POST', '/api/people/duplicates/dismiss', {
      personId: twinId,
      otherId: adaId,
    })
    expect(dismissed.status).toBe(204)
    expect((await call('GET', '/api/people/duplicates')).body.total).toBe(0)
  })

  it('answers bad input with a 400 naming the field, an unknown person with a 404, a refused undo with a 409', async () => {
    const { call, adaId, twinId } = await twoAdas()
    const self = await call('POST', `/api/people/${adaId}/merge`, { otherId: adaId })
    expect(self.status).toBe(400)
    expect(self.body.issues).toEqual([
      { path: 'otherId', message: 'that is the same person: choose the other one to merge' },
    ])
    const noOther = await call('POST', `/api/people/${adaId}/merge`, { dryRun: 'yes' })
    expect(noOther.status).toBe(400)
    expect(noOther.body.issues.map((i: { path: string }) => i.path).sort()).toEqual([
      'dryRun',
      'otherId',
    ])
    expect((await call('POST', `/api/people/${adaId}/merge`, { otherId: 'nobody' })).status).toBe(
      404,
    )
    expect((await call('POST', '/api/people/duplicates/dismiss', { personId: adaId })).status).toBe(
      400,
    )
    expect((await call('GET', '/api/people/duplicates?limit=-1')).status).toBe(400)
    expect((await call('POST', '/api/people/merges/nope/undo')).status).toBe(404)
    const merged = await call('POST', `/api/people/${adaId}/merge`, { otherId: twinId })
    await call('PATCH', `/api/people/${adaId}`, { title: 'Changed since' })
    const refused = await call('POST', `/api/people/merges/${merged.body.mergeId}/undo`)
    expect(refused.status).toBe(409)
    expect(refused.body.error).toMatch(/^Ada Lovelace was changed after the merge/)
  })

  it('describes every route in the OpenAPI document', async () => {
    const { call } = await twoAdas()
    const doc = await call('GET', '/api/openapi.json')
    const paths = Object.keys(doc.body.paths)
    for (const path of [
      '/api/people/duplicates',
      '/api/people/duplicates/dismiss',
      '/api/people/merges',
      '/api/people/merges/undo-last',
      '/api/people/merges/{id}/undo',
      '/api/people/{id}/merge',
    ])
      expect(paths).toContain(path)
  })
})
