import type { LintOptions, LintProblem } from './lint-types.ts'
import { findTimeMentions } from './meeting-times.ts'
import { whole } from './outreach-rules.ts'

/**
 * `states-when`: a confirmation states the day or date and the time agreed,
 * so a mix-up shows before the meeting. Limits: any weekday, date or clock
 * time counts; it does not check them against the calendar.
 *
 * @example statesWhen('See you Thursday at 15:00!', options) // []
 */
export function statesWhen(text: string, _options: LintOptions): LintProblem[] {
  const kinds = new Set(findTimeMentions(text).map((t) => t.kind))
  const hasDay = kinds.has('weekday') || kinds.has('date') || kinds.has('relative-day')
  if (hasDay && kinds.has('clock-time')) return []
  const missing = hasDay ? 'the time' : kinds.has('clock-time') ? 'the day' : 'the day and the time'
  return [
    whole(
      'states-when',
      text,
      `Confirm ${missing} you agreed on, so any mix-up shows before the meeting.`,
    ),
  ]
}
