import { type Ctx, inTransaction } from '../context.ts'
import type { Conversation } from '../conversations/schema.ts'
import {
  createConversation,
  getConversation,
  listConversations,
  updateConversation,
} from '../conversations/service.ts'
import { invalid } from '../errors.ts'
import { getPerson } from '../people/service.ts'
import { compareInstants, toUtcIso } from '../rules/local-time.ts'
import { getSettings } from '../settings/service.ts'
import { storedEnum } from '../shared/schema.ts'
import { parseInput } from '../validate.ts'
import { assertMayAsk } from './cadence-service.ts'
import { buildEml, emlFileName } from './eml.ts'
import { type MessageRow, selectSmtpSender, updateDraftToSent } from './repo.ts'
import { MarkSent, type Message, type MessageChannel, messageKinds, SmtpSend } from './schema.ts'
import type { SentEffect } from './sent-effect.ts'
import { getMessage, requireDraft } from './service.ts'
import { sendThroughSmtp } from './smtp-send.ts'
import { smtpAccount } from './smtp-settings.ts'
import { assertFinished } from './unfinished.ts'

/**
 * The ways a message leaves, always by the explorer's hand: they copy it,
 * open a `mailto:` link or an `.eml` draft and send it themselves, then say
 * "I sent it" (`markSent`); or they confirm this one message for SMTP
 * (`sendViaSmtp`). coffeechat never sends on its own.
 */

/**
 * Records that the explorer sent a draft themselves.
 *
 * @example await markSent(ctx, draft.id, { channel: 'copy' })
 */
export async function markSent(ctx: Ctx, id: string, input: unknown): Promise<Message> {
  const data = parseInput(MarkSent, input)
  const now = ctx.now().toISOString()
  const sentAt = data.sentAt ? toUtcIso(data.sentAt) : now
  if (compareInstants(sentAt, now) > 0) {
    throw invalid('sentAt', 'a message cannot have been sent in the future')
  }
  await inTransaction(ctx, async (tx) => {
    const draft = await requireDraft(tx, id)
    assertFinished(draft)
    await recordSent(tx, draft, data.channel, sentAt, null)
  })
  return getMessage(ctx, id)
}

/**
 * Sends a draft through the explorer's SMTP server, only with
 * `{ confirm: true }` for this message. The draft is marked sent only once
 * the server accepted it; a refusal leaves it a draft and says why.
 */
export async function sendViaSmtp(ctx: Ctx, id: string, input: unknown): Promise<Message> {
  parseInput(SmtpSend, input)
  const draft = await requireDraft(ctx, id)
  assertFinished(draft)
  const settings = await getSettings(ctx)
  const person = await getPerson(ctx, draft.person_id)
  await assertMayAsk(ctx, person, kindOf(draft), settings)
  if (!draft.recipient) {
    throw invalid('to', `no address to send to: add ${person.name}'s email address to the draft`)
  }
  const account = await smtpAccount(ctx)
  const domain = account.fromAddress.split('@')[1] ?? 'coffeechat.local'
  const messageId = `${draft.id}@${domain}`
  await sendThroughSmtp(account, {
    to: { name: person.name, address: draft.recipient },
    subject: draft.subject,
    body: draft.body,
    messageId,
    date: ctx.now(),
  })
  await inTransaction(ctx, async (tx) => {
    const current = await requireDraft(tx, id)
    assertFinished(current)
    await recordSent(tx, current, 'smtp', tx.now().toISOString(), messageId)
  })
  return getMessage(ctx, id)
}

/**
 * The `.eml` draft of a message (`X-Unsent: 1`): the explorer opens it in
 * their mail program and sends it from there.
 */
export async function emlOf(ctx: Ctx, id: string): Promise<{ fileName: string; bytes: Buffer }> {
  const message = await getMessage(ctx, id)
  assertFinished(message)
  const settings = await getSettings(ctx)
  const from = await selectSmtpSender(ctx)
  const bytes = await buildEml({
    from: from
      ? { name: from.from_name || settings.explorerName, address: from.from_address }
      : null,
    to: message.to ? { name: message.person, address: message.to } : null,
    subject: message.subject,
    body: message.body,
    date: ctx.now(),
    messageId: `${message.id}@coffeechat.local`,
  })
  return { fileName: emlFileName(message.subject, message.id), bytes }
}

async function recordSent(
  ctx: Ctx,
  draft: MessageRow,
  channel: MessageChannel,
  sentAt: string,
  smtpMessageId: string | null,
): Promise<void> {
  const settings = await getSettings(ctx)
  const person = await getPerson(ctx, draft.person_id)
  const kind = kindOf(draft)
  await assertMayAsk(ctx, person, kind, settings)
  const effect = await moveConversationOn(ctx, draft, sentAt)
  // Only a draft becomes sent: of two requests at once, one records it, the other is told.
  const recorded = await updateDraftToSent(ctx, draft.id, {
    channel,
    sent_at: sentAt,
    smtp_message_id: smtpMessageId,
    conversation_id: effect?.conversationId ?? draft.conversation_id,
    sent_effect: effect ? JSON.stringify(effect) : null,
    updated_at: ctx.now().toISOString(),
  })
  if (!recorded) await requireDraft(ctx, draft.id)
}

/**
 * What sending does to the conversation: an outreach asks for one (an open
 * conversation with the person becomes `requested`, or a new one is
 * started), a thank-you after a meeting makes it `thanked`. Returns what it
 * moved, for a mistaken "I sent it" to be taken back.
 */
async function moveConversationOn(
  ctx: Ctx,
  draft: MessageRow,
  sentAt: string,
): Promise<SentEffect | null> {
  const kind = kindOf(draft)
  const linkedTo = draft.conversation_id
  if (kind === 'outreach' || kind === 'follow-up') {
    let conversationId = linkedTo
    if (!conversationId) {
      const open = await listConversations(
        ctx,
        { personId: draft.person_id, status: 'identified,requested,no_response,postponed' },
        { all: true },
      )
      conversationId = open.items[0]?.id ?? null
    }
    if (!conversationId) {
      if (kind === 'follow-up') return null
      const started = await createConversation(
        { ...ctx, now: () => new Date(sentAt) },
        { personId: draft.person_id, status: 'requested' },
      )
      return effectOf(started, null, { started: true, linked: true })
    }
    const current = await getConversation(ctx, conversationId)
    const moved = ['identified', 'no_response', 'postponed'].includes(current.status)
      ? await updateConversation(ctx, conversationId, { status: 'requested' })
      : null
    return effectOf(moved ?? current, moved ? current : null, {
      started: false,
      linked: !linkedTo,
    })
  }
  if (kind === 'thank-you' && linkedTo) {
    const current = await getConversation(ctx, linkedTo)
    if (current.status === 'met') {
      const thanked = await updateConversation(ctx, current.id, { status: 'thanked' })
      return effectOf(thanked, current, { started: false, linked: false })
    }
  }
  return null
}

function effectOf(
  after: Conversation,
  before: Conversation | null,
  how: { started: boolean; linked: boolean },
): SentEffect | null {
  if (!before && !how.started && !how.linked) return null
  return {
    conversationId: after.id,
    ...how,
    statusFrom: before?.status ?? null,
    statusFromChangedAt: before?.statusChangedAt ?? null,
    statusTo: after.status,
    statusChangedAt: after.statusChangedAt,
  }
}

function kindOf(row: MessageRow): Message['kind'] {
  return storedEnum(messageKinds, row.kind, 'outreach')
}
