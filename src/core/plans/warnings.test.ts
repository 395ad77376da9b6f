import { describe, expect, it } from 'vitest'
import { defaultSettings } from '../settings/schema.ts'
import { planWarnings } from './warnings.ts'

describe('plan size warnings', () => {
  it('says nothing between the recommended fewest and most', () => {
    for (const n of [5, 7, 10]) expect(planWarnings(n, defaultSettings, 30)).toEqual([])
  })

  it('warns below, above, and clearly above the limit for the promised length', () => {
    expect(planWarnings(1, defaultSettings, 30)[0]?.message).toBe(
      'Only 1 question planned; 5–10 are recommended.',
    )
    expect(planWarnings(12, defaultSettings, 30)[0]).toEqual({
      code: 'above-max',
      message: '12 questions planned; 5–10 are recommended, so some may not fit into 30 minutes.',
    })
    expect(planWarnings(13, defaultSettings, 45)[0]?.message).toMatch(
      /^13 questions are too many for a 45-minute conversation: keep it to 12 at most/,
    )
  })
})
