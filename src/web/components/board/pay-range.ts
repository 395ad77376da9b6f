// Kept apart from pay-chart.tsx: pages that only write a range (the
// comparison) must not load the chart library.
/** Whole amounts in the reader's way of writing numbers. */
export const money = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 })

/**
 * A pay range as words.
 *
 * @example rangeText(50000, 65000, 'EUR') // '50,000–65,000 EUR'
 */
export function rangeText(low: number | null, high: number | null, currency: string): string {
  if (low === null && high === null) return '—'
  if (low !== null && high !== null && low !== high)
    return `${money.format(low)}–${money.format(high)} ${currency}`
  if (low === null) return `up to ${money.format(high ?? 0)} ${currency}`
  if (high === null) return `from ${money.format(low)} ${currency}`
  return `${money.format(low)} ${currency}`
}
