import { describe, expect, it } from 'vitest'
import { countStatements, fitTrend, payRanges, statementKey } from './statistics.ts'

const points = (ratings: number[]) =>
  ratings.map((rating, i) => ({ conversationId: `c${i}`, person: `P${i}`, date: null, rating }))

describe('statementKey', () => {
  it('ignores case, accents, spacing and trailing punctuation', () => {
    expect(statementKey('  Caf\u00e9   Culture!! ')).toBe(statementKey('cafe\u0301 culture'))
  })
})

describe('countStatements', () => {
  it('counts people, not repetitions, most said first', () => {
    const counted = countStatements([
      { text: 'Real data', person: 'Ada' },
      { text: 'long hours', person: 'Ada' },
      { text: 'REAL  data.', person: 'Li' },
      { text: 'real data', person: 'Li' },
      { text: 'Impact', person: 'Li' },
    ])
    expect(counted).toEqual([
      { text: 'Real data', count: 2, people: ['Ada', 'Li'] },
      { text: 'Impact', count: 1, people: ['Li'] },
      { text: 'long hours', count: 1, people: ['Ada'] },
    ])
  })
})

describe('fitTrend', () => {
  it('gives the mean and a direction from the fitted slope', () => {
    expect(fitTrend(points([2, 3, 5]))).toMatchObject({
      mean: 3.33,
      direction: 'rising',
      firstToLast: 3,
    })
    expect(fitTrend(points([4, 2]))).toMatchObject({ mean: 3, slope: -2, direction: 'falling' })
    // Up and down again: the line through them is flat.
    expect(fitTrend(points([3, 5, 3]))).toMatchObject({ direction: 'steady', firstToLast: 0 })
  })

  it('has no direction with fewer than two ratings', () => {
    expect(fitTrend(points([4]))).toMatchObject({ count: 1, mean: 4, direction: null })
    expect(fitTrend([])).toMatchObject({ count: 0, mean: null, direction: null })
  })
})

describe('payRanges', () => {
  it('ranges per currency over yearly figures, counting day rates apart', () => {
    const entry = (currency: string, yearlyLow: number | null, yearlyHigh: number | null) => ({
      id: 'x',
      low: 1,
      high: 1,
      currency,
      period: 'year' as const,
      level: '',
      location: '',
      year: null,
      note: '',
      careerId: null,
      yearlyLow,
      yearlyHigh,
    })
    expect(
      payRanges([
        entry('EUR', 60000, 75000),
        entry('EUR', 55000, 90000),
        entry('EUR', null, null),
        entry('USD', 100000, null),
      ]),
    ).toEqual([
      { currency: 'EUR', yearlyLow: 55000, yearlyHigh: 90000, entries: 3, notNormalized: 1 },
      { currency: 'USD', yearlyLow: 100000, yearlyHigh: 100000, entries: 1, notNormalized: 0 },
    ])
  })
})
