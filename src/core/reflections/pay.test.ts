import { describe, expect, it } from 'vitest'
import { juniorBerlinPay } from '../../../test/pay-example.ts'
import { formatPay, toYearly } from './pay.ts'
import { parsePayText } from './pay-text.ts'
import { PayEntryInput } from './schema.ts'

describe('toYearly', () => {
  it('puts year, month and week on a yearly scale, and leaves day and hour rates alone', () => {
    expect(toYearly(60000, 'year')).toBe(60000)
    expect(toYearly(5000, 'month')).toBe(60000)
    expect(toYearly(1000, 'week')).toBe(52000)
    expect(toYearly(600, 'day')).toBeNull()
    expect(toYearly(80, 'hour')).toBeNull()
    expect(toYearly(null, 'year')).toBeNull()
  })
})

describe('parsePayText', () => {
  it('reads the way people jot pay down', () => {
    expect(parsePayText(juniorBerlinPay.text)).toEqual(juniorBerlinPay.entry)
    expect(parsePayText('62.5k–70k chf/mo')).toMatchObject({
      low: 62500,
      high: 70000,
      currency: 'CHF',
      period: 'month',
      level: '',
      year: null,
    })
    expect(parsePayText('85,000 USD, senior data scientist, New York, 2025')).toMatchObject({
      low: 85000,
      high: 85000,
      level: 'senior data scientist',
      location: 'New York',
      year: 2025,
    })
    expect(parsePayText('650 EUR/day')).toMatchObject({ low: 650, period: 'day' })
  })

  it('says what it could not read', () => {
    expect(parsePayText('a lot')).toEqual({
      error: 'cannot read "a lot"; write it like "60000-75000 EUR/year junior Berlin 2026"',
    })
    expect(parsePayText('60000 EUR/fortnight')).toEqual({
      error: '"fortnight" is not a period; use one of year, month, week, day, hour',
    })
  })
})

describe('PayEntryInput', () => {
  it('wants low ≤ high, an ISO 4217 currency and a year from 1990 to 2100', () => {
    expect(PayEntryInput.safeParse({ low: 1, high: 2, currency: 'eur' }).data?.currency).toBe('EUR')
    const bad = PayEntryInput.safeParse({ low: 3, high: 2, currency: 'EUR', year: 2101 })
    expect(bad.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['high', 'year'])
    const swapped = PayEntryInput.safeParse({ low: 3, high: 2, currency: 'EUR' })
    expect(swapped.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['high', 'the high amount (2) is below the low one (3)'],
    ])
    expect(PayEntryInput.safeParse({ low: 1, currency: 'XYZ' }).success).toBe(false)
  })
})

describe('formatPay', () => {
  it('writes a range with its context, and open ends in words', () => {
    expect(formatPay(juniorBerlinPay.entry)).toBe('60,000–75,000 EUR/year · junior · Berlin · 2026')
    expect(formatPay({ low: null, high: 90000, currency: 'USD', period: 'year' })).toBe(
      'up to 90,000 USD/year',
    )
    expect(formatPay({ low: 700, high: null, currency: 'EUR', period: 'day' })).toBe(
      'from 700 EUR/day',
    )
  })
})
