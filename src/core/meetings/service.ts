import { meetingDocument } from '../backup/search-documents.ts'
import type { Ctx } from '../context.ts'
import { inTransaction } from '../context.ts'
import { type ConversationRow, requireConversationRow } from '../conversations/reads.ts'
import { updateConversation } from '../conversations/service.ts'
import { aStatus, conversationStatuses } from '../conversations/status.ts'
import { invalid } from '../errors.ts'
import { selectPerson } from '../people/reads.ts'
import { indexDocument, unindexDocument } from '../search/service.ts'
import { getSettings } from '../settings/service.ts'
import { decidePatch } from '../shared/last-writer.ts'
import { storedEnum } from '../shared/schema.ts'
import { parseInput } from '../validate.ts'
import { type MeetingRow, selectMeeting, selectReferralsOf, upsertMeeting } from './repo.ts'
import { type Meeting, MeetingMark, MeetingPatch, type MeetingSaved } from './schema.ts'

/** The search kind of a meeting's notes; its record id is the conversation's id. */
export const meetingKind = 'meeting'

/** Statuses in which a meeting can take place (or be recorded after the fact). */
const meetable = new Set(['scheduled', 'met', 'thanked'])

/**
 * Preparation and the meeting of one conversation: research and free notes,
 * the actual start and end, the promised length, the overrun once ended,
 * and the people this person suggested.
 *
 * @example (await getMeeting(ctx, conversationId)).overrunMinutes // 4
 */
export async function getMeeting(ctx: Ctx, conversationId: string): Promise<Meeting> {
  const conversation = await requireConversationRow(ctx, conversationId)
  const [row, settings, person, referrals] = await Promise.all([
    selectMeeting(ctx, conversationId),
    getSettings(ctx),
    selectPerson(ctx, conversation.person_id),
    selectReferralsOf(ctx, conversation.person_id),
  ])
  const promised = conversation.duration_minutes
  const startedAt = row?.started_at ?? null
  const endedAt = row?.ended_at ?? null
  const started = startedAt ? Date.parse(startedAt) : null
  const until = endedAt ? Date.parse(endedAt) : ctx.now().getTime()
  const elapsedSeconds = started === null ? null : Math.max(0, Math.round((until - started) / 1000))
  const overrunSeconds =
    started !== null && endedAt && elapsedSeconds !== null ? elapsedSeconds - promised * 60 : null
  return {
    conversationId,
    person: person?.name ?? '',
    status: storedEnum(conversationStatuses, conversation.status, 'scheduled'),
    state: !startedAt ? 'not-started' : endedAt ? 'ended' : 'running',
    researchNotes: row?.research_notes ?? '',
    freeNotes: row?.free_notes ?? '',
    startedAt,
    endedAt,
    promisedMinutes: promised,
    endsAt: started === null ? null : new Date(started + promised * 60_000).toISOString(),
    warnMinutesBefore: settings.meetingWarnMinutesBefore,
    extraMinutes: settings.meetingExtraMinutes,
    elapsedSeconds,
    overrunSeconds,
    overrunMinutes: overrunSeconds === null ? null : Math.round(overrunSeconds / 60),
    referrals: referrals.map((r) => ({ id: r.id, name: r.name, organization: r.organization })),
    updatedAt: row?.updated_at ?? null,
  }
}

/**
 * Saves research or free notes (and corrects the start or end). Safe to
 * replay out of order: with `updatedAt`, an older edit never overwrites a
 * newer one, field by field.
 *
 * @example await updateMeeting(ctx, id, { freeNotes: 'Ask Raj about…', updatedAt: '2026-03-02T09:20:00Z' })
 */
export async function updateMeeting(
  ctx: Ctx,
  conversationId: string,
  patch: unknown,
): Promise<MeetingSaved> {
  const { updatedAt, ...changes } = parseInput(MeetingPatch, patch)
  const ignored = await inTransaction(ctx, async (tx) => {
    const conversation = await requireConversationRow(tx, conversationId)
    const current = await currentRow(tx, conversationId)
    const decision = decidePatch(changes, current.field_times, updatedAt, tx.now())
    const take = <K extends keyof typeof changes>(key: K) =>
      decision.apply.includes(key) ? changes[key] : undefined
    const next: MeetingRow = {
      ...current,
      research_notes: take('researchNotes') ?? current.research_notes,
      free_notes: take('freeNotes') ?? current.free_notes,
      started_at: take('startedAt') === undefined ? current.started_at : iso(take('startedAt')),
      ended_at: take('endedAt') === undefined ? current.ended_at : iso(take('endedAt')),
      field_times: JSON.stringify(decision.times),
      updated_at: tx.now().toISOString(),
    }
    requireOrder(next)
    await upsertMeeting(tx, next)
    if (next.research_notes !== current.research_notes || next.free_notes !== current.free_notes) {
      await indexMeeting(tx, conversation, next)
    }
    return decision.ignored
  })
  return { ...(await getMeeting(ctx, conversationId)), ignored }
}

/**
 * Starts the meeting's clock: records the actual start (now, or `at`).
 * Starting a meeting that has started already changes nothing, so a
 * repeated tap or a replayed request is harmless.
 *
 * @example (await startMeeting(ctx, conversationId)).state // 'running'
 */
export const startMeeting = meetingMark(async (tx, conversation, at) => {
  if (!meetable.has(conversation.status)) {
    const status = aStatus(storedEnum(conversationStatuses, conversation.status, 'identified'))
    throw invalid(
      'status',
      `${status} conversation is not scheduled yet; schedule it (a date and time) before starting the meeting`,
    )
  }
  const current = await currentRow(tx, conversation.id)
  if (current.started_at) return
  await upsertMeeting(tx, {
    ...current,
    started_at: at ? iso(at) : tx.now().toISOString(),
    updated_at: tx.now().toISOString(),
  })
})

/**
 * Ends the meeting: records the actual end (now, or `at`) and moves a
 * scheduled conversation to met (by the conversations' own transition
 * rules). Ending an ended meeting changes nothing. The overrun is
 * ended − started − promised.
 *
 * @example (await endMeeting(ctx, conversationId)).overrunMinutes // 3
 */
export const endMeeting = meetingMark(async (tx, conversation, at) => {
  const current = await currentRow(tx, conversation.id)
  if (current.ended_at) return
  if (!current.started_at) {
    throw invalid('startedAt', 'the meeting has not started; start it first, then end it')
  }
  const next = {
    ...current,
    ended_at: at ? iso(at) : tx.now().toISOString(),
    updated_at: tx.now().toISOString(),
  }
  requireOrder(next)
  await upsertMeeting(tx, next)
  if (conversation.status === 'scheduled') {
    await updateConversation(tx, conversation.id, { status: 'met' })
  }
})

/**
 * A mark of the meeting (its start, its end): records one moment (`at`, if
 * given) in a transaction, then answers the meeting.
 */
function meetingMark(
  mark: (tx: Ctx, conversation: ConversationRow, at: string | undefined) => Promise<void>,
) {
  return async (ctx: Ctx, conversationId: string, input: unknown = {}): Promise<Meeting> => {
    const { at } = parseInput(MeetingMark, input)
    await inTransaction(ctx, async (tx) =>
      mark(tx, await requireConversationRow(tx, conversationId), at),
    )
    return getMeeting(ctx, conversationId)
  }
}

async function currentRow(ctx: Ctx, conversationId: string): Promise<MeetingRow> {
  return (
    (await selectMeeting(ctx, conversationId)) ?? {
      conversation_id: conversationId,
      owner_id: ctx.ownerId,
      research_notes: '',
      free_notes: '',
      started_at: null,
      ended_at: null,
      updated_at: ctx.now().toISOString(),
      field_times: '{}',
    }
  )
}

function iso(value: string | null | undefined): string | null {
  return value ? new Date(value).toISOString() : null
}

function requireOrder(row: MeetingRow): void {
  if (row.ended_at && !row.started_at) {
    throw invalid('startedAt', 'a meeting that ended needs a start; give the start too')
  }
  if (row.started_at && row.ended_at && row.ended_at < row.started_at) {
    throw invalid('endedAt', 'the end is before the start; give an end after the start')
  }
}

async function indexMeeting(ctx: Ctx, conversation: ConversationRow, row: MeetingRow) {
  const person = await selectPerson(ctx, conversation.person_id)
  const document = meetingDocument(row, person?.name ?? null)
  if (document) await indexDocument(ctx, document)
  else await unindexDocument(ctx, meetingKind, conversation.id)
}
