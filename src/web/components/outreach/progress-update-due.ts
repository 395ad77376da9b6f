import type { Conversation } from '../../../core/conversations/schema.ts'
import { calendarDaysAfter, dateOf } from '../../../core/shared/date-words.ts'

/**
 * The day the progress update falls due, as the agenda's rule counts it
 * (core/rules/deadlines.ts `progressUpdateDue`): `afterDays` calendar days
 * after the meeting day, in your zone. Null when the meeting has no date.
 *
 * @example progressUpdateDay({ meetingAt: '2026-03-05T14:00:00Z' }, 14, 'Europe/Berlin') // '2026-03-19'
 */
export function progressUpdateDay(
  conversation: Pick<Conversation, 'meetingAt'>,
  afterDays: number,
  timeZone: string,
): string | null {
  if (!conversation.meetingAt) return null
  return calendarDaysAfter(dateOf(conversation.meetingAt, timeZone), afterDays)
}
