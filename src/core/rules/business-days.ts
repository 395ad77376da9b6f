import { invalid } from '../errors.ts'
import { memo } from '../shared/memo.ts'
import { fromEpochDay, isoWeekdayOfEpochDay, toEpochDay } from './calendar-date.ts'

export { atLocalTime, localDate } from './local-time.ts'

/**
 * Which days are not business days. The settings object has exactly these
 * two fields, so `settings` itself can be passed wherever a calendar is asked.
 */
export interface BusinessCalendar {
  /** ISO weekdays that are never business days: 1 = Monday … 6 = Saturday, 7 = Sunday. */
  weekendDays: readonly number[]
  /** `YYYY-MM-DD` dates that are not business days (a holiday on a weekend changes nothing). */
  holidays: readonly string[]
}

/** The usual calendar: Saturday and Sunday off, no holidays. */
export const weekendsOnly: BusinessCalendar = { weekendDays: [6, 7], holidays: [] }

/**
 * Whether `date` is a business day: not a weekend day and not a holiday.
 *
 * @example isBusinessDay('2026-03-07', weekendsOnly) // false (a Saturday)
 * @example isBusinessDay('2026-12-25', { weekendDays: [6, 7], holidays: ['2026-12-25'] }) // false
 */
export function isBusinessDay(date: string, calendar: BusinessCalendar): boolean {
  return compile(calendar)(toEpochDay(date))
}

/**
 * Steps `n` business days from `date`: for n > 0 the n-th business day after
 * it, for n < 0 the |n|-th business day before it. `date` itself is never
 * counted, so Friday + 1 is Monday, and a Saturday + 1 is also Monday.
 * `n = 0` returns `date` unchanged, business day or not.
 *
 * @example addBusinessDays('2026-03-06', 1, weekendsOnly) // '2026-03-09' (Friday → Monday)
 * @example addBusinessDays('2026-03-09', -1, weekendsOnly) // '2026-03-06'
 */
export function addBusinessDays(date: string, n: number, calendar: BusinessCalendar): string {
  if (!Number.isInteger(n)) throw invalid('n', `${n} is not a whole number of business days`)
  const isBusiness = compile(calendar)
  const step = n < 0 ? -1 : 1
  let day = toEpochDay(date)
  for (let left = Math.abs(n); left > 0; ) {
    day += step
    if (isBusiness(day)) left -= 1
  }
  return fromEpochDay(day)
}

/**
 * Counts the business days stepped onto when walking from `a` to `b`: for
 * a ≤ b the business days d with a < d ≤ b; for b < a, minus the business
 * days d with b ≤ d < a. So `businessDaysBetween(d, addBusinessDays(d, n)) === n`
 * for every n, and the count is antisymmetric when both ends are business days.
 *
 * @example businessDaysBetween('2026-03-06', '2026-03-09', weekendsOnly) // 1 (Friday → Monday)
 * @example businessDaysBetween('2026-03-02', '2026-03-02', weekendsOnly) // 0
 */
export function businessDaysBetween(a: string, b: string, calendar: BusinessCalendar): number {
  const isBusiness = compile(calendar)
  const from = toEpochDay(a, 'a')
  const to = toEpochDay(b, 'b')
  let count = 0
  if (from <= to) {
    for (let day = from + 1; day <= to; day++) if (isBusiness(day)) count++
    return count
  }
  for (let day = to; day < from; day++) if (isBusiness(day)) count++
  // A plain 0, not -0, when walking back over no business days.
  return count === 0 ? 0 : -count
}

/**
 * The first business day on or after `date` (`date` itself when it is one).
 *
 * @example nextBusinessDayOnOrAfter('2026-03-07', weekendsOnly) // '2026-03-09'
 */
export function nextBusinessDayOnOrAfter(date: string, calendar: BusinessCalendar): string {
  const isBusiness = compile(calendar)
  let day = toEpochDay(date)
  while (!isBusiness(day)) day++
  return fromEpochDay(day)
}

/**
 * The calendar as a test of epoch days, made once per calendar written the
 * same: Today's cadence asks for it a few times per person it follows.
 */
function compile(calendar: BusinessCalendar): (epochDay: number) => boolean {
  // JSON tells 6 from "6" and one holiday from two: a calendar that must be refused never reads as one that was not.
  const key = JSON.stringify([calendar.weekendDays, calendar.holidays])
  return compiledCalendars(key, () => compileCalendar(calendar))
}

const compiledCalendars = memo<(epochDay: number) => boolean>(100)

function compileCalendar(calendar: BusinessCalendar): (epochDay: number) => boolean {
  const weekend = new Set(calendar.weekendDays)
  for (const weekday of weekend) {
    if (!Number.isInteger(weekday) || weekday < 1 || weekday > 7) {
      throw invalid('weekendDays', `${weekday} is not an ISO weekday (1 = Monday … 7 = Sunday)`)
    }
  }
  if (weekend.size >= 7) {
    throw invalid('weekendDays', 'every weekday is a weekend day, so there are no business days')
  }
  const holidays = new Set(calendar.holidays.map((date) => toEpochDay(date, 'holidays')))
  return (day) => !weekend.has(isoWeekdayOfEpochDay(day)) && !holidays.has(day)
}
