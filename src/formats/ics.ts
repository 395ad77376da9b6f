import { createHash } from 'node:crypto'
import ical, { ICalAlarmType, ICalEventStatus } from 'ical-generator'
import type { ConversationFormat } from '../core/conversations/schema.ts'
import type { ConversationStatus } from '../core/conversations/status.ts'
import type { ConnectionKind } from '../core/people/schema.ts'

/**
 * iCalendar (RFC 5545) for coffee chats: one `.ics` per conversation and the
 * subscribable feed. Pure: conversations in, text out; no database, no clock.
 * See FORMATS.md §4. Times are written in UTC (`…Z`), which every client
 * reads the same way; ical-generator escapes the text and folds lines at
 * 75 octets on character boundaries (both checked by the tests, which parse
 * every file back with ical.js).
 */

/** What a calendar entry needs to know about one conversation. */
export interface IcsConversation {
  id: string
  status: ConversationStatus
  /** The start, an ISO-8601 UTC instant. */
  start: string
  durationMinutes: number
  format: ConversationFormat | null
  /** Where to meet, or the video link. */
  place: string
  notes: string
  person: {
    name: string
    title: string
    organization: string | null
    connection: ConnectionKind
    connectionNote: string
    referredBy: string | null
  }
  careers: readonly string[]
  /** The question plan, in order (skipped questions left out by the caller). */
  questions: readonly string[]
}

/** Reminders before a meeting; 0 turns one off. */
export interface IcsReminders {
  minutesBefore: number
  /** The day-before nudge to confirm (the `confirmationDaysBefore` setting). */
  daysBefore: number
}

export const defaultReminders: IcsReminders = { minutesBefore: 30, daysBefore: 1 }

export type IcsStatus = 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED'

/** One event's content, everything but its SEQUENCE and time stamps. */
export interface IcsEvent {
  uid: string
  start: string
  end: string
  summary: string
  description: string
  location: string
  url: string | null
  status: IcsStatus
  alarms: ReadonlyArray<{ secondsBefore: number; description: string }>
}

/** An event as published: its content, its SEQUENCE and when the content last changed. */
export interface IcsEntry {
  event: IcsEvent
  sequence: number
  /** ISO instant: DTSTAMP and LAST-MODIFIED. */
  changedAt: string
}

export interface IcsCalendarOptions {
  /** Feed headers: `NAME`/`X-WR-CALNAME` and how often clients should refresh. */
  feed?: { name: string; refreshMinutes: number } | undefined
  /** The explorer's IANA zone, written as the `X-WR-TIMEZONE` display hint. */
  timeZone?: string | null | undefined
}

const uidDomain = 'coffeechat'
const maxNotes = 2000

/**
 * The UID of a conversation's event: the same in every file and in the feed,
 * so calendars update the event instead of adding a second one.
 *
 * @example conversationUid('0195…') // '0195…@coffeechat'
 */
export function conversationUid(conversationId: string): string {
  return `${conversationId}@${uidDomain}`
}

/**
 * How a conversation's status shows in a calendar: a meeting that is on (or
 * took place), a proposed time, or one that will not happen.
 *
 * @example icsStatus('postponed') // 'CANCELLED'
 */
export function icsStatus(status: ConversationStatus): IcsStatus {
  switch (status) {
    case 'scheduled':
    case 'met':
    case 'thanked':
      return 'CONFIRMED'
    case 'identified':
    case 'requested':
      return 'TENTATIVE'
    default:
      return 'CANCELLED'
  }
}

/**
 * The event of a conversation: summary, agenda, place, status and reminders.
 * Deterministic, so its fingerprint changes only when the content does.
 *
 * @example describeConversation(chat).summary // 'Coffee chat with Ada Lovelace (Analytical Engines)'
 */
export function describeConversation(
  conversation: IcsConversation,
  reminders: IcsReminders = defaultReminders,
): IcsEvent {
  const start = new Date(conversation.start)
  const end = new Date(start.getTime() + conversation.durationMinutes * 60_000)
  const status = icsStatus(conversation.status)
  const who = clean(conversation.person.name)
  const alarms: Array<{ secondsBefore: number; description: string }> = []
  if (status !== 'CANCELLED') {
    if (reminders.daysBefore > 0) {
      alarms.push({
        secondsBefore: reminders.daysBefore * 86_400,
        description: `${reminders.daysBefore === 1 ? 'Tomorrow' : `In ${reminders.daysBefore} days`}: coffee chat with ${who}. Confirm the time and place.`,
      })
    }
    if (reminders.minutesBefore > 0) {
      alarms.push({
        secondsBefore: reminders.minutesBefore * 60,
        description: `Coffee chat with ${who} in ${reminders.minutesBefore} minutes`,
      })
    }
  }
  return {
    uid: conversationUid(conversation.id),
    start: start.toISOString(),
    end: end.toISOString(),
    summary: summaryOf(conversation),
    description: agendaOf(conversation, status),
    location: clean(conversation.place).trim(),
    url: linkIn(conversation.place),
    status,
    alarms,
  }
}

/**
 * A stable digest of an event's content; a new one means subscribers must
 * see a higher SEQUENCE.
 *
 * @example eventFingerprint(describeConversation(chat)).length // 43
 */
export function eventFingerprint(event: IcsEvent): string {
  return createHash('sha256').update(JSON.stringify(event)).digest('base64url')
}

/**
 * Writes a whole calendar: CRLF line ends (the last line too), UTC times,
 * lines folded at 75 octets without splitting a character.
 *
 * @example writeCalendar([{ event, sequence: 0, changedAt }]).startsWith('BEGIN:VCALENDAR\r\n') // true
 */
export function writeCalendar(
  entries: readonly IcsEntry[],
  options: IcsCalendarOptions = {},
): string {
  const calendar = ical({
    prodId: { company: 'coffeechat', product: 'coffeechat', language: 'EN' },
  })
  if (options.feed) {
    calendar.name(clean(options.feed.name))
    calendar.ttl(options.feed.refreshMinutes * 60)
  }
  for (const { event, sequence, changedAt } of entries) {
    calendar.createEvent({
      id: event.uid,
      sequence,
      stamp: new Date(changedAt),
      lastModified: new Date(changedAt),
      start: new Date(event.start),
      end: new Date(event.end),
      summary: event.summary,
      description: event.description,
      location: event.location || null,
      url: event.url,
      status: ICalEventStatus[event.status],
      alarms: event.alarms.map((alarm) => ({
        type: ICalAlarmType.display,
        trigger: alarm.secondsBefore,
        description: alarm.description,
      })),
    })
  }
  const text = `${calendar.toString()}\r\n`
  // ical-generator writes x-properties after the events; calendar properties belong before them.
  const zone = options.timeZone
  if (!zone || !/^[A-Za-z0-9_+\-/]{1,64}$/.test(zone)) return text
  const at = text.search(/\r\n(BEGIN:VEVENT|END:VCALENDAR)\r\n/)
  return `${text.slice(0, at)}\r\nX-WR-TIMEZONE:${zone}${text.slice(at)}`
}

/**
 * The download's file name: `coffee-chat-ada-lovelace.ics`; a name without
 * Latin letters falls back to the date.
 *
 * @example calendarFileName('Renée Noël', '2026-03-05T14:00:00.000Z') // 'coffee-chat-renee-noel.ics'
 */
export function calendarFileName(personName: string, start: string): string {
  const slug = personName
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '')
  return `coffee-chat-${slug || start.slice(0, 10)}.ics`
}

function summaryOf(conversation: IcsConversation): string {
  const { name, organization } = conversation.person
  const org = organization ? clean(organization).trim() : ''
  return `Coffee chat with ${clean(name).trim()}${org ? ` (${org})` : ''}`
}

const formatWords: Record<ConversationFormat, string> = {
  in_person: 'In person',
  video: 'Video call',
  phone: 'Phone call',
}

const connectionWords: Record<ConnectionKind, string> = {
  alumni: 'Alumni',
  referral: 'Referred to them',
  linkedin: 'LinkedIn',
  colleague: 'Colleague',
  friend: 'Friend',
  event: 'Met at an event',
  cold: 'No shared connection (a cold contact)',
  other: 'Other',
}

const statusLines: Partial<Record<ConversationStatus, string>> = {
  identified: 'Proposed time, not confirmed yet.',
  requested: 'Proposed time, not confirmed yet.',
  postponed: 'Postponed: this time no longer holds; a new one is still to be agreed.',
  cancelled: 'Cancelled: this conversation will not take place.',
  declined: 'Declined: this conversation will not take place.',
  no_response: 'No answer: this time was never confirmed.',
}

function connectionOf(person: IcsConversation['person']): string {
  const kind =
    person.connection === 'referral' && person.referredBy
      ? `Referred by ${clean(person.referredBy).trim()}`
      : connectionWords[person.connection]
  const note = clean(person.connectionNote).trim()
  return note ? `${kind} — ${note}` : kind
}

/** The agenda that travels with the invitation: who, how long, why, and what to ask. */
function agendaOf(conversation: IcsConversation, status: IcsStatus): string {
  const { person } = conversation
  const lines: string[] = []
  const statusLine = statusLines[conversation.status]
  if (statusLine && status !== 'CONFIRMED') lines.push(statusLine, '')
  const role = [clean(person.title).trim(), person.organization ? clean(person.organization) : '']
    .filter(Boolean)
    .join(', ')
  lines.push(`Coffee chat with ${clean(person.name).trim()}${role ? ` — ${role}` : ''}`)
  lines.push(`Length: ${conversation.durationMinutes} minutes — I promised to keep it short.`)
  const careers = conversation.careers.map((c) => clean(c).trim()).filter(Boolean)
  if (careers.length > 0)
    lines.push(`${careers.length === 1 ? 'Career' : 'Careers'}: ${careers.join(', ')}`)
  lines.push(`How we are connected: ${connectionOf(person)}`)
  const where = [
    conversation.format ? formatWords[conversation.format] : '',
    clean(conversation.place).trim(),
  ]
    .filter(Boolean)
    .join(' — ')
  if (where) lines.push(`Where: ${where}`)
  lines.push('')
  const questions = conversation.questions.map((q) => clean(q).trim()).filter(Boolean)
  if (questions.length === 0) {
    lines.push('No questions planned yet: plan them in coffeechat before you go.')
  } else {
    lines.push(`Questions to ask (${questions.length}):`)
    questions.forEach((question, index) => {
      lines.push(`${index + 1}. ${question.replace(/\s*\n\s*/g, ' ')}`)
    })
  }
  const notes = clean(conversation.notes).trim()
  if (notes) {
    const chars = [...notes]
    lines.push(
      '',
      'Notes:',
      chars.length > maxNotes ? `${chars.slice(0, maxNotes).join('')}…` : notes,
    )
  }
  return lines.join('\n')
}

/** The first web address in a place, for the event's URL (the place may be "Zoom: https://…"). */
function linkIn(place: string): string | null {
  const match = /https?:\/\/[^\s<>"]+/i.exec(place)
  if (!match) return null
  const candidate = match[0].replace(/[.,;:!?)\]}'’]+$/u, '')
  try {
    const url = new URL(candidate)
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null
    // ical-generator escapes URL values as if they were TEXT (`\,`), which a URI must
    // not be; percent-encoded, these characters mean the same to every web server.
    return url.href.replace(/[\\,;]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
  } catch {
    return null
  }
}

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/**
 * Text as iCalendar may carry it: well-formed Unicode (a lone surrogate would
 * not survive UTF-8), one kind of line break, and no control characters,
 * which RFC 5545 TEXT does not allow (tab excepted).
 */
function clean(text: string): string {
  let out = ''
  const wellFormed = text.replace(loneSurrogate, '\uFFFD').replace(/\r\n?/g, '\n')
  for (const char of wellFormed) {
    const code = char.codePointAt(0) ?? 0
    if ((code < 0x20 && char !== '\n' && char !== '\t') || code === 0x7f) continue
    out += char
  }
  return out
}
