import { type PayPeriod, payPeriods } from './schema.ts'

/** A pay entry read from one line of text, still to be validated by `PayEntryInput`. */
export interface PayText {
  low: number | null
  high: number | null
  currency: string
  period: PayPeriod | string
  level: string
  location: string
  year: number | null
}

const periodWords: Record<string, PayPeriod> = {
  y: 'year',
  yr: 'year',
  year: 'year',
  yearly: 'year',
  annual: 'year',
  pa: 'year',
  mo: 'month',
  month: 'month',
  monthly: 'month',
  w: 'week',
  wk: 'week',
  week: 'week',
  weekly: 'week',
  d: 'day',
  day: 'day',
  daily: 'day',
  h: 'hour',
  hr: 'hour',
  hour: 'hour',
  hourly: 'hour',
}

/**
 * Reads pay as people jot it down: `LOW[-HIGH] CURRENCY[/PERIOD] [level] [location] [year]`,
 * amounts with `k` for thousands and separators allowed. With commas, the
 * parts after the amount are level, location, year in that order; without,
 * the first word is the level and the rest the location. Returns null with a
 * reason when the line cannot be read.
 *
 * @example parsePayText('60k-75k EUR/year junior Berlin 2026')
 * // { low: 60000, high: 75000, currency: 'EUR', period: 'year', level: 'junior', location: 'Berlin', year: 2026 }
 */
export function parsePayText(line: string): PayText | { error: string } {
  const match = line
    .trim()
    .match(
      /^([\d.,\s]+k?)\s*(?:(?:-|–|to)\s*([\d.,\s]+k?))?\s*([A-Za-z]{3})\s*(?:\/\s*([A-Za-z]+))?\s*,?\s*(.*)$/i,
    )
  if (!match) {
    return {
      error: `cannot read "${line}"; write it like "60000-75000 EUR/year junior Berlin 2026"`,
    }
  }
  const [, lowText = '', highText, currency = '', periodText, restText = ''] = match
  const low = amount(lowText)
  const high = highText === undefined ? low : amount(highText)
  if (low === null || high === null) return { error: `cannot read the amounts in "${line}"` }
  let period: PayPeriod | string = 'year'
  if (periodText) {
    const word = periodText.toLowerCase()
    const known = periodWords[word]
    if (!known)
      return { error: `"${periodText}" is not a period; use one of ${payPeriods.join(', ')}` }
    period = known
  }
  let rest = restText.trim()
  let year: number | null = null
  const yearMatch = rest.match(/(?:^|[\s,])((?:19|20|21)\d{2})\s*$/)
  if (yearMatch?.[1]) {
    year = Number(yearMatch[1])
    rest = rest.slice(0, yearMatch.index).trim()
  }
  rest = rest.replace(/,\s*$/, '').trim()
  let level = ''
  let location = ''
  if (rest.includes(',')) {
    const [first = '', ...others] = rest.split(',').map((p) => p.trim())
    level = first
    location = others.filter(Boolean).join(', ')
  } else if (rest) {
    const [first = '', ...others] = rest.split(/\s+/)
    level = first
    location = others.join(' ')
  }
  return { low, high, currency: currency.toUpperCase(), period, level, location, year }
}

function amount(text: string): number | null {
  let cleaned = text.replace(/\s+/g, '').toLowerCase()
  const thousands = cleaned.endsWith('k')
  if (thousands) cleaned = cleaned.slice(0, -1)
  // "60.000" and "60,000" are grouping; "62.5k" is a decimal before k.
  if (thousands) cleaned = cleaned.replace(',', '.')
  else cleaned = cleaned.replace(/[.,](?=\d{3}(\D|$))/g, '')
  if (!/^\d+(\.\d+)?$/.test(cleaned)) return null
  const value = Number(cleaned) * (thousands ? 1000 : 1)
  return Number.isFinite(value) ? Math.round(value) : null
}
