import type { Ctx } from '../context.ts'
import { reflectionDue } from '../rules/deadlines.ts'
import { meetingTimeOf } from '../rules/held-time.ts'
import { effectiveTimeZone, getSettings } from '../settings/service.ts'
import { selectHeldConversations } from './repo.ts'

export interface ReflectionDue {
  conversationId: string
  personId: string
  person: string
  /** When it is due (UTC), by the `reflectionDeadline` setting on the day it was held, in the explorer's zone. */
  dueBy: string | null
  overdue: boolean
}

/**
 * Held conversations (met or thanked) whose reflection is not completed yet,
 * soonest due first: for the Today agenda.
 *
 * @example (await reflectionsDue(ctx)).filter((r) => r.overdue)
 */
export async function reflectionsDue(ctx: Ctx): Promise<ReflectionDue[]> {
  const [rows, settings] = await Promise.all([selectHeldConversations(ctx), getSettings(ctx)])
  const now = ctx.now().toISOString()
  const zone = effectiveTimeZone(settings)
  return rows
    .filter((row) => !row.completed_at)
    .map((row) => {
      const meeting = meetingTimeOf(row)
      const dueBy = meeting ? reflectionDue(meeting, settings.reflectionDeadline, zone).dueBy : null
      return {
        conversationId: row.id,
        personId: row.person_id,
        person: row.person_name,
        dueBy,
        overdue: Boolean(dueBy && now > dueBy),
      }
    })
    .sort((a, b) => (a.dueBy ?? '9999').localeCompare(b.dueBy ?? '9999'))
}
