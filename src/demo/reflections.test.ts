import { expect, it } from 'vitest'
import { describeEngines } from '../../test/engines.ts'
import { compareCareers } from '../core/insights/service.ts'
import { reflectionsDue } from '../core/reflections/due.ts'
import { search } from '../core/search/service.ts'
import { generateDemo } from './generate.ts'

describeEngines('demo reflections', (h) => {
  it('reflects on every held conversation, with a fit story the comparison tells', async () => {
    const ctx = await h.newCtx()
    await generateDemo(ctx)
    const rows = await compareCareers(ctx)
    const byName = new Map(rows.map((r) => [r.career.name, r]))
    expect(byName.get('Data scientist')?.fit).toMatchObject({ direction: 'rising', count: 4 })
    expect(byName.get('Quantitative analyst')).toMatchObject({
      career: { dropped: true },
      fit: { direction: 'falling', count: 2 },
    })
    for (const row of rows) {
      expect(row.conversations, row.career.name).toBeGreaterThanOrEqual(2)
      expect(
        row.pay.map((p) => p.currency),
        row.career.name,
      ).toEqual(['EUR'])
      expect(row.pros.length, row.career.name).toBeGreaterThan(0)
    }
    // Only today's reflection is still to write.
    expect((await reflectionsDue(ctx)).map((r) => r.person)).toEqual(['Jonas Becker'])
    const hits = await search(ctx, { q: 'catastrophe', kinds: ['reflection'] })
    expect(hits.map((r) => r.title)).toEqual(['Elena Marsh — reflection'])
  })
})
