import { conversationDocument } from '../backup/search-documents.ts'
import { type Ctx, inTransaction } from '../context.ts'
import { invalid, NotFoundError } from '../errors.ts'
import { newId } from '../ids.ts'
import { selectPerson, selectPersonCareers } from '../people/reads.ts'
import { meetingAtOf } from '../rules/held-time.ts'
import { indexDocument, unindexConversations } from '../search/service.ts'
import { effectiveTimeZone, getSettings } from '../settings/service.ts'
import { type DateStyle, letterDayText, wallTimeText } from '../shared/date-words.ts'
import { requireCareerIds } from '../shared/links.ts'
import { type Page, storedEnum } from '../shared/schema.ts'
import { toInstant, toLocal } from '../shared/time.ts'
import { parseInput } from '../validate.ts'
import {
  type ConversationListRow,
  type ConversationRow,
  countConversations,
  deleteConversationRow,
  insertConversation,
  replaceConversationCareers,
  selectConversation,
  selectConversationCareers,
  selectConversations,
  updateConversationRow,
} from './repo.ts'
import {
  type Conversation,
  ConversationCreate,
  ConversationListQuery,
  ConversationPatch,
  ConversationStatus,
  conversationFormats,
} from './schema.ts'
import {
  allowedTransitions,
  aStatus,
  canMove,
  conversationStatuses,
  statusLabel,
} from './status.ts'

export async function listConversations(
  ctx: Ctx,
  query: unknown = {},
  options: { all?: boolean } = {},
): Promise<Page<Conversation>> {
  const { limit, offset, status, sort, personId, careerId } = parseInput(
    ConversationListQuery,
    query,
  )
  const statuses = status
    ? status
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : undefined
  for (const [index, value] of (statuses ?? []).entries()) {
    if (!ConversationStatus.safeParse(value).success) {
      throw invalid(
        `status.${index}`,
        `"${value}" is not a status; use ${ConversationStatus.options.join(', ')}`,
      )
    }
  }
  const filter = { statuses, personId, careerId }
  const [total, rows] = await Promise.all([
    countConversations(ctx, filter),
    selectConversations(ctx, filter, sort, options.all ? undefined : { limit, offset }),
  ])
  const careers = await selectConversationCareers(
    ctx,
    options.all ? undefined : rows.map((r) => r.id),
  )
  return {
    items: rows.map((row) => toConversation(row, careers.get(row.id) ?? [])),
    total,
    limit,
    offset,
  }
}

export async function getConversation(ctx: Ctx, id: string): Promise<Conversation> {
  const [row] = await selectConversations(ctx, { ids: [id] }, 'recent', undefined)
  if (!row) throw new NotFoundError('conversation', id)
  const careers = await selectConversationCareers(ctx, [id])
  return toConversation(row, careers.get(id) ?? [])
}

/**
 * Records a conversation with someone. Without careers it takes the
 * person's; without a length, the promised length from the settings.
 */
export async function createConversation(ctx: Ctx, input: unknown): Promise<Conversation> {
  const data = parseInput(ConversationCreate, input)
  const id = await inTransaction(ctx, async (tx) => {
    const person = await selectPerson(tx, data.personId)
    if (!person) throw invalid('personId', `no person with id ${data.personId}`)
    const settings = await getSettings(tx)
    const zone = data.timeZone ?? effectiveTimeZone(settings)
    const now = tx.now().toISOString()
    const row: ConversationRow = {
      id: newId(tx.now()),
      owner_id: tx.ownerId,
      person_id: person.id,
      status: data.status ?? 'identified',
      status_changed_at: now,
      scheduled_at: data.scheduledAt
        ? parseStart(data.scheduledAt, { locale: tx.locale, timeZone: zone, clock: settings.clock })
        : null,
      time_zone: data.scheduledAt || data.timeZone ? zone : null,
      duration_minutes: data.durationMinutes ?? settings.conversationMinutes,
      format: data.format ?? null,
      place: data.place ?? '',
      notes: data.notes ?? '',
      created_at: now,
      updated_at: now,
    }
    requireTimeWhenScheduled(row)
    const careerIds =
      data.careerIds ??
      ((await selectPersonCareers(tx, [person.id])).get(person.id) ?? []).map((c) => c.id)
    await insertConversation(tx, row)
    await replaceConversationCareers(tx, row.id, await requireCareerIds(tx, careerIds, 'careerIds'))
    await indexConversation(tx, row, person.name)
    return row.id
  })
  return getConversation(ctx, id)
}

/** Changes a conversation; a status change must be one of the allowed moves. */
export async function updateConversation(
  ctx: Ctx,
  id: string,
  patch: unknown,
): Promise<Conversation> {
  const changes = parseInput(ConversationPatch, patch)
  await inTransaction(ctx, async (tx) => {
    const current = await selectConversation(tx, id)
    if (!current) throw new NotFoundError('conversation', id)
    const from = ConversationStatus.parse(current.status)
    if (changes.status && !canMove(from, changes.status)) {
      const allowed = allowedTransitions(from)
      throw invalid(
        'status',
        `${aStatus(from)} conversation cannot become ${statusLabel(changes.status)}; ${
          allowed.length > 0
            ? `it can become ${allowed.map(statusLabel).join(', ')}`
            : 'it is finished'
        }`,
      )
    }
    const person = changes.personId
      ? await selectPerson(tx, changes.personId)
      : await selectPerson(tx, current.person_id)
    if (!person) throw invalid('personId', `no person with id ${changes.personId}`)
    const settings = await getSettings(tx)
    const zone = changes.timeZone ?? current.time_zone ?? effectiveTimeZone(settings)
    const style = (timeZone: string): DateStyle => ({
      locale: tx.locale,
      timeZone,
      clock: settings.clock,
    })
    const now = tx.now().toISOString()
    const next: ConversationRow = {
      ...current,
      person_id: person.id,
      status: changes.status ?? current.status,
      status_changed_at:
        changes.status && changes.status !== from ? now : current.status_changed_at,
      scheduled_at:
        changes.scheduledAt === undefined
          ? current.scheduled_at
          : changes.scheduledAt === null
            ? null
            : parseStart(changes.scheduledAt, style(zone)),
      time_zone:
        changes.timeZone === undefined
          ? (current.time_zone ?? (changes.scheduledAt ? zone : null))
          : changes.timeZone,
      duration_minutes: changes.durationMinutes ?? current.duration_minutes,
      format: changes.format === undefined ? current.format : changes.format,
      place: changes.place ?? current.place,
      notes: changes.notes ?? current.notes,
      updated_at: now,
    }
    // A new zone without a new time keeps the wall-clock time the explorer typed.
    if (
      changes.timeZone &&
      changes.scheduledAt === undefined &&
      current.scheduled_at &&
      current.time_zone
    ) {
      next.scheduled_at = parseStart(
        toLocal(current.scheduled_at, current.time_zone),
        style(changes.timeZone),
      )
    }
    requireTimeWhenScheduled(next)
    await updateConversationRow(tx, next)
    if (changes.careerIds) {
      await replaceConversationCareers(
        tx,
        id,
        await requireCareerIds(tx, changes.careerIds, 'careerIds'),
      )
    }
    await indexConversation(tx, next, person.name)
  })
  return getConversation(ctx, id)
}

export async function deleteConversation(ctx: Ctx, id: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    if (!(await selectConversation(tx, id))) throw new NotFoundError('conversation', id)
    await unindexConversations(tx, [id])
    await deleteConversationRow(tx, id)
  })
}

function parseStart(text: string, style: DateStyle): string {
  const instant = toInstant(text, style.timeZone)
  if (!instant)
    throw invalid(
      'scheduledAt',
      `${startInWords(text, style)} is not a time that exists in ${style.timeZone} (no such date, or an hour skipped when the clocks change)`,
    )
  return instant
}

/**
 * "02:30 on Sunday, 29 March" (or "2:30 AM on …" in a 12-hour clock) for a
 * real calendar day, else the text as given, quoted.
 */
function startInWords(text: string, style: DateStyle): string {
  const [, date = '', time = ''] = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})/.exec(text) ?? []
  const day = date ? new Date(`${date}T12:00:00Z`) : null
  if (!day || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== date)
    return `"${text}"`
  return `${wallTimeText(time, style)} on ${letterDayText(date, { ...style, timeZone: 'UTC' })}`
}

function requireTimeWhenScheduled(row: ConversationRow): void {
  if (row.status === 'scheduled' && !row.scheduled_at) {
    throw invalid('scheduledAt', 'a scheduled conversation needs a date and time')
  }
}

function toConversation(
  row: ConversationListRow,
  careers: Array<{ id: string; name: string }>,
): Conversation {
  const status = storedEnum(conversationStatuses, row.status, 'identified')
  return {
    id: row.id,
    personId: row.person_id,
    person: row.person_name,
    organization: row.organization_name,
    careerIds: careers.map((c) => c.id),
    careers: careers.map((c) => c.name),
    status,
    statusChangedAt: row.status_changed_at,
    allowedStatuses: [...allowedTransitions(status)],
    scheduledAt: row.scheduled_at,
    scheduledLocal:
      row.scheduled_at && row.time_zone ? toLocal(row.scheduled_at, row.time_zone) : null,
    timeZone: row.time_zone,
    startedAt: row.started_at,
    endedAt: row.ended_at,
    meetingAt: meetingAtOf(row),
    durationMinutes: row.duration_minutes,
    format: row.format ? storedEnum(conversationFormats, row.format, 'in_person') : null,
    place: row.place,
    notes: row.notes,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

function indexConversation(ctx: Ctx, row: ConversationRow, personName: string): Promise<void> {
  return indexDocument(ctx, conversationDocument(row, personName))
}
