import { type Ctx, inTransaction } from '../context.ts'
import { getConversation } from '../conversations/service.ts'
import { ConflictError, invalid, NotFoundError } from '../errors.ts'
import { newId } from '../ids.ts'
import { getPerson } from '../people/service.ts'
import { lintMessage, lintOptionsFromSettings, lintSubject } from '../rules/email-lint.ts'
import { unfilledVariables } from '../rules/unfilled-variables.ts'
import type { Settings } from '../settings/schema.ts'
import { explorerDateStyle, getSettings } from '../settings/service.ts'
import { dateText } from '../shared/date-words.ts'
import { lastWriterWins, parseFieldTimes } from '../shared/last-writer.ts'
import { type Page, storedEnum } from '../shared/schema.ts'
import { parseInput } from '../validate.ts'
import { assertMayAsk } from './cadence-service.ts'
import { mailtoLink } from './mailto.ts'
import {
  countMessages,
  deleteMessageRow,
  insertMessage,
  type MessageListRow,
  type MessageRow,
  selectMessage,
  selectMessages,
  updateMessageRow,
} from './repo.ts'
import {
  type Message,
  MessageCreate,
  MessageListQuery,
  MessagePatch,
  messageChannels,
  messageKinds,
  messageStatuses,
} from './schema.ts'
import { templateFor } from './template-store.ts'
import {
  isTemplateVariable,
  renderMessage,
  renderTemplate,
  type TemplateValues,
} from './templates.ts'
import { unfinishedNames } from './unfinished.ts'
import { draftValues, hasConnection } from './variables.ts'

/**
 * Messages, newest first. With `all`, every match in one list (the CLI).
 *
 * @example (await listMessages(ctx, { personId, status: 'sent' })).items
 */
export async function listMessages(
  ctx: Ctx,
  query: unknown = {},
  options: { all?: boolean } = {},
): Promise<Page<Message>> {
  const { limit, offset, ...filter } = parseInput(MessageListQuery, query)
  const [total, rows, settings] = await Promise.all([
    countMessages(ctx, filter),
    selectMessages(ctx, filter, options.all ? undefined : { limit, offset }),
    getSettings(ctx),
  ])
  return { items: rows.map((row) => toMessage(row, settings)), total, limit, offset }
}

export async function getMessage(ctx: Ctx, id: string): Promise<Message> {
  const [row] = await selectMessages(ctx, { ids: [id] })
  if (!row) throw new NotFoundError('message', id)
  return toMessage(row, await getSettings(ctx))
}

/**
 * Drafts a message to a person from the explorer's template for its kind,
 * filled in from what coffeechat knows (unless a subject or body is
 * given). A third attempt to reach someone silent is refused
 * (`maxAttemptsPerPerson`).
 *
 * @example await createDraft(ctx, { kind: 'outreach', personId: amara.id })
 */
export async function createDraft(ctx: Ctx, input: unknown): Promise<Message> {
  const data = parseInput(MessageCreate, input)
  const id = await inTransaction(ctx, async (tx) => {
    const settings = await getSettings(tx)
    const person = await getPerson(tx, data.personId).catch(() => {
      throw invalid('personId', `no person with id ${data.personId}`)
    })
    const conversation = data.conversationId
      ? await conversationOf(tx, data.conversationId, person.id)
      : null
    await assertMayAsk(tx, person, data.kind, settings)
    const template = await templateFor(tx, data.kind, { hasConnection: hasConnection(person) })
    const rendered = renderMessage(template, draftValues(person, conversation, settings))
    const now = tx.now().toISOString()
    const row: MessageRow = {
      id: newId(tx.now()),
      owner_id: tx.ownerId,
      person_id: person.id,
      conversation_id: conversation?.id ?? null,
      kind: data.kind,
      recipient: data.to === undefined ? (person.emails[0] ?? null) : data.to,
      subject: data.subject ?? rendered.subject,
      body: data.body ?? rendered.body,
      status: 'draft',
      channel: null,
      template_key: data.subject !== undefined && data.body !== undefined ? null : template.key,
      sent_at: null,
      replied_at: null,
      smtp_message_id: null,
      created_at: now,
      updated_at: now,
      // A blank reason is no reason.
      override_reason: data.overrideReason || null,
      sent_effect: null,
      field_times: '{}',
    }
    await insertMessage(tx, row)
    return row.id
  })
  return getMessage(ctx, id)
}

/** The fields of a draft its editor autosaves, each kept by its newest edit. */
const textFields = ['to', 'subject', 'body'] as const

/**
 * Changes a draft; a sent message is on record and stays as it was sent.
 * Safe to replay, as the meeting and the reflection are: with `updatedAt`
 * (the client's time of the edit) an older edit of the address, subject or
 * text never overwrites a newer one, field by field, so two devices keep
 * each other's fields. Without it the edit is now (the CLI, the MCP, a
 * plain API call).
 *
 * @example await updateDraft(ctx, id, { body: 'Dear Amara…', updatedAt: '2026-03-02T09:14:03Z' })
 */
export async function updateDraft(ctx: Ctx, id: string, patch: unknown): Promise<Message> {
  const { updatedAt, ...changes } = parseInput(MessagePatch, patch)
  await inTransaction(ctx, async (tx) => {
    const current = await requireDraft(tx, id)
    // Last writer wins per field, by the client's clock: an edit replayed late
    // (a phone back online, a second device) never overwrites a newer one.
    const fields = textFields.filter((key) => changes[key] !== undefined)
    const decision = lastWriterWins(
      fields,
      parseFieldTimes(current.field_times),
      updatedAt,
      tx.now(),
    )
    const take = <K extends (typeof textFields)[number]>(key: K) =>
      decision.apply.includes(key) ? changes[key] : undefined
    const to = take('to')
    const conversationId =
      changes.conversationId === undefined
        ? current.conversation_id
        : changes.conversationId === null
          ? null
          : (await conversationOf(tx, changes.conversationId, current.person_id)).id
    await updateMessageRow(tx, {
      ...current,
      kind: changes.kind ?? current.kind,
      conversation_id: conversationId,
      recipient: to === undefined ? current.recipient : to,
      subject: take('subject') ?? current.subject,
      body: take('body') ?? current.body,
      override_reason:
        changes.overrideReason === undefined
          ? current.override_reason
          : changes.overrideReason || null,
      updated_at: tx.now().toISOString(),
      field_times: JSON.stringify(decision.times),
    })
  })
  return getMessage(ctx, id)
}

/**
 * Fills in every `{variable}` of a draft that coffeechat now knows (the
 * explorer's name once it is set, the person's, the conversation's) and
 * leaves the rest of the text exactly as written.
 *
 * @example (await fillDraft(ctx, draft.id)).body.endsWith('Sam Lee') // after setting explorerName
 */
export async function fillDraft(ctx: Ctx, id: string): Promise<Message> {
  await inTransaction(ctx, async (tx) => {
    const current = await requireDraft(tx, id)
    const [settings, person] = await Promise.all([
      getSettings(tx),
      getPerson(tx, current.person_id),
    ])
    const conversation = current.conversation_id
      ? await getConversation(tx, current.conversation_id)
      : null
    const values = draftValues(person, conversation, settings)
    const subject = fillKnown(current.subject, values)
    const body = fillKnown(current.body, values)
    if (subject === current.subject && body === current.body) return
    await updateMessageRow(tx, { ...current, subject, body, updated_at: tx.now().toISOString() })
  })
  return getMessage(ctx, id)
}

/** Replaces the `{variables}` that have a value, from the end so offsets hold. */
function fillKnown(text: string, values: TemplateValues): string {
  let filled = text
  for (const { variable, start, end } of unfilledVariables(text).reverse()) {
    const value = isTemplateVariable(variable) ? String(values[variable] ?? '').trim() : ''
    if (value) filled = filled.slice(0, start) + value + filled.slice(end)
  }
  return filled
}

/** Deletes a message (a draft, or one on record). */
export async function deleteMessage(ctx: Ctx, id: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    if (!(await selectMessage(tx, id))) throw new NotFoundError('message', id)
    await deleteMessageRow(tx, id)
  })
}

/** The draft with this id, or an error saying why it cannot change. */
export async function requireDraft(ctx: Ctx, id: string): Promise<MessageRow> {
  const row = await selectMessage(ctx, id)
  if (!row) throw new NotFoundError('message', id)
  if (row.status !== 'draft') {
    const on = row.sent_at ? ` on ${dateText(row.sent_at, await explorerDateStyle(ctx))}` : ''
    throw new ConflictError(
      `this message was sent${on} and is on record as it went out; write a new draft instead`,
    )
  }
  return row
}

/**
 * Finds a message by id, or the only draft for a person named by id or name
 * (for the CLI).
 */
export async function resolveMessage(ctx: Ctx, ref: string): Promise<Message> {
  const row = await selectMessage(ctx, ref)
  if (!row)
    throw invalid('message', `no message with id ${ref}; list them with coffeechat drafts list`)
  return getMessage(ctx, row.id)
}

async function conversationOf(ctx: Ctx, conversationId: string, personId: string) {
  const conversation = await getConversation(ctx, conversationId).catch(() => {
    throw invalid('conversationId', `no conversation with id ${conversationId}`)
  })
  if (conversation.personId !== personId) {
    throw invalid(
      'conversationId',
      `that conversation is with ${conversation.person}, not with the person this message is for`,
    )
  }
  return conversation
}

/** A stored message with its lint and its `mailto:` link (or why there is none). */
export function toMessage(row: MessageListRow, settings: Settings): Message {
  const kind = storedEnum(messageKinds, row.kind, 'outreach')
  return {
    id: row.id,
    kind,
    personId: row.person_id,
    person: row.person_name,
    organization: row.organization_name,
    conversationId: row.conversation_id,
    to: row.recipient,
    subject: row.subject,
    body: row.body,
    status: storedEnum(messageStatuses, row.status, 'draft'),
    channel: row.channel ? storedEnum(messageChannels, row.channel, 'copy') : null,
    templateKey: row.template_key,
    sentAt: row.sent_at,
    repliedAt: row.replied_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    overrideReason: row.override_reason,
    lint: {
      subject: lintSubject(row.subject),
      body: lintMessage(row.body, kind, {
        ...lintOptionsFromSettings(settings),
        ...(row.referrer_name ? { connection: row.referrer_name } : {}),
      }),
    },
    unfilled: (['subject', 'body'] as const).flatMap((part) =>
      renderTemplate(row[part], {}).problems.map((p) => ({
        part,
        variable: p.variable,
        message: p.message,
        start: p.start,
        end: p.end,
      })),
    ),
    mailto: mailtoOf(row, settings),
  }
}

/** The `mailto:` link, withheld while a `{variable}` is unfilled (the link would carry it). */
function mailtoOf(row: MessageRow, settings: Settings): Message['mailto'] {
  const link = mailtoLink(
    { to: row.recipient, subject: row.subject, body: row.body },
    settings.mailtoMaxLength,
  )
  const blockedBy = unfinishedNames(row)
  return { ...link, href: blockedBy.length > 0 ? null : link.href, blockedBy }
}
