import type { Ctx } from '../context.ts'
import { invalid } from '../errors.ts'
import { resolvePerson } from '../people/service.ts'

/**
 * Finds the conversation to reflect on: by its id, or by the person's name
 * (their latest conversation that took place), for the CLI.
 *
 * @example await resolveReflectedConversationId(ctx, 'Amara Okafor')
 */
export async function resolveReflectedConversationId(ctx: Ctx, ref: string): Promise<string> {
  const byId = await ctx.db
    .selectFrom('conversations')
    .select('id')
    .where('owner_id', '=', ctx.ownerId)
    .where('id', '=', ref.trim())
    .executeTakeFirst()
  if (byId) return byId.id
  let person: Awaited<ReturnType<typeof resolvePerson>>
  try {
    person = await resolvePerson(ctx, ref, 'conversation')
  } catch {
    throw invalid(
      'conversation',
      `no conversation with id "${ref}" and no person of that name; use a conversation id (coffeechat chats list) or a name`,
    )
  }
  // Latest by when it happened (meeting mode's start), else by the plan, as rules/held-time.ts.
  const latest = await ctx.db
    .selectFrom('conversations as c')
    .leftJoin('meetings as m', 'm.conversation_id', 'c.id')
    .select('c.id')
    .where('c.owner_id', '=', ctx.ownerId)
    .where('c.person_id', '=', person.id)
    .where((eb) =>
      eb.or([
        eb('c.status', 'in', ['met', 'thanked']),
        eb.and([
          eb('c.status', '=', 'scheduled'),
          eb(eb.fn.coalesce('m.started_at', 'c.scheduled_at'), '<=', ctx.now().toISOString()),
        ]),
      ]),
    )
    .orderBy(
      (eb) => eb.fn.coalesce('m.started_at', 'c.scheduled_at'),
      (ob) => ob.desc().nullsLast(),
    )
    .orderBy('c.status_changed_at', 'desc')
    .limit(1)
    .executeTakeFirst()
  if (!latest) {
    throw invalid(
      'conversation',
      `${person.name} has no conversation that took place yet; mark it met first (coffeechat chats edit ID --status met)`,
    )
  }
  return latest.id
}
