import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  calendarFileName,
  conversationUid,
  describeConversation,
  eventFingerprint,
  type IcsConversation,
  writeCalendar,
} from './ics.ts'
import { verifyIcs } from './ics-verify.ts'

const ada: IcsConversation = {
  id: '0195a2b4-7e3f-7c1a-9b2e-4f5a6b7c8d9e',
  status: 'scheduled',
  start: '2026-03-05T14:00:00.000Z',
  durationMinutes: 30,
  format: 'video',
  place: 'https://meet.example.org/ada-chat',
  notes: '',
  person: {
    name: 'Ada Lovelace',
    title: 'Senior Engineer',
    organization: 'Analytical Engines',
    connection: 'alumni',
    connectionNote: 'PhD in our group, 2019',
    referredBy: null,
  },
  careers: ['Data scientist'],
  questions: ['How did you get into this role?', 'What does a typical week look like?'],
}

const stamp = '2026-03-01T10:00:00.000Z'
const one = (c: IcsConversation, sequence = 0) =>
  writeCalendar([{ event: describeConversation(c), sequence, changedAt: stamp }])

function unfold(text: string): string {
  return text.replace(/\r\n[ \t]/g, '')
}

/** RFC 5545 TEXT escaping, to compare unfolded lines with the text they carry. */
function escaped(text: string): string {
  return text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\n/g, '\\n')
}

describe('writeCalendar', () => {
  it('writes a scheduled chat in UTC with its UID, summary, agenda, place, link and alarms', () => {
    const text = one(ada, 3)
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\nPRODID:/)
    expect(text).toContain('\r\nDTSTART:20260305T140000Z\r\n')
    expect(text).toContain('\r\nDTEND:20260305T143000Z\r\n')
    const [event] = verifyIcs(text).events
    expect(event).toMatchObject({
      uid: `${ada.id}@coffeechat`,
      sequence: 3,
      start: '2026-03-05T14:00:00.000Z',
      end: '2026-03-05T14:30:00.000Z',
      stamp,
      lastModified: stamp,
      summary: 'Coffee chat with Ada Lovelace (Analytical Engines)',
      location: 'https://meet.example.org/ada-chat',
      url: 'https://meet.example.org/ada-chat',
      status: 'CONFIRMED',
    })
    expect(event?.description).toBe(
      [
        'Coffee chat with Ada Lovelace — Senior Engineer, Analytical Engines',
        'Length: 30 minutes — I promised to keep it short.',
        'Career: Data scientist',
        'How we are connected: Alumni — PhD in our group, 2019',
        'Where: Video call — https://meet.example.org/ada-chat',
        '',
        'Questions to ask (2):',
        '1. How did you get into this role?',
        '2. What does a typical week look like?',
      ].join('\n'),
    )
    expect(event?.alarms).toEqual([
      {
        action: 'DISPLAY',
        trigger: '-P1D',
        description: 'Tomorrow: coffee chat with Ada Lovelace. Confirm the time and place.',
      },
      {
        action: 'DISPLAY',
        trigger: '-PT30M',
        description: 'Coffee chat with Ada Lovelace in 30 minutes',
      },
    ])
  })

  it('names the referrer, says when no questions are planned, and keeps a plain place as LOCATION only', () => {
    const [event] = verifyIcs(
      one({
        ...ada,
        format: 'in_person',
        place: 'Café Einstein, Unter den Linden 42; 2nd floor',
        questions: [],
        person: {
          ...ada.person,
          organization: null,
          connection: 'referral',
          connectionNote: '',
          referredBy: 'Grace Hopper',
        },
      }),
    ).events
    expect(event?.summary).toBe('Coffee chat with Ada Lovelace')
    expect(event?.location).toBe('Café Einstein, Unter den Linden 42; 2nd floor')
    expect(event?.url).toBeNull()
    expect(event?.description).toContain('How we are connected: Referred by Grace Hopper\n')
    expect(event?.description).toContain('Where: In person — Café Einstein')
    expect(event?.description).toContain('No questions planned yet')
  })

  it('writes the link of a place such as "Zoom: https://…" as URL, a URI without TEXT escapes', () => {
    const text = one({ ...ada, place: 'Zoom: https://zoom.example/j/123?pwd=a,b;c.' })
    expect(unfold(text)).toContain('\r\nURL;VALUE=URI:https://zoom.example/j/123?pwd=a%2Cb%3Bc\r\n')
    expect(verifyIcs(text).events[0]?.location).toBe('Zoom: https://zoom.example/j/123?pwd=a,b;c.')
  })

  it('marks cancelled and postponed chats CANCELLED without alarms, and proposed times TENTATIVE', () => {
    for (const status of ['cancelled', 'postponed'] as const) {
      const [event] = verifyIcs(one({ ...ada, status })).events
      expect(event?.status).toBe('CANCELLED')
      expect(event?.alarms).toEqual([])
      expect(event?.description.split('\n')[0]).toMatch(/^(Cancelled|Postponed):/)
    }
    const [tentative] = verifyIcs(one({ ...ada, status: 'requested' })).events
    expect(tentative?.status).toBe('TENTATIVE')
    expect(tentative?.description).toMatch(/^Proposed time, not confirmed yet\./)
    for (const status of ['met', 'thanked'] as const)
      expect(verifyIcs(one({ ...ada, status })).events[0]?.status).toBe('CONFIRMED')
  })

  it('follows the reminder settings: no day-before alarm at 0, two days before at 2', () => {
    const write = (daysBefore: number) =>
      verifyIcs(
        writeCalendar([
          {
            event: describeConversation(ada, { minutesBefore: 30, daysBefore }),
            sequence: 0,
            changedAt: stamp,
          },
        ]),
      ).events[0]?.alarms.map((a) => a.trigger)
    expect(write(0)).toEqual(['-PT30M'])
    expect(write(2)).toEqual(['-P2D', '-PT30M'])
  })

  it('writes feed headers: NAME, X-WR-CALNAME, REFRESH-INTERVAL and X-PUBLISHED-TTL, and the zone hint before the events', () => {
    const text = writeCalendar(
      [{ event: describeConversation(ada), sequence: 0, changedAt: stamp }],
      {
        feed: { name: 'coffeechat', refreshMinutes: 60 },
        timeZone: 'Europe/Berlin',
      },
    )
    expect(verifyIcs(text).properties).toMatchObject({
      NAME: 'coffeechat',
      'X-WR-CALNAME': 'coffeechat',
      'X-PUBLISHED-TTL': 'PT1H',
      'X-WR-TIMEZONE': 'Europe/Berlin',
    })
    expect(text).toContain('\r\nREFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n')
    expect(text.indexOf('X-WR-TIMEZONE')).toBeLessThan(text.indexOf('BEGIN:VEVENT'))
    expect(writeCalendar([])).not.toContain('X-WR-CALNAME')
  })

  it('folds long multibyte lines at 75 octets without splitting a character, and unfolding restores the text', () => {
    const notes = `${'日本語のメモ'.repeat(20)} 🧑🏽‍💻☕ ${'Crème brûlée, naïve café; '.repeat(8)}${'👩‍👩‍👧‍👦'.repeat(12)}`
    const text = one({ ...ada, notes, person: { ...ada.person, name: '李小龍 🐉 Ñúñez' } })
    const lines = text.split('\r\n')
    expect(lines.filter((l) => l.startsWith(' ')).length).toBeGreaterThan(10)
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75)
    const [event] = verifyIcs(text).events
    expect(event?.description.endsWith(`Notes:\n${notes}`)).toBe(true)
    expect(event?.summary).toBe('Coffee chat with 李小龍 🐉 Ñúñez (Analytical Engines)')
    // Unfolding by hand gives back the escaped text exactly, character for character.
    const expected = describeConversation({
      ...ada,
      notes,
      person: { ...ada.person, name: '李小龍 🐉 Ñúñez' },
    })
    expect(unfold(text).split('\r\n')).toContain(`DESCRIPTION:${escaped(expected.description)}`)
  })

  it('drops control characters and lone surrogates, which iCalendar text cannot carry', () => {
    const [event] = verifyIcs(
      one({ ...ada, notes: 'a\u0000b\u0007c\td\r\ne\rf\uD800g', place: 'Room\u001b 5' }),
    ).events
    expect(event?.description.endsWith('Notes:\nabc\td\ne\nf\uFFFDg')).toBe(true)
    expect(event?.location).toBe('Room 5')
  })

  it('keeps the UID and fingerprint stable for the same content, and changes the fingerprint on a change', () => {
    const first = describeConversation(ada)
    expect(first.uid).toBe(conversationUid(ada.id))
    expect(eventFingerprint(describeConversation(ada))).toBe(eventFingerprint(first))
    const moved = describeConversation({ ...ada, start: '2026-03-06T14:00:00.000Z' })
    expect(moved.uid).toBe(first.uid)
    expect(eventFingerprint(moved)).not.toBe(eventFingerprint(first))
    const replanned = describeConversation({ ...ada, questions: ['Only one question?'] })
    expect(eventFingerprint(replanned)).not.toBe(eventFingerprint(first))
  })
})

describe('calendarFileName', () => {
  it('names the download after the person, in plain ASCII', () => {
    expect(calendarFileName('Ada Lovelace', ada.start)).toBe('coffee-chat-ada-lovelace.ics')
    expect(calendarFileName('Renée  Noël-Ørsted', ada.start)).toBe(
      'coffee-chat-renee-noel-rsted.ics',
    )
    expect(calendarFileName('李小龍', ada.start)).toBe('coffee-chat-2026-03-05.ics')
  })
})

const anyText = (maxLength: number) =>
  fc.oneof(
    fc.string({ unit: 'grapheme', maxLength }),
    fc.string({ unit: 'binary', maxLength }),
    fc.string({
      unit: fc.constantFrom('é', '日', '😀', '👩‍👩‍👧', ',', ';', '\\', '\n', '\r', ' ', 'a', ':'),
      maxLength,
    }),
  )

describe('property: any names, places and notes', () => {
  it('give a file that parses, with every line at most 75 octets and the texts intact', () => {
    fc.assert(
      fc.property(
        anyText(120),
        anyText(80),
        anyText(200),
        fc.array(anyText(100), { maxLength: 4 }),
        (name, place, notes, questions) => {
          const conversation: IcsConversation = {
            ...ada,
            place,
            notes,
            questions,
            person: { ...ada.person, name, organization: place.slice(0, 10) || null },
          }
          const text = one(conversation)
          const { events } = verifyIcs(text)
          for (const line of text.split('\r\n'))
            expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75)
          const expected = describeConversation(conversation)
          expect(events[0]?.summary).toBe(expected.summary)
          expect(events[0]?.description).toBe(expected.description)
          expect(events[0]?.location ?? '').toBe(expected.location)
          const unfolded = unfold(text).split('\r\n')
          expect(unfolded).toContain(`SUMMARY:${escaped(expected.summary)}`)
          expect(unfolded).toContain(`DESCRIPTION:${escaped(expected.description)}`)
        },
      ),
      { numRuns: 300 },
    )
  })
})
