import { type Ctx, inTransaction } from '../context.ts'
import { type ConversationRow, selectConversation } from '../conversations/reads.ts'
import { updateConversationRow } from '../conversations/row-writes.ts'
import { deleteConversation } from '../conversations/service.ts'
import { ConflictError, NotFoundError } from '../errors.ts'
import { compareInstants, localDate } from '../rules/local-time.ts'
import { effectiveTimeZone, getSettings } from '../settings/service.ts'
import {
  type MessageRow,
  selectConversationHoldsMore,
  selectMessage,
  selectSentMessages,
  updateSentToDraft,
} from './repo.ts'
import type { UnsendResult } from './schema.ts'
import { readSentEffect, type SentEffect } from './sent-effect.ts'
import { getMessage } from './service.ts'

/**
 * Takes back a message marked sent by mistake: it becomes a draft again,
 * and what marking it sent moved is undone when nothing else moved it
 * since. The rules, so that nothing that really happened is erased:
 *
 * - a message sent through SMTP really left, and one they replied to
 *   clearly did: neither can be taken back (delete it instead);
 * - when a later message to the same person was sent after it, that one
 *   is taken back first (the 3B7 thread is read in order);
 * - a conversation the sending moved (identified → requested, met →
 *   thanked) goes back to its status and the time that status began, only
 *   if its status is still the one sending gave it; a conversation the
 *   sending started is removed only if nothing was added to it since;
 *   otherwise it stays as it is, and the answer says so;
 * - the cadence (3B7, responsiveness) and Today are derived from the
 *   messages, so they follow by themselves.
 *
 * @example (await unsendMessage(ctx, sent.id)).message.status // 'draft'
 */
export async function unsendMessage(ctx: Ctx, id: string): Promise<UnsendResult> {
  const outcome = await inTransaction(ctx, async (tx) => {
    const row = await selectMessage(tx, id)
    if (!row) throw new NotFoundError('message', id)
    await assertMayUnsend(tx, row)
    const effect = readSentEffect(row.sent_effect)
    const conversation = effect ? await undoEffect(tx, row, effect) : null
    const unlinked = effect?.linked && conversation?.outcome !== 'kept' ? null : row.conversation_id
    const takenBack = await updateSentToDraft(tx, id, {
      conversation_id: conversation?.outcome === 'removed' ? null : unlinked,
      updated_at: tx.now().toISOString(),
    })
    // Two requests at once: the first took it back, the second finds a draft.
    if (!takenBack) throw stillDraft()
    return conversation
  })
  const message = await getMessage(ctx, id)
  return {
    message,
    conversation: outcome?.outcome ?? null,
    note: outcome?.note ?? 'It is a draft again; nothing else had to change.',
  }
}

async function assertMayUnsend(ctx: Ctx, row: MessageRow): Promise<void> {
  if (row.status === 'draft' || !row.sent_at) throw stillDraft()
  const zone = effectiveTimeZone(await getSettings(ctx))
  if (row.status === 'replied' || row.replied_at) {
    throw new ConflictError(
      `they replied to it${row.replied_at ? ` on ${localDate(row.replied_at, zone)}` : ''}, so it went out and stays on record; delete it if it should not be there`,
    )
  }
  if (row.channel === 'smtp') {
    throw new ConflictError(
      'it went out through your SMTP server, which handed it on: it cannot be taken back; delete it if it should not be on record',
    )
  }
  const sentAt = row.sent_at
  const later = (await selectSentMessages(ctx, { personIds: [row.person_id] })).find(
    (m) => m.id !== row.id && m.sent_at && compareInstants(m.sent_at, sentAt) > 0,
  )
  if (later?.sent_at) {
    throw new ConflictError(
      `the ${later.kind} of ${localDate(later.sent_at, zone)} went out after it: take that one back first (${later.id})`,
    )
  }
}

interface Undone {
  outcome: 'restored' | 'removed' | 'kept'
  note: string
}

async function undoEffect(ctx: Ctx, row: MessageRow, effect: SentEffect): Promise<Undone | null> {
  const conversation = await selectConversation(ctx, effect.conversationId)
  if (!conversation) return null
  const movedSince =
    conversation.status !== effect.statusTo ||
    conversation.status_changed_at !== effect.statusChangedAt
  if (movedSince) {
    return {
      outcome: 'kept',
      note: `The conversation is ${label(conversation.status)} now, which happened after the message, so it stays as it is.`,
    }
  }
  if (effect.started) {
    if (!(await untouched(ctx, conversation, row.id))) {
      return {
        outcome: 'kept',
        note: 'The conversation it started has more in it since (notes, a plan, a time), so it stays, still requested.',
      }
    }
    await deleteConversation(ctx, conversation.id)
    return { outcome: 'removed', note: 'The conversation it started is gone again.' }
  }
  if (!effect.statusFrom || !effect.statusFromChangedAt) return null
  await updateConversationRow(ctx, {
    ...conversation,
    status: effect.statusFrom,
    status_changed_at: effect.statusFromChangedAt,
    updated_at: ctx.now().toISOString(),
  })
  return {
    outcome: 'restored',
    note: `The conversation is ${label(effect.statusFrom)} again, as it was before.`,
  }
}

/** Nothing was written to a conversation since it was started: no edit, plan, meeting or message. */
async function untouched(ctx: Ctx, conversation: ConversationRow, messageId: string) {
  if (conversation.updated_at !== conversation.created_at) return false
  return !(await selectConversationHoldsMore(ctx, conversation.id, messageId))
}

function stillDraft(): ConflictError {
  return new ConflictError('this message is a draft: there is no sending to take back')
}

function label(status: string): string {
  return status.replace('_', ' ')
}
