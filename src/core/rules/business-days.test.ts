import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { BusinessCalendar } from './business-days.ts'
import {
  addBusinessDays,
  businessDaysBetween,
  isBusinessDay,
  nextBusinessDayOnOrAfter,
  weekendsOnly,
} from './business-days.ts'
import { addCalendarDays, fromEpochDay, isCalendarDate, toEpochDay } from './calendar-date.ts'

const germany2026: BusinessCalendar = {
  weekendDays: [6, 7],
  holidays: ['2026-01-01', '2026-04-03', '2026-04-06', '2026-12-25', '2026-12-26', '2027-01-01'],
}

describe('calendar dates', () => {
  it('accepts real dates and refuses impossible ones', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true)
    expect(isCalendarDate('2000-02-29')).toBe(true)
    expect(isCalendarDate('2100-02-29')).toBe(false)
    expect(isCalendarDate('2026-02-29')).toBe(false)
    expect(isCalendarDate('2026-13-01')).toBe(false)
    expect(isCalendarDate('2026-3-1')).toBe(false)
    expect(() => toEpochDay('2026-02-30')).toThrow(/"2026-02-30" is not a calendar date/)
  })

  it('crosses month, year and leap-day boundaries', () => {
    expect(addCalendarDays('2026-01-31', 1)).toBe('2026-02-01')
    expect(addCalendarDays('2026-12-31', 1)).toBe('2027-01-01')
    expect(addCalendarDays('2028-03-01', -1)).toBe('2028-02-29')
    expect(addCalendarDays('2027-03-01', -1)).toBe('2027-02-28')
  })
})

describe('business days by example', () => {
  it('skips weekends', () => {
    expect(isBusinessDay('2026-03-06', weekendsOnly)).toBe(true)
    expect(isBusinessDay('2026-03-07', weekendsOnly)).toBe(false)
    expect(isBusinessDay('2026-03-08', weekendsOnly)).toBe(false)
    expect(addBusinessDays('2026-03-06', 1, weekendsOnly)).toBe('2026-03-09')
    expect(addBusinessDays('2026-03-02', 3, weekendsOnly)).toBe('2026-03-05')
    expect(addBusinessDays('2026-03-02', 7, weekendsOnly)).toBe('2026-03-11')
  })

  it('counts from a weekend start as if from the Friday before', () => {
    expect(addBusinessDays('2026-03-07', 1, weekendsOnly)).toBe('2026-03-09')
    expect(addBusinessDays('2026-03-08', -1, weekendsOnly)).toBe('2026-03-06')
    expect(addBusinessDays('2026-03-07', 0, weekendsOnly)).toBe('2026-03-07')
  })

  it('skips holidays, Easter and Christmas included, across the year end', () => {
    expect(addBusinessDays('2026-04-02', 1, germany2026)).toBe('2026-04-07')
    expect(addBusinessDays('2026-12-24', 1, germany2026)).toBe('2026-12-28')
    expect(addBusinessDays('2026-12-30', 2, germany2026)).toBe('2027-01-04')
    expect(businessDaysBetween('2026-04-02', '2026-04-07', germany2026)).toBe(1)
  })

  it('treats a holiday on a weekend like any weekend day', () => {
    const christmasOnSaturday = { weekendDays: [6, 7], holidays: ['2027-12-25'] }
    expect(addBusinessDays('2027-12-24', 1, christmasOnSaturday)).toBe('2027-12-27')
    expect(businessDaysBetween('2027-12-20', '2027-12-31', christmasOnSaturday)).toBe(9)
  })

  it('supports other weekends, such as Friday and Saturday', () => {
    const gulf = { weekendDays: [5, 6], holidays: [] }
    expect(isBusinessDay('2026-03-08', gulf)).toBe(true)
    expect(addBusinessDays('2026-03-05', 1, gulf)).toBe('2026-03-08')
  })

  it('counts signed business days between dates', () => {
    expect(businessDaysBetween('2026-03-06', '2026-03-09', weekendsOnly)).toBe(1)
    expect(businessDaysBetween('2026-03-09', '2026-03-06', weekendsOnly)).toBe(-1)
    expect(businessDaysBetween('2026-03-07', '2026-03-08', weekendsOnly)).toBe(0)
    expect(businessDaysBetween('2026-03-02', '2026-03-02', weekendsOnly)).toBe(0)
  })

  it('finds the next business day on or after a date', () => {
    expect(nextBusinessDayOnOrAfter('2026-03-06', weekendsOnly)).toBe('2026-03-06')
    expect(nextBusinessDayOnOrAfter('2026-12-25', germany2026)).toBe('2026-12-28')
  })

  it('names what is wrong with a calendar or a date', () => {
    expect(() =>
      addBusinessDays('2026-03-02', 1, { weekendDays: [1, 2, 3, 4, 5, 6, 7], holidays: [] }),
    ).toThrow(/no business days/)
    expect(() => isBusinessDay('2026-03-02', { weekendDays: [0], holidays: [] })).toThrow(
      /ISO weekday/,
    )
    expect(() =>
      isBusinessDay('2026-03-02', { weekendDays: [], holidays: ['25.12.2026'] }),
    ).toThrow(/"25.12.2026" is not a calendar date/)
    expect(() => addBusinessDays('2026-03-02', 1.5, weekendsOnly)).toThrow(/whole number/)
  })
})

// Oracle: the weekday from JavaScript's own Date, independent of our epoch-day arithmetic.
function oracleIsBusiness(date: string, calendar: BusinessCalendar): boolean {
  const weekday = new Date(`${date}T12:00:00Z`).getUTCDay() || 7
  return !calendar.weekendDays.includes(weekday) && !calendar.holidays.includes(date)
}

const boundaryDates = [
  '1999-12-31',
  '2000-02-28',
  '2000-02-29',
  '2024-02-29',
  '2026-01-31',
  '2026-03-27',
  '2026-10-23',
  '2026-12-24',
  '2027-12-31',
  '2028-02-28',
  '2100-02-28',
].map((date) => toEpochDay(date))

const anyDay = fc.oneof(
  fc.integer({ min: toEpochDay('1995-01-01'), max: toEpochDay('2045-12-31') }),
  fc
    .tuple(fc.constantFrom(...boundaryDates), fc.integer({ min: -10, max: 10 }))
    .map(([d, k]) => d + k),
)

/** A start date and a calendar whose holidays fall near it, weekends included. */
const startAndCalendar = anyDay.chain((start) =>
  fc
    .record({
      weekendDays: fc.subarray([1, 2, 3, 4, 5, 6, 7], { maxLength: 5 }),
      holidays: fc.array(fc.integer({ min: -120, max: 120 }), { maxLength: 40 }),
    })
    .map(({ weekendDays, holidays }) => ({
      start: fromEpochDay(start),
      calendar: { weekendDays, holidays: holidays.map((k) => fromEpochDay(start + k)) },
    })),
)

const steps = fc.integer({ min: -60, max: 60 })

describe('business days, properties', () => {
  it('lands on a business day for every n other than 0', () => {
    fc.assert(
      fc.property(startAndCalendar, steps, ({ start, calendar }, n) => {
        fc.pre(n !== 0)
        const end = addBusinessDays(start, n, calendar)
        expect(isBusinessDay(end, calendar)).toBe(true)
        expect(oracleIsBusiness(end, calendar)).toBe(true)
      }),
      { numRuns: 500 },
    )
  })

  it('counts back exactly the n it stepped', () => {
    fc.assert(
      fc.property(startAndCalendar, steps, ({ start, calendar }, n) => {
        expect(businessDaysBetween(start, addBusinessDays(start, n, calendar), calendar)).toBe(n)
      }),
      { numRuns: 500 },
    )
  })

  it('is strictly increasing in n', () => {
    fc.assert(
      fc.property(startAndCalendar, steps, steps, ({ start, calendar }, n, m) => {
        fc.pre(n < m)
        expect(addBusinessDays(start, n, calendar) < addBusinessDays(start, m, calendar)).toBe(true)
      }),
      { numRuns: 300 },
    )
  })

  it('never counts a weekend day or a holiday (checked against an independent oracle)', () => {
    fc.assert(
      fc.property(startAndCalendar, fc.integer({ min: -90, max: 90 }), ({ start, calendar }, k) => {
        const end = addCalendarDays(start, k)
        let expected = 0
        const [low, high] = k >= 0 ? [start, end] : [end, start]
        for (let d = low; d <= high; d = addCalendarDays(d, 1)) {
          const counted = k >= 0 ? d !== low : d !== high
          if (counted && oracleIsBusiness(d, calendar)) expected++
        }
        expect(businessDaysBetween(start, end, calendar)).toBe(k >= 0 ? expected : 0 - expected)
      }),
      { numRuns: 300 },
    )
  })

  it('composes: stepping n then m is stepping n + m in the same direction', () => {
    fc.assert(
      fc.property(startAndCalendar, fc.nat(30), fc.nat(30), ({ start, calendar }, n, m) => {
        const once = addBusinessDays(start, n + m, calendar)
        expect(addBusinessDays(addBusinessDays(start, n, calendar), m, calendar)).toBe(once)
        const back = addBusinessDays(start, -(n + m), calendar)
        expect(addBusinessDays(addBusinessDays(start, -n, calendar), -m, calendar)).toBe(back)
      }),
      { numRuns: 300 },
    )
  })

  it('adds up along ordered dates and is antisymmetric between business days', () => {
    fc.assert(
      fc.property(startAndCalendar, fc.nat(50), fc.nat(50), ({ start, calendar }, i, j) => {
        const middle = addCalendarDays(start, i)
        const end = addCalendarDays(middle, j)
        const whole = businessDaysBetween(start, end, calendar)
        expect(
          businessDaysBetween(start, middle, calendar) + businessDaysBetween(middle, end, calendar),
        ).toBe(whole)
        if (isBusinessDay(start, calendar) && isBusinessDay(end, calendar)) {
          expect(businessDaysBetween(end, start, calendar)).toBe(0 - whole)
        }
      }),
      { numRuns: 300 },
    )
  })

  it('with only weekends, five business days are always one calendar week', () => {
    fc.assert(
      fc.property(anyDay, (day) => {
        const start = nextBusinessDayOnOrAfter(fromEpochDay(day), weekendsOnly)
        expect(addBusinessDays(start, 5, weekendsOnly)).toBe(addCalendarDays(start, 7))
      }),
    )
  })
})

describe('calendars asked for again', () => {
  it('count each calendar by its own days, and refuse a bad one however alike a good one was', () => {
    const christmas: BusinessCalendar = { weekendDays: [6, 7], holidays: ['2026-12-25'] }
    const twoDays: BusinessCalendar = {
      weekendDays: [6, 7],
      holidays: ['2026-12-24', '2026-12-25'],
    }
    const fridays: BusinessCalendar = { weekendDays: [5, 6], holidays: [] }
    for (let round = 0; round < 2; round++) {
      expect(addBusinessDays('2026-12-23', 1, christmas)).toBe('2026-12-24')
      expect(addBusinessDays('2026-12-23', 1, twoDays)).toBe('2026-12-28')
      expect(addBusinessDays('2026-12-23', 1, weekendsOnly)).toBe('2026-12-24')
      expect(addBusinessDays('2026-12-24', 1, fridays)).toBe('2026-12-27')
      // Written like the two-holiday calendar once joined, and like its weekend as text: still refused.
      expect(() =>
        addBusinessDays('2026-12-23', 1, {
          weekendDays: [6, 7],
          holidays: ['2026-12-24,2026-12-25'],
        }),
      ).toThrow(/holidays|calendar date/)
      expect(() =>
        addBusinessDays('2026-12-23', 1, {
          weekendDays: ['6', 7] as unknown as number[],
          holidays: ['2026-12-25'],
        }),
      ).toThrow(/weekday/)
    }
  })
})

describe('dates read and written again', () => {
  it('answer the same each time, a date that is none included', () => {
    for (let round = 0; round < 2; round++) {
      expect(toEpochDay('2028-02-29')).toBe(toEpochDay('2028-02-28') + 1)
      expect(isCalendarDate('2026-02-29')).toBe(false)
      expect(() => toEpochDay('2026-02-30', 'due')).toThrow(/2026-02-30/)
      expect(fromEpochDay(0)).toBe('1970-01-01')
      expect(fromEpochDay(-1)).toBe('1969-12-31')
      expect(addCalendarDays('2028-02-28', 1)).toBe('2028-02-29')
      expect(() => fromEpochDay(Number.NaN)).toThrow(RangeError)
    }
  })
})
