import type { Kysely } from 'kysely'
import type { OwnerScope } from './owned-rows.ts'
import type { Database } from './tables.ts'

/**
 * The owner's conversations (`c`), each with the person it is with (`p`):
 * where every read that names a conversation's person starts. Joins and
 * selections go on from here.
 *
 * @example await conversationsWithPerson(ctx.db, ctx.ownerId).select(['c.id', 'p.name']).execute()
 */
export function conversationsWithPerson(db: Kysely<Database>, ownerId: string) {
  return db
    .selectFrom('conversations as c')
    .innerJoin('people as p', 'p.id', 'c.person_id')
    .where('c.owner_id', '=', ownerId)
}

/**
 * `conversationsWithPerson` with each conversation's meeting (`m`), where
 * it was held in meeting mode: what `meetingTimes` are read from.
 *
 * @example await conversationsWithMeeting(db, owner).select([...conversationAndPerson, ...meetingTimes]).execute()
 */
export function conversationsWithMeeting(db: Kysely<Database>, ownerId: string) {
  return conversationsWithPerson(db, ownerId).leftJoin('meetings as m', 'm.conversation_id', 'c.id')
}

/**
 * The columns a read from `conversationsWithPerson` names first: the
 * conversation, and the id and name of the person it is with.
 *
 * @example conversationsWithPerson(db, owner).select([...conversationAndPerson, 'c.status'])
 */
export const conversationAndPerson = ['c.id', 'c.person_id', 'p.name as person_name'] as const

/**
 * When a conversation held in meeting mode really started and ended, from
 * its meeting joined as `m` (null where there is none).
 */
export const meetingTimes = ['m.started_at', 'm.ended_at'] as const

/**
 * The name of the person of each of the owner's conversations in `ids`
 * (none for an empty list), to title what belongs to a conversation.
 *
 * @example const names = await selectConversationPersonNames(ctx, [conversationId])
 */
export async function selectConversationPersonNames(
  scope: OwnerScope,
  ids: readonly string[],
): Promise<Array<{ id: string; name: string }>> {
  if (ids.length === 0) return []
  return conversationsWithPerson(scope.db, scope.ownerId)
    .select(['c.id', 'p.name'])
    .where('c.id', 'in', [...ids])
    .execute()
}
