import { describe, expect, it } from 'vitest'
import { defaultSettings } from '../settings/schema.ts'
import {
  confirmationDue,
  meetingDeadlines,
  nextCheckIn,
  progressUpdateDue,
  referralAskAdvice,
  reflectionDue,
  thankYouDue,
} from './deadlines.ts'

const afternoon = { startsAt: '2026-03-05T14:00:00Z', minutes: 30 }

describe('same-day deadlines', () => {
  it('wants the thank-you by 21:00 local on the meeting day', () => {
    expect(thankYouDue(afternoon, '21:00', 'Europe/Berlin')).toEqual({
      date: '2026-03-05',
      dueBy: '2026-03-05T20:00:00.000Z',
    })
    expect(thankYouDue(afternoon, '21:00', 'America/New_York')).toEqual({
      date: '2026-03-05',
      dueBy: '2026-03-06T02:00:00.000Z',
    })
  })

  it('uses the meeting day in the explorer’s zone, not in UTC', () => {
    const sydneyMorning = { startsAt: '2026-03-04T22:00:00Z', minutes: 30 }
    expect(thankYouDue(sydneyMorning, '21:00', 'Australia/Sydney')).toEqual({
      date: '2026-03-05',
      dueBy: '2026-03-05T10:00:00.000Z',
    })
  })

  it('never falls due before a late meeting is over', () => {
    const evening = { startsAt: '2026-03-05T19:45:00Z', minutes: 30 }
    expect(thankYouDue(evening, '21:00', 'Europe/Berlin')).toEqual({
      date: '2026-03-06',
      dueBy: '2026-03-06T20:00:00.000Z',
    })
    const pastMidnight = { startsAt: '2026-03-05T22:45:00Z', minutes: 30 }
    expect(reflectionDue(pastMidnight, '23:59', 'Europe/Berlin')).toEqual({
      date: '2026-03-06',
      dueBy: '2026-03-06T22:59:00.000Z',
    })
  })

  it('wants the reflection the same day, by the reflection deadline', () => {
    expect(reflectionDue(afternoon, '23:59', 'Europe/Berlin')).toEqual({
      date: '2026-03-05',
      dueBy: '2026-03-05T22:59:00.000Z',
    })
    expect(reflectionDue(afternoon, '18:00', 'Europe/Berlin').dueBy).toBe(
      '2026-03-05T17:00:00.000Z',
    )
  })

  it('keeps 21:00 local across a DST change', () => {
    const dstSunday = { startsAt: '2026-03-29T09:00:00Z', minutes: 30 }
    expect(thankYouDue(dstSunday, '21:00', 'Europe/Berlin').dueBy).toBe('2026-03-29T19:00:00.000Z')
  })
})

describe('confirmation', () => {
  it('is due the day before, by the end of that day', () => {
    expect(confirmationDue(afternoon, 1, 'Europe/Berlin')).toEqual({
      date: '2026-03-04',
      dueBy: '2026-03-04T23:00:00.000Z',
    })
    expect(confirmationDue(afternoon, 2, 'Europe/Berlin')?.date).toBe('2026-03-03')
  })

  it('with 0 days before, is due by the start of the meeting', () => {
    expect(confirmationDue(afternoon, 0, 'Europe/Berlin')).toEqual({
      date: '2026-03-05',
      dueBy: '2026-03-05T14:00:00.000Z',
    })
  })

  it('is not needed for a meeting booked on the confirmation day or later', () => {
    expect(confirmationDue(afternoon, 1, 'Europe/Berlin', '2026-03-04T10:00:00Z')).toBeNull()
    expect(confirmationDue(afternoon, 1, 'Europe/Berlin', '2026-03-03T23:30:00Z')).toBeNull()
    expect(confirmationDue(afternoon, 1, 'Europe/Berlin', '2026-03-03T20:00:00Z')).not.toBeNull()
  })
})

describe('later touches', () => {
  it('suggests a progress update two weeks after the meeting', () => {
    expect(progressUpdateDue(afternoon, 14, 'Europe/Berlin')).toEqual({
      date: '2026-03-19',
      dueBy: '2026-03-19T23:00:00.000Z',
    })
  })

  it('suggests check-ins only when they are switched on', () => {
    const on = { monthlyCheckIn: true, checkInEveryDays: 30 }
    expect(nextCheckIn('2026-03-19T10:00:00Z', on, 'Europe/Berlin')).toEqual({
      date: '2026-04-18',
      dueBy: '2026-04-18T22:00:00.000Z',
    })
    expect(
      nextCheckIn('2026-03-19T10:00:00Z', { ...on, monthlyCheckIn: false }, 'Europe/Berlin'),
    ).toBeNull()
  })

  it('gathers every deadline of a meeting from the settings', () => {
    const all = meetingDeadlines(
      afternoon,
      { ...defaultSettings, monthlyCheckIn: true },
      'Europe/Berlin',
    )
    expect(all.confirmation?.date).toBe('2026-03-04')
    expect(all.thankYou.dueBy).toBe('2026-03-05T20:00:00.000Z')
    expect(all.reflection.dueBy).toBe('2026-03-05T22:59:00.000Z')
    expect(all.progressUpdate.date).toBe('2026-03-19')
    expect(all.firstCheckIn?.date).toBe('2026-04-04')
    expect(meetingDeadlines(afternoon, defaultSettings, 'Europe/Berlin').firstCheckIn).toBeNull()
  })
})

describe('asking for referrals', () => {
  const base = {
    meetingStartsAt: '2026-03-05T14:00:00Z',
    responsiveness: 'booster' as const,
    now: '2026-03-12T09:00:00Z',
    referralAskAfterDays: 7,
    zone: 'Europe/Berlin',
  }

  it('advises asking a booster from a week after the meeting', () => {
    expect(referralAskAdvice(base)).toEqual({
      ok: true,
      advisedFrom: '2026-03-12',
      cautions: [],
      overriddenBecause: null,
    })
  })

  it('advises against asking too soon or asking anyone but a booster', () => {
    const early = referralAskAdvice({ ...base, now: '2026-03-11T22:00:00Z' })
    expect(early.ok).toBe(false)
    expect(early.cautions.map((c) => c.code)).toEqual(['too-soon'])
    const obligate = referralAskAdvice({ ...base, responsiveness: 'obligate' })
    expect(obligate.cautions.map((c) => c.code)).toEqual(['not-a-booster'])
    expect(referralAskAdvice({ ...base, responsiveness: null }).ok).toBe(false)
  })

  it('lets the explorer override with a reason, and records it', () => {
    const overridden = referralAskAdvice({
      ...base,
      responsiveness: 'obligate',
      overrideReason: ' She offered names herself ',
    })
    expect(overridden.ok).toBe(true)
    expect(overridden.overriddenBecause).toBe('She offered names herself')
    expect(overridden.cautions).toHaveLength(1)
    expect(
      referralAskAdvice({ ...base, responsiveness: 'obligate', overrideReason: '   ' }).ok,
    ).toBe(false)
  })
})
