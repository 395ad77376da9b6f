import type { Settings } from '../settings/schema.ts'
import type { PlanWarning } from './schema.ts'

export type PlanSizeSettings = Pick<
  Settings,
  'questionsRecommendedMin' | 'questionsRecommendedMax' | 'questionsWarnAbove'
>

/**
 * What to say about the size of a plan: too few questions to fill the
 * conversation, more than recommended, or clearly too many for its promised
 * length (the rest carry over to the next conversation anyway).
 *
 * @example planWarnings(14, defaultSettings, 30)[0]?.message
 * // '14 questions are too many for a 30-minute conversation: keep it to 12 at most (5–10 recommended); what you do not ask carries over to the next conversation.'
 */
export function planWarnings(
  count: number,
  settings: PlanSizeSettings,
  minutes: number,
): PlanWarning[] {
  const min = settings.questionsRecommendedMin
  const max = settings.questionsRecommendedMax
  const range = min === max ? `${min}` : `${min}–${max}`
  if (count > settings.questionsWarnAbove) {
    return [
      {
        code: 'too-many',
        message: `${count} questions are too many for a ${minutes}-minute conversation: keep it to ${settings.questionsWarnAbove} at most (${range} recommended); what you do not ask carries over to the next conversation.`,
      },
    ]
  }
  if (count < min) {
    return [
      {
        code: 'below-min',
        message:
          count === 0
            ? `No questions planned yet; ${range} are recommended.`
            : `Only ${plural(count, 'question')} planned; ${range} are recommended.`,
      },
    ]
  }
  if (count > max) {
    return [
      {
        code: 'above-max',
        message: `${count} questions planned; ${range} are recommended, so some may not fit into ${minutes} minutes.`,
      },
    ]
  }
  return []
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}
