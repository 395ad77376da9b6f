import { expect, it } from 'vitest'
import { describeEngines } from '../../../test/engines.ts'
import { readJson } from '../../../test/json.ts'
import type { Ctx } from '../../core/context.ts'
import { listPeople } from '../../core/people/service.ts'
import { createApp } from '../app.ts'

const origin = 'http://127.0.0.1:4321'

function appFor(ctx: Ctx) {
  const app = createApp({ contextFor: () => ctx, local: true, version: 'test' })
  return (path: string, init: RequestInit = {}) =>
    app.request(path, {
      ...init,
      headers: { host: '127.0.0.1:4321', origin, ...(init.headers ?? {}) },
    })
}

/** A French address book of no known program. */
const csv =
  'Prénom,Nom de famille,Courriel,Société,Poste,Couleur\nMarie,Curie,marie@example.org,Institut du Radium,Directrice,bleu\n'

function form(mapping?: string): FormData {
  const body = new FormData()
  body.set('file', new File([csv], 'carnet.csv', { type: 'text/csv' }))
  if (mapping !== undefined) body.set('mapping', mapping)
  return body
}

interface Column {
  name: string
  field: string
}

describeEngines('POST /api/imports with a column mapping', (h) => {
  it('answers the mapping step for an unknown CSV, imports with the mapping field, and offers it again', async () => {
    const ctx = await h.newCtx()
    const request = appFor(ctx)
    const step = await request('/api/imports', { method: 'POST', body: form() })
    expect(step.status).toBe(200)
    const answer = await readJson(step)
    expect(answer).toMatchObject({
      format: 'csv',
      created: 0,
      mapping: { needed: true, remembered: false },
    })
    expect(answer.mapping?.columns).toEqual([
      { name: 'Prénom', samples: ['Marie'], field: 'firstName', suggested: 'firstName' },
      { name: 'Nom de famille', samples: ['Curie'], field: 'lastName', suggested: 'lastName' },
      { name: 'Courriel', samples: ['marie@example.org'], field: 'email', suggested: 'email' },
      {
        name: 'Société',
        samples: ['Institut du Radium'],
        field: 'organization',
        suggested: 'organization',
      },
      { name: 'Poste', samples: ['Directrice'], field: 'title', suggested: 'title' },
      { name: 'Couleur', samples: ['bleu'], field: 'details', suggested: 'details' },
    ])
    const refused = await request('/api/imports?dryRun=false', { method: 'POST', body: form() })
    expect(refused.status).toBe(400)
    expect((await readJson(refused)).error).toContain(`--map "${answer.mapping?.map}"`)

    const mapping = JSON.stringify({
      ...Object.fromEntries(answer.mapping?.columns.map((c: Column) => [c.name, c.field]) ?? []),
      Couleur: 'ignore',
    })
    const done = await request('/api/imports?dryRun=false', { method: 'POST', body: form(mapping) })
    expect(done.status).toBe(200)
    const report = await readJson(done)
    expect(report).toMatchObject({ format: 'csv', created: 1, mapping: { needed: false } })
    expect(report.columns).toEqual([
      { name: 'Couleur', where: 'left out', why: 'ignored in the column mapping', rows: 1 },
    ])
    const { items } = await listPeople(ctx, {}, { all: true })
    expect(items).toMatchObject([
      {
        name: 'Marie Curie',
        organization: 'Institut du Radium',
        title: 'Directrice',
        emails: ['marie@example.org'],
        notes: '',
      },
    ])
    const again = await readJson(await request('/api/imports', { method: 'POST', body: form() }))
    expect(again.mapping).toMatchObject({ needed: true, remembered: true })
    expect(again.mapping?.columns.at(-1)?.field).toBe('ignore')
  })

  it('takes the mapping as a query parameter of a raw upload, as Column=field pairs', async () => {
    const ctx = await h.newCtx()
    const map = encodeURIComponent('Prénom=firstName,Nom de famille=lastName,Courriel=email')
    const response = await appFor(ctx)(`/api/imports?dryRun=false&mapping=${map}`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv' },
      body: csv,
    })
    expect(response.status).toBe(200)
    const report = await readJson(response)
    expect(report.created).toBe(1)
    expect(
      report.columns.map((c: { name: string; where: string }) => `${c.name}:${c.where}`),
    ).toEqual(['Société:notes', 'Poste:notes', 'Couleur:notes'])
  })

  it.each([
    ['{"Prénom":"firstName","Courriel":"e-mail"}', '"e-mail" is not a field a column can go to'],
    [
      'Prénom=firstName,Nom de famille=firstName',
      '"Prénom" and "Nom de famille" both go to firstName',
    ],
    ['Vorname=firstName', 'there is no column "Vorname"'],
    ['Prénom', '"Prénom" has no "=field"'],
    ['{"Prénom": ', 'is not valid JSON'],
  ])('answers 400 naming what is wrong with mapping %s', async (mapping, message) => {
    const ctx = await h.newCtx()
    const response = await appFor(ctx)('/api/imports?dryRun=false', {
      method: 'POST',
      body: form(mapping),
    })
    expect(response.status).toBe(400)
    const body = await readJson(response)
    expect(body.error).toContain(message)
    expect(body.error).not.toContain('the request is not valid: mapping: mapping')
    expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+/)
    expect((await listPeople(ctx, {}, { all: true })).total).toBe(0)
  })
})
