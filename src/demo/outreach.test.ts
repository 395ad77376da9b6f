import { expect, it } from 'vitest'
import { describeEngines } from '../../test/engines.ts'
import { listMessages } from '../core/outreach/service.ts'
import { generateDemo } from './generate.ts'

describeEngines('demo messages', (h) => {
  it('holds only what a careful explorer would have sent: no {variable} in anything sent', async () => {
    const ctx = await h.newCtx()
    await generateDemo(ctx)
    const { items } = await listMessages(ctx, {}, { all: true })
    const sent = items.filter((m) => m.status !== 'draft')
    expect(sent.length).toBeGreaterThan(10)
    const unfinished = sent
      .filter((m) => /\{[^{}]*\}/.test(`${m.subject}\n${m.body}`))
      .map((m) => `${m.kind} to ${m.person}: ${m.subject} / ${m.body.match(/\{[^{}]*\}/)?.[0]}`)
    expect(unfinished).toEqual([])
    for (const m of sent)
      expect(m.lint.body.problems.map((p) => p.rule)).not.toContain('unfilled-variable')
  })
})
