import type { Conversation } from '../../../core/conversations/schema.ts'
import {
  dateOf,
  dateText,
  dateTimeText,
  dayText,
  englishLocale,
  timeText,
} from '../../../core/shared/date-words.ts'
import { dateStyle } from './date-style.ts'

/** The browser's time zone, the default for new meetings. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'
}

/** Every time zone this browser knows, for pickers. */
export function timeZones(): string[] {
  const known =
    typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []
  return known.includes('UTC') ? known : ['UTC', ...known]
}

const dayMs = 24 * 60 * 60 * 1000

/** The calendar date of an instant in a zone, as YYYY-MM-DD. */
export function dateIn(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  })
  return parts.format(instant)
}

/** Whole calendar days from today to the instant's day, in the explorer's zone (0 today, 1 tomorrow, -1 yesterday). */
export function daysFromToday(instant: string, now = new Date()): number {
  const zone = dateStyle().timeZone
  const day = Date.parse(`${dateIn(new Date(instant), zone)}T00:00:00Z`)
  const today = Date.parse(`${dateIn(now, zone)}T00:00:00Z`)
  return Math.round((day - today) / dayMs)
}

/** "today", "tomorrow", "in 3 days", "2 days ago", in the explorer's zone. */
export function relativeDay(instant: string, now = new Date()): string {
  return new Intl.RelativeTimeFormat(englishLocale(dateStyle().locale), { numeric: 'auto' }).format(
    daysFromToday(instant, now),
    'day',
  )
}

/**
 * When a conversation starts, in its own zone, with the zone named when it
 * differs from the explorer's: "Wed 2 Dec, 11:00 (Europe/Berlin)". Once the
 * meeting ran, that is when it really started (`meetingAt`).
 */
export function formatStart(
  conversation: Pick<Conversation, 'scheduledAt' | 'timeZone'> &
    Partial<Pick<Conversation, 'meetingAt'>>,
): string | null {
  const at = conversation.meetingAt ?? conversation.scheduledAt
  if (!at) return null
  const style = dateStyle()
  const zone = conversation.timeZone ?? style.timeZone
  const text = dateTimeText(at, { ...style, timeZone: zone }, new Date())
  return zone === style.timeZone ? text : `${text} (${zone})`
}

/** The time of day only, in the explorer's zone and clock: "14:30" or "2:30 PM". */
export function formatTime(instant: string): string {
  return timeText(instant, dateStyle())
}

/** A date for "added on" lines: "2 Dec 2026". */
export function formatDate(instant: string): string {
  return dateText(instant, dateStyle())
}

/** A date and time in the explorer's zone and clock: "Thu 5 Mar, 15:00" (the year when not this one). */
export function formatDateTime(instant: string): string {
  return dateTimeText(instant, dateStyle(), new Date())
}

/** The day of an instant in the explorer's zone: "Thu 5 Mar" (the year when not this one). */
export function formatDay(instant: string): string {
  const style = dateStyle()
  return dayText(dateOf(instant, style.timeZone), style, dateOf(new Date(), style.timeZone))
}
