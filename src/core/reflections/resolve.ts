import type { Ctx } from '../context.ts'
import { selectConversation } from '../conversations/reads.ts'
import { invalid, NotFoundError } from '../errors.ts'
import { resolvePerson } from '../people/service.ts'
import {
  type ReflectedConversation,
  selectLatestHeldConversation,
  selectReflectedConversation,
} from './repo.ts'

/**
 * Finds the conversation to reflect on: by its id, or by the person's name
 * (their latest conversation that took place), for the CLI.
 *
 * @example await resolveReflectedConversationId(ctx, 'Amara Okafor')
 */
export async function resolveReflectedConversationId(ctx: Ctx, ref: string): Promise<string> {
  const byId = await selectConversation(ctx, ref.trim())
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
  const latest = await selectLatestHeldConversation(ctx, person.id)
  if (!latest) {
    throw invalid(
      'conversation',
      `${person.name} has no conversation that took place yet; mark it met first (coffeechat chats edit ID --status met)`,
    )
  }
  return latest.id
}

/**
 * The conversation a reflection belongs to, or the NotFoundError for an id
 * that names none of the explorer's.
 *
 * @example const conversation = await requireReflectedConversation(tx, conversationId)
 */
export async function requireReflectedConversation(
  ctx: Ctx,
  conversationId: string,
): Promise<ReflectedConversation> {
  const conversation = await selectReflectedConversation(ctx, conversationId)
  if (!conversation) throw new NotFoundError('conversation', conversationId)
  return conversation
}
