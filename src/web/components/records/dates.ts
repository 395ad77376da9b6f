import type { Conversation } from '../../../core/conversations/schema.ts'

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

/** Whole calendar days from today to the instant's day, in the browser's zone (0 today, 1 tomorrow, -1 yesterday). */
export function daysFromToday(instant: string, now = new Date()): number {
  const zone = browserTimeZone()
  const day = Date.parse(`${dateIn(new Date(instant), zone)}T00:00:00Z`)
  const today = Date.parse(`${dateIn(now, zone)}T00:00:00Z`)
  return Math.round((day - today) / dayMs)
}

const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' })

/** "today", "tomorrow", "in 3 days", "2 days ago". */
export function relativeDay(instant: string, now = new Date()): string {
  return relative.format(daysFromToday(instant, now), 'day')
}

/**
 * When a conversation starts, in its own zone, with the zone named when it
 * differs from the browser's: "Wed 2 Dec, 11:00 (Europe/Berlin)". Once the
 * meeting ran, that is when it really started (`meetingAt`).
 */
export function formatStart(
  conversation: Pick<Conversation, 'scheduledAt' | 'timeZone'> &
    Partial<Pick<Conversation, 'meetingAt'>>,
): string | null {
  const at = conversation.meetingAt ?? conversation.scheduledAt
  if (!at) return null
  const zone = conversation.timeZone ?? browserTimeZone()
  const text = new Intl.DateTimeFormat(undefined, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: new Date(at).getFullYear() === new Date().getFullYear() ? undefined : 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: zone,
  }).format(new Date(at))
  return zone === browserTimeZone() ? text : `${text} (${zone})`
}

/** The time of day only, in the browser's zone: "14:30". */
export function formatTime(instant: string): string {
  return new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' }).format(
    new Date(instant),
  )
}

/** A date for "added on" lines: "2 Dec 2026". */
export function formatDate(instant: string): string {
  return new Intl.DateTimeFormat(undefined, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  }).format(new Date(instant))
}
