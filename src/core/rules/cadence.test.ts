import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { defaultSettings } from '../settings/schema.ts'
import { businessDaysBetween, isBusinessDay } from './business-days.ts'
import type { BusinessTime } from './cadence.ts'
import { attemptsInOrder, cadenceDates, cadenceStatus, classifyReply } from './cadence.ts'
import { localClockTime, localDate } from './local-time.ts'

const berlin: BusinessTime = { zone: 'Europe/Berlin', calendar: defaultSettings }
const mondayMorning = '2026-03-02T08:00:00Z'

describe('3B7 dates', () => {
  it('puts the second contact 3 and the follow-up 7 business days after the outreach', () => {
    const dates = cadenceDates(mondayMorning, defaultSettings, berlin)
    expect(dates.sentOn).toBe('2026-03-02')
    expect(dates.secondContact).toEqual({ date: '2026-03-05', at: '2026-03-04T23:00:00.000Z' })
    expect(dates.followUp).toEqual({ date: '2026-03-11', at: '2026-03-10T23:00:00.000Z' })
  })

  it('skips holidays and counts from the local day the message went out', () => {
    const easter = {
      zone: 'Europe/Berlin',
      calendar: { weekendDays: [6, 7], holidays: ['2026-04-03', '2026-04-06'] },
    }
    // 21:30Z is 23:30 on Wednesday in Berlin; an hour later it is Thursday there.
    const dates = cadenceDates('2026-04-01T21:30:00Z', defaultSettings, easter)
    expect(dates.sentOn).toBe('2026-04-01')
    expect(dates.secondContact.date).toBe('2026-04-08')
    expect(dates.followUp.date).toBe('2026-04-14')
    expect(cadenceDates('2026-04-01T22:30:00Z', defaultSettings, easter).sentOn).toBe('2026-04-02')
  })

  it('uses the numbers it is given, never its own', () => {
    const patient = {
      ...defaultSettings,
      secondContactAfterBusinessDays: 5,
      followUpAfterBusinessDays: 10,
    }
    const dates = cadenceDates(mondayMorning, patient, berlin)
    expect(dates.secondContact.date).toBe('2026-03-09')
    expect(dates.followUp.date).toBe('2026-03-16')
  })

  it('lands at local midnight across a DST change', () => {
    const sydney = { zone: 'Australia/Sydney', calendar: defaultSettings }
    const dates = cadenceDates('2026-04-01T23:00:00Z', defaultSettings, sydney)
    expect(dates.sentOn).toBe('2026-04-02')
    expect(dates.secondContact).toEqual({ date: '2026-04-07', at: '2026-04-06T14:00:00.000Z' })
  })
})

describe('responsiveness', () => {
  it('calls a reply within 3 business days a booster and a later one an obligate', () => {
    expect(classifyReply(mondayMorning, '2026-03-02T15:00:00Z', 3, berlin)).toBe('booster')
    expect(classifyReply(mondayMorning, '2026-03-05T20:00:00Z', 3, berlin)).toBe('booster')
    expect(classifyReply(mondayMorning, '2026-03-06T07:00:00Z', 3, berlin)).toBe('obligate')
    expect(classifyReply('2026-03-06T08:00:00Z', '2026-03-11T10:00:00Z', 3, berlin)).toBe('booster')
    expect(classifyReply(mondayMorning, '2026-03-06T07:00:00Z', 4, berlin)).toBe('booster')
    expect(classifyReply(mondayMorning, '2026-03-09T07:00:00Z', 4, berlin)).toBe('obligate')
  })
})

describe('where an outreach stands', () => {
  const sentOnce = { attemptsSentAt: [mondayMorning], repliedAt: null }

  it('waits quietly for the first business days', () => {
    const status = cadenceStatus(sentOnce, '2026-03-04T16:00:00Z', defaultSettings, berlin)
    expect(status.secondContact.state).toBe('upcoming')
    expect(status.followUp?.state).toBe('upcoming')
    expect(status.chasing).toBe(true)
    expect(status.responsiveness).toBeNull()
    expect(status.businessDaysWaited).toBe(2)
  })

  it('suggests a second person on the third business day and the follow-up on the seventh', () => {
    const third = cadenceStatus(sentOnce, '2026-03-04T23:30:00Z', defaultSettings, berlin)
    expect(third.secondContact.state).toBe('due')
    expect(third.followUp?.state).toBe('upcoming')
    const seventh = cadenceStatus(sentOnce, '2026-03-11T06:00:00Z', defaultSettings, berlin)
    expect(seventh.followUp).toEqual({
      state: 'due',
      due: { date: '2026-03-11', at: '2026-03-10T23:00:00.000Z' },
    })
  })

  it('stops suggesting a second person once one was written to', () => {
    const status = cadenceStatus(
      { ...sentOnce, secondContactMade: true },
      '2026-03-06T10:00:00Z',
      defaultSettings,
      berlin,
    )
    expect(status.secondContact.state).toBe('done')
  })

  it('stops chasing after the one follow-up, and calls silence after it a curmudgeon', () => {
    const followedUp = { attemptsSentAt: [mondayMorning, '2026-03-11T09:00:00Z'], repliedAt: null }
    const justAfter = cadenceStatus(followedUp, '2026-03-12T09:00:00Z', defaultSettings, berlin)
    expect(justAfter.followUp).toBeNull()
    expect(justAfter.chasing).toBe(false)
    expect(justAfter.responsiveness).toBeNull()
    const later = cadenceStatus(followedUp, '2026-03-20T09:00:00Z', defaultSettings, berlin)
    expect(later.responsiveness).toBe('curmudgeon')
    expect(later.followUp).toBeNull()
  })

  it('allows as many follow-ups as the setting says, each 7 business days after the last', () => {
    const three = { ...defaultSettings, maxAttemptsPerPerson: 3 }
    const followedUp = { attemptsSentAt: [mondayMorning, '2026-03-11T09:00:00Z'], repliedAt: null }
    const status = cadenceStatus(followedUp, '2026-03-20T09:00:00Z', three, berlin)
    expect(status.followUp).toEqual({
      state: 'due',
      due: { date: '2026-03-20', at: '2026-03-19T23:00:00.000Z' },
    })
    expect(status.chasing).toBe(true)
  })

  it('turns everything off once they reply, and classifies them', () => {
    const replied = { attemptsSentAt: [mondayMorning], repliedAt: '2026-03-04T10:00:00Z' }
    const status = cadenceStatus(replied, '2026-03-20T09:00:00Z', defaultSettings, berlin)
    expect(status.secondContact.state).toBe('not-needed')
    expect(status.followUp?.state).toBe('not-needed')
    expect(status.chasing).toBe(false)
    expect(status.responsiveness).toBe('booster')
    expect(status.businessDaysWaited).toBe(2)
    const late = {
      attemptsSentAt: [mondayMorning, '2026-03-11T09:00:00Z'],
      repliedAt: '2026-03-24T10:00:00Z',
    }
    expect(
      cadenceStatus(late, '2026-03-25T09:00:00Z', defaultSettings, berlin).responsiveness,
    ).toBe('obligate')
  })

  it('counts the follow-up from the day they are back when an auto-reply named it', () => {
    // Sent Monday 2 March; away until Sunday 15 March: day 0 is Monday 16, 7 business days on.
    const thread = { attemptsSentAt: [mondayMorning], repliedAt: null, absentUntil: '2026-03-15' }
    const during = cadenceStatus(thread, '2026-03-12T08:00:00Z', defaultSettings, berlin)
    expect(during.followUp).toMatchObject({ state: 'upcoming', due: { date: '2026-03-25' } })
    expect(during.awayUntil).toBe('2026-03-15')
    // Without the absence it would be due already on the 11th.
    const unaware = cadenceStatus(
      { attemptsSentAt: [mondayMorning], repliedAt: null },
      '2026-03-12T08:00:00Z',
      defaultSettings,
      berlin,
    )
    expect(unaware.followUp?.state).toBe('due')
    expect(unaware.awayUntil).toBeNull()
    const back = cadenceStatus(thread, '2026-03-25T08:00:00Z', defaultSettings, berlin)
    expect(back.followUp?.state).toBe('due')
    expect(back.awayUntil).toBeNull()
    // An absence that ended before the message went out changes nothing.
    const before = cadenceStatus(
      { ...thread, absentUntil: '2026-02-27' },
      '2026-03-12T08:00:00Z',
      defaultSettings,
      berlin,
    )
    expect(before.followUp?.due.date).toBe('2026-03-11')
  })

  it('refuses an outreach that was never sent', () => {
    expect(() =>
      cadenceStatus(
        { attemptsSentAt: [], repliedAt: null },
        mondayMorning,
        defaultSettings,
        berlin,
      ),
    ).toThrow(/none was given/)
  })

  it('orders attempts oldest first whatever their offsets', () => {
    expect(attemptsInOrder(['2026-03-11T08:00:00Z', '2026-03-11T08:30:00+01:00'])).toEqual([
      '2026-03-11T08:30:00+01:00',
      '2026-03-11T08:00:00Z',
    ])
  })
})

const zones = ['Europe/Berlin', 'America/New_York', 'Australia/Sydney'] as const
const instant = fc
  .integer({ min: Date.UTC(2019, 0, 1) / 60_000, max: Date.UTC(2032, 0, 1) / 60_000 })
  .map((minute) => new Date(minute * 60_000).toISOString())
const cadenceCase = fc.record({
  zone: fc.constantFrom(...zones),
  sentAt: instant,
  second: fc.integer({ min: 1, max: 30 }),
  followUp: fc.integer({ min: 1, max: 60 }),
  holidays: fc.array(fc.integer({ min: 0, max: 90 }), { maxLength: 15 }),
})

describe('3B7, properties', () => {
  it('due days are business days the right distance away, starting at local midnight', () => {
    fc.assert(
      fc.property(cadenceCase, ({ zone, sentAt, second, followUp, holidays }) => {
        const sentOn = localDate(sentAt, zone)
        const calendar = {
          weekendDays: [6, 7],
          holidays: holidays.map((k) =>
            new Date(Date.parse(`${sentOn}T00:00:00Z`) + k * 86_400_000).toISOString().slice(0, 10),
          ),
        }
        const settings = {
          ...defaultSettings,
          secondContactAfterBusinessDays: second,
          followUpAfterBusinessDays: followUp,
        }
        const dates = cadenceDates(sentAt, settings, { zone, calendar })
        for (const [due, n] of [
          [dates.secondContact, second],
          [dates.followUp, followUp],
        ] as const) {
          expect(isBusinessDay(due.date, calendar)).toBe(true)
          expect(businessDaysBetween(sentOn, due.date, calendar)).toBe(n)
          expect(localDate(due.at, zone)).toBe(due.date)
          expect(localClockTime(due.at, zone)).toBe('00:00')
        }
      }),
      { numRuns: 300 },
    )
  })

  it('a later reply is never more of a booster than an earlier one', () => {
    fc.assert(
      fc.property(
        instant,
        fc.nat(40 * 24 * 60),
        fc.nat(40 * 24 * 60),
        fc.constantFrom(...zones),
        (sentAt, a, b, zone) => {
          const time = { zone, calendar: defaultSettings }
          const at = (minutes: number) =>
            new Date(Date.parse(sentAt) + minutes * 60_000).toISOString()
          const [early, late] = a <= b ? [a, b] : [b, a]
          const first = classifyReply(sentAt, at(early), 3, time)
          const second = classifyReply(sentAt, at(late), 3, time)
          if (first === 'obligate') expect(second).toBe('obligate')
        },
      ),
      { numRuns: 300 },
    )
  })
})
