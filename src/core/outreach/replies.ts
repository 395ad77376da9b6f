import { type Ctx, inTransaction } from '../context.ts'
import type { Conversation } from '../conversations/schema.ts'
import { getConversation, listConversations, updateConversation } from '../conversations/service.ts'
import { invalid, NotFoundError } from '../errors.ts'
import { getPerson } from '../people/service.ts'
import { compareInstants, toUtcIso } from '../rules/local-time.ts'
import { explorerDateStyle } from '../settings/service.ts'
import { momentText } from '../shared/date-words.ts'
import { parseInput } from '../validate.ts'
import { personOutreach } from './cadence-service.ts'
import { selectMessage, selectSentMessages, updateMessageRow } from './repo.ts'
import { attemptKinds, type Message, type PersonOutreach, ReplyInput } from './schema.ts'
import { getMessage } from './service.ts'

export interface ReplyRecorded {
  message: Message
  conversation: Conversation | null
  outreach: PersonOutreach
  /** The explorer's next step, in a sentence. */
  next: string
}

/**
 * Records that a person replied (to a message, or to the latest one sent to
 * them), at `repliedAt` (default now). The conversation moves on: a silent
 * one (`no_response`) is picked up again as `requested`; a `requested` one
 * stays so, for the explorer to schedule once they agree on a time. How
 * responsive the person is follows from the timing (booster, obligate).
 *
 * @example await recordReply(ctx, { personId: amara.id, repliedAt: '2026-03-04T16:00:00Z' })
 */
export async function recordReply(ctx: Ctx, input: unknown): Promise<ReplyRecorded> {
  const data = parseInput(ReplyInput, input)
  const now = ctx.now().toISOString()
  const repliedAt = data.repliedAt ? toUtcIso(data.repliedAt) : now
  if (compareInstants(repliedAt, now) > 0) {
    throw invalid('repliedAt', 'a reply cannot have come in the future')
  }
  const { messageId, conversation } = await inTransaction(ctx, async (tx) => {
    const row = data.messageId
      ? await selectMessage(tx, data.messageId)
      : await latestSentTo(tx, data.personId ?? '')
    if (!row) {
      if (data.messageId) throw new NotFoundError('message', data.messageId)
      const person = await getPerson(tx, data.personId ?? '').catch(() => {
        throw invalid('personId', `no person with id ${data.personId}`)
      })
      throw invalid(
        'personId',
        `nothing has been sent to ${person.name} yet, so there is nothing to reply to`,
      )
    }
    if (row.status === 'draft' || !row.sent_at) {
      throw invalid('messageId', 'this message is still a draft: mark it sent first')
    }
    if (compareInstants(repliedAt, row.sent_at) < 0) {
      throw invalid(
        'repliedAt',
        `the reply cannot come before the message went out (${momentText(row.sent_at, await explorerDateStyle(tx), tx.now())})`,
      )
    }
    await updateMessageRow(tx, {
      ...row,
      status: 'replied',
      replied_at: row.replied_at && row.replied_at < repliedAt ? row.replied_at : repliedAt,
      updated_at: now,
    })
    return { messageId: row.id, conversation: await pickUp(tx, row.conversation_id, row.person_id) }
  })
  const message = await getMessage(ctx, messageId)
  const outreach = await personOutreach(ctx, message.personId)
  const next =
    conversation && conversation.status === 'requested'
      ? `Agree on a time, then schedule the conversation (coffeechat chats edit ${conversation.id} --status scheduled --at "YYYY-MM-DD HH:MM").`
      : 'Reply to them, and plan what comes next.'
  return { message, conversation, outreach, next }
}

/** The message a person most likely answered: the latest one sent to them. */
async function latestSentTo(ctx: Ctx, personId: string) {
  const sent = await selectSentMessages(ctx, { personIds: [personId] })
  const unanswered = sent.filter((m) => m.status === 'sent')
  const attempts = unanswered.filter((m) => attemptKinds.some((k) => k === m.kind))
  return attempts.at(-1) ?? unanswered.at(-1) ?? sent.at(-1)
}

async function pickUp(
  ctx: Ctx,
  conversationId: string | null,
  personId: string,
): Promise<Conversation | null> {
  const conversation = conversationId
    ? await getConversation(ctx, conversationId)
    : (
        await listConversations(
          ctx,
          { personId, status: 'requested,no_response', sort: 'recent' },
          { all: true },
        )
      ).items[0]
  if (!conversation) return null
  if (conversation.status === 'no_response') {
    return updateConversation(ctx, conversation.id, { status: 'requested' })
  }
  return conversation
}
