import {
  describeConversation,
  eventFingerprint,
  type IcsEntry,
  type IcsReminders,
} from '../../formats/ics.ts'
import { type Ctx, inTransaction } from '../context.ts'
import { selectConversationCareers } from '../conversations/reads.ts'
import { conversationFormats } from '../conversations/schema.ts'
import { conversationStatuses } from '../conversations/status.ts'
import { connectionKinds } from '../people/schema.ts'
import { storedEnum } from '../shared/schema.ts'
import {
  bumpCalendarEvent,
  type CalendarConversationRow,
  insertCalendarEvent,
  selectCalendarEvents,
  selectPlanQuestions,
} from './repo.ts'

/**
 * Turns conversations into published calendar entries: each one's content,
 * with the SEQUENCE and time stamp subscribers need to see updates.
 *
 * SEQUENCE is a counter kept per conversation (table `calendar_events`) with
 * a fingerprint of the event as last written. Whenever an entry is written
 * and its content differs from the fingerprint (a new time, place, person's
 * name, question plan, status, reminder setting, …), SEQUENCE goes up by one
 * and DTSTAMP/LAST-MODIFIED move to that moment. Unchanged content gives the
 * same bytes, so the feed's ETag holds and clients get 304. (Deriving it from
 * the conversation's `updatedAt` would miss changes made elsewhere, such as
 * the plan or the person's organization.)
 *
 * @example const entries = await publishEntries(ctx, rows, { minutesBefore: 30, daysBefore: 1 })
 */
export async function publishEntries(
  ctx: Ctx,
  rows: readonly CalendarConversationRow[],
  reminders: IcsReminders,
): Promise<IcsEntry[]> {
  const ids = rows.map((row) => row.id)
  if (ids.length === 0) return []
  const [careers, plans] = await Promise.all([
    selectConversationCareers(ctx, ids.length > 200 ? undefined : ids),
    selectPlanQuestions(ctx, ids),
  ])
  const events = rows.map((row) =>
    describeConversation(
      {
        id: row.id,
        status: storedEnum(conversationStatuses, row.status, 'scheduled'),
        start: row.scheduled_at ?? '',
        durationMinutes: row.duration_minutes,
        format: row.format ? storedEnum(conversationFormats, row.format, 'in_person') : null,
        place: row.place,
        notes: row.notes,
        person: {
          name: row.person_name,
          title: row.person_title,
          organization: row.organization_name,
          connection: storedEnum(connectionKinds, row.connection, 'other'),
          connectionNote: row.connection_note,
          referredBy: row.referrer_name,
        },
        careers: (careers.get(row.id) ?? []).map((c) => c.name),
        questions: plans.get(row.id) ?? [],
      },
      reminders,
    ),
  )
  const fingerprints = events.map(eventFingerprint)
  const published = await inTransaction(ctx, async (tx) => {
    const known = await selectCalendarEvents(tx, ids)
    const now = tx.now().toISOString()
    const changed: string[] = []
    for (const [index, id] of ids.entries()) {
      const fingerprint = fingerprints[index] ?? ''
      const last = known.get(id)
      if (!last) {
        await insertCalendarEvent(tx, {
          conversation_id: id,
          owner_id: tx.ownerId,
          sequence: 0,
          fingerprint,
          changed_at: now,
        })
        changed.push(id)
      } else if (last.fingerprint !== fingerprint) {
        await bumpCalendarEvent(tx, id, fingerprint, now)
        changed.push(id)
      }
    }
    if (changed.length === 0) return known
    // Read back what was written (a concurrent request may have published first).
    const fresh = await selectCalendarEvents(tx, changed)
    return new Map([...known, ...fresh])
  })
  return events.map((event, index) => {
    const row = published.get(ids[index] ?? '')
    return {
      event,
      sequence: row?.sequence ?? 0,
      changedAt: row?.changed_at ?? ctx.now().toISOString(),
    }
  })
}
