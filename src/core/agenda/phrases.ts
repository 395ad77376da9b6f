import { addCalendarDays, isoWeekdayOfEpochDay, toEpochDay } from '../rules/calendar-date.ts'
import { localClockTime, localDate } from '../rules/local-time.ts'

/**
 * Dates and deadlines in words, in the explorer's zone, so every face shows
 * the same "tonight by 21:00" whatever the clock of the browser says.
 */
export interface Clock {
  now: string
  zone: string
  today: string
}

/**
 * "Thu 5 Mar" for a local date.
 *
 * @example dayName('2026-03-05') // 'Thu 5 Mar'
 */
export function dayName(date: string): string {
  // Plain arithmetic: a luxon DateTime per name was a visible share of Today's time.
  const day = toEpochDay(date)
  const [, month = '01', dayOfMonth = '01'] = date.split('-')
  return `${weekdays[isoWeekdayOfEpochDay(day) - 1]} ${Number(dayOfMonth)} ${months[Number(month) - 1]}`
}

const weekdays = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const
const months = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const

/** "today", "tomorrow", "yesterday" or "Thu 5 Mar". */
export function relativeDayName(date: string, clock: Clock): string {
  if (date === clock.today) return 'today'
  if (date === addCalendarDays(clock.today, 1)) return 'tomorrow'
  if (date === addCalendarDays(clock.today, -1)) return 'yesterday'
  return dayName(date)
}

/** The local wall-clock time of an instant, "15:00". */
export function clockTime(instant: string, zone: string): string {
  return localClockTime(instant, zone)
}

/** "today at 15:00", "Thu 5 Mar at 15:00". */
export function when(instant: string, clock: Clock): string {
  return `${relativeDayName(localDate(instant, clock.zone), clock)} at ${clockTime(instant, clock.zone)}`
}

/**
 * A deadline in words: "tonight by 21:00", "by the end of today",
 * "tomorrow by 09:00", "overdue since Wed 4 Mar 21:00". A deadline at local
 * midnight is the end of the day before.
 *
 * @example dueText('2026-03-05T20:00:00.000Z', { now: '2026-03-05T15:00:00Z', zone: 'Europe/Berlin', today: '2026-03-05' })
 * // 'tonight by 21:00'
 */
export function dueText(dueBy: string, clock: Clock): string {
  const time = clockTime(dueBy, clock.zone)
  const endOfDay = time === '00:00'
  const date = endOfDay
    ? addCalendarDays(localDate(dueBy, clock.zone), -1)
    : localDate(dueBy, clock.zone)
  if (dueBy < clock.now) {
    return `overdue since ${endOfDay ? `the end of ${relativeDayName(date, clock)}` : `${relativeDayName(date, clock)} ${time}`}`
  }
  if (endOfDay) return `by the end of ${relativeDayName(date, clock)}`
  if (date === clock.today) return time >= '18:00' ? `tonight by ${time}` : `today by ${time}`
  return `${relativeDayName(date, clock)} by ${time}`
}

/** A 3B7 step in words: "due today", "due since Wed 11 Mar". */
export function dueSince(date: string, clock: Clock): string {
  return date === clock.today ? 'due today' : `due since ${dayName(date)}`
}

/** "1 person", "2 people". */
export function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`
}
