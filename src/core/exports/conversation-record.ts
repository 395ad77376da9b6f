import type { Ctx } from '../context.ts'
import { getConversation } from '../conversations/service.ts'
import { getMeeting } from '../meetings/service.ts'
import { getPerson } from '../people/service.ts'
import { getPlan } from '../plans/service.ts'
import { getReflection } from '../reflections/service.ts'
import { effectiveTimeZone, getSettings } from '../settings/service.ts'
import { toLocal } from '../shared/time.ts'
import type { ConversationRecord } from './gather.ts'
import { conversationMarkdown } from './markdown.ts'

/**
 * One conversation with everything written about it, as the Markdown export
 * holds it, read from that conversation's records only (the export reads the
 * whole account at once; one file should not cost that).
 *
 * @example conversationMarkdown(await conversationRecord(ctx, id))
 */
export async function conversationRecord(ctx: Ctx, id: string): Promise<ConversationRecord> {
  const conversation = await getConversation(ctx, id)
  const [person, plan, meeting, reflection, settings] = await Promise.all([
    getPerson(ctx, conversation.personId).catch(() => null),
    getPlan(ctx, id),
    getMeeting(ctx, id),
    getReflection(ctx, id),
    getSettings(ctx),
  ])
  return {
    conversation,
    person,
    localStart:
      conversation.scheduledLocal ??
      (conversation.scheduledAt
        ? toLocal(conversation.scheduledAt, effectiveTimeZone(settings))
        : null),
    plan: { items: plan.items },
    meeting,
    reflection,
  }
}

/** One conversation as the file the Markdown export writes for it. */
export async function conversationMarkdownOf(ctx: Ctx, id: string): Promise<string> {
  return conversationMarkdown(await conversationRecord(ctx, id))
}
