import type { PayEntry } from '../reflections/schema.ts'
import { fold, tidy } from '../text.ts'
import type { CountedStatement, FitTrend, PayRange } from './schema.ts'

/**
 * The key two statements share when they say the same thing: case, accents,
 * spacing and trailing punctuation ignored.
 *
 * @example statementKey('  Real   DATA! ') === statementKey('real data') // true
 */
export function statementKey(text: string): string {
  return fold(tidy(text)).replace(/[\s.!?,;:…]+$/u, '')
}

/**
 * Counts statements by the people who made them (one person saying the same
 * thing twice counts once), most said first, then alphabetically. The shown
 * text is the first spelling met.
 *
 * @example countStatements([{ text: 'Real data', person: 'Ada' }, { text: 'real data.', person: 'Li' }])
 * // [{ text: 'Real data', count: 2, people: ['Ada', 'Li'] }]
 */
export function countStatements(
  statements: ReadonlyArray<{ text: string; person: string }>,
): CountedStatement[] {
  const byKey = new Map<string, { text: string; people: string[] }>()
  for (const { text, person } of statements) {
    const key = statementKey(text)
    if (!key) continue
    const entry = byKey.get(key) ?? { text: tidy(text), people: [] }
    if (!entry.people.includes(person)) entry.people.push(person)
    byKey.set(key, entry)
  }
  return [...byKey.values()]
    .map((e) => ({ text: e.text, count: e.people.length, people: e.people }))
    .sort((a, b) => b.count - a.count || fold(a.text).localeCompare(fold(b.text)))
}

/**
 * The range of pay per currency, on a yearly scale where the period allows
 * (day and hour rates are counted but kept out of the range).
 */
export function payRanges(entries: ReadonlyArray<PayEntry>): PayRange[] {
  const byCurrency = new Map<string, PayRange>()
  for (const entry of entries) {
    const range = byCurrency.get(entry.currency) ?? {
      currency: entry.currency,
      yearlyLow: null,
      yearlyHigh: null,
      entries: 0,
      notNormalized: 0,
    }
    range.entries++
    const figures = [entry.yearlyLow, entry.yearlyHigh].filter((v): v is number => v !== null)
    if (figures.length === 0) range.notNormalized++
    for (const figure of figures) {
      range.yearlyLow = range.yearlyLow === null ? figure : Math.min(range.yearlyLow, figure)
      range.yearlyHigh = range.yearlyHigh === null ? figure : Math.max(range.yearlyHigh, figure)
    }
    byCurrency.set(entry.currency, range)
  }
  return [...byCurrency.values()].sort(
    (a, b) => b.entries - a.entries || a.currency.localeCompare(b.currency),
  )
}

/**
 * The fit ratings in meeting order, their mean and direction. The direction
 * comes from the least-squares slope per conversation: a fitted change of at
 * least half a point over the series is rising or falling, less is steady.
 *
 * @example fitTrend([{ rating: 2 }, { rating: 3 }, { rating: 5 }].map(…)).direction // 'rising'
 */
export function fitTrend(points: FitTrend['points']): FitTrend {
  const count = points.length
  if (count === 0) {
    return { points, count, mean: null, slope: null, firstToLast: null, direction: null }
  }
  const ratings = points.map((p) => p.rating)
  const mean = ratings.reduce((sum, r) => sum + r, 0) / count
  if (count < 2) {
    return { points, count, mean: round(mean), slope: null, firstToLast: null, direction: null }
  }
  const meanX = (count - 1) / 2
  let numerator = 0
  let denominator = 0
  ratings.forEach((rating, x) => {
    numerator += (x - meanX) * (rating - mean)
    denominator += (x - meanX) ** 2
  })
  const slope = numerator / denominator
  const fittedChange = slope * (count - 1)
  const direction = fittedChange >= 0.5 ? 'rising' : fittedChange <= -0.5 ? 'falling' : 'steady'
  return {
    points,
    count,
    mean: round(mean),
    slope: round(slope),
    firstToLast: (ratings[count - 1] ?? 0) - (ratings[0] ?? 0),
    direction,
  }
}

function round(value: number): number {
  return Math.round(value * 100) / 100
}
