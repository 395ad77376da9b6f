import type { MeetingTime } from './deadlines.ts'

/**
 * When a conversation happened. A conversation is planned for
 * `scheduled_at`, but meeting mode records when it really took place
 * (`started_at`, `ended_at`): a meeting planned for tomorrow and run today
 * happened today. Every date and deadline that follows from a meeting — the
 * thank-you and the reflection due, the progress update, the referral-ask
 * advice, a referral's date, the board's dates and the fit trend, Today and
 * the conversation page — derives from the one instant this returns, so
 * they never disagree.
 */

/** A conversation's times as stored: the plan and, once the meeting ran, what happened. */
export interface ConversationTimes {
  scheduled_at: string | null
  started_at: string | null
  ended_at: string | null
  duration_minutes: number
}

/**
 * The meeting as it happened, else as planned: the recorded start, with the
 * recorded length once it ended (the promised length while it runs); else
 * the scheduled start and the promised length. Null when neither is known.
 *
 * @example meetingTimeOf({ scheduled_at: '2026-03-06T10:00:00Z', started_at: '2026-03-05T15:02:00Z',
 *   ended_at: '2026-03-05T15:36:00Z', duration_minutes: 30 })
 * // { startsAt: '2026-03-05T15:02:00Z', minutes: 34 }
 */
export function meetingTimeOf(times: ConversationTimes): MeetingTime | null {
  if (times.started_at) {
    const started = Date.parse(times.started_at)
    const ended = times.ended_at ? Date.parse(times.ended_at) : Number.NaN
    const minutes = Number.isNaN(ended)
      ? times.duration_minutes
      : Math.max(0, (ended - started) / 60_000)
    return { startsAt: times.started_at, minutes }
  }
  if (!times.scheduled_at) return null
  return { startsAt: times.scheduled_at, minutes: times.duration_minutes }
}

/**
 * The one instant a conversation's dates derive from: when it started, else
 * when it is planned to.
 *
 * @example meetingAtOf({ scheduled_at: '2026-03-06T10:00:00Z', started_at: null, ended_at: null, duration_minutes: 30 })
 * // '2026-03-06T10:00:00Z'
 */
export function meetingAtOf(times: ConversationTimes): string | null {
  return meetingTimeOf(times)?.startsAt ?? null
}
