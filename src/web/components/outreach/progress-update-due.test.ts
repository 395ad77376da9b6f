import { describe, expect, it } from 'vitest'
// biome-ignore lint/style/noRestrictedImports: the test holds the page's day to the agenda's rule, which the web app itself does not import
import { progressUpdateDue } from '../../../core/rules/deadlines.ts'
import { progressUpdateDay } from './progress-update-due.ts'

describe('the progress update offered on the conversation page', () => {
  it('falls due on the day the agenda says, in your zone', () => {
    for (const [meetingAt, zone] of [
      ['2026-03-05T14:00:00.000Z', 'Europe/Berlin'],
      ['2026-03-05T23:30:00.000Z', 'Europe/Berlin'],
      ['2026-03-06T03:00:00.000Z', 'America/Los_Angeles'],
      ['2026-10-20T10:00:00.000Z', 'Europe/Berlin'],
    ] as const) {
      const rule = progressUpdateDue({ startsAt: meetingAt, minutes: 30 }, 14, zone)
      expect(progressUpdateDay({ meetingAt }, 14, zone)).toBe(rule.date)
    }
    expect(progressUpdateDay({ meetingAt: '2026-03-05T23:30:00Z' }, 14, 'Europe/Berlin')).toBe(
      '2026-03-20',
    )
    expect(progressUpdateDay({ meetingAt: null }, 14, 'UTC')).toBeNull()
  })
})
