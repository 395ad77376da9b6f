import fc from 'fast-check'
import { DateTime } from 'luxon'
import { describe, expect, it } from 'vitest'
import { addBusinessDays, businessDaysBetween, weekendsOnly } from './business-days.ts'
import {
  atLocalTime,
  compareInstants,
  instantMs,
  localClockTime,
  localDate,
  toUtcIso,
} from './local-time.ts'

const zones = ['Europe/Berlin', 'America/New_York', 'Australia/Sydney'] as const

describe('local dates and times by example', () => {
  it('puts an instant on the right local date', () => {
    expect(localDate('2026-03-02T23:30:00Z', 'Europe/Berlin')).toBe('2026-03-03')
    expect(localDate('2026-03-02T23:30:00Z', 'America/New_York')).toBe('2026-03-02')
    expect(localDate('2026-03-02T14:00:00Z', 'Australia/Sydney')).toBe('2026-03-03')
    expect(localDate('2026-03-02T09:00:00-05:00', 'UTC')).toBe('2026-03-02')
  })

  it('reads a wall-clock time in a zone', () => {
    expect(atLocalTime('2026-03-05', '21:00', 'Europe/Berlin')).toBe('2026-03-05T20:00:00.000Z')
    expect(atLocalTime('2026-07-05', '21:00', 'Europe/Berlin')).toBe('2026-07-05T19:00:00.000Z')
    expect(atLocalTime('2026-01-15', '21:00', 'Australia/Sydney')).toBe('2026-01-15T10:00:00.000Z')
    expect(localClockTime('2026-03-05T20:00:00Z', 'Europe/Berlin')).toBe('21:00')
  })

  it('moves a time in the spring-forward gap forward by the gap (RFC 5545)', () => {
    expect(atLocalTime('2026-03-29', '02:30', 'Europe/Berlin')).toBe('2026-03-29T01:30:00.000Z')
    expect(localClockTime('2026-03-29T01:30:00Z', 'Europe/Berlin')).toBe('03:30')
    expect(atLocalTime('2026-03-08', '02:15', 'America/New_York')).toBe('2026-03-08T07:15:00.000Z')
    expect(atLocalTime('2026-10-04', '02:00', 'Australia/Sydney')).toBe('2026-10-03T16:00:00.000Z')
  })

  it('takes the first of the two times in the fall-back overlap (RFC 5545)', () => {
    expect(atLocalTime('2026-10-25', '02:30', 'Europe/Berlin')).toBe('2026-10-25T00:30:00.000Z')
    expect(atLocalTime('2026-11-01', '01:30', 'America/New_York')).toBe('2026-11-01T05:30:00.000Z')
    expect(atLocalTime('2026-04-05', '02:30', 'Australia/Sydney')).toBe('2026-04-04T15:30:00.000Z')
  })

  it('names bad input', () => {
    expect(() => localDate('2026-03-02T09:00', 'Europe/Berlin')).toThrow(
      /not an instant with a time zone/,
    )
    expect(() => localDate('2026-03-02', 'Europe/Berlin')).toThrow(
      /not an instant with a time zone/,
    )
    expect(() => localDate('2026-03-02T09:00:00Z', 'Mars/Olympus')).toThrow(/IANA time zone/)
    expect(() => atLocalTime('2026-03-02', '9pm', 'Europe/Berlin')).toThrow(/HH:MM/)
    expect(() => atLocalTime('2026-03-02', '24:00', 'Europe/Berlin')).toThrow(/HH:MM/)
    expect(toUtcIso('2026-03-02T10:00:00+01:00')).toBe('2026-03-02T09:00:00.000Z')
  })

  it('counts business days in the local calendar across a DST change', () => {
    const sentFridayEvening = '2026-03-06T23:30:00-05:00'
    const sentOn = localDate(sentFridayEvening, 'America/New_York')
    expect(sentOn).toBe('2026-03-06')
    const due = addBusinessDays(sentOn, 3, weekendsOnly)
    expect(due).toBe('2026-03-11')
    expect(atLocalTime(due, '00:00', 'America/New_York')).toBe('2026-03-11T04:00:00.000Z')
    expect(
      businessDaysBetween(
        sentOn,
        localDate('2026-03-09T13:00:00Z', 'America/New_York'),
        weekendsOnly,
      ),
    ).toBe(1)
  })
})

/** Every DST transition of a zone in a span of years, found by scanning. */
function transitions(zone: string, fromYear: number, toYear: number): number[] {
  const found: number[] = []
  const hour = 3_600_000
  let t = Date.UTC(fromYear, 0, 1)
  const end = Date.UTC(toYear + 1, 0, 1)
  let offset = DateTime.fromMillis(t, { zone }).offset
  for (; t < end; t += 6 * hour) {
    const next = DateTime.fromMillis(t + 6 * hour, { zone }).offset
    if (next !== offset) {
      let low = t
      let high = t + 6 * hour
      while (high - low > 60_000) {
        const mid = low + Math.floor((high - low) / 2)
        if (DateTime.fromMillis(mid, { zone }).offset === offset) low = mid
        else high = mid
      }
      found.push(Math.floor(high / 60_000) * 60_000)
      offset = next
    }
  }
  return found
}

const zoneTransitions = zones.flatMap((zone) =>
  transitions(zone, 2019, 2032).map((transition) => ({ zone, transition })),
)

const nearTransition = fc
  .record({
    at: fc.constantFrom(...zoneTransitions),
    minutes: fc.integer({ min: -36 * 60, max: 36 * 60 }),
  })
  .map(({ at, minutes }) => ({ zone: at.zone, instant: at.transition + minutes * 60_000 }))

const anyMinute = fc.record({
  zone: fc.constantFrom(...zones, 'Asia/Kolkata', 'UTC', 'Pacific/Chatham'),
  instant: fc
    .integer({ min: Date.UTC(1995, 0, 1) / 60_000, max: Date.UTC(2045, 0, 1) / 60_000 })
    .map((minute) => minute * 60_000),
})

const instantCase = fc.oneof(nearTransition, anyMinute)

describe('local dates and times, properties', () => {
  it('keeps the local date and shows the asked time unless it was skipped', () => {
    fc.assert(
      fc.property(instantCase, ({ zone, instant }) => {
        const iso = new Date(instant).toISOString()
        const date = localDate(iso, zone)
        const time = localClockTime(iso, zone)
        const back = atLocalTime(date, time, zone)
        expect(localDate(back, zone)).toBe(date)
        expect(localClockTime(back, zone)).toBe(time)
      }),
      { numRuns: 2000 },
    )
  })

  it('finds the instant itself, or the earlier twin of a repeated local time', () => {
    fc.assert(
      fc.property(instantCase, ({ zone, instant }) => {
        const iso = new Date(instant).toISOString()
        const back = Date.parse(atLocalTime(localDate(iso, zone), localClockTime(iso, zone), zone))
        expect(back).toBeLessThanOrEqual(instant)
        if (back !== instant) {
          expect(instant - back).toBeLessThanOrEqual(60 * 60_000)
          expect(localClockTime(new Date(back).toISOString(), zone)).toBe(localClockTime(iso, zone))
        }
      }),
      { numRuns: 2000 },
    )
  })

  it('moves a skipped time forward by at most the gap, within the same day', () => {
    fc.assert(
      fc.property(
        nearTransition,
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        ({ zone, instant }, h, m) => {
          const date = localDate(new Date(instant).toISOString(), zone)
          const time = `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`
          const at = atLocalTime(date, time, zone)
          expect(localDate(at, zone)).toBe(date)
          const shown = localClockTime(at, zone)
          const shift = minutesOf(shown) - minutesOf(time)
          expect([0, 60]).toContain(shift)
        },
      ),
      { numRuns: 2000 },
    )
  })

  it('is increasing in the time of day for times that exist', () => {
    fc.assert(
      fc.property(nearTransition, fc.nat(1439), fc.nat(1439), ({ zone, instant }, a, b) => {
        fc.pre(a < b)
        const date = localDate(new Date(instant).toISOString(), zone)
        const [ta, tb] = [clock(a), clock(b)]
        const [ia, ib] = [atLocalTime(date, ta, zone), atLocalTime(date, tb, zone)]
        fc.pre(localClockTime(ia, zone) === ta && localClockTime(ib, zone) === tb)
        expect(Date.parse(ia)).toBeLessThan(Date.parse(ib))
      }),
      { numRuns: 1000 },
    )
  })
})

function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5))
}

function clock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`
}

describe('instants and wall clocks read before', () => {
  it('read the same the second time, and still refuse what is not an instant', () => {
    for (let round = 0; round < 2; round++) {
      expect(instantMs('2026-03-02T09:00:00.000Z')).toBe(1772442000000)
      expect(compareInstants('2026-03-02T10:00:00+01:00', '2026-03-02T09:30:00.000Z')).toBeLessThan(
        0,
      )
      // Shaped like a stored instant, but no such day: refused every time, never remembered.
      expect(() => instantMs('2026-02-30T09:00:00.000Z', 'sentAt')).toThrow(/sentAt|instant/)
    }
  })

  it('give each zone its own wall clock for the same instant, however often asked', () => {
    const instant = '2026-03-02T23:30:00.000Z'
    for (let round = 0; round < 2; round++) {
      expect(localDate(instant, 'Europe/Berlin')).toBe('2026-03-03')
      expect(localDate(instant, 'America/New_York')).toBe('2026-03-02')
      expect(localClockTime(instant, 'Asia/Kolkata')).toBe('05:00')
      expect(() => localDate(instant, 'Mars/Olympus')).toThrow(/time zone/)
    }
  })
})
