import ICAL from 'ical.js'

/** One event as a parser reads it back. */
export interface VerifiedEvent {
  uid: string
  sequence: number
  /** ISO instants; DTSTART and DTEND are checked to be UTC (`…Z`). */
  start: string
  end: string
  stamp: string
  lastModified: string | null
  summary: string
  description: string
  location: string | null
  url: string | null
  status: string | null
  alarms: Array<{ action: string; trigger: string; description: string }>
}

export interface VerifiedCalendar {
  /** Calendar properties by upper-case name (first value of each). */
  properties: Record<string, string>
  events: VerifiedEvent[]
}

const utf8 = new TextDecoder('utf-8', { fatal: true })
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

/**
 * Reads an `.ics` we wrote back with ical.js and checks what RFC 5545 and
 * FORMATS.md §4 ask of it, throwing a sentence that names the line:
 * CRLF line ends only; every physical line at most 75 octets and valid UTF-8
 * on its own (a fold never splits a character); DTSTART/DTEND/DTSTAMP in UTC;
 * one UID per event. Used by the tests of every file we produce.
 *
 * @example verifyIcs(text).events[0]?.summary // 'Coffee chat with Ada Lovelace'
 */
export function verifyIcs(text: string | Uint8Array): VerifiedCalendar {
  // Encoding would silently turn half a surrogate pair into U+FFFD; refuse it first.
  if (typeof text === 'string' && loneSurrogate.test(text))
    throw new Error('the text splits a character (a lone UTF-16 surrogate)')
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : Buffer.from(text)
  const source = utf8.decode(bytes)
  if (/\r(?!\n)|(?<!\r)\n/.test(source)) throw new Error('a line ends without CRLF')
  if (!source.endsWith('\r\n')) throw new Error('the last line does not end with CRLF')
  let start = 0
  let lineNumber = 0
  while (start < bytes.length) {
    const end = bytes.indexOf('\r\n', start)
    const line = bytes.subarray(start, end)
    lineNumber++
    if (line.length > 75) throw new Error(`line ${lineNumber} is ${line.length} octets long`)
    try {
      utf8.decode(line)
    } catch {
      throw new Error(`line ${lineNumber} splits a UTF-8 character`)
    }
    start = end + 2
  }
  const root = new ICAL.Component(ICAL.parse(source))
  if (root.name !== 'vcalendar') throw new Error('not a VCALENDAR')
  const properties: Record<string, string> = {}
  for (const property of root.getAllProperties()) {
    properties[property.name.toUpperCase()] ??= String(property.getFirstValue())
  }
  if (properties.VERSION !== '2.0' || !properties.PRODID)
    throw new Error('VERSION:2.0 and PRODID are required')
  const events = root.getAllSubcomponents('vevent').map(readEvent)
  const uids = new Set(events.map((e) => e.uid))
  if (uids.size !== events.length) throw new Error('two events share a UID')
  return { properties, events }
}

function utcInstant(event: ICAL.Component, name: string): string {
  const property = event.getFirstProperty(name)
  if (!property) throw new Error(`an event has no ${name.toUpperCase()}`)
  const value = property.getFirstValue()
  if (!(value instanceof ICAL.Time) || value.isDate || value.zone?.tzid !== 'UTC')
    throw new Error(`${name.toUpperCase()} is not a UTC date-time`)
  if (property.getParameter('tzid')) throw new Error(`${name.toUpperCase()} has a TZID`)
  return value.toJSDate().toISOString()
}

function text(event: ICAL.Component, name: string): string | null {
  const value = event.getFirstPropertyValue(name)
  return value === null ? null : String(value)
}

function readEvent(event: ICAL.Component): VerifiedEvent {
  const uid = text(event, 'uid')
  if (!uid) throw new Error('an event has no UID')
  if (event.getAllProperties('uid').length > 1) throw new Error(`event ${uid} has two UIDs`)
  const lastModified = event.getFirstProperty('last-modified')
    ? utcInstant(event, 'last-modified')
    : null
  return {
    uid,
    sequence: Number(event.getFirstPropertyValue('sequence') ?? 0),
    start: utcInstant(event, 'dtstart'),
    end: utcInstant(event, 'dtend'),
    stamp: utcInstant(event, 'dtstamp'),
    lastModified,
    summary: text(event, 'summary') ?? '',
    description: text(event, 'description') ?? '',
    location: text(event, 'location'),
    url: text(event, 'url'),
    status: text(event, 'status'),
    alarms: event.getAllSubcomponents('valarm').map((alarm) => ({
      action: text(alarm, 'action') ?? '',
      trigger: text(alarm, 'trigger') ?? '',
      description: text(alarm, 'description') ?? '',
    })),
  }
}
