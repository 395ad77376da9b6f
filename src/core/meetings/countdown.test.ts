import { describe, expect, it } from 'vitest'
import { clockText, meetingClock, timeUpLine } from './countdown.ts'

const base = {
  startedAt: '2026-03-02T09:00:00Z',
  endedAt: null,
  promisedMinutes: 30,
  warnMinutesBefore: 5,
  extraMinutes: 5,
}
const sinceStart = (seconds: number) => new Date(Date.parse(base.startedAt) + seconds * 1000)

describe('meeting clock', () => {
  it('counts down, warns quietly before the end, asks politely at zero, then counts the overrun', () => {
    expect(meetingClock({ ...base, startedAt: null }, sinceStart(0))).toMatchObject({
      phase: 'not-started',
      remainingSeconds: 1800,
    })
    expect(meetingClock(base, sinceStart(60))).toMatchObject({
      phase: 'running',
      remainingSeconds: 1740,
      line: null,
    })
    expect(meetingClock(base, sinceStart(25 * 60))).toMatchObject({
      phase: 'warning',
      remainingSeconds: 300,
      line: '5 minutes left — time to pick the most important questions.',
    })
    expect(meetingClock(base, sinceStart(30 * 60))).toMatchObject({
      phase: 'time-up',
      remainingSeconds: 0,
      line: 'Our time is up — do you have five more minutes?',
    })
    expect(meetingClock(base, sinceStart(33 * 60))).toMatchObject({
      phase: 'overrun',
      overSeconds: 180,
    })
    expect(
      meetingClock({ ...base, endedAt: '2026-03-02T09:34:00Z' }, sinceStart(99 * 60)),
    ).toMatchObject({ phase: 'ended', overSeconds: 240, elapsedSeconds: 2040 })
  })

  it('takes its numbers from the settings', () => {
    const clock = meetingClock(
      { ...base, warnMinutesBefore: 2, extraMinutes: 10 },
      sinceStart(27 * 60),
    )
    expect(clock.phase).toBe('running')
    expect(timeUpLine(10)).toBe('Our time is up — do you have ten more minutes?')
    expect(timeUpLine(1)).toBe('Our time is up — do you have one more minute?')
    expect(timeUpLine(15)).toBe('Our time is up — do you have 15 more minutes?')
  })

  it('reads as a timer', () => {
    expect(clockText(1500)).toBe('25:00')
    expect(clockText(59)).toBe('0:59')
    expect(clockText(3725)).toBe('1:02:05')
  })
})
