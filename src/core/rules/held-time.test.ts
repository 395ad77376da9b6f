import { describe, expect, it } from 'vitest'
import { meetingAtOf, meetingTimeOf } from './held-time.ts'

const planned = {
  scheduled_at: '2026-03-06T10:00:00Z',
  started_at: null,
  ended_at: null,
  duration_minutes: 30,
}

describe('when a conversation happened', () => {
  it('is the plan until the meeting starts', () => {
    expect(meetingTimeOf(planned)).toEqual({ startsAt: '2026-03-06T10:00:00Z', minutes: 30 })
    expect(meetingTimeOf({ ...planned, scheduled_at: null })).toBeNull()
  })

  it('is the real start once it ran, with the promised length while it runs and the real one after', () => {
    const running = { ...planned, started_at: '2026-03-05T15:02:00Z' }
    expect(meetingTimeOf(running)).toEqual({ startsAt: '2026-03-05T15:02:00Z', minutes: 30 })
    const ended = { ...running, ended_at: '2026-03-05T15:36:30Z' }
    expect(meetingTimeOf(ended)).toEqual({ startsAt: '2026-03-05T15:02:00Z', minutes: 34.5 })
    expect(meetingAtOf({ ...ended, scheduled_at: null })).toBe('2026-03-05T15:02:00Z')
  })
})
