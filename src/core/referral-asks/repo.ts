import { meetingTimes } from '../../db/conversation-people.ts'
import type { Ctx } from '../context.ts'

/** A conversation that was held, with the moments that date it. */
export interface HeldConversationRow {
  id: string
  status: string
  status_changed_at: string
  scheduled_at: string | null
  duration_minutes: number
  started_at: string | null
  ended_at: string | null
}

/**
 * A person's met and thanked conversations, with the meeting's recorded
 * start when meeting mode was used.
 *
 * @example (await selectHeldConversations(ctx, amara.id)).map((c) => c.status) // ['thanked']
 */
export async function selectHeldConversations(
  ctx: Ctx,
  personId: string,
): Promise<HeldConversationRow[]> {
  return ctx.db
    .selectFrom('conversations as c')
    .leftJoin('meetings as m', (join) =>
      join.onRef('m.conversation_id', '=', 'c.id').onRef('m.owner_id', '=', 'c.owner_id'),
    )
    .select([
      'c.id',
      'c.status',
      'c.status_changed_at',
      'c.scheduled_at',
      'c.duration_minutes',
      ...meetingTimes,
    ])
    .where('c.owner_id', '=', ctx.ownerId)
    .where('c.person_id', '=', personId)
    .where('c.status', 'in', ['met', 'thanked'])
    .execute()
}
