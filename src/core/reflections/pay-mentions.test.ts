import { describe, expect, it } from 'vitest'
import { findPayMentions } from './pay-mentions.ts'

describe('pay heard in what they said', () => {
  it('finds ranges with a currency sign and k, and the period said after them', () => {
    expect(
      findPayMentions(
        'Entry scientist with a PhD: €68–75k plus a 13th month. Group leaders around €100k.',
      ),
    ).toEqual([
      { low: 68_000, high: 75_000, currency: 'EUR', period: 'year', text: '€68–75k' },
      { low: 100_000, high: 100_000, currency: 'EUR', period: 'year', text: '€100k' },
    ])
    expect(
      findPayMentions('Juniors get 4,500 EUR a month, seniors $95,000 to $110,000 per year'),
    ).toEqual([
      { low: 4_500, high: 4_500, currency: 'EUR', period: 'month', text: '4,500 EUR a month' },
      {
        low: 95_000,
        high: 110_000,
        currency: 'USD',
        period: 'year',
        text: '$95,000 to $110,000 per year',
      },
    ])
    expect(findPayMentions('Contractors charge £60/hour; 80-90k GBP for leads')).toEqual([
      { low: 60, high: 60, currency: 'GBP', period: 'hour', text: '£60/hour' },
      { low: 80_000, high: 90_000, currency: 'GBP', period: 'year', text: '80-90k GBP' },
    ])
  })

  it('leaves numbers that are not pay alone', () => {
    expect(findPayMentions('45–50 hours a week, a 13th month, 10–20% bonus, since 2019')).toEqual(
      [],
    )
    expect(findPayMentions('')).toEqual([])
  })
})
