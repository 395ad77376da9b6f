import { expect, it } from 'vitest'
import { describeEngines } from './engines.ts'
import { operationsOf } from './fuzz/openapi-requests.ts'
import type { JsonSchema } from './fuzz/schema-values.ts'
import { httpClient } from './http-client.ts'

const NUL = 'a\u0000b'
const SURROGATE = 'a\uD800b'

const isText = (schema: JsonSchema | undefined) =>
  !schema?.enum &&
  (schema?.type === 'string' || (Array.isArray(schema?.type) && schema.type.includes('string')))

/** Each text field of a body, with a body that puts `bad` in it (in an array, as its item). */
// A field with a pattern or format (an instant, an email) refuses the text for its shape first.
const shaped = (schema: JsonSchema | undefined) => Boolean(schema?.pattern || schema?.format)

interface BadBody {
  field: string
  body: unknown
  shaped: boolean
}

function badBodies(schema: JsonSchema, bad: string): BadBody[] {
  return Object.entries(schema.properties ?? {}).flatMap(([key, sub]): BadBody[] => {
    if (isText(sub)) return [{ field: key, body: { [key]: bad }, shaped: shaped(sub) }]
    if (sub.type === 'array' && isText(sub.items))
      return [{ field: `${key}.0`, body: { [key]: [bad] }, shaped: shaped(sub.items) }]
    if (sub.type === 'array' && sub.items?.properties) {
      return badBodies(sub.items, bad).map((inner) => ({
        ...inner,
        field: `${key}.0.${inner.field}`,
        body: { [key]: [inner.body] },
      }))
    }
    return []
  })
}

describeEngines('text PostgreSQL cannot store is refused at the schema', (h) => {
  it('answers 400 naming the field, for a NUL or a lone surrogate in any path id, query filter or body text', async () => {
    const call = httpClient(await h.newCtx())
    const doc = (await call('GET', '/api/openapi.json')).body
    const wrong: string[] = []
    let checked = 0
    const expectRefused = async (
      label: string,
      method: string,
      path: string,
      field: string,
      body?: unknown,
      anyReason = false,
    ) => {
      checked++
      const answer = await call(method, path, body)
      const named = (answer.body?.issues ?? []).some(
        (i: { path: string; message: string }) =>
          (i.path === field || i.path.startsWith(`${field}.`)) &&
          (anyReason || /NUL|broken character/.test(i.message)),
      )
      if (answer.status !== 400 || !named) {
        wrong.push(`${label} ${field}: ${answer.status} ${answer.text.slice(0, 160)}`)
      }
    }
    // Imports take files, not JSON: their query is checked once a file is sent (fuzzed elsewhere).
    for (const op of operationsOf(doc).filter((o) => o.template !== '/api/imports')) {
      const label = `${op.method} ${op.template}`
      const fill = (bad?: { name: string; value: string }) =>
        op.template.replace(/\{(\w+)\}/g, (_, name: string) =>
          encodeURIComponent(bad?.name === name ? bad.value : 'some-id'),
        )
      for (const param of op.parameters) {
        if (!isText(param.schema)) continue
        if (param.in === 'path') {
          await expectRefused(label, op.method, fill({ name: param.name, value: NUL }), param.name)
        } else if (param.in === 'query') {
          const query = `${param.name}=${encodeURIComponent(NUL)}`
          await expectRefused(label, op.method, `${fill()}?${query}`, param.name)
        }
      }
      if (!op.body) continue
      for (const [bad, kind] of [
        [NUL, 'NUL'],
        [SURROGATE, 'surrogate'],
      ] as const) {
        for (const { field, body, shaped } of badBodies(op.body, bad)) {
          await expectRefused(`${label} (${kind})`, op.method, fill(), field, body, shaped)
        }
      }
    }
    expect(checked).toBeGreaterThan(200)
    expect(wrong).toEqual([])
  })
})
