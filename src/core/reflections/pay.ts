import type { PayPeriod } from './schema.ts'

/**
 * How many of each period make a year. Only periods with an agreed count
 * normalize: a day or hour rate depends on how many days someone works, so
 * those keep their original figure and get no yearly one.
 */
const perYear: Partial<Record<PayPeriod, number>> = { year: 1, month: 12, week: 52 }

/**
 * An amount as a yearly figure, or null when the period does not allow it.
 *
 * @example toYearly(5000, 'month') // 60000
 * @example toYearly(600, 'day') // null
 */
export function toYearly(amount: number | null, period: PayPeriod): number | null {
  const factor = perYear[period]
  if (amount === null || factor === undefined) return null
  return amount * factor
}

/** Whether amounts of this period can be put on a yearly scale. */
export function normalizes(period: PayPeriod): boolean {
  return perYear[period] !== undefined
}

const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 })

/**
 * One pay line as a person reads it.
 *
 * @example formatPay({ low: 60000, high: 75000, currency: 'EUR', period: 'year', level: 'junior', location: 'Berlin', year: 2026 })
 * // '60,000–75,000 EUR/year · junior · Berlin · 2026'
 */
export function formatPay(entry: {
  low: number | null
  high: number | null
  currency: string
  period: string
  level?: string
  location?: string
  year?: number | null
}): string {
  const { low, high } = entry
  const amounts =
    low !== null && high !== null && low !== high
      ? `${grouped.format(low)}–${grouped.format(high)}`
      : grouped.format(low ?? high ?? 0)
  const prefix =
    low === null && high !== null ? 'up to ' : high === null && low !== null ? 'from ' : ''
  return [
    `${prefix}${amounts} ${entry.currency}/${entry.period}`,
    entry.level,
    entry.location,
    entry.year ? String(entry.year) : '',
  ]
    .filter(Boolean)
    .join(' · ')
}
