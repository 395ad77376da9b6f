import { invalid } from '../errors.ts'
import { memo } from '../shared/memo.ts'

/**
 * Calendar dates as `YYYY-MM-DD` strings, the representation the database and
 * the API use. Arithmetic runs on whole days since 1970-01-01 (the "epoch
 * day"), so no time zone and no daylight-saving change can ever shift a date.
 */

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/
const msPerDay = 86_400_000

/**
 * Whether `text` is a real calendar date written `YYYY-MM-DD`.
 *
 * @example isCalendarDate('2028-02-29') // true
 * @example isCalendarDate('2026-02-29') // false
 */
export function isCalendarDate(text: string): boolean {
  return epochDayOrNull(text) !== null
}

/**
 * Days since 1970-01-01 for a `YYYY-MM-DD` date; throws a ValidationError
 * naming `field` when the text is not a real date.
 *
 * @example toEpochDay('1970-01-02') // 1
 */
export function toEpochDay(date: string, field = 'date'): number {
  const day = epochDayOrNull(date)
  if (day === null) {
    throw invalid(field, `"${date}" is not a calendar date written YYYY-MM-DD, such as 2026-03-02`)
  }
  return day
}

/**
 * The `YYYY-MM-DD` date of an epoch day.
 *
 * @example fromEpochDay(0) // '1970-01-01'
 */
export function fromEpochDay(day: number): string {
  // Today's deadlines step through the same few hundred days on every load.
  return datesOfDays(day, () => new Date(day * msPerDay).toISOString().slice(0, 10))
}

const datesOfDays = memo<string, number>(20_000)

/**
 * The date `n` calendar days after `date` (before it when `n` is negative).
 *
 * @example addCalendarDays('2028-02-28', 1) // '2028-02-29'
 */
export function addCalendarDays(date: string, n: number): string {
  return fromEpochDay(toEpochDay(date) + n)
}

/**
 * The ISO weekday of a date: 1 = Monday … 7 = Sunday.
 *
 * @example isoWeekday('2026-03-02') // 1 (a Monday)
 */
export function isoWeekday(date: string): number {
  return isoWeekdayOfEpochDay(toEpochDay(date))
}

/** The ISO weekday of an epoch day; 1970-01-01 was a Thursday (4). */
export function isoWeekdayOfEpochDay(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1
}

function epochDayOrNull(text: string): number | null {
  return daysOfDates(text, () => readEpochDay(text))
}

/** What each date text read as (null: not a date), since the same dates are read again and again. */
const daysOfDates = memo<number | null>(20_000)

function readEpochDay(text: string): number | null {
  const match = datePattern.exec(text)
  if (!match) return null
  const [, y, m, d] = match
  const year = Number(y)
  const month = Number(m)
  const day = Number(d)
  const ms = Date.UTC(year, month - 1, day)
  const back = new Date(ms)
  // Date.UTC rolls 2026-02-30 over into March; a real date survives the round trip.
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1) return null
  if (back.getUTCDate() !== day) return null
  return ms / msPerDay
}
