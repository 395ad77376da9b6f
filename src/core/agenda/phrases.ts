import {
  type DateStyle,
  dayText,
  deadlineText,
  momentText,
  relativeDayText,
  timeText,
} from '../shared/date-words.ts'

/**
 * Dates and deadlines in words, in the explorer's zone, so every face shows
 * the same "tonight by 21:00" whatever the clock of the browser says.
 */
export interface Clock {
  now: string
  zone: string
  today: string
  /** The explorer's locale and 12/24-hour clock (core/shared/date-words.ts); British, 24 h without. */
  style?: Omit<DateStyle, 'timeZone'>
}

function styleOf(clock: Pick<Clock, 'zone' | 'style'>): DateStyle {
  return { clock: null, ...clock.style, timeZone: clock.zone }
}

/**
 * "Thu 5 Mar" for a local date.
 *
 * @example dayName('2026-03-05') // 'Thu 5 Mar'
 */
export function dayName(date: string, clock?: Clock): string {
  return dayText(
    date,
    clock ? styleOf(clock) : { timeZone: 'UTC', clock: null },
    clock?.today ?? date,
  )
}

/** "today", "tomorrow", "yesterday" or "Thu 5 Mar". */
export function relativeDayName(date: string, clock: Clock): string {
  return relativeDayText(date, clock.today, styleOf(clock))
}

/** The local wall-clock time of an instant, "15:00" (or "3:00 PM" in a 12-hour style). */
export function clockTime(instant: string, zone: string, style?: Clock['style']): string {
  return timeText(instant, styleOf({ zone, style }))
}

/** "today at 15:00", "Thu 5 Mar at 15:00". */
export function when(instant: string, clock: Clock): string {
  return momentText(instant, styleOf(clock), clock.now)
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
  return deadlineText(dueBy, styleOf(clock), clock.now)
}

/** A 3B7 step in words: "due today", "due since Wed 11 Mar". */
export function dueSince(date: string, clock: Clock): string {
  return date === clock.today ? 'due today' : `due since ${dayName(date, clock)}`
}

/** "1 person", "2 people". */
export function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`
}
